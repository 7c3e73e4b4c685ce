#include "pix_ingress_stage.h"

#include "pix_drop_codes.h"

#include "sim/devices/sim_node.h"
#include "sim/net/byte_order.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet_tracing.h"

#include "generators/pix62/pix62_format.h"

namespace vtd::sim::devices::pix {

namespace {
constexpr int IcmpProtocol = 1;
constexpr int TcpProtocol = 6;
constexpr int UdpProtocol = 17;

QString levelText(const QString &ifName, int level)
{
    return QStringLiteral("%1 (security%2)").arg(ifName).arg(level);
}
} // namespace

PixIngressStage::PixIngressStage(std::shared_ptr<PixFirewall> firewall) : m_firewall(std::move(firewall)) {}

QString PixIngressStage::name() const
{
    return QString::fromLatin1(stage_name::Ingress);
}

// Ports and the ICMP type come straight from the first octets of the transport header; a
// payload too short for them leaves 0 (the node's decoder reports malformed packets).
PixIngressStage::Flow PixIngressStage::flowOf(const net::Packet &packet)
{
    Flow flow;
    flow.protocol = packet.protocol();
    const net::BytesView payload = packet.payload();
    if ((flow.protocol == TcpProtocol || flow.protocol == UdpProtocol) && payload.size() >= 4) {
        flow.srcPort = net::readU16(payload, 0);
        flow.dstPortOrType = net::readU16(payload, 2);
    } else if (flow.protocol == IcmpProtocol && payload.size() >= 8) {
        flow.dstPortOrType = payload[0];
        const std::uint16_t id = net::readU16(payload, 4);
        if (payload[0] == net::icmp_type::EchoRequest)
            flow.echoRequestId = id;
        else if (payload[0] == net::icmp_type::EchoReply)
            flow.echoReplyId = id;
    }
    return flow;
}

StageVerdict PixIngressStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    const QString &ifName = interface.name();
    const Flow flow = flowOf(packet);
    if (node.ownsAddress(packet.destination()))
        return toTheBox(node, packet, ifName, flow);
    if (packet.wasDecrypted() && m_firewall->permitsIpsec()) {
        decide(node, packet, QStringLiteral("permit"),
               [&] { return QString(QStringLiteral("sysopt connection permit-ipsec: decrypted on ") + ifName); });
        return StageVerdict::proceed();
    }
    if (const auto list = m_firewall->inboundAcl(ifName))
        return byAccessGroup(node, packet, ifName, *list, flow);
    return bySecurityLevel(node, packet, ifName, flow);
}

// PIX 6.2: access lists never filter traffic to the box itself; the `icmp` lines of the
// ingress interface do (none for the interface = everything permitted, else implicit deny).
StageVerdict PixIngressStage::toTheBox(SimNode &node, const net::Packet &packet, const QString &ifName,
                                       const Flow &flow)
{
    if (flow.protocol != IcmpProtocol) {
        decide(node, packet, QStringLiteral("permit"), [&] { return QStringLiteral("to the box, not ICMP"); });
        return StageVerdict::proceed();
    }
    const QList<model::IcmpCmd> rules = m_firewall->icmpRules(ifName);
    if (rules.isEmpty()) {
        decide(node, packet, QStringLiteral("permit"),
               [&] { return QString(QStringLiteral("no icmp command for ") + ifName); });
        return StageVerdict::proceed();
    }
    for (const model::IcmpCmd &rule : rules) {
        if (!rule.source.matches(packet.source()) || (rule.icmpType && *rule.icmpType != flow.dstPortOrType))
            continue;
        const QString text = gen::pix62::formatCommand(model::PixCommand(rule));
        if (rule.action == model::AclAction::Permit) {
            decide(node, packet, QStringLiteral("permit"), [&] { return text; });
            return StageVerdict::proceed();
        }
        decide(node, packet, QStringLiteral("deny"), [&] { return text; });
        return StageVerdict::drop(drop_code::IcmpDenied, {{QStringLiteral("interface"), ifName},
                                                          {QStringLiteral("entry"), text}});
    }
    const QString implicit = QStringLiteral("implicit deny (icmp ... %1)").arg(ifName);
    decide(node, packet, QStringLiteral("deny"), [&] { return implicit; });
    return StageVerdict::drop(drop_code::IcmpDenied, {{QStringLiteral("interface"), ifName},
                                                      {QStringLiteral("entry"), implicit}});
}

