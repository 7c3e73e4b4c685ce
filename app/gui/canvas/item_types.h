#pragma once

#include <QGraphicsItem>

namespace vtd::app {

/** QGraphicsItem::type() values of the canvas items, so qgraphicsitem_cast works on them. */
enum CanvasItemType {
    DeviceItemType = QGraphicsItem::UserType + 1,
    SegmentItemType,
    PortItemType,
    SparePortsItemType,
    LinkItemType,
    // The simulation overlay (simulation_overlay.h): drawn over the design, never part of it.
    TunnelItemType,
    PacketItemType,
    DropMarkerItemType,
};

/** True for the simulation overlay's items, which editing, selection and export ignore. */
inline bool isSimulationOverlayItem(const QGraphicsItem *item)
{
    const int type = item ? item->type() : 0;
    return type >= TunnelItemType && type <= DropMarkerItemType;
}

} // namespace vtd::app
