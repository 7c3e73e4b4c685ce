#pragma once

#include "ios_access_lists.h"
#include "ios_arrival_memo.h"
#include "ios_nat_rules.h"
#include "ios_nat_table.h"

#include "sim/devices/packet_stage.h"

#include <memory>
#include <optional>

namespace vtd::sim::devices::ios {

/** NAT inside->outside (stage "ios-nat-inside", on the egress path after routing, before the
 *  outbound ACL and the crypto map): a packet that arrived on an `ip nat inside` interface and
 *  leaves through an `ip nat outside` one gets its source translated by a static translation,
 *  an existing row of the table, or the first `ip nat inside source` rule whose list or route
 *  map permits it (PAT to the rule's interface address with `overload`). A packet that no rule
 *  permits (the route-map deny of a VPN exemption) leaves untranslated. */
class IosNatInsideStage : public PacketStage
{
public:
    IosNatInsideStage(std::shared_ptr<const IosNatRules> rules, std::shared_ptr<IosNatTable> table,
                      std::shared_ptr<IosAccessLists> lists, std::shared_ptr<IosArrivalMemo> memo);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    /** The translated end of a static translation that applies to the packet's source. */
    struct StaticHit
    {
        const gen::ios122::IosNatStatic *entry = nullptr;
        std::optional<model::Ipv4Address> global; ///< nullopt: its interface has no address
    };

    StaticHit staticFor(const SimNode &node, const net::Packet &packet, const IosFlow &flow) const;
    StageVerdict byStatic(SimNode &node, net::Packet &packet, const StaticHit &hit);
    StageVerdict byRule(SimNode &node, net::Packet &packet, const IosFlow &flow,
                        const model::IosNatInsideSource &rule);
    StageVerdict translateNew(SimNode &node, net::Packet &packet, const IosFlow &flow, const QString &rule,
                              model::Ipv4Address global, bool overload);
    void apply(SimNode &node, net::Packet &packet, IosNatTranslation &row, const QString &how);
    void decide(SimNode &node, const net::Packet &packet, const QString &outcome, const QString &detail) const;

    std::shared_ptr<const IosNatRules> m_rules;
    std::shared_ptr<IosNatTable> m_table;
    std::shared_ptr<IosAccessLists> m_lists;
    std::shared_ptr<IosArrivalMemo> m_memo;
};

} // namespace vtd::sim::devices::ios
