#include "pix_nat_stage.h"

#include "pix_drop_codes.h"
#include "pix_flow_ports.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet_tracing.h"

namespace vtd::sim::devices::pix {

using model::Ipv4Address;

namespace {
QString slotText(const Xlate &slot)
{
    if (slot.kind == Xlate::Kind::Pat)
        return QStringLiteral("PAT Global %1(%2) Local %3(%4)")
            .arg(slot.global.toString()).arg(slot.globalPort).arg(slot.local.toString()).arg(slot.localPort);
    return QStringLiteral("Global %1 Local %2").arg(slot.global.toString(), slot.local.toString());
}

Xlate makeSlot(Xlate::Kind kind, const QString &from, const QString &to, Ipv4Address local, Ipv4Address global)
{
    Xlate slot;
    slot.kind = kind;
    slot.localIf = from;
    slot.globalIf = to;
    slot.local = local;
    slot.global = global;
    return slot;
}

/** The flow seen from the other end: how an exemption ACL of the destination side matches it. */
PixNatRules::Flow reversed(const net::Packet &packet)
{
    const PixNatRules::Flow flow = flow_ports::ruleFlow(packet);
    PixNatRules::Flow back = flow;
    back.source = flow.destination;
    back.destination = flow.source;
    if (packet.protocol() != net::ip_protocol::Icmp) {
        back.sourcePort = flow.destinationPort;
        back.destinationPort = flow.sourcePort;
    }
    return back;
}
} // namespace

PixNatStage::PixNatStage(std::shared_ptr<PixFirewall> firewall) : m_firewall(std::move(firewall)) {}

QString PixNatStage::name() const
{
    return QString::fromLatin1(stage_name::Nat);
}

StageVerdict PixNatStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    const auto arrival = m_firewall->takeArrival(packet);
    if (!arrival || node.ownsAddress(packet.source())) {
        decide(node, packet, QStringLiteral("untranslated"),
               [&] { return QStringLiteral("originated by the PIX"); });
        return StageVerdict::proceed();
    }
    const QString to = interface.name();
    if (m_firewall->securityLevel(arrival->ifName) > m_firewall->securityLevel(to))
        return outbound(node, packet, arrival->ifName, to);
    return inbound(node, packet, *arrival, to);
}

StageVerdict PixNatStage::outbound(SimNode &node, net::Packet &packet, const QString &from, const QString &to)
{
    const PixNatRules &rules = m_firewall->natRules();
    const PixNatRules::Flow flow = flow_ports::ruleFlow(packet);
    if (const auto exempt = rules.exemption(from, flow)) {
        decide(node, packet, QStringLiteral("exempt"), [&] { return exempt->describe(); });
        return StageVerdict::proceed();
    }
    if (const auto hit = rules.staticForSource(from, to, flow)) {
        packet.setSource(hit->address);
        if (hit->port)
            flow_ports::setSource(packet, std::uint16_t(hit->port));
        decide(node, packet, QStringLiteral("translate"), [&] { return PixNatRules::describe(*hit->rule); });
        return StageVerdict::proceed();
    }
    const model::NatCmd *rule = rules.natFor(from, packet.source());
    if (!rule)
        return noTranslationGroup(node, packet, from, to, QStringLiteral("no nat (%1) rule covers the source").arg(from));
    if (rule->id != 0)
        return translate(node, packet, from, to, *rule);
    const SimTime now = node.simulator().now();
    if (!m_firewall->xlates().findOutbound(to, packet.source(), packet.protocol(), std::nullopt, now)) {
        m_firewall->xlates().add(makeSlot(Xlate::Kind::Identity, from, to, packet.source(), packet.source()), now);
    }
    decide(node, packet, QStringLiteral("identity"), [&] { return PixNatRules::describe(*rule); });
    return StageVerdict::proceed();
}

StageVerdict PixNatStage::inbound(SimNode &node, net::Packet &packet, const PixFirewall::Arrival &arrival,
                                  const QString &to)
{
    if (arrival.untranslated) {
        decide(node, packet, QStringLiteral("untranslated"),
               [&] { return QString(QStringLiteral("return traffic of an xlate or static on ") + arrival.ifName); });
        return StageVerdict::proceed();
    }
    if (const auto exempt = m_firewall->natRules().exemption(to, reversed(packet))) {
        decide(node, packet, QStringLiteral("exempt"), [&] { return exempt->describe(); });
        return StageVerdict::proceed();
    }
    return noTranslationGroup(node, packet, arrival.ifName, to,
                              QStringLiteral("no static or nat 0 access-list on %1 covers the destination").arg(to));
}

