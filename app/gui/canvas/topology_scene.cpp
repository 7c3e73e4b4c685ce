#include "topology_scene.h"

#include "canvas_style.h"
#include "item_types.h"
#include "items/device_item.h"
#include "items/link_item.h"
#include "items/segment_item.h"
#include "node_addressing.h"

namespace vtd::app {

namespace {

constexpr qreal kContentMargin = 40;

} // namespace

TopologyScene::TopologyScene(const model::Document &document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setBackgroundBrush(style::kBackground);
    // The items are few and change rarely: a BSP index only costs on rebuilds.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(&m_document, &model::Document::changed, this, &TopologyScene::onDocumentChanged);
    rebuild();
}

TopologyScene::~TopologyScene()
{
    blockSignals(true);
    clear();
    m_devices.clear();
    m_segments.clear();
    m_links.clear();
}

const gen::InterfaceAddressMap &TopologyScene::addressing(model::NodeId id) const
{
    static const gen::InterfaceAddressMap none;
    const auto it = m_addressing.constFind(id);
    return it == m_addressing.cend() ? none : *it;
}

void TopologyScene::onDocumentChanged(const model::ChangeEvent &event)
{
    // Structure changes recreate the items; edits of what they show only refresh them.
    // The designer issue narrows this to the nodes and links an event names.
    switch (event.kind) {
    case model::ChangeKind::NodeMoved:
    case model::ChangeKind::NodeRenamed:
    case model::ChangeKind::NodeConfigChanged:
    case model::ChangeKind::NodeHostChanged:
        refresh();
        return;
    case model::ChangeKind::NodeProfileChanged:
    case model::ChangeKind::ScenarioAdded:
    case model::ChangeKind::ScenarioChanged:
    case model::ChangeKind::ScenarioRemoved:
        return;
    case model::ChangeKind::Reset:
    case model::ChangeKind::NodeAdded:
    case model::ChangeKind::NodeRemoved:
    case model::ChangeKind::NodeHardwareChanged:
    case model::ChangeKind::LinkAdded:
    case model::ChangeKind::LinkRemoved:
        break;
    }
    rebuild();
}

void TopologyScene::readAddressing()
{
    m_addressing.clear();
    const model::Project &project = m_document.project();
    for (const model::Node &node : project.nodes())
        m_addressing.insert(node.id, nodeAddressing(project, node));
}

void TopologyScene::rebuild()
{
    // Items are recreated; the selection (by node id) survives, minus nodes that are gone.
    const QList<model::NodeId> selected = selectedNodes();
    QSignalBlocker blocker(this);
    clear();
    m_devices.clear();
    m_segments.clear();
    m_links.clear();
    const model::Project &project = m_document.project();
    for (const model::Node &node : project.nodes()) {
        if (node.kind == model::NodeKind::LanSegment) {
            auto *item = new SegmentItem(m_document, node.id);
            addItem(item);
            m_segments.insert(node.id, item);
        } else {
            auto *item = new DeviceItem(m_document, node.id);
            addItem(item);
            m_devices.insert(node.id, item);
        }
    }
    for (const model::Link &link : project.links()) {
        auto *item = new LinkItem(m_document, link.id);
        addItem(item);
        m_links.insert(link.id, item);
    }
    blocker.unblock();
    refresh();
    selectNodes(selected);
}

void TopologyScene::refresh()
{
    readAddressing();
    // Links attach to ports and bars, so they follow the devices and segments.
    for (DeviceItem *item : std::as_const(m_devices))
        item->sync();
    for (SegmentItem *item : std::as_const(m_segments))
        item->sync();
    for (LinkItem *item : std::as_const(m_links))
        item->sync();
    setSceneRect(contentRect());
    emit contentChanged();
}

QList<model::NodeId> TopologyScene::selectedNodes() const
{
    QList<model::NodeId> result;
    for (const model::Node &node : m_document.project().nodes()) {
        const QGraphicsItem *item = m_devices.value(node.id);
        if (!item)
            item = m_segments.value(node.id);
        if (item && item->isSelected())
            result << node.id;
    }
    return result;
}

void TopologyScene::selectNodes(const QList<model::NodeId> &nodes)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (model::NodeId id : nodes) {
        QGraphicsItem *item = m_devices.value(id);
        if (!item)
            item = m_segments.value(id);
        if (item)
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

QRectF TopologyScene::contentRect() const
{
    // The drawing only: a simulation's overlay (tunnel arches, drop marks) does not grow it.
    QRectF bounds;
    for (const QGraphicsItem *item : items()) {
        if (!item->parentItem() && !isSimulationOverlayItem(item))
            bounds |= item->sceneBoundingRect();
    }
    if (bounds.isEmpty())
        return QRectF(-200, -150, 400, 300);
    return bounds.adjusted(-kContentMargin, -kContentMargin, kContentMargin, kContentMargin);
}

} // namespace vtd::app
