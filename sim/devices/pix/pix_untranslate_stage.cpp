#include "pix_untranslate_stage.h"

#include "pix_drop_codes.h"
#include "pix_flow_ports.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet_tracing.h"

namespace vtd::sim::devices::pix {

namespace {
QString endpoint(model::Ipv4Address address, std::optional<std::uint16_t> port)
{
    return port ? QStringLiteral("%1(%2)").arg(address.toString()).arg(*port) : address.toString();
}
} // namespace

PixUntranslateStage::PixUntranslateStage(std::shared_ptr<PixFirewall> firewall) : m_firewall(std::move(firewall)) {}

QString PixUntranslateStage::name() const
{
    return QString::fromLatin1(stage_name::Untranslate);
}

StageVerdict PixUntranslateStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    PixFirewall::Arrival arrival;
    arrival.traceId = packet.traceId();
    arrival.ifName = interface.name();
    arrival.mappedDestination = packet.destination();
    arrival.mappedDestinationPort = flow_ports::ruleFlow(packet).destinationPort;
    arrival.untranslated = throughXlate(node, packet, arrival.ifName) || throughStatic(node, packet, arrival.ifName);
    m_firewall->noteArrival(std::move(arrival));
    return StageVerdict::proceed();
}

bool PixUntranslateStage::throughXlate(SimNode &node, net::Packet &packet, const QString &ifName)
{
    const auto port = flow_ports::destination(packet);
    const Xlate *slot = m_firewall->xlates().findInbound(ifName, packet.destination(), packet.protocol(), port,
                                                         node.simulator().now());
    if (!slot)
        return false;
    const bool pat = slot->kind == Xlate::Kind::Pat;
    const QString detail = QStringLiteral("%1 Global %2 Local %3")
                               .arg(pat ? QStringLiteral("PAT") : QStringLiteral("xlate"),
                                    endpoint(slot->global, pat ? port : std::nullopt),
                                    endpoint(slot->local, pat ? std::optional(slot->localPort) : std::nullopt));
    const model::Ipv4Address local = slot->local;
    const std::uint16_t localPort = slot->localPort;
    if (local != packet.destination())
        packet.setDestination(local);
    if (pat)
        flow_ports::setDestination(packet, localPort);
    net::traceDecision(node.simulator(), node.name(), name(), QStringLiteral("untranslate"), detail, packet);
    return true;
}

bool PixUntranslateStage::throughStatic(SimNode &node, net::Packet &packet, const QString &ifName)
{
    const auto hit = m_firewall->natRules().staticForDestination(ifName, flow_ports::ruleFlow(packet));
    if (!hit)
        return false;
    packet.setDestination(hit->address);
    if (hit->port)
        flow_ports::setDestination(packet, std::uint16_t(hit->port));
    net::traceDecision(node.simulator(), node.name(), name(), QStringLiteral("untranslate"),
                       PixNatRules::describe(*hit->rule), packet);
    return true;
}

} // namespace vtd::sim::devices::pix
