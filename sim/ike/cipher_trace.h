#pragma once

// The encrypting side's CipherTrace records (sim/engine/trace_event.h): every ISAKMP sender
// encrypts through encryptAndTrace(), and both ESP senders (gateway and VPN Client) report
// each packet they seal with traceEspEncryption(), so the packet detail view can show the
// plaintext of what went on the wire without re-deriving IV chains.

#include "isakmp_message.h"
#include "keymat_v1.h"

#include "sim/crypto/bytes.h"

#include <QByteArray>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::esp {
class EspSa;
}

namespace vtd::sim::ike {

/** encryptMessage() (isakmp_crypt.h) for a message `node` is about to send; when the run is
 *  traced it also reports a CipherTrace "isakmp": the whole message as sent, the padded
 *  plaintext body, the IV it was encrypted with and the key. */
QByteArray encryptAndTrace(devices::SimNode &node, const IsakmpMessage &message, const KeymatV1 &keys,
                           crypto::Bytes &iv);

/** Reports a CipherTrace "esp" for `outer`, an ESP packet `node` has just sealed on the
 *  outbound SA `sa`; nothing when the run is not traced. The plaintext is read back by
 *  decrypting with the same SA (describeEsp changes nothing on it). */
void traceEspEncryption(devices::SimNode &node, const esp::EspSa &sa, const net::Packet &outer);

} // namespace vtd::sim::ike
