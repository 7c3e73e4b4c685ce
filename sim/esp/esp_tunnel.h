#pragma once

#include "esp_error.h"
#include "esp_sa.h"

#include "sim/crypto/bytes.h"
#include "sim/engine/sim_time.h"
#include "sim/net/packet.h"

#include <cstdint>

namespace vtd::sim {
class SeededRng;
}

namespace vtd::sim::esp {

/**
 * How the sending device builds the outer IPv4 header of tunnel mode (RFC 2401 §5.1.2.1):
 * TOS is always copied from the inner header; DF is copied too unless copyDfBit is off, in
 * which case it is cleared (IOS `crypto ipsec df-bit copy|clear`; copy is the default). The
 * outer packet is not fragmented here: a too-big packet is the forwarding layer's business.
 */
struct EspOuterParams
{
    std::uint8_t ttl = 255;            ///< the device's own TTL for packets it originates
    std::uint16_t identification = 0;  ///< outer IP ID, from the device's counter
    bool copyDfBit = true;
};

/**
 * Tunnel-mode outbound processing on an outbound SA: sequence number, IV from the simulation's
 * SeededRng (deterministic runs), padding, CBC, HMAC-96, outer header from the SA's endpoints.
 * Counts #pkts encaps/encrypt/digest, or #send errors on failure (expired SA, exhausted
 * sequence numbers, a datagram too large to wrap).
 */
EspResult<net::Packet> encapsulate(EspSa &sa, const net::Packet &inner, SeededRng &rng,
                                   const EspOuterParams &outer, SimTime now);

/** The same with an explicit IV (ivSize() bytes): for known-answer tests and replays of traces. */
EspResult<net::Packet> encapsulateWithIv(EspSa &sa, const net::Packet &inner, crypto::BytesView iv,
                                         const EspOuterParams &outer, SimTime now);

/**
 * Inbound processing on the SA that the SPI selected, in the order RFC 2406 §3.4 and the devices
 * use: lifetime, layout, anti-replay check, ICV, window update, decrypt, padding, next header
 * and inner IPv4 validation, proxy identities. Every failure is counted (#recv errors, plus
 * replay or auth failures) and returned as a reason; the SA's state changes only as the RFC
 * says (a forged packet never moves the window). The datagram returned is marked decrypted.
 */
EspResult<net::Packet> decapsulate(EspSa &sa, const net::Packet &outer, SimTime now);

} // namespace vtd::sim::esp
