#pragma once

#include "ike_sa.h"

#include "sim/esp/esp_sa.h"

#include <optional>
#include <utility>

namespace vtd::sim::ike {

/** The inbound and outbound ESP SA one Quick Mode negotiated (RFC 2409 §5.5), keyed from
 *  KEYMAT with the SPI each SA's receiver chose: what both the gateway and the VPN Client
 *  install. Nullopt if key derivation fails. `gqmxy` is the PFS secret (empty without PFS). */
std::optional<std::pair<esp::EspSaConfig, esp::EspSaConfig>>
quickModeSaPair(const IkeSa &sa, const QuickModeExchange &qm, const crypto::Bytes &gqmxy, SimTime now);

} // namespace vtd::sim::ike
