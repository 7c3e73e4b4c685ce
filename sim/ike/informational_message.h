#pragma once

// The Informational exchange (RFC 2409 §5.7) as both the gateway daemon and the VPN Client
// build and open it: HDR*, HASH(1), N|D under the IKE SA's phase-1 keys, each message with its
// own random M-ID and its own IV (RFC 2409 §4.3 / App. B).

#include "ike_sa.h"
#include "isakmp_crypt.h"
#include "isakmp_message.h"
#include "isakmp_payloads.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <variant>
#include <vector>

namespace vtd::sim {
class SeededRng;
}

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::ike {

/** A fresh non-zero M-ID for a one-message exchange. */
std::uint32_t newInformationalMessageId(SeededRng &rng);

/** The whole encrypted Informational message `node` sends, carrying `payloads` (Notification
 *  and/or Delete payloads), protected by HASH(1) = prf(SKEYID_a, M-ID | payloads) and reported
 *  as a CipherTrace (encryptAndTrace). Empty when the SA has no keys. */
QByteArray encodeInformational(devices::SimNode &node, const IkeSa &sa, std::uint32_t messageId,
                               const std::vector<Payload> &payloads);

/** Decrypts a received Informational message with its own phase-2 IV and checks HASH(1);
 *  the error is a sentence for the debug log. */
std::variant<DecryptedMessage, QString> openInformational(const IkeSa &sa, const EncryptedMessage &received);

/** DELETE of IPsec ESP SAs (protocol 3, 4-byte SPIs): the sender lists its own inbound SPIs,
 *  which are the receiver's outbound ones. */
DeletePayload espDelete(const std::vector<std::uint32_t> &inboundSpis);
/** DELETE of the IKE SA itself (protocol 1, SPI = CKY-I | CKY-R, 16 bytes). */
DeletePayload ikeDelete(const IkeSa &sa);
/** RFC 3706 R-U-THERE or R-U-THERE-ACK: protocol ISAKMP, SPI = the cookies, data = sequence. */
NotifyPayload dpdNotify(const IkeSa &sa, NotifyType type, std::uint32_t sequence);

/** The 32-bit SPIs of an ESP DELETE payload (wrong-sized ones are skipped). */
std::vector<std::uint32_t> deletedSpis(const DeletePayload &payload);
/** Whether an ISAKMP DELETE names this IKE SA (its cookie pair). */
bool deletesIkeSa(const DeletePayload &payload, const IkeSa &sa);

} // namespace vtd::sim::ike
