#pragma once

#include "app/gui/canvas/item_types.h"

#include <QColor>
#include <QGraphicsObject>
#include <QPainterPath>

QT_BEGIN_NAMESPACE
class QVariantAnimation;
QT_END_NAMESPACE

namespace vtd::app {

/** One packet travelling along its link while a simulation step is shown: a coloured dot
 *  (an envelope for ISAKMP and ESP) that moves from the sending port to the receiving one and
 *  then removes itself. Part of the simulation overlay: not selectable, takes no clicks. */
class PacketItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = PacketItemType };

    /** `path` in scene coordinates, from the sender to the receiver. */
    PacketItem(const QPainterPath &path, const QColor &color, bool envelope);

    int type() const override { return Type; }

    /** Shows the packet after `delayMs`, moves it along its path in `durationMs`, then deletes
     *  it (deleteLater). Hidden until it starts. */
    void start(int delayMs, int durationMs);
    /** Where it is along its path, 0 to 1. */
    qreal progress() const { return m_progress; }
    QPainterPath path() const { return m_path; }
    QColor color() const { return m_color; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void moveTo(qreal progress);

    QPainterPath m_path;
    QColor m_color;
    bool m_envelope = false;
    qreal m_progress = 0;
    QVariantAnimation *m_animation = nullptr;
};

} // namespace vtd::app
