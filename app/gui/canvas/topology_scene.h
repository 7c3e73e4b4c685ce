#pragma once

#include "generators/interface_addresses.h"
#include "model/document.h"

#include <QGraphicsScene>
#include <QHash>

namespace vtd::app {

class DeviceItem;
class LinkItem;
class SegmentItem;

/** The canvas's scene: one item per node and link of the document, rebuilt or refreshed from
 *  the document's change events and never edited directly. Maps ids to items and caches what
 *  items display that must be derived (interface addresses read from configuration text). */
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit TopologyScene(const model::Document &document, QObject *parent = nullptr);
    /** Removes the items while the scene is still whole and silent: QGraphicsScene's own
     *  destructor would announce a selection change to listeners that read this scene. */
    ~TopologyScene() override;

    const model::Document &document() const { return m_document; }

    DeviceItem *deviceItem(model::NodeId id) const { return m_devices.value(id); }
    SegmentItem *segmentItem(model::NodeId id) const { return m_segments.value(id); }
    LinkItem *linkItem(model::LinkId id) const { return m_links.value(id); }
    QList<DeviceItem *> deviceItems() const { return m_devices.values(); }
    QList<SegmentItem *> segmentItems() const { return m_segments.values(); }
    QList<LinkItem *> linkItems() const { return m_links.values(); }

    /** Hardware interface -> nameif, address, shutdown, for a node (empty if unknown). */
    const gen::InterfaceAddressMap &addressing(model::NodeId id) const;

    /** Selected devices and segments, in project order. */
    QList<model::NodeId> selectedNodes() const;
    /** Selects exactly these nodes (and nothing else). */
    void selectNodes(const QList<model::NodeId> &nodes);

    /** The drawing's extent plus a margin: what "fit" shows. */
    QRectF contentRect() const;

public slots:
    /** Drops every item and creates them again from the project. */
    void rebuild();
    /** Keeps the items but re-reads everything they show (positions, names, addresses, ports)
     *  and retranslates their tooltips. */
    void refresh();

signals:
    /** After rebuild() or refresh(): the drawing changed as a whole. */
    void contentChanged();

private:
    void onDocumentChanged(const model::ChangeEvent &event);
    void readAddressing();

    const model::Document &m_document;
    QHash<model::NodeId, DeviceItem *> m_devices;
    QHash<model::NodeId, SegmentItem *> m_segments;
    QHash<model::LinkId, LinkItem *> m_links;
    QHash<model::NodeId, gen::InterfaceAddressMap> m_addressing;
};

} // namespace vtd::app
