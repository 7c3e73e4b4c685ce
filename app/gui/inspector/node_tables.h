#pragma once

#include "config_table.h"

#include "model/node_kind.h"

namespace vtd::app {

/** Hardware model, software version and licence flags of a node of this kind (no table for
 *  LAN segments). */
std::shared_ptr<ConfigTable> hardwareTable(model::NodeKind kind);
/** Address, mask and gateway of a host or VPN Client PC. */
std::shared_ptr<ConfigTable> hostTable();
/** The VPN Client connection profile (.pcf) fields the designer knows. */
std::shared_ptr<ConfigTable> profileTable();

/** Every inspector section for a node of this kind, in the order they are shown. */
ConfigTables tablesFor(model::NodeKind kind);

} // namespace vtd::app
