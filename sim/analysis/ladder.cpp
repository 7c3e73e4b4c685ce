#include "ladder.h"

#include <algorithm>

namespace vtd::sim::analysis {

void Ladder::clear()
{
    *this = Ladder();
}

LadderChange Ladder::append(const std::vector<TraceEvent> &events, int first)
{
    LadderChange change;
    change.firstNewArrow = int(m_arrows.size());
    change.firstNewLifeline = int(m_lifelines.size());
    const int end = int(events.size());
    for (int index = std::max(first, 0); index < end; ++index) {
        const TraceEvent &event = events[std::size_t(index)];
        if (const auto *packet = std::get_if<PacketTrace>(&event))
            onPacket(*packet, index, change);
        else if (const auto *drop = std::get_if<DropTrace>(&event))
            onDrop(*drop, index, change);
        else if (const auto *cipher = std::get_if<CipherTrace>(&event))
            onCipher(*cipher, change);
    }
    m_eventCount = std::max(m_eventCount, end);
    return change;
}

void Ladder::onPacket(const PacketTrace &packet, int index, LadderChange &change)
{
    addLifeline(packet.node);
    const auto known = m_arrowOfPacket.constFind(packet.packetId);
    if (known == m_arrowOfPacket.cend() || packet.packetId == 0) {
        LadderArrow arrow;
        arrow.packetId = packet.packetId;
        arrow.eventIndex = index;
        arrow.lastEventIndex = index;
        arrow.from = packet.node;
        arrow.to = packet.node;
        arrow.path << packet.node;
        arrow.sent = packet.time;
        arrow.arrived = packet.time;
        arrow.summary = packet.summary;
        arrow.label = m_labeler.label(packet.bytes, packet.node);
        arrow.kind = arrow.label.kind;
        const int at = int(m_arrows.size());
        if (!arrow.label.awaitingCipher.isEmpty())
            m_awaitingCipher.insert(arrow.label.awaitingCipher, at);
        m_arrows.push_back(std::move(arrow));
        if (packet.packetId != 0)
            m_arrowOfPacket.insert(packet.packetId, at);
        return;
    }
    LadderArrow &arrow = m_arrows[std::size_t(*known)];
    arrow.lastEventIndex = index;
    if (arrow.path.last() != packet.node)
        arrow.path << packet.node;
    if (packet.direction == PacketDirection::Received) {
        arrow.to = packet.node;
        arrow.arrived = packet.time;
    }
    noteUpdated(change, *known);
}

void Ladder::onDrop(const DropTrace &drop, int index, LadderChange &change)
{
    addLifeline(drop.node);
    auto known = m_arrowOfPacket.constFind(drop.packetId);
    if (known == m_arrowOfPacket.cend() || drop.packetId == 0) {
        // Dropped before it was ever sent (a decrypted datagram with no SA onward, a packet
        // its own device refused): an arrow that starts and ends at that device.
        PacketTrace origin{drop.time, drop.packetId, drop.node, drop.interface,
                           PacketDirection::Sent, drop.bytes, drop.summary};
        onPacket(origin, index, change);
        known = m_arrowOfPacket.constFind(drop.packetId);
    }
    const int at = drop.packetId == 0 ? int(m_arrows.size()) - 1 : *known;
    LadderArrow &arrow = m_arrows[std::size_t(at)];
    arrow.lastEventIndex = index;
    arrow.dropped = true;
    arrow.dropCode = drop.code;
    arrow.to = drop.node;
    arrow.arrived = drop.time;
    if (arrow.path.last() != drop.node)
        arrow.path << drop.node;
    noteUpdated(change, at);
}

void Ladder::onCipher(const CipherTrace &cipher, LadderChange &change)
{
    m_labeler.addCipher(cipher);
    const auto waiting = m_awaitingCipher.constFind(cipher.ciphertext);
    if (waiting == m_awaitingCipher.cend())
        return;
    const int at = *waiting;
    m_awaitingCipher.erase(waiting);
    PacketLabel &label = m_arrows[std::size_t(at)].label;
    label.detail = plaintextDetail(cipher);
    label.awaitingCipher.clear();
    noteUpdated(change, at);
}

void Ladder::addLifeline(const QString &node)
{
    if (m_lifelineIndex.contains(node))
        return;
    m_lifelineIndex.insert(node, int(m_lifelines.size()));
    m_lifelines << node;
}

void Ladder::noteUpdated(LadderChange &change, int arrow)
{
    if (arrow >= change.firstNewArrow)
        return;
    if (std::find(change.updated.begin(), change.updated.end(), arrow) == change.updated.end())
        change.updated.push_back(arrow);
}

int Ladder::arrowAtOrBefore(int eventIndex) const
{
    // Arrows are in the order of their first records, so their eventIndex values ascend.
    const auto after = std::upper_bound(m_arrows.begin(), m_arrows.end(), eventIndex,
                                        [](int index, const LadderArrow &a) { return index < a.eventIndex; });
    return int(after - m_arrows.begin()) - 1;
}

int Ladder::arrowOfEvent(int eventIndex) const
{
    const int at = arrowAtOrBefore(eventIndex);
    return at >= 0 && m_arrows[std::size_t(at)].eventIndex == eventIndex ? at : -1;
}

} // namespace vtd::sim::analysis
