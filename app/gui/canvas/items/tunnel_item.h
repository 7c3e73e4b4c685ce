#pragma once

#include "app/gui/canvas/item_types.h"
#include "sim/analysis/tunnel_states.h"

#include <QGraphicsObject>
#include <QPainterPath>

namespace vtd::app {

/** A configured tunnel drawn while a simulation runs: a dashed curve arching above the straight
 *  line between the two peers, coloured by the tunnel's state, with the state written in a
 *  small pill at its top. Part of the simulation overlay: not selectable, takes no clicks. */
class TunnelItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = TunnelItemType };

    explicit TunnelItem(int tunnelIndex);

    int type() const override { return Type; }
    /** The tunnel's index in the overlay's TunnelStates. */
    int tunnelIndex() const { return m_index; }

    /** The peers' centres, in scene coordinates. */
    void setEnds(QPointF a, QPointF b);
    /** The state, the (translated) text of the pill and the tooltip. */
    void setStatus(sim::analysis::TunnelState state, const QString &label, const QString &toolTip);

    sim::analysis::TunnelState state() const { return m_state; }
    QString label() const { return m_label; }
    /** The top of the arch, where the pill sits. */
    QPointF apex() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void layoutLabel();

    const int m_index;
    QPointF m_a;
    QPointF m_b;
    QPointF m_control;
    QPainterPath m_curve;
    QRectF m_labelRect;
    QString m_label;
    sim::analysis::TunnelState m_state = sim::analysis::TunnelState::Configured;
};

} // namespace vtd::app
