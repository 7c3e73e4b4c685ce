#include "drop_marker_item.h"

#include "app/gui/canvas/canvas_style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vtd::app {

namespace {

constexpr qreal kCross = 3.6; ///< half the length of a stroke of the cross

QFont badgeFont()
{
    return style::canvasFont(8, true);
}

} // namespace

DropMarkerItem::DropMarkerItem()
{
    // Above everything: a drop is what the user looks for.
    setZValue(4);
    setAcceptedMouseButtons(Qt::NoButton);
}

void DropMarkerItem::setCount(int count)
{
    if (count == m_count)
        return;
    prepareGeometryChange();
    m_count = count;
    update();
}

QRectF DropMarkerItem::badgeRect() const
{
    if (m_count < 2)
        return {};
    const QString text = QString::number(m_count);
    const QFontMetricsF metrics(badgeFont());
    const QSizeF size(std::max(metrics.horizontalAdvance(text) + 4, metrics.height()), metrics.height());
    return QRectF(QPointF(style::kDropMarkRadius * 0.5, -style::kDropMarkRadius * 1.6), size);
}

QRectF DropMarkerItem::boundingRect() const
{
    const qreal r = style::kDropMarkRadius + 1;
    return QRectF(-r, -r, 2 * r, 2 * r) | badgeRect().adjusted(-1, -1, 1, 1);
}

QPainterPath DropMarkerItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(), style::kDropMarkRadius, style::kDropMarkRadius);
    return path;
}

void DropMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style::kDropMark, 1.2));
    painter->setBrush(style::kCardFill);
    painter->drawEllipse(QPointF(), style::kDropMarkRadius, style::kDropMarkRadius);
    painter->setPen(QPen(style::kDropMark, 2.4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QPointF(-kCross, -kCross), QPointF(kCross, kCross));
    painter->drawLine(QPointF(-kCross, kCross), QPointF(kCross, -kCross));
    const QRectF badge = badgeRect();
    if (badge.isEmpty())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(style::kDropMark);
    painter->drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
    painter->setPen(style::kCardFill);
    painter->setFont(badgeFont());
    painter->drawText(badge, Qt::AlignCenter, QString::number(m_count));
}

} // namespace vtd::app
