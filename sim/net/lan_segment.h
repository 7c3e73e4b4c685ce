#pragma once

#include "channel.h"

namespace vtd::sim::net {

/** A LAN segment (a hub or switch): any number of interfaces; each port has carrier while its
 *  own cable is in, whatever the other ports do. */
class LanSegment final : public Channel
{
public:
    using Channel::Channel;

    bool hasCarrier(const SimInterface &port) const override;

protected:
    int maxPorts() const override { return 1 << 16; }
};

} // namespace vtd::sim::net
