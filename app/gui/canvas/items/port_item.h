#pragma once

#include "app/gui/canvas/item_types.h"
#include "app/gui/canvas/port_layout.h"
#include "model/ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace vtd::app {

class TopologyScene;

/** One hardware interface drawn as a small labelled pill on its device's border; a child of
 *  the DeviceItem. Linked ports are prominent, unlinked ones quiet. Holds only the node id and
 *  interface name; state (nameif, address, shutdown) is read from the scene's addressing. */
class PortItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::PortItem)

public:
    enum { Type = PortItemType };

    PortItem(model::NodeId node, const QString &interface, PortSide side, bool linked,
             QGraphicsItem *parent);

    int type() const override { return Type; }
    model::NodeId nodeId() const { return m_node; }
    QString interfaceName() const { return m_interface; }
    PortSide side() const { return m_side; }
    bool isLinked() const { return m_linked; }
    /** True when the device's configuration shuts the interface down. */
    bool isShutdown() const;

    /** Where a link attaches: the middle of the pill's outer edge, in scene coordinates. */
    QPointF anchor() const;
    /** Re-reads the interface state (colours and tooltip). */
    void sync();

    QSizeF size() const { return m_size; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override;

private:
    const TopologyScene *topologyScene() const;
    QString toolTipText() const;

    const model::NodeId m_node;
    const QString m_interface;
    const PortSide m_side;
    const bool m_linked;
    QSizeF m_size;
};

} // namespace vtd::app
