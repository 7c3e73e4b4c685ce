#pragma once

#include "overlay_texts.h"

#include "sim/analysis/tunnel_states.h"
#include "model/project.h"
#include "sim/engine/trace_event.h"

#include <QHash>
#include <QObject>
#include <QPainterPath>
#include <QPointer>

#include <optional>
#include <vector>

namespace vtd::app {

class DropMarkerItem;
class PacketItem;
class SegmentItem;
class TopologyScene;
class TunnelItem;

/** What a running simulation shows on the designer's canvas: the configured tunnels as arches
 *  between their peers, coloured by state; the packets of the latest step travelling along
 *  their links; a red cross wherever packets were dropped, naming why. Fed with the run's trace
 *  records (reset() after a rewind, append() after a step) and removed with clear().
 *
 *  The overlay's items live in the TopologyScene but are no part of the document: not saved,
 *  no undo, not selectable, no clicks; editing, selection, the scene's extent and the diagram
 *  export skip them (isSimulationOverlayItem()). When the scene rebuilds its items (a document
 *  change) the overlay puts its own back from what it knows. */
class SimulationOverlay final : public QObject
{
    Q_OBJECT

public:
    explicit SimulationOverlay(TopologyScene *scene, QObject *parent = nullptr);
    ~SimulationOverlay() override;

    /** Starts over from the run's records so far (time 0 or a rewind): tunnels of the scene's
     *  project in their state after `events`, the drops among them; no packet travels. */
    void reset(const std::vector<sim::TraceEvent> &events);
    /** Follows records [first, events.size()): states and drops, and the packets sent or
     *  received in them travel (those of earlier steps stop). */
    void append(const std::vector<sim::TraceEvent> &events, int first);
    /** Removes everything the overlay shows (the simulation stopped). */
    void clear();
    bool isActive() const { return m_active; }

    /** With animation off no packet travels (those travelling disappear); on by default. */
    void setAnimated(bool animated);
    bool isAnimated() const { return m_animated; }
    /** How long one hop takes on screen, in ms. */
    void setHopDuration(int ms) { m_hopMs = std::max(1, ms); }
    int hopDuration() const { return m_hopMs; }

    const sim::analysis::TunnelStates &tunnelStates() const { return m_states; }
    QList<TunnelItem *> tunnelItems() const;
    QList<DropMarkerItem *> dropMarkers() const;
    QList<PacketItem *> packetItems() const;

public slots:
    /** Puts the items where the devices now are and rewrites their texts (language change);
     *  recreates those the scene removed. Follows TopologyScene::contentChanged by itself. */
    void relayout();

private:
    /** Packets dropped at one place (a device's interface, or the device). */
    struct DropSpot
    {
        QString node;
        QString interface;
        QList<OverlayTexts::DropReason> reasons;
        int total = 0;
        QPointer<DropMarkerItem> item;
    };
    /** One leg a packet travels in this step. */
    struct Hop
    {
        QPainterPath path;
        QByteArray bytes;
        sim::SimTime start;
    };

    void follow(const sim::TraceEvent &event, std::vector<Hop> *hops);
    void recordDrop(const sim::DropTrace &drop);
    void recordSent(const sim::PacketTrace &sent, std::vector<Hop> *hops);
    void recordReceived(const sim::PacketTrace &received, std::vector<Hop> *hops);
    void animate(const std::vector<Hop> &hops);
    void stopPackets();
    void removeItems();
    void placeTunnel(int index);
    void placeDrop(DropSpot &spot);

    // Geometry read from the scene's items (nullopt: the node is not drawn).
    std::optional<QPointF> nodeCentre(const QString &node) const;
    std::optional<QPointF> portPoint(const QString &node, const QString &interface) const;
    /** The LAN segment item the interface is linked to, if any. */
    const SegmentItem *segmentOf(const QString &node, const QString &interface) const;
    /** The far end of the link at this interface when it is a device's port. */
    std::optional<QPointF> farPort(const QString &node, const QString &interface) const;

    QPointer<TopologyScene> m_scene;
    sim::analysis::TunnelStates m_states;
    /** The project the tunnels were read from: reading them parses every device text, too slow
     *  to repeat on each rewind when nothing changed. */
    std::optional<model::Project> m_tunnelsOf;
    QList<QPointer<TunnelItem>> m_tunnelItems;
    QList<DropSpot> m_drops;
    QList<QPointer<PacketItem>> m_packets;
    /** The last Sent record of each packet not yet received: a step often ends as a packet
     *  leaves, and its arrival comes with the next step. */
    QHash<std::uint64_t, sim::PacketTrace> m_inFlight;
    bool m_active = false;
    bool m_animated = true;
    int m_hopMs = 650;
};

} // namespace vtd::app
