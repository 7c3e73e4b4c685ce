#pragma once

namespace vtd::sim::devices {

/** Device-specific state hung on a SimNode (a PIX's firewall tables, an IOS router's NAT, the
 *  IKE daemon and its SAs), so that pipeline stages, show commands and scenario commands reach
 *  it through the node they work on, without globals and without SimNode knowing the kinds. */
class DeviceExtension
{
public:
    virtual ~DeviceExtension() = default;
};

} // namespace vtd::sim::devices
