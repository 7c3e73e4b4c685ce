#pragma once

#include "app/gui/canvas/item_types.h"
#include "app/gui/canvas/port_layout.h"
#include "model/document.h"

#include <QGraphicsObject>

namespace vtd::app {

class PortItem;

/** A device (PIX, IOS router, VPN Client PC, host) on the canvas: a card with its icon, its
 *  ports on the border, and its name (plus hardware and software) underneath. Holds only the
 *  node id and reads everything else from the document when sync() is called. */
class DeviceItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = DeviceItemType };

    DeviceItem(const model::Document &document, model::NodeId id);

    int type() const override { return Type; }
    model::NodeId nodeId() const { return m_id; }

    /** Re-reads position, name and ports from the project; port items are recreated. */
    void sync();

    /** The port item of an interface, nullptr when it is not drawn on its own (folded). */
    PortItem *port(const QString &interface) const;
    QList<PortItem *> ports() const;
    /** The card, in item coordinates. */
    QRectF bodyRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    void rebuildPorts(const PortLayout &layout);
    void placeSparePorts(const PortLayout &layout);
    void updateLabels(const model::Node &node, const PortLayout &layout);
    QRectF labelBlock(QSizeF size) const;
    static QString detailLine(const model::Node &node);

    const model::Document &m_document;
    const model::NodeId m_id;
    // Display geometry derived in sync(); no domain data is kept here.
    QSizeF m_body;
    PortSide m_labelSide = PortSide::Bottom; ///< the side of the card the name is written on
    QRectF m_labelRect;
};

} // namespace vtd::app
