#include "packet_tracing.h"

#include "packet_summary.h"

namespace vtd::sim::net {

void tracePacket(Simulator &sim, const QString &node, const QString &interface,
                 PacketDirection direction, const Packet &packet)
{
    if (!sim.isTracing())
        return;
    const PacketTrace record{sim.now(), packet.traceId(), node, interface, direction,
                             packet.bytes(), summarizePacket(packet).text()};
    if (direction == PacketDirection::Sent)
        sim.trace().onPacketSent(record);
    else
        sim.trace().onPacketReceived(record);
}

void traceDrop(Simulator &sim, const QString &node, const QString &interface, const QString &stage,
               const QString &code, const Packet &packet, const QMap<QString, QString> &params)
{
    if (!sim.isTracing())
        return;
    sim.trace().onPacketDropped(DropTrace{sim.now(), packet.traceId(), node, interface, stage, code,
                                          params, packet.bytes(), summarizePacket(packet).text()});
}

void traceDecision(Simulator &sim, const QString &node, const QString &stage, const QString &outcome,
                   const QString &detail, const Packet &packet)
{
    if (!sim.isTracing())
        return;
    sim.trace().onDecision(DecisionTrace{sim.now(), packet.traceId(), node, stage, outcome, detail});
}

} // namespace vtd::sim::net
