#include "probe_attempt.h"

#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/packet.h"

#include "model/diagnostic_catalog.h"

#include <algorithm>

namespace vtd::sim::analysis {

namespace {
constexpr SimTime Window = SimTime::fromSeconds(4);

QString at(SimTime time)
{
    return QStringLiteral("  %1 ms").arg(time.toMilliseconds(), 6);
}

std::uint64_t packetIdOf(const TraceEvent &event)
{
    return std::visit([](const auto &e) -> std::uint64_t {
        if constexpr (requires { e.packetId; })
            return e.packetId;
        else
            return 0;
    }, event);
}

const QByteArray *bytesOf(const TraceEvent &event)
{
    if (const auto *packet = std::get_if<PacketTrace>(&event))
        return &packet->bytes;
    if (const auto *drop = std::get_if<DropTrace>(&event))
        return &drop->bytes;
    return nullptr;
}

/** IPv4 protocol field (octet 9). */
int protocolOf(const QByteArray &bytes)
{
    return bytes.size() >= 20 ? std::uint8_t(bytes.at(9)) : -1;
}

bool isEsp(const QByteArray &bytes)
{
    return protocolOf(bytes) == net::ip_protocol::Esp;
}

/** ICMP type 0 right after the header (IHL words). */
bool isEchoReply(const QByteArray &bytes)
{
    const int headerLength = bytes.isEmpty() ? 0 : (std::uint8_t(bytes.at(0)) & 0x0f) * 4;
    return protocolOf(bytes) == net::ip_protocol::Icmp && bytes.size() > headerLength && bytes.at(headerLength) == 0;
}

QString dropMessage(const DropTrace &drop)
{
    model::Diagnostic diagnostic;
    diagnostic.code = drop.code;
    diagnostic.params = drop.params;
    return model::diagnosticMessage(diagnostic);
}
} // namespace

ProbeAttempt::ProbeAttempt(devices::SimNetwork &network, const TraceEndpoint &source,
                           const TraceEndpoint &destination, const ProbeSpec &spec, int number)
    : m_network(network), m_destination(destination), m_number(number)
{
    Simulator &sim = network.simulator();
    TraceRecorder recorder;
    sim.addTraceSink(&recorder);
    const QByteArray marker = probeMarker(number);
    std::size_t deliveredIndex = 0;
    const int listener = destination.node->addLocalListener([&](const net::Packet &packet) {
        if (!m_deliveredAt && carriesProbe(packet.bytes(), marker)) {
            m_deliveredAt = sim.now();
            deliveredIndex = recorder.events().size();
        }
    });
    m_sentAt = sim.now();
    source.node->send(buildProbe(source.address, destination.address, spec, number));
    sim.runUntil(m_sentAt + Window);
    destination.node->removeLocalListener(listener);
    sim.removeTraceSink(&recorder);
    std::vector<TraceEvent> events = recorder.events();
    if (m_deliveredAt)
        events.resize(deliveredIndex); // the answer is not part of the path
    describe(events, marker);
}

// The probe's own datagrams carry the marker; the echo reply carries it too (same data) but is
// the answer, not the path.
std::vector<std::uint64_t> ProbeAttempt::probeIds(const std::vector<TraceEvent> &events, const QByteArray &marker)
{
    std::vector<std::uint64_t> ids;
    for (const TraceEvent &event : events) {
        const QByteArray *bytes = bytesOf(event);
        const std::uint64_t id = packetIdOf(event);
        if (bytes && id != 0 && carriesProbe(*bytes, marker) && !isEchoReply(*bytes)
            && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

// Decrypted datagrams start without a trace id: they are recognised by the marker alone. The
// ESP packet a crypto map made of the probe is the next one its node sends after "protect".
std::vector<const TraceEvent *> ProbeAttempt::select(const std::vector<TraceEvent> &events, const QByteArray &marker)
{
    std::vector<std::uint64_t> ids = probeIds(events, marker);
    std::vector<const TraceEvent *> selected;
    QString protectingNode;
    for (const TraceEvent &event : events) {
        const std::uint64_t id = packetIdOf(event);
        const QByteArray *bytes = bytesOf(event);
        bool mine = (id != 0 && std::find(ids.begin(), ids.end(), id) != ids.end())
                    || (id == 0 && bytes && carriesProbe(*bytes, marker) && !isEchoReply(*bytes));
        const auto *packet = std::get_if<PacketTrace>(&event);
        if (!mine && packet && packet->direction == PacketDirection::Sent && packet->node == protectingNode
            && isEsp(packet->bytes)) {
            ids.push_back(id);
            protectingNode.clear();
            mine = true;
        }
        const auto *decision = std::get_if<DecisionTrace>(&event);
        if (mine && decision && decision->stage == QLatin1String("crypto-map") && decision->outcome == QLatin1String("protect"))
            protectingNode = decision->node;
        if (mine)
            selected.push_back(&event);
    }
    return selected;
}

void ProbeAttempt::describe(const std::vector<TraceEvent> &events, const QByteArray &marker)
{
    QByteArray lastBytes;
    m_lines << QStringLiteral("probe %1, sent at %2 ms:").arg(m_number).arg(m_sentAt.toMilliseconds());
    for (const TraceEvent *event : select(events, marker)) {
        if (const auto *packet = std::get_if<PacketTrace>(event)) {
            lastBytes = packet->bytes;
            const QString verb = packet->direction == PacketDirection::Sent ? QStringLiteral("sent") : QStringLiteral("received");
            m_lines << QStringLiteral("%1  %2 %3: %4 %5").arg(at(packet->time), packet->node, packet->interface, verb, packet->summary);
        } else if (const auto *decision = std::get_if<DecisionTrace>(event)) {
            m_lines << QStringLiteral("%1  %2 [%3] %4: %5")
                           .arg(at(decision->time), decision->node, decision->stage, decision->outcome, decision->detail);
            if (decision->stage == QLatin1String("route"))
                m_lines << routeCandidates(decision->node, lastBytes);
        } else if (const auto *drop = std::get_if<DropTrace>(event)) {
            m_lines << QStringLiteral("%1  %2 %3 [%4] DROPPED %5: %6")
                           .arg(at(drop->time), drop->node, drop->interface, drop->stage, drop->code, dropMessage(*drop));
            if (drop->stage == QLatin1String("route"))
                m_lines << routeCandidates(drop->node, drop->bytes);
            if (!m_drop)
                m_drop = *drop;
        }
    }
    m_outcome = m_drop ? Outcome::Dropped : (m_deliveredAt ? Outcome::Delivered : Outcome::Held);
}

// The candidates as the node's table weighs them now (after the run).
QStringList ProbeAttempt::routeCandidates(const QString &node, const QByteArray &lastBytes) const
{
    const devices::SimNode *simNode = m_network.node(node);
    if (!simNode)
        return {};
    // Before the probe's first hop (the source's own lookup) no bytes are known yet.
    const auto packet = net::Packet::fromBytes(lastBytes);
    const model::Ipv4Address destination = packet ? packet.value().destination() : m_destination.address;
    QStringList lines = simNode->routingTable().explain(destination).lines();
    for (qsizetype i = 0; i < lines.size(); ++i) // candidates, then the outcome
        lines[i].prepend(i + 1 < lines.size() ? QStringLiteral("             route candidate ")
                                              : QStringLiteral("             route result "));
    return lines;
}

QString ProbeAttempt::conclusion() const
{
    switch (m_outcome) {
    case Outcome::Delivered:
        return QStringLiteral("result: delivered to %1 after %2 ms")
            .arg(m_destination.label).arg((*m_deliveredAt - m_sentAt).toMilliseconds());
    case Outcome::Dropped: {
        const QString where = m_drop->interface.isEmpty() ? m_drop->node : m_drop->node + u' ' + m_drop->interface;
        return QStringLiteral("result: dropped at %1 by %2: %3 [%4]").arg(where, m_drop->stage, dropMessage(*m_drop), m_drop->code);
    }
    case Outcome::Held:
        break;
    }
    return QStringLiteral("result: not delivered within %1 s and not dropped (held, e.g. while IKE negotiates) [trace.not-delivered]")
        .arg(Window.toMilliseconds() / 1000);
}

model::Diagnostic ProbeAttempt::asDiagnostic() const
{
    model::Diagnostic diagnostic;
    if (m_drop) {
        diagnostic.code = m_drop->code;
        diagnostic.params = m_drop->params;
        diagnostic.node = m_drop->node;
    } else {
        diagnostic.code = QStringLiteral("trace.not-delivered");
        diagnostic.params = {{QStringLiteral("source"), QStringLiteral("probe %1").arg(m_number)},
                             {QStringLiteral("destination"), m_destination.label}};
    }
    diagnostic.timeMs = (m_drop ? m_drop->time : m_sentAt).toMilliseconds();
    return diagnostic;
}

} // namespace vtd::sim::analysis