StageVerdict PixIngressStage::byAccessGroup(SimNode &node, const net::Packet &packet, const QString &ifName,
                                            int list, const Flow &flow)
{
    const model::AccessList &acl = m_firewall->accessLists()[list];
    // PIX 6.x access lists name the addresses as they arrive (global, not real, addresses).
    const PixFirewall::Arrival *arrival = m_firewall->arrivalOf(packet);
    const auto hit = m_firewall->evaluate(list, flow.protocol, packet.source(), flow.srcPort,
                                          arrival ? arrival->mappedDestination : packet.destination(),
                                          arrival ? arrival->mappedDestinationPort : flow.dstPortOrType);
    const auto text = [&] {
        return hit ? QStringLiteral("access-list %1 %2").arg(acl.name, gen::pix62::formatAclEntry(acl.entries[*hit]))
                   : QStringLiteral("access-list %1 implicit deny").arg(acl.name);
    };
    if (hit && acl.entries[*hit].action == model::AclAction::Permit) {
        decide(node, packet, QStringLiteral("permit"), text);
        if (flow.echoRequestId)
            m_firewall->rememberEcho(packet.source(), packet.destination(), *flow.echoRequestId);
        return StageVerdict::proceed();
    }
    decide(node, packet, QStringLiteral("deny"), text);
    return StageVerdict::drop(drop_code::AclDenied, {{QStringLiteral("acl"), acl.name},
                                                     {QStringLiteral("interface"), ifName},
                                                     {QStringLiteral("entry"), text()}});
}

// Without an access-group PIX 6.2 lets traffic go only to a lower security level (equal
// levels do not talk to each other in 6.2). Unroutable packets pass: the route step drops them.
StageVerdict PixIngressStage::bySecurityLevel(SimNode &node, const net::Packet &packet, const QString &ifName,
                                              const Flow &flow)
{
    const std::optional<net::RouteHit> route = node.routingTable().find(packet.destination());
    if (!route)
        return StageVerdict::proceed();
    const QString &egress = *route->interface;
    const int from = m_firewall->securityLevel(ifName);
    const int to = m_firewall->securityLevel(egress);
    const auto path = [&] {
        return QString(levelText(ifName, from) + QStringLiteral(" -> ") + levelText(egress, to));
    };
    if (from > to) {
        decide(node, packet, QStringLiteral("permit"), path);
        if (flow.echoRequestId)
            m_firewall->rememberEcho(packet.source(), packet.destination(), *flow.echoRequestId);
        return StageVerdict::proceed();
    }
    if (flow.echoReplyId && m_firewall->isEchoReturn(packet.source(), packet.destination(), *flow.echoReplyId)) {
        decide(node, packet, QStringLiteral("permit"),
               [&] { return QString(QStringLiteral("echo reply of a forwarded echo, ") + path()); });
        return StageVerdict::proceed();
    }
    decide(node, packet, QStringLiteral("deny"), path);
    return StageVerdict::drop(drop_code::SecurityLevel,
                              {{QStringLiteral("from"), ifName}, {QStringLiteral("from_level"), QString::number(from)},
                               {QStringLiteral("to"), egress}, {QStringLiteral("to_level"), QString::number(to)}});
}

void PixIngressStage::decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                             const std::function<QString()> &detail)
{
    if (node.simulator().isTracing())
        net::traceDecision(node.simulator(), node.name(), name(), outcome, detail(), packet);
}

} // namespace vtd::sim::devices::pix
