#pragma once

#include "sim/devices/sim_node.h"

#include <memory>

namespace vtd::model {
struct IosConfig;
}

namespace vtd::sim::devices::ios {

/** An IOS router as the simulator runs it, built from its typed configuration: interface
 *  blocks with ` shutdown` / ` no ip address`, connected routes, `ip route` (with distance)
 *  and `ip classless` (the 12.2 default unless `no ip classless`), and the packet pipeline
 *  (see installIosPipeline). */
std::unique_ptr<SimNode> buildIosDevice(Simulator &sim, const QString &name,
                                        const model::IosConfig &config);

/** Hangs the router's state on `node` (IosAccessLists, IosNatTable) and installs the stages in
 *  IOS's order of operations, each only when the configuration needs it:
 *  ingress  crypto-map -> ios-arrival -> ios-acl-in -> ios-nat-outside -> (routing)
 *  egress   ios-nat-inside -> ios-acl-out -> crypto-map
 *  (the crypto-map stages when an interface has ` crypto map`; they ask the node's
 *  CryptoMapHook, which the IKE/IPsec layer installs). */
void installIosPipeline(SimNode &node, const model::IosConfig &config);

} // namespace vtd::sim::devices::ios
