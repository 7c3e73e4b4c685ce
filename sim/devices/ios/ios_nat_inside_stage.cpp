#include "ios_nat_inside_stage.h"

#include "ios_drop_codes.h"
#include "ios_nat_ports.h"
#include "ios_nat_rewrite.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet_tracing.h"

namespace vtd::sim::devices::ios {

using Side = IosNatRules::Side;

IosNatInsideStage::IosNatInsideStage(std::shared_ptr<const IosNatRules> rules, std::shared_ptr<IosNatTable> table,
                                     std::shared_ptr<IosAccessLists> lists, std::shared_ptr<IosArrivalMemo> memo)
    : m_rules(std::move(rules)), m_table(std::move(table)), m_lists(std::move(lists)), m_memo(std::move(memo))
{
}

QString IosNatInsideStage::name() const
{
    return QString::fromLatin1(stage_name::NatInside);
}

StageVerdict IosNatInsideStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    const auto arrival = m_memo->arrivalOf(packet);
    if (!arrival || m_rules->side(*arrival) != Side::Inside || m_rules->side(interface.name()) != Side::Outside)
        return StageVerdict::proceed();
    m_table->expire(node.simulator().now());
    const IosFlow flow = IosFlow::of(packet);
    if (const StaticHit hit = staticFor(node, packet, flow); hit.entry)
        return byStatic(node, packet, hit);
    const int port = sourcePortOf(flow);
    const int protocol = port < 0 ? 0 : flow.protocol;
    if (IosNatTranslation *row = m_table->findOutbound(protocol, packet.source(), port, packet.destination(),
                                                       destinationPortOf(flow))) {
        apply(node, packet, *row, QStringLiteral("existing translation"));
        return StageVerdict::proceed();
    }
    const IosNatRules::Choice choice = m_rules->choose(*m_lists, packet.source(), packet.destination(), flow);
    if (!choice.rule) {
        decide(node, packet, QStringLiteral("exempt"),
               choice.reason.isEmpty() ? QStringLiteral("no ip nat inside source rule") : choice.reason);
        return StageVerdict::proceed();
    }
    return byRule(node, packet, flow, *choice.rule);
}

// Statics come first on IOS: an inside address with a static translation is never PATed.
IosNatInsideStage::StaticHit IosNatInsideStage::staticFor(const SimNode &node, const net::Packet &packet,
                                                          const IosFlow &flow) const
{
    for (const gen::ios122::IosNatStatic &entry : m_rules->statics()) {
        if (entry.local != packet.source())
            continue;
        if (entry.protocol != 0 && (entry.protocol != flow.protocol || entry.localPort != flow.srcPort))
            continue;
        if (entry.globalInterface.isEmpty())
            return {&entry, entry.global};
        const net::SimInterface *global = node.interface(entry.globalInterface);
        if (global && global->hasAddress())
            return {&entry, global->address().address()};
        return {&entry, std::nullopt};
    }
    return {};
}

StageVerdict IosNatInsideStage::byStatic(SimNode &node, net::Packet &packet, const StaticHit &hit)
{
    if (!hit.global) {
        decide(node, packet, QStringLiteral("drop"), hit.entry->text);
        return StageVerdict::drop(drop_code::NatNoAddress, {{QStringLiteral("interface"), hit.entry->globalInterface},
                                                            {QStringLiteral("rule"), hit.entry->text}});
    }
    const int port = hit.entry->protocol == 0 ? -1 : hit.entry->globalPort;
    const QString from = endText(packet.source(), hit.entry->protocol == 0 ? -1 : hit.entry->localPort);
    rewriteSource(packet, *hit.global, port);
    decide(node, packet, QStringLiteral("translate"),
           from + QStringLiteral(" -> ") + endText(*hit.global, port) + QStringLiteral(" by ") + hit.entry->text);
    return StageVerdict::proceed();
}

StageVerdict IosNatInsideStage::byRule(SimNode &node, net::Packet &packet, const IosFlow &flow,
                                       const model::IosNatInsideSource &rule)
{
    const QString text = IosNatRules::ruleText(rule);
    if (rule.target == model::IosNatInsideSource::Target::Pool) {
        decide(node, packet, QStringLiteral("exempt"), text + QStringLiteral(": address pools are not simulated"));
        return StageVerdict::proceed();
    }
    const net::SimInterface *target = node.interface(rule.targetName);
    if (!target || !target->hasAddress()) {
        decide(node, packet, QStringLiteral("drop"), text + QStringLiteral(": the interface has no address"));
        return StageVerdict::drop(drop_code::NatNoAddress,
                                  {{QStringLiteral("interface"), rule.targetName}, {QStringLiteral("rule"), text}});
    }
    const model::Ipv4Address global = target->address().address();
    const int port = sourcePortOf(flow);
    if (rule.overload && port < 0) {
        // A row for the whole interface address would swallow the router's own traffic.
        decide(node, packet, QStringLiteral("exempt"),
               text + QStringLiteral(": protocol %1 has no port for PAT").arg(flow.protocol));
        return StageVerdict::proceed();
    }
    return translateNew(node, packet, flow, text, global, rule.overload);
}

// PAT rows take a port of the global address; without `overload` the row takes it whole.
StageVerdict IosNatInsideStage::translateNew(SimNode &node, net::Packet &packet, const IosFlow &flow,
                                             const QString &rule, model::Ipv4Address global, bool overload)
{
    IosNatTranslation row{0, packet.source(), 0, global, 0, packet.destination(), 0, rule,
                          node.simulator().now(), node.simulator().now()};
    const auto free = overload ? m_table->freePort(flow.protocol, global, sourcePortOf(flow)) : std::nullopt;
    if (overload ? !free : m_table->isAddressTaken(global)) {
        decide(node, packet, QStringLiteral("drop"),
               rule + (overload ? QStringLiteral(": no free port") : QStringLiteral(": the address is in use")));
        return StageVerdict::drop(drop_code::NatExhausted, {{QStringLiteral("address"), global.toString()},
                                                            {QStringLiteral("protocol"), QString::number(flow.protocol)}});
    }
    if (overload) {
        row.protocol = flow.protocol;
        row.localPort = sourcePortOf(flow);
        row.globalPort = *free;
        row.outsidePort = destinationPortOf(flow);
    }
    apply(node, packet, m_table->add(row), QStringLiteral("new translation by ") + rule);
    return StageVerdict::proceed();
}

void IosNatInsideStage::apply(SimNode &node, net::Packet &packet, IosNatTranslation &row, const QString &how)
{
    const bool pat = row.protocol != 0;
    const QString from = endText(packet.source(), pat ? row.localPort : -1);
    rewriteSource(packet, row.insideGlobal, pat ? row.globalPort : -1);
    row.lastUsed = node.simulator().now();
    decide(node, packet, QStringLiteral("translate"),
           from + QStringLiteral(" -> ") + endText(row.insideGlobal, pat ? row.globalPort : -1) + QStringLiteral(", ")
               + how);
}

void IosNatInsideStage::decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                               const QString &detail) const
{
    net::traceDecision(node.simulator(), node.name(), name(), outcome, detail, packet);
}

} // namespace vtd::sim::devices::ios
