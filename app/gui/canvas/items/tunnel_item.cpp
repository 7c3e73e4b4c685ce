#include "tunnel_item.h"

#include "app/gui/canvas/canvas_style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace vtd::app {

namespace {

using sim::analysis::TunnelState;

constexpr qreal kPadX = 6;
constexpr qreal kPadY = 1.5;

QColor colorOf(TunnelState state)
{
    switch (state) {
    case TunnelState::Configured: return style::kTunnelConfigured;
    case TunnelState::Phase1InProgress: return style::kTunnelNegotiating;
    case TunnelState::IkeUp: return style::kTunnelIkeUp;
    case TunnelState::IpsecUp: return style::kTunnelIpsecUp;
    case TunnelState::Failed: return style::kTunnelFailed;
    case TunnelState::Expired:
    case TunnelState::Deleted: break;
    }
    return style::kTunnelEnded;
}

/** Up states draw a bolder line; ended ones a dotted one; the rest dashes. */
QPen penOf(TunnelState state)
{
    const bool up = state == TunnelState::IpsecUp || state == TunnelState::IkeUp;
    QPen pen(colorOf(state), up ? style::kTunnelWidth * 1.4 : style::kTunnelWidth);
    switch (state) {
    case TunnelState::Expired:
    case TunnelState::Deleted: pen.setStyle(Qt::DotLine); break;
    case TunnelState::Failed: pen.setStyle(Qt::DashDotLine); break;
    default: pen.setStyle(Qt::DashLine); break;
    }
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

} // namespace

TunnelItem::TunnelItem(int tunnelIndex) : m_index(tunnelIndex)
{
    // Above the links and LAN bars, below the devices (their cards hide the curve's ends).
    setZValue(0.8);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TunnelItem::setEnds(QPointF a, QPointF b)
{
    prepareGeometryChange();
    m_a = a;
    m_b = b;
    const QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    // The normal that points up the screen (left for a vertical line), so arches rise above
    // the links they follow instead of crossing the devices below them.
    QPointF normal = length > 0 ? QPointF(d.y(), -d.x()) / length : QPointF(0, -1);
    if (normal.y() > 0 || (qFuzzyIsNull(normal.y()) && normal.x() > 0))
        normal = -normal;
    const qreal bulge = std::min(style::kTunnelBulge, 0.2 * length + 12);
    // A quadratic curve's apex is half way to its control point.
    m_control = (a + b) / 2 + normal * 2 * bulge;
    m_curve = QPainterPath(a);
    m_curve.quadTo(m_control, b);
    layoutLabel();
    update();
}

void TunnelItem::setStatus(sim::analysis::TunnelState state, const QString &label, const QString &toolTip)
{
    m_state = state;
    if (label != m_label) {
        prepareGeometryChange();
        m_label = label;
        layoutLabel();
    }
    setToolTip(toolTip);
    update();
}

QPointF TunnelItem::apex() const
{
    return 0.25 * m_a + 0.5 * m_control + 0.25 * m_b;
}

void TunnelItem::layoutLabel()
{
    const QFontMetricsF metrics(style::tunnelLabelFont());
    const QSizeF size(metrics.horizontalAdvance(m_label) + 2 * kPadX, metrics.height() + 2 * kPadY);
    m_labelRect = QRectF(apex() - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF TunnelItem::boundingRect() const
{
    return m_curve.controlPointRect().adjusted(-3, -3, 3, 3) | m_labelRect.adjusted(-1, -1, 1, 1);
}

QPainterPath TunnelItem::shape() const
{
    // The line and the pill only: the area under the arch stays the devices' and links'.
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    QPainterPath path = stroker.createStroke(m_curve);
    path.addRect(m_labelRect);
    return path;
}

void TunnelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(penOf(m_state));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_curve);
    if (m_label.isEmpty())
        return;
    const QColor color = colorOf(m_state);
    const qreal radius = m_labelRect.height() / 2;
    painter->setPen(QPen(color, 1.2));
    painter->setBrush(style::kCardFill);
    painter->drawRoundedRect(m_labelRect, radius, radius);
    painter->setFont(style::tunnelLabelFont());
    painter->setPen(color.darker(125));
    painter->drawText(m_labelRect, Qt::AlignCenter, m_label);
}

} // namespace vtd::app
