#pragma once

#include "ios_access_lists.h"
#include "ios_arrival_memo.h"

#include "sim/devices/packet_stage.h"

#include <memory>

namespace vtd::sim::devices::ios {

/** ` ip access-group LIST in|out`: the interface's access list filters what arrives (stage
 *  "ios-acl-in", on the ingress path, traffic to the router included) or what leaves (stage
 *  "ios-acl-out", on the egress path after NAT, the router's own packets excepted as IOS
 *  does). First match wins, implicit deny; a list that does not exist filters nothing.
 *  Every decision on an interface with an access-group is traced. */
class IosAclStage : public PacketStage
{
public:
    using Direction = IosAccessLists::Direction;

    IosAclStage(Direction direction, std::shared_ptr<IosAccessLists> lists,
                std::shared_ptr<IosArrivalMemo> memo);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    QString groupText(const QString &acl) const;
    void decide(SimNode &node, const net::Packet &packet, const QString &outcome, const QString &detail) const;

    Direction m_direction;
    std::shared_ptr<IosAccessLists> m_lists;
    std::shared_ptr<IosArrivalMemo> m_memo;
};

} // namespace vtd::sim::devices::ios
