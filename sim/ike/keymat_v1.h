#pragma once

#include "sim/crypto/algorithms.h"
#include "sim/crypto/bytes.h"
#include "sim/crypto/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace vtd::sim::ike {

/** The phase-1 transform attributes that key derivation depends on. */
struct Phase1Suite
{
    crypto::EncryptionAlgorithm encryption = crypto::EncryptionAlgorithm::Des;
    /** The negotiated hash; with no PRF negotiated, prf() is its HMAC (RFC 2409 §4). */
    crypto::HashAlgorithm hash = crypto::HashAlgorithm::Sha1;
};

/** What both peers of a phase-1 exchange know after the KE and Nonce payloads, as carried on the wire. */
struct Phase1Exchange
{
    crypto::Bytes cookieI;  ///< CKY-I: initiator cookie, 8 bytes of the ISAKMP header
    crypto::Bytes cookieR;  ///< CKY-R
    crypto::Bytes gxi;      ///< g^xi: body of the initiator's KE payload
    crypto::Bytes gxr;      ///< g^xr: body of the responder's KE payload
    crypto::Bytes nonceI;   ///< Ni_b: body of the initiator's Nonce payload
    crypto::Bytes nonceR;   ///< Nr_b
};

/** The inputs of one IPsec SA's KEYMAT (RFC 2409 §5.5). */
struct QuickModeKeyInput
{
    std::uint8_t protocol = 3;  ///< IPsec DOI protocol ID: 3 = ESP, 2 = AH
    std::uint32_t spi = 0;      ///< SPI of the SA being keyed (chosen by that SA's receiver)
    crypto::Bytes nonceI;       ///< Ni_b of the Quick Mode
    crypto::Bytes nonceR;       ///< Nr_b of the Quick Mode
    crypto::Bytes gqmxy;        ///< g(qm)^xy with PFS; empty without
};

/** An ESP SA's keys cut from KEYMAT: encryption key first, then authentication key. */
struct EspKeys
{
    crypto::Bytes encryptionKey;
    crypto::Bytes authenticationKey;  ///< empty for an ESP SA without authentication
};

/**
 * IKEv1 key material of one IKE SA authenticated with a pre-shared key (RFC 2409 §5,
 * §5.5, Appendix B): SKEYID and its descendants, the phase-1 cipher key, the
 * authentication hashes, the IVs and the KEYMAT of the IPsec SAs it negotiates.
 * Every formula is the RFC's; every primitive comes from the crypto adapter.
 */
class KeymatV1
{
public:
    /** Derives SKEYID, SKEYID_d/a/e and the phase-1 encryption key. */
    static crypto::Result<KeymatV1> derivePreSharedKey(const Phase1Suite &suite,
                                                       const Phase1Exchange &exchange,
                                                       crypto::BytesView preSharedKey,
                                                       crypto::BytesView gxy);

    const Phase1Suite &suite() const { return m_suite; }
    const Phase1Exchange &exchange() const { return m_exchange; }
    const crypto::Bytes &skeyid() const { return m_skeyid; }
    const crypto::Bytes &skeyidD() const { return m_skeyidD; }
    const crypto::Bytes &skeyidA() const { return m_skeyidA; }
    const crypto::Bytes &skeyidE() const { return m_skeyidE; }
    /** Ka: the key the phase-1 cipher uses, keySize(suite().encryption) bytes. */
    const crypto::Bytes &encryptionKey() const { return m_encryptionKey; }

    /** HASH_I, sent by the initiator; saBody = the initiator's whole SA payload body. */
    crypto::Result<crypto::Bytes> hashI(crypto::BytesView saBody, crypto::BytesView idiiBody) const;
    /** HASH_R, sent by the responder; saBody = the initiator's SA payload body, too. */
    crypto::Result<crypto::Bytes> hashR(crypto::BytesView saBody, crypto::BytesView idirBody) const;

    /** IV of the first encrypted phase-1 message (Main Mode message 5). */
    crypto::Result<crypto::Bytes> phase1Iv() const;
    /** First IV of a Quick Mode, Informational or Transaction exchange with this M-ID. */
    crypto::Result<crypto::Bytes> phase2Iv(crypto::BytesView lastPhase1Block,
                                           std::uint32_t messageId) const;
    /** The next IV within an exchange: the last cipher block of the previous message (App. B). */
    static crypto::Bytes lastCipherBlock(crypto::BytesView ciphertext, std::size_t blockSize);

    /** Quick Mode HASH(1); payloads = every payload after the HASH, generic headers included. */
    crypto::Result<crypto::Bytes> quickModeHash1(std::uint32_t messageId,
                                                 crypto::BytesView payloads) const;
    /** Quick Mode HASH(2); nonceI = the initiator's Ni_b of this Quick Mode. */
    crypto::Result<crypto::Bytes> quickModeHash2(std::uint32_t messageId, crypto::BytesView nonceI,
                                                 crypto::BytesView payloads) const;
    /** Quick Mode HASH(3). */
    crypto::Result<crypto::Bytes> quickModeHash3(std::uint32_t messageId, crypto::BytesView nonceI,
                                                 crypto::BytesView nonceR) const;
    /** HASH(1) of an Informational exchange; payloads = the Notification or Delete payload. */
    crypto::Result<crypto::Bytes> informationalHash(std::uint32_t messageId,
                                                    crypto::BytesView payloads) const;
    /** HASH of a Transaction exchange (XAUTH / Mode Config); payloads = the Attribute payload. */
    crypto::Result<crypto::Bytes> transactionHash(std::uint32_t messageId,
                                                  crypto::BytesView payloads) const;

    /** KEYMAT of one IPsec SA, expanded to length bytes. */
    crypto::Result<crypto::Bytes> keymat(const QuickModeKeyInput &input, std::size_t length) const;
    /** KEYMAT cut into ESP keys: keySize(encryption) bytes, then digestSize(authentication). */
    crypto::Result<EspKeys> espKeys(const QuickModeKeyInput &input,
                                    crypto::EncryptionAlgorithm encryption,
                                    std::optional<crypto::HashAlgorithm> authentication) const;

private:
    KeymatV1() = default;

    std::optional<crypto::CryptoError> deriveSkeyidChildren(crypto::BytesView gxy);

    crypto::Result<crypto::Bytes> truncatedHash(crypto::BytesView data) const;
    crypto::Result<crypto::Bytes> prfSkeyidA(std::uint32_t messageId, crypto::BytesView tail) const;

    Phase1Suite m_suite;
    Phase1Exchange m_exchange;
    crypto::Bytes m_skeyid;
    crypto::Bytes m_skeyidD;
    crypto::Bytes m_skeyidA;
    crypto::Bytes m_skeyidE;
    crypto::Bytes m_encryptionKey;
};

} // namespace vtd::sim::ike
