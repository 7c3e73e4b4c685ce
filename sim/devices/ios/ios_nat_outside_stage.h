#pragma once

#include "ios_nat_rules.h"
#include "ios_nat_table.h"

#include "sim/devices/packet_stage.h"

#include <memory>

namespace vtd::sim::devices::ios {

/** NAT outside->inside (stage "ios-nat-outside", on the ingress path after the inbound ACL and
 *  before routing, as IOS orders it): a packet arriving on an `ip nat outside` interface whose
 *  destination is an inside global address of a static translation or of a row of the table
 *  (PAT: with the row's port or echo identifier) gets the inside local destination back, as
 *  does an ICMP error about a translated packet (see untranslateIcmpError).
 *  Anything else (traffic to the router itself) passes unchanged and untraced. */
class IosNatOutsideStage : public PacketStage
{
public:
    IosNatOutsideStage(std::shared_ptr<const IosNatRules> rules, std::shared_ptr<IosNatTable> table);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    /** The static translation whose global end is the packet's destination, if any. */
    const gen::ios122::IosNatStatic *staticFor(const SimNode &node, const net::Packet &packet,
                                               const IosFlow &flow) const;
    void untranslate(SimNode &node, net::Packet &packet, model::Ipv4Address local, int port,
                     const QString &how) const;

    std::shared_ptr<const IosNatRules> m_rules;
    std::shared_ptr<IosNatTable> m_table;
};

} // namespace vtd::sim::devices::ios
