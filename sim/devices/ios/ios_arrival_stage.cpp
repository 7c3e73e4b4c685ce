#include "ios_arrival_stage.h"

#include "ios_drop_codes.h"

#include "sim/net/sim_interface.h"

namespace vtd::sim::devices::ios {

IosArrivalStage::IosArrivalStage(std::shared_ptr<IosArrivalMemo> memo) : m_memo(std::move(memo)) {}

QString IosArrivalStage::name() const
{
    return QString::fromLatin1(stage_name::Arrival);
}

StageVerdict IosArrivalStage::process(SimNode &node, net::Packet &packet, net::SimInterface &interface)
{
    (void)node;
    m_memo->remember(packet, interface.name());
    return StageVerdict::proceed();
}

} // namespace vtd::sim::devices::ios
