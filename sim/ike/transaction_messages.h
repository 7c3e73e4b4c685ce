#pragma once

// The messages of a Transaction exchange (draft-ietf-ipsec-isakmp-mode-cfg-05, used by XAUTH and
// Mode Config), for the gateway and the VPN Client alike: HDR*, HASH, ATTR with
// HASH = prf(SKEYID_a, M-ID | ATTR), encrypted on the exchange's own CBC chain, whose first IV
// is derived from the last phase-1 block and the M-ID like a Quick Mode's (RFC 2409 App. B).

#include "ike_sa.h"
#include "isakmp_crypt.h"
#include "isakmp_payloads.h"

#include <cstdint>
#include <variant>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::ike {

/** Why a received transaction message was not taken. */
enum class TransactionError { Undecryptable, BadHash };

/** The CBC chain of the exchange `mid`: the stored one, or for a new M-ID its first IV. */
crypto::Bytes &transactionIv(IkeSa &sa, std::uint32_t mid);

/** HDR*, HASH, ATTR under `mid`, encrypted on the exchange's chain (through encryptAndTrace,
 *  so the packet view sees the plaintext); the chain moves on to its last cipher block. */
QByteArray sealTransaction(devices::SimNode &node, IkeSa &sa, std::uint32_t mid, const AttributePayload &attributes);

/** Decrypts a received transaction message on its exchange's chain and checks its HASH. */
std::variant<AttributePayload, TransactionError> openTransaction(IkeSa &sa, const EncryptedMessage &received);

} // namespace vtd::sim::ike
