#include "packet_item.h"

#include "app/gui/canvas/canvas_style.h"

#include <QEasingCurve>
#include <QPainter>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>

namespace vtd::app {

PacketItem::PacketItem(const QPainterPath &path, const QColor &color, bool envelope)
    : m_path(path), m_color(color), m_envelope(envelope)
{
    // Above the devices: the packet leaves a port on a card's border.
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
    moveTo(0);
    m_animation = new QVariantAnimation(this);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutSine);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { moveTo(value.toReal()); });
    connect(m_animation, &QVariantAnimation::finished, this, &QObject::deleteLater);
}

void PacketItem::start(int delayMs, int durationMs)
{
    m_animation->setDuration(std::max(1, durationMs));
    QTimer::singleShot(std::max(0, delayMs), this, [this] {
        setVisible(true);
        m_animation->start();
    });
}

void PacketItem::moveTo(qreal progress)
{
    m_progress = progress;
    setPos(m_path.pointAtPercent(std::clamp(progress, 0.0, 1.0)));
}

QRectF PacketItem::boundingRect() const
{
    const qreal r = style::kPacketRadius + 2;
    return QRectF(-r * 1.3, -r, 2.6 * r, 2 * r);
}

void PacketItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style::kCardFill, 1.2));
    painter->setBrush(m_color);
    const qreal r = style::kPacketRadius;
    if (!m_envelope) {
        painter->drawEllipse(QPointF(), r, r);
        return;
    }
    // An envelope: protected traffic (ISAKMP, ESP) travels sealed.
    const QRectF body(-1.3 * r, -0.9 * r, 2.6 * r, 1.8 * r);
    painter->drawRoundedRect(body, 1.5, 1.5);
    painter->setPen(QPen(style::kCardFill, 1));
    painter->drawPolyline(QPolygonF{body.topLeft(), QPointF(0, 0.1 * r), body.topRight()});
}

} // namespace vtd::app
