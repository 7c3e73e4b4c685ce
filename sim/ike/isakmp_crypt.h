#pragma once

#include "isakmp_message.h"
#include "keymat_v1.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace vtd::sim::ike {

/** A message whose body was decrypted: the payloads, where each sits (for the hashes) and the
 *  plaintext body (for the trace and the packet view). */
struct DecryptedMessage
{
    IsakmpMessage message;
    DecodedChain chain;
    QByteArray plaintext;      ///< the body after the header, padding included
    crypto::Bytes ivUsed;      ///< the IV it was decrypted with
};

/** Encrypts `message`'s payload chain under the IKE SA's phase-1 key with `iv`, zero-padded to
 *  the cipher block (RFC 2409 App. B, as racoon and Cisco pad), and returns the whole message
 *  with the E flag set. `iv` becomes the last cipher block: the next IV of the same chain. */
QByteArray encryptMessage(const IsakmpMessage &message, const KeymatV1 &keys, crypto::Bytes &iv,
                          QByteArray *plaintext = nullptr);

/** Decrypts an encrypted message with `iv` and decodes its chain; `iv` becomes the last cipher
 *  block on success (unchanged on failure). The error is a sentence for the debug log. */
std::variant<DecryptedMessage, QString> decryptMessage(const EncryptedMessage &received,
                                                       const KeymatV1 &keys, crypto::Bytes &iv);

/** The bytes of every payload after the first one in a decoded chain (generic headers
 *  included): what HASH(1)/HASH(2) and the informational/transaction hashes cover. */
QByteArray payloadsAfterFirst(const QByteArray &plaintextBody, const DecodedChain &chain);

} // namespace vtd::sim::ike
