#pragma once

#include "script.h"

#include "model/diagnostic.h"
#include "model/ipv4.h"

#include <variant>

namespace vtd::sim::devices {
class SimNetwork;
class SimNode;
} // namespace vtd::sim::devices

namespace vtd::sim {

/** Who sends a script's ping, from which address, to which address. */
struct PingEndpoints
{
    devices::SimNode *source = nullptr;
    /** Zero: the egress interface's address; else the device's own address it pings from. */
    model::Ipv4Address sourceAddress;
    model::Ipv4Address destination;
};

/** Resolves the endpoints of a `ping` on the built network, as the contract says: a node sends
 *  from its egress interface; an address owned by a node makes that node originate from it (a
 *  device's own address, as `ping ... source` does); an address no node owns but inside a
 *  device's connected subnet gets an implicit host there (as source or destination). A node
 *  named as destination is pinged at its first address. An unowned destination outside every
 *  connected subnet is still pinged (the drops say where it dies); a source that nobody can
 *  send from is an error (scenario.unreachable-endpoint), as is a node without any address
 *  (scenario.no-address). */
std::variant<PingEndpoints, model::Diagnostic> resolvePingEndpoints(devices::SimNetwork &network,
                                                                    const PingCommand &ping);

} // namespace vtd::sim
