#include "ios_nat_outside_stage.h"

#include "ios_drop_codes.h"
#include "ios_nat_icmp_error.h"
#include "ios_nat_ports.h"
#include "ios_nat_rewrite.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet_tracing.h"

namespace vtd::sim::devices::ios {

IosNatOutsideStage::IosNatOutsideStage(std::shared_ptr<const IosNatRules> rules, std::shared_ptr<IosNatTable> table)
    : m_rules(std::move(rules)), m_table(std::move(table))
{
}

QString IosNatOutsideStage::name() const
{
    return QString::fromLatin1(stage_name::NatOutside);
}

StageVerdict IosNatOutsideStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    if (m_rules->side(interface.name()) != IosNatRules::Side::Outside)
        return StageVerdict::proceed();
    m_table->expire(node.simulator().now());
    const IosFlow flow = IosFlow::of(packet);
    if (const gen::ios122::IosNatStatic *entry = staticFor(node, packet, flow)) {
        untranslate(node, packet, entry->local, entry->protocol == 0 ? -1 : entry->localPort, entry->text);
        return StageVerdict::proceed();
    }
    if (const auto detail = untranslateIcmpError(packet, *m_table)) {
        net::traceDecision(node.simulator(), node.name(), name(), QStringLiteral("untranslate"), *detail, packet);
        return StageVerdict::proceed();
    }
    const int port = destinationPortOf(flow);
    if (IosNatTranslation *row = m_table->findInbound(port < 0 ? 0 : flow.protocol, packet.destination(), port)) {
        row->lastUsed = node.simulator().now();
        untranslate(node, packet, row->insideLocal, row->protocol == 0 ? -1 : row->localPort,
                    QStringLiteral("translation by ") + row->rule);
    }
    return StageVerdict::proceed();
}

// Port statics before whole-address ones: the more specific translation wins.
const gen::ios122::IosNatStatic *IosNatOutsideStage::staticFor(const SimNode &node, const net::Packet &packet,
                                                               const IosFlow &flow) const
{
    const gen::ios122::IosNatStatic *whole = nullptr;
    for (const gen::ios122::IosNatStatic &entry : m_rules->statics()) {
        model::Ipv4Address global = entry.global;
        if (!entry.globalInterface.isEmpty()) {
            const net::SimInterface *owner = node.interface(entry.globalInterface);
            if (!owner || !owner->hasAddress())
                continue;
            global = owner->address().address();
        }
        if (global != packet.destination())
            continue;
        if (entry.protocol == 0) {
            if (!whole)
                whole = &entry;
        } else if (entry.protocol == flow.protocol && entry.globalPort == flow.dstPortOrType) {
            return &entry;
        }
    }
    return whole;
}

void IosNatOutsideStage::untranslate(SimNode &node, net::Packet &packet, model::Ipv4Address local, int port,
                                     const QString &how) const
{
    const QString from = endText(packet.destination(), port < 0 ? -1 : destinationPortOf(IosFlow::of(packet)));
    rewriteDestination(packet, local, port);
    net::traceDecision(node.simulator(), node.name(), name(), QStringLiteral("untranslate"),
                       from + QStringLiteral(" -> ") + endText(local, port) + QStringLiteral(", ") + how, packet);
}

} // namespace vtd::sim::devices::ios
