#include "point_to_point_link.h"

#include "sim_interface.h"

namespace vtd::sim::net {

bool PointToPointLink::hasCarrier(const SimInterface &port) const
{
    const std::vector<SimInterface *> &ends = ports();
    if (ends.size() != 2)
        return false;
    for (const SimInterface *end : ends) {
        if (!end->isAdminUp() || !end->isCableConnected())
            return false;
    }
    return ends[0] == &port || ends[1] == &port;
}

} // namespace vtd::sim::net
