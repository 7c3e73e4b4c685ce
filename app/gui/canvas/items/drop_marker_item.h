#pragma once

#include "app/gui/canvas/item_types.h"

#include <QGraphicsObject>

namespace vtd::app {

/** A red cross where the simulation dropped packets (a device's port, or its card when the
 *  interface is unknown), with the number of drops once there are several; its tooltip names
 *  the reasons. Part of the simulation overlay: not selectable, takes no clicks. */
class DropMarkerItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = DropMarkerItemType };

    DropMarkerItem();

    int type() const override { return Type; }

    void setCount(int count);
    int count() const { return m_count; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    QRectF badgeRect() const;

    int m_count = 1;
};

} // namespace vtd::app
