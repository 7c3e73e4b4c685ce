#pragma once

#include "config_table.h"

namespace vtd::app {

/** The inspector sections of a PIX firewall, over its configuration text (pix62 dialect). */
ConfigTables pixTables();

namespace pixtables {
ConfigTables boxTables();      ///< hostname, interfaces, routes, local pools
ConfigTables trafficTables();  ///< access lists, access groups, nat, global, static
ConfigTables cryptoTables();   ///< ISAKMP, keys, transform sets, crypto and dynamic maps
ConfigTables clientTables();   ///< vpngroups
} // namespace pixtables

} // namespace vtd::app
