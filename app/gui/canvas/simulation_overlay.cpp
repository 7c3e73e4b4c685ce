#include "simulation_overlay.h"

#include "items/device_item.h"
#include "items/drop_marker_item.h"
#include "items/packet_item.h"
#include "items/port_item.h"
#include "items/segment_item.h"
#include "items/tunnel_item.h"
#include "topology_scene.h"

#include "app/gui/simulation/packet_colors.h"
#include "sim/analysis/configured_tunnels.h"
#include "sim/analysis/exchange_labels.h"

#include <algorithm>

namespace vtd::app {

namespace {

/** A long batch (run to the end) animates only its last hops: the user sees where it ended. */
constexpr std::size_t kMaxAnimatedHops = 24;
/** Beyond this many successive moments a batch plays faster, so it stays short. */
constexpr int kSlotsAtFullLength = 6;
constexpr int kShortestHopMs = 90;

bool isSealed(const QByteArray &datagram)
{
    const auto kind = sim::analysis::packetKind(datagram);
    return kind == sim::analysis::PacketKind::Isakmp || kind == sim::analysis::PacketKind::Esp;
}

} // namespace

SimulationOverlay::SimulationOverlay(TopologyScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene)
{
    connect(scene, &TopologyScene::contentChanged, this, &SimulationOverlay::relayout);
}

SimulationOverlay::~SimulationOverlay()
{
    removeItems();
}

// ---- feeding --------------------------------------------------------------------------------

void SimulationOverlay::reset(const std::vector<sim::TraceEvent> &events)
{
    removeItems();
    m_drops.clear();
    m_inFlight.clear();
    m_active = true;
    if (!m_scene) {
        m_states.setTunnels({});
        m_tunnelsOf.reset();
    } else if (m_tunnelsOf != m_scene->document().project()) {
        m_tunnelsOf = m_scene->document().project();
        m_states.setTunnels(sim::analysis::configuredTunnels(*m_tunnelsOf));
    } else {
        m_states.reset();
    }
    for (const sim::TraceEvent &event : events)
        follow(event, nullptr);
    relayout();
}

void SimulationOverlay::append(const std::vector<sim::TraceEvent> &events, int first)
{
    if (!m_active)
        return reset(events);
    stopPackets();
    std::vector<Hop> hops;
    for (std::size_t i = std::size_t(std::max(0, first)); i < events.size(); ++i)
        follow(events[i], m_animated ? &hops : nullptr);
    relayout();
    animate(hops);
}

void SimulationOverlay::clear()
{
    removeItems();
    m_drops.clear();
    m_inFlight.clear();
    m_states.setTunnels({});
    m_tunnelsOf.reset();
    m_active = false;
}

void SimulationOverlay::setAnimated(bool animated)
{
    m_animated = animated;
    if (!animated)
        stopPackets();
}

void SimulationOverlay::follow(const sim::TraceEvent &event, std::vector<Hop> *hops)
{
    m_states.apply(event);
    if (const auto *drop = std::get_if<sim::DropTrace>(&event)) {
        recordDrop(*drop);
        m_inFlight.remove(drop->packetId);
    } else if (const auto *packet = std::get_if<sim::PacketTrace>(&event)) {
        if (packet->direction == sim::PacketDirection::Sent)
            recordSent(*packet, hops);
        else
            recordReceived(*packet, hops);
    }
}

void SimulationOverlay::recordDrop(const sim::DropTrace &drop)
{
    auto spot = std::find_if(m_drops.begin(), m_drops.end(), [&](const DropSpot &s) {
        return s.node == drop.node && s.interface == drop.interface;
    });
    if (spot == m_drops.end()) {
        m_drops.append(DropSpot{drop.node, drop.interface, {}, 0, {}});
        spot = m_drops.end() - 1;
    }
    ++spot->total;
    auto reason = std::find_if(spot->reasons.begin(), spot->reasons.end(), [&](const auto &r) {
        return r.finding.code == drop.code && r.finding.params == drop.params;
    });
    if (reason == spot->reasons.end()) {
        model::Diagnostic finding;
        finding.code = drop.code;
        finding.params = drop.params;
        finding.node = drop.node;
        spot->reasons.append({finding, 0, {}});
        reason = spot->reasons.end() - 1;
    }
    ++reason->count;
    reason->lastSummary = drop.summary;
}

void SimulationOverlay::recordSent(const sim::PacketTrace &sent, std::vector<Hop> *hops)
{
    if (sent.packetId != 0)
        m_inFlight.insert(sent.packetId, sent);
    if (!hops)
        return;
    const std::optional<QPointF> from = portPoint(sent.node, sent.interface);
    if (!from)
        return;
    // To the far port, or onto the LAN bar: the receiver on a LAN shows with its arrival.
    QPainterPath path(*from);
    if (const SegmentItem *segment = segmentOf(sent.node, sent.interface))
        path.lineTo(segment->attachPoint(*from));
    else if (const std::optional<QPointF> to = farPort(sent.node, sent.interface))
        path.lineTo(*to);
    else
        return;
    hops->push_back(Hop{path, sent.bytes, sent.time});
}

void SimulationOverlay::recordReceived(const sim::PacketTrace &received, std::vector<Hop> *hops)
{
    const auto sent = m_inFlight.constFind(received.packetId);
    if (sent == m_inFlight.cend())
        return;
    const sim::PacketTrace from = *sent;
    m_inFlight.erase(sent);
    if (!hops)
        return;
    // Across a LAN the packet continues from the bar to the port that took it.
    const SegmentItem *segment = segmentOf(from.node, from.interface);
    const std::optional<QPointF> start = portPoint(from.node, from.interface);
    const std::optional<QPointF> end = portPoint(received.node, received.interface);
    if (!segment || !start || !end)
        return;
    QPainterPath path(segment->attachPoint(*start));
    path.lineTo(segment->attachPoint(*end));
    path.lineTo(*end);
    hops->push_back(Hop{path, received.bytes, received.time});
}

void SimulationOverlay::animate(const std::vector<Hop> &hops)
{
    if (!m_scene || hops.empty())
        return;
    const std::size_t skip = hops.size() > kMaxAnimatedHops ? hops.size() - kMaxAnimatedHops : 0;
    // Hops that start at the same simulated moment travel together, later ones after them.
    int moments = 0;
    std::optional<sim::SimTime> last;
    for (std::size_t i = skip; i < hops.size(); ++i) {
        if (last != hops[i].start)
            ++moments;
        last = hops[i].start;
    }
    const int slotMs = moments <= kSlotsAtFullLength
        ? m_hopMs
        : std::max(kShortestHopMs, m_hopMs * kSlotsAtFullLength / moments);
    int slot = -1;
    last.reset();
    for (std::size_t i = skip; i < hops.size(); ++i) {
        const Hop &hop = hops[i];
        if (last != hop.start)
            ++slot;
        last = hop.start;
        auto *item = new PacketItem(hop.path, packet_colors::colorOfDatagram(hop.bytes), isSealed(hop.bytes));
        m_scene->addItem(item);
        m_packets << item;
        item->start(slot * slotMs, slotMs);
    }
}

// ---- items ----------------------------------------------------------------------------------

void SimulationOverlay::stopPackets()
{
    for (const QPointer<PacketItem> &item : std::as_const(m_packets))
        delete item.data();
    m_packets.clear();
}

void SimulationOverlay::removeItems()
{
    stopPackets();
    for (const QPointer<TunnelItem> &item : std::as_const(m_tunnelItems))
        delete item.data();
    m_tunnelItems.clear();
    for (DropSpot &spot : m_drops)
        delete spot.item.data();
}

void SimulationOverlay::relayout()
{
    if (!m_active || !m_scene)
        return;
    m_tunnelItems.resize(m_states.size());
    for (int i = 0; i < m_states.size(); ++i)
        placeTunnel(i);
    for (DropSpot &spot : m_drops)
        placeDrop(spot);
}

void SimulationOverlay::placeTunnel(int index)
{
    const sim::analysis::ConfiguredTunnel &tunnel = m_states.tunnel(index);
    const std::optional<QPointF> a = nodeCentre(tunnel.a.node);
    const std::optional<QPointF> b = nodeCentre(tunnel.b.node);
    QPointer<TunnelItem> &item = m_tunnelItems[index];
    if (!a || !b) {
        delete item.data();
        return;
    }
    if (!item) {
        item = new TunnelItem(index);
        m_scene->addItem(item);
    }
    const sim::analysis::TunnelStatus &status = m_states.status(index);
    item->setEnds(*a, *b);
    item->setStatus(status.state, OverlayTexts::stateName(status.state),
                    OverlayTexts::tunnelToolTip(tunnel, status));
}

void SimulationOverlay::placeDrop(DropSpot &spot)
{
    std::optional<QPointF> at = portPoint(spot.node, spot.interface);
    if (at && *at == nodeCentre(spot.node)) {
        // No port of its own (unknown or folded): the card's corner, not over its icon.
        const model::Node *node = m_scene->document().project().nodeByName(spot.node);
        if (const DeviceItem *device = node ? m_scene->deviceItem(node->id) : nullptr)
            at = device->mapToScene(device->bodyRect().topRight());
    }
    if (!at) {
        delete spot.item.data();
        return;
    }
    if (!spot.item) {
        spot.item = new DropMarkerItem;
        m_scene->addItem(spot.item);
    }
    spot.item->setPos(*at);
    spot.item->setCount(spot.total);
    spot.item->setToolTip(OverlayTexts::dropToolTip(spot.node, spot.interface, spot.reasons));
}

QList<TunnelItem *> SimulationOverlay::tunnelItems() const
{
    QList<TunnelItem *> out;
    for (const QPointer<TunnelItem> &item : m_tunnelItems) {
        if (item)
            out << item.data();
    }
    return out;
}

QList<DropMarkerItem *> SimulationOverlay::dropMarkers() const
{
    QList<DropMarkerItem *> out;
    for (const DropSpot &spot : m_drops) {
        if (spot.item)
            out << spot.item.data();
    }
    return out;
}

QList<PacketItem *> SimulationOverlay::packetItems() const
{
    QList<PacketItem *> out;
    for (const QPointer<PacketItem> &item : m_packets) {
        if (item)
            out << item.data();
    }
    return out;
}

// ---- geometry -------------------------------------------------------------------------------

std::optional<QPointF> SimulationOverlay::nodeCentre(const QString &node) const
{
    const model::Node *found = m_scene ? m_scene->document().project().nodeByName(node) : nullptr;
    if (!found)
        return std::nullopt;
    if (const DeviceItem *device = m_scene->deviceItem(found->id))
        return device->scenePos();
    if (const SegmentItem *segment = m_scene->segmentItem(found->id))
        return segment->scenePos();
    return std::nullopt;
}

std::optional<QPointF> SimulationOverlay::portPoint(const QString &node, const QString &interface) const
{
    const model::Node *found = m_scene ? m_scene->document().project().nodeByName(node) : nullptr;
    const DeviceItem *device = found ? m_scene->deviceItem(found->id) : nullptr;
    if (!device)
        return std::nullopt;
    if (const PortItem *port = device->port(interface))
        return port->anchor();
    return device->scenePos();
}

const SegmentItem *SimulationOverlay::segmentOf(const QString &node, const QString &interface) const
{
    const model::Project &project = m_scene->document().project();
    const model::Node *found = project.nodeByName(node);
    const model::Link *link = found ? project.linkAt({found->id, interface}) : nullptr;
    if (!link)
        return nullptr;
    const model::Endpoint &other = link->a.node == found->id ? link->b : link->a;
    return m_scene->segmentItem(other.node);
}

std::optional<QPointF> SimulationOverlay::farPort(const QString &node, const QString &interface) const
{
    const model::Project &project = m_scene->document().project();
    const model::Node *found = project.nodeByName(node);
    const model::Link *link = found ? project.linkAt({found->id, interface}) : nullptr;
    if (!link)
        return std::nullopt;
    const model::Endpoint &other = link->a.node == found->id ? link->b : link->a;
    const model::Node *peer = project.node(other.node);
    return peer ? portPoint(peer->name, other.interface) : std::nullopt;
}

} // namespace vtd::app
