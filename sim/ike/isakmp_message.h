#pragma once

#include "isakmp_header.h"
#include "isakmp_payload.h"

#include <QByteArray>

#include <span>
#include <vector>

namespace vtd::sim::ike {

/** Where one payload of a decoded chain sits: offset from the start of the ISAKMP message
 *  (generic header included) and length. The exchange layer hashes these exact bytes
 *  (SAi_b, "all payloads after HASH(1)") instead of re-encoding them. */
struct PayloadSpan
{
    PayloadType type = PayloadType::None;
    int offset = 0;
    int length = 0;
    friend bool operator==(const PayloadSpan &, const PayloadSpan &) = default;
};

/** A decoded payload chain: the payloads, their places, and any padding after the last one. */
struct DecodedChain
{
    std::vector<Payload> payloads;
    std::vector<PayloadSpan> spans;
    int paddingLength = 0; ///< bytes after the last payload (only allowed in decrypted bodies)
};

/** One ISAKMP message in the clear: the header and the payload chain. On encode, the header's
 *  Next Payload and Length are computed from the payloads; the rest is taken as set. */
struct IsakmpMessage
{
    IsakmpHeader header;
    std::vector<Payload> payloads;

    /** The type of the first payload (the header's Next Payload), None when there is none. */
    PayloadType firstPayloadType() const;
    /** The payload chain alone: what an encrypted message encrypts (before padding). */
    QByteArray encodeBody() const;
    /** Header + chain, E flag as set in header (normally clear). */
    QByteArray encode() const;
    /** Header with the E flag and Length = 28 + ciphertext size, then the ciphertext of
     *  encodeBody() (padded and encrypted by the exchange layer). */
    QByteArray encodeEncrypted(const QByteArray &ciphertext) const;

    /** Strict decode of a message whose body is in the clear: header rules, every payload,
     *  no bytes after the last payload. A message with the E flag is refused (EncryptionFlag):
     *  use splitEncrypted() and decodeDecryptedBody(). chainDetails receives the spans. */
    static IsakmpResult<IsakmpMessage> decode(net::BytesView message, DecodedChain *chainDetails = nullptr);

    friend bool operator==(const IsakmpMessage &, const IsakmpMessage &) = default;
};

/** An encrypted message as received: its header and the ciphertext after it. */
struct EncryptedMessage
{
    IsakmpHeader header;
    QByteArray ciphertext;
};

/** Header | ciphertext of a message with the E flag (header checked as in decode()). */
IsakmpResult<EncryptedMessage> splitEncrypted(net::BytesView message);

/** The payload chain of a decrypted body that starts with header.nextPayload; trailing bytes
 *  after the last payload are padding (up to 255, as RFC 2409 §5.3 and App. B allow) and are
 *  reported, not refused. Offsets in errors and spans count from the message start (the body
 *  starts at 28). The returned message keeps the header as received (E flag set). */
IsakmpResult<IsakmpMessage> decodeDecryptedBody(const IsakmpHeader &header, net::BytesView plaintext,
                                                DecodedChain *chainDetails = nullptr);

/** The chain encoding of payloads: each generic header's Next Payload names the following one. */
QByteArray encodePayloadChain(std::span<const Payload> payloads);

/** Decodes a chain that starts with `first` from `bytes`, which start at message offset
 *  `baseOffset`; maxPadding = how many bytes may follow the last payload. On a refusal,
 *  `partial` (if given) receives the payloads decoded before the fault (for the detail view). */
IsakmpResult<DecodedChain> decodePayloadChain(PayloadType first, net::BytesView bytes, int baseOffset,
                                              int maxPadding, DecodedChain *partial = nullptr);

} // namespace vtd::sim::ike
