#pragma once

#include "app/gui/canvas/item_types.h"
#include "model/document.h"

#include <QGraphicsObject>

namespace vtd::app {

/** A LAN segment drawn as a horizontal bus bar with its name (the subnet) beneath; links from
 *  devices attach to the bar. Holds only the node id. */
class SegmentItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = SegmentItemType };

    SegmentItem(const model::Document &document, model::NodeId id);

    int type() const override { return Type; }
    model::NodeId nodeId() const { return m_id; }

    /** Re-reads position and name from the project. */
    void sync();

    /** Where a link coming from `from` (scene coordinates) meets the bar: straight down or up
     *  onto it when `from` is above or below it, else at its nearer end. */
    QPointF attachPoint(QPointF from) const;
    /** The bar, in item coordinates. */
    QRectF barRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    const model::Document &m_document;
    const model::NodeId m_id;
    qreal m_length = 0; ///< display geometry derived in sync()
    QRectF m_labelRect;
};

} // namespace vtd::app
