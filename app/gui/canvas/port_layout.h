#pragma once

#include "model/project.h"

#include <QList>
#include <QSizeF>
#include <QStringList>

namespace vtd::app {

/** The border of a device body a port sits on. */
enum class PortSide { Left, Right, Top, Bottom };

/** Where one linked port goes: its side, and its distance from the middle of that side. */
struct PortSlot
{
    QString interface;
    PortSide side = PortSide::Right;
    qreal offset = 0;
};

/** How a device's ports are arranged around its body. */
struct PortLayout
{
    QSizeF bodySize;
    QList<PortSlot> linked;   ///< each faces the node at the other end of its link
    QStringList spare;        ///< unlinked interfaces, in hardware order
    PortSide spareSide = PortSide::Top;
};

/** Puts each linked port on the side of the body that faces its peer, spreads ports that share
 *  a side in the order of their peers (so links do not cross), grows the body when a side is
 *  crowded, and chooses a free side (top, else bottom) for the unlinked ports. */
PortLayout layoutPorts(const model::Project &project, const model::Node &node);

/** A point on the border of a body of this size centred at the origin. */
QPointF portPosition(const QSizeF &body, PortSide side, qreal offset);

} // namespace vtd::app
