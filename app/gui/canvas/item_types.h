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
};

} // namespace vtd::app