StageVerdict PixNatStage::translate(SimNode &node, net::Packet &packet, const QString &from, const QString &to,
                                    const model::NatCmd &rule)
{
    const SimTime now = node.simulator().now();
    const QString ruleText = PixNatRules::describe(rule);
    Xlate *slot = m_firewall->xlates().findOutbound(to, packet.source(), packet.protocol(),
                                                    flow_ports::source(packet), now);
    QString outcome = QStringLiteral("translate");
    if (!slot) {
        Allocation made = allocate(node, packet, from, to, rule);
        if (auto *verdict = std::get_if<StageVerdict>(&made)) {
            if (verdict->code != QLatin1String(drop_code::NoTranslationGroup)) // traced already
                decide(node, packet, QStringLiteral("drop"),
                       [&] { return QString(ruleText + QStringLiteral(": ") + verdict->code); });
            return *verdict;
        }
        slot = &m_firewall->xlates().add(std::get<Xlate>(made), now);
        outcome = QStringLiteral("new xlate");
    }
    const Xlate used = *slot;
    packet.setSource(used.global);
    if (used.kind == Xlate::Kind::Pat)
        flow_ports::setSource(packet, used.globalPort);
    decide(node, packet, outcome, [&] { return QString(ruleText + QStringLiteral(": ") + slotText(used)); });
    return StageVerdict::proceed();
}

// Dynamic addresses from the ranges first; when they are all in use, PAT to a single global
// address or to the egress interface's address.
PixNatStage::Allocation PixNatStage::allocate(SimNode &node, const net::Packet &packet, const QString &from,
                                              const QString &to, const model::NatCmd &rule)
{
    const QList<model::GlobalCmd> globals = m_firewall->natRules().globals(to, rule.id);
    if (globals.isEmpty())
        return noTranslationGroup(node, packet, from, to,
                                  QStringLiteral("nat (%1) %2 has no global (%3) %2").arg(from).arg(rule.id).arg(to));
    XlateTable &table = m_firewall->xlates();
    const SimTime now = node.simulator().now();
    for (const model::GlobalCmd &global : globals) {
        if (global.interface || !global.last)
            continue;
        for (quint64 a = global.first.toUInt(); a <= global.last->toUInt(); ++a) {
            if (!table.isGlobalInUse(Ipv4Address(quint32(a)), now))
                return makeSlot(Xlate::Kind::Dynamic, from, to, packet.source(), Ipv4Address(quint32(a)));
        }
    }
    const auto localPort = flow_ports::source(packet);
    for (const model::GlobalCmd &global : globals) {
        const auto address = global.interface ? m_firewall->natRules().interfaceAddress(to)
                                              : (global.last ? std::nullopt : std::optional(global.first));
        if (!address)
            continue;
        if (!localPort)
            return StageVerdict::drop(drop_code::PatUnsupported,
                                      {{QStringLiteral("protocol"), flow_ports::protocolName(packet.protocol())},
                                       {QStringLiteral("source"), packet.source().toString()},
                                       {QStringLiteral("to"), to}});
        if (const auto port = table.freePatPort(*address, packet.protocol(), now)) {
            Xlate slot = makeSlot(Xlate::Kind::Pat, from, to, packet.source(), *address);
            slot.protocol = packet.protocol();
            slot.localPort = *localPort;
            slot.globalPort = *port;
            return slot;
        }
    }
    return StageVerdict::drop(drop_code::GlobalExhausted, {{QStringLiteral("source"), packet.source().toString()},
                                                           {QStringLiteral("to"), to},
                                                           {QStringLiteral("nat_id"), QString::number(rule.id)}});
}

StageVerdict PixNatStage::noTranslationGroup(SimNode &node, const net::Packet &packet, const QString &from,
                                             const QString &to, const QString &why)
{
    decide(node, packet, QStringLiteral("drop"),
           [&] { return QString(QStringLiteral("no translation group: ") + why); });
    return StageVerdict::drop(drop_code::NoTranslationGroup,
                              {{QStringLiteral("protocol"), flow_ports::protocolName(packet.protocol())},
                               {QStringLiteral("from"), from},
                               {QStringLiteral("source"), packet.source().toString()},
                               {QStringLiteral("to"), to},
                               {QStringLiteral("destination"), packet.destination().toString()}});
}

void PixNatStage::decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                         const std::function<QString()> &detail)
{
    if (node.simulator().isTracing())
        net::traceDecision(node.simulator(), node.name(), name(), outcome, detail(), packet);
}

} // namespace vtd::sim::devices::pix
