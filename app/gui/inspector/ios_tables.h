#pragma once

#include "config_table.h"

namespace vtd::app {

/** The inspector sections of an IOS router, over its configuration text (ios122 dialect). */
ConfigTables iosTables();

namespace iostables {
ConfigTables boxTables();     ///< hostname, interfaces, routes, access lists, NAT
ConfigTables cryptoTables();  ///< ISAKMP policies, keys, transform sets, crypto maps
} // namespace iostables

} // namespace vtd::app
