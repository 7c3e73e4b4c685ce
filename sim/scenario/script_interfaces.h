#pragma once

#include "script_parser.h"

namespace vtd::sim::devices {
class SimNetwork;
}

namespace vtd::sim {

/** The InterfaceResolver of a run: an interface of a node as a script may write it, matched
 *  against the built network and the node's hardware ports. Accepted, case-insensitively: the
 *  hardware name (ethernet0, Ethernet5/0), an IOS abbreviation (e5/0, Et5/0) and a PIX nameif
 *  (outside). Returns the hardware port name (SimNode::interfaceAtPort). The network must outlive
 *  the resolver. */
InterfaceResolver scriptInterfaceResolver(const model::Project &project,
                                          const devices::SimNetwork &network);

} // namespace vtd::sim
