#include "segment_item.h"

#include "app/gui/canvas/canvas_style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vtd::app {

namespace {

constexpr qreal kLabelGap = 4;
constexpr qreal kEndMargin = 5; ///< links attach this far inside the bar's rounded ends

QFont segmentFont()
{
    return style::canvasFont(12, true);
}

} // namespace

SegmentItem::SegmentItem(const model::Document &document, model::NodeId id)
    : m_document(document), m_id(id)
{
    setZValue(0.5);
    setFlag(QGraphicsItem::ItemIsSelectable);
}

void SegmentItem::sync()
{
    const model::Node *node = m_document.project().node(m_id);
    if (!node)
        return;
    prepareGeometryChange();
    setPos(node->position);
    const QFontMetricsF metrics(segmentFont());
    const qreal textWidth = metrics.horizontalAdvance(node->name);
    m_length = std::max(style::kSegmentMinLength, textWidth + 24);
    m_labelRect = QRectF(-textWidth / 2 - 2, style::kSegmentThickness / 2 + kLabelGap,
                         textWidth + 4, metrics.height());
    setToolTip(tr("LAN segment %1").arg(node->name));
    update();
}

QRectF SegmentItem::barRect() const
{
    const qreal t = style::kSegmentThickness;
    return QRectF(-m_length / 2, -t / 2, m_length, t);
}

QPointF SegmentItem::attachPoint(QPointF from) const
{
    const QPointF local = mapFromScene(from);
    const qreal left = -m_length / 2 + kEndMargin;
    const qreal right = m_length / 2 - kEndMargin;
    return mapToScene(std::clamp(local.x(), left, right), 0);
}

QRectF SegmentItem::boundingRect() const
{
    return barRect().adjusted(-6, -6, 6, 6).united(m_labelRect);
}

void SegmentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const model::Node *node = m_document.project().node(m_id);
    if (!node)
        return;
    const qreal radius = style::kSegmentThickness / 2;
    if (isSelected()) {
        painter->setPen(QPen(style::kSelection, 2, Qt::DashLine));
        painter->setBrush(style::kSelectionFill);
        painter->drawRoundedRect(barRect().adjusted(-4, -4, 4, 4), radius + 4, radius + 4);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::kSegmentColor);
    painter->drawRoundedRect(barRect(), radius, radius);
    painter->setFont(segmentFont());
    painter->setPen(style::kNameText);
    painter->drawText(m_labelRect, Qt::AlignCenter, node->name);
}

} // namespace vtd::app
