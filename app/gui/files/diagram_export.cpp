#include "diagram_export.h"

#include "app/gui/canvas/item_types.h"
#include "model/io/atomic_file.h"

#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace vtd::app {

namespace {

constexpr qreal kPngScale = 2;
constexpr qreal kMargin = 20;

void render(QGraphicsScene &scene, QPainter &painter, const QRectF &target, const QRectF &source)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

QByteArray pngBytes(QGraphicsScene &scene, const QRectF &source)
{
    QImage image((source.size() * kPngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&image);
        render(scene, painter, QRectF(image.rect()), source);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray svgBytes(QGraphicsScene &scene, const QRectF &source)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QStringLiteral("VPN Topology Designer"));
    {
        QPainter painter(&generator);
        render(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return bytes;
}

QByteArray pdfBytes(QGraphicsScene &scene, const QRectF &source)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("VPN Topology Designer"));
    writer.setCreator(QStringLiteral("VPN Topology Designer"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(source.width() >= source.height() ? QPageLayout::Landscape
                                                                : QPageLayout::Portrait);
    writer.setResolution(300);
    {
        QPainter painter(&writer);
        render(scene, painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())),
               source);
    }
    return bytes;
}

} // namespace

std::optional<DiagramFormat> diagramFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return DiagramFormat::Png;
    if (suffix == u"svg")
        return DiagramFormat::Svg;
    if (suffix == u"pdf")
        return DiagramFormat::Pdf;
    return std::nullopt;
}

std::optional<model::Diagnostic> exportDiagram(QGraphicsScene &scene, const QString &path,
                                               DiagramFormat format)
{
    // Selection marks are the editor's, not the drawing's; nor is a simulation's overlay.
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    QList<QGraphicsItem *> hidden;
    QRectF drawing;
    for (QGraphicsItem *item : scene.items()) {
        if (isSimulationOverlayItem(item) && item->isVisible()) {
            item->setVisible(false);
            hidden << item;
        } else if (!item->parentItem() && !isSimulationOverlayItem(item)) {
            drawing |= item->sceneBoundingRect();
        }
    }
    const QRectF source = drawing.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    QByteArray bytes;
    switch (format) {
    case DiagramFormat::Png:
        bytes = pngBytes(scene, source);
        break;
    case DiagramFormat::Svg:
        bytes = svgBytes(scene, source);
        break;
    case DiagramFormat::Pdf:
        bytes = pdfBytes(scene, source);
        break;
    }
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    for (QGraphicsItem *item : hidden)
        item->setVisible(true);
    return model::writeFileAtomically(path, bytes, model::FileAccess::Normal);
}

} // namespace vtd::app
