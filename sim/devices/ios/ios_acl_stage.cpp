#include "ios_acl_stage.h"

#include "ios_drop_codes.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet_tracing.h"

namespace vtd::sim::devices::ios {

IosAclStage::IosAclStage(Direction direction, std::shared_ptr<IosAccessLists> lists,
                         std::shared_ptr<IosArrivalMemo> memo)
    : m_direction(direction), m_lists(std::move(lists)), m_memo(std::move(memo))
{
}

QString IosAclStage::name() const
{
    return QString::fromLatin1(m_direction == Direction::In ? stage_name::AclIn : stage_name::AclOut);
}

StageVerdict IosAclStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    const QString ifName = interface.name();
    const QString acl = m_lists->accessGroup(ifName, m_direction);
    if (acl.isEmpty())
        return StageVerdict::proceed();
    if (m_direction == Direction::Out && m_memo && !m_memo->arrivalOf(packet)) {
        decide(node, packet, QStringLiteral("permit"),
               groupText(acl) + QStringLiteral(": the router's own packet, outbound lists do not apply"));
        return StageVerdict::proceed();
    }
    const auto result = m_lists->evaluate(acl, packet.source(), packet.destination(), IosFlow::of(packet));
    if (!result) {
        decide(node, packet, QStringLiteral("permit"),
               groupText(acl) + QStringLiteral(": access list %1 is not defined, nothing is filtered").arg(acl));
        return StageVerdict::proceed();
    }
    if (result->permitted) {
        decide(node, packet, QStringLiteral("permit"), result->text);
        return StageVerdict::proceed();
    }
    decide(node, packet, QStringLiteral("deny"), result->text);
    return StageVerdict::drop(drop_code::AclDenied,
                              {{QStringLiteral("acl"), acl},
                               {QStringLiteral("interface"), ifName},
                               {QStringLiteral("direction"), m_direction == Direction::In ? QStringLiteral("in")
                                                                                          : QStringLiteral("out")},
                               {QStringLiteral("entry"), result->text}});
}

QString IosAclStage::groupText(const QString &acl) const
{
    return QStringLiteral("ip access-group %1 %2").arg(acl, m_direction == Direction::In ? QStringLiteral("in")
                                                                                          : QStringLiteral("out"));
}

void IosAclStage::decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                         const QString &detail) const
{
    net::traceDecision(node.simulator(), node.name(), name(), outcome, detail, packet);
}

} // namespace vtd::sim::devices::ios
