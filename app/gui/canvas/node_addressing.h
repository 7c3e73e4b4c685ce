#pragma once

#include "generators/interface_addresses.h"
#include "model/project.h"

namespace vtd::app {

/** What the canvas shows about a node's interfaces, whatever its kind: PIX and IOS from their
 *  configuration text (the dialect's reader in generators/), a host or VPN Client PC from its
 *  IP settings, which belong to its one interface. */
gen::InterfaceAddressMap nodeAddressing(const model::Project &project, const model::Node &node);

} // namespace vtd::app
