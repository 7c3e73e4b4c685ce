#pragma once

#include "channel.h"

namespace vtd::sim::net {

/** A cable between two interfaces. Either end shut down or unplugged takes the line protocol
 *  down on both, as on real Ethernet (no link pulse). */
class PointToPointLink final : public Channel
{
public:
    using Channel::Channel;

    bool hasCarrier(const SimInterface &port) const override;

protected:
    int maxPorts() const override { return 2; }
};

} // namespace vtd::sim::net
