#pragma once

#include "model/node_kind.h"

QT_BEGIN_NAMESPACE
class QSvgRenderer;
QT_END_NAMESPACE

namespace vtd::app {

/** The SVG icon of a node kind from the resources (":/icons/pix.svg" ...), parsed once and
 *  shared by every item that draws it. Never null; an invalid renderer draws nothing. */
QSvgRenderer *deviceIcon(model::NodeKind kind);

} // namespace vtd::app
