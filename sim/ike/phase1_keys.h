#pragma once

#include "ike_sa.h"

#include <QString>

#include <optional>

namespace vtd::sim::ike {

/** Derives a pre-shared-key phase 1's keys (RFC 2409 §5: SKEYID, SKEYID_d/a/e, the cipher key
 *  and the first phase-1 IV) from what the SA holds after its KE and Nonce payloads: its DH
 *  pair, both public values and nonces, the cookies, the negotiated policy and sa.preSharedKey.
 *  Sets sa.keys and sa.phase1Iv. The one key setup of the gateway and the VPN Client alike.
 *  Nullopt on success, else why not (a sentence). */
std::optional<QString> derivePhase1Keys(IkeSa &sa);

} // namespace vtd::sim::ike
