#pragma once

#include "model/diagnostic.h"

#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace vtd::app {

/** The file formats the diagram is exported in. */
enum class DiagramFormat { Png, Svg, Pdf };

/** The format a file name asks for by its suffix (.png, .svg, .pdf); nullopt for others. */
std::optional<DiagramFormat> diagramFormatOf(const QString &path);

/** Draws the whole scene (without selection marks) into a PNG (at twice the scene's size, for
 *  print), an SVG (vector, via QSvgGenerator) or a PDF page (via QPdfWriter). The file is
 *  written atomically; an io.cannot-write diagnostic says why it failed. */
std::optional<model::Diagnostic> exportDiagram(QGraphicsScene &scene, const QString &path,
                                               DiagramFormat format);

} // namespace vtd::app
