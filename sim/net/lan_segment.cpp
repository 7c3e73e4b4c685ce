#include "lan_segment.h"

#include "sim_interface.h"

namespace vtd::sim::net {

bool LanSegment::hasCarrier(const SimInterface &port) const
{
    return port.channel() == this && port.isCableConnected();
}

} // namespace vtd::sim::net
