#pragma once

#include "ios_arrival_memo.h"

#include "sim/devices/packet_stage.h"

#include <memory>

namespace vtd::sim::devices::ios {

/** The ingress stage "ios-arrival": notes where each packet arrived (IosArrivalMemo) for the
 *  egress stages. It decides nothing, so it traces nothing. */
class IosArrivalStage : public PacketStage
{
public:
    explicit IosArrivalStage(std::shared_ptr<IosArrivalMemo> memo);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    std::shared_ptr<IosArrivalMemo> m_memo;
};

} // namespace vtd::sim::devices::ios
