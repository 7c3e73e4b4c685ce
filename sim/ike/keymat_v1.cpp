#include "keymat_v1.h"

#include "sim/crypto/hash.h"
#include "sim/crypto/hmac.h"

#include <algorithm>
#include <array>

namespace vtd::sim::ike {

using crypto::Bytes;
using crypto::BytesView;
using crypto::Result;

namespace {

constexpr std::array<std::uint8_t, 1> Zero{0x00};
constexpr std::array<std::uint8_t, 1> One{0x01};
constexpr std::array<std::uint8_t, 1> Two{0x02};

// RFC 2409 Appendix B: "Ka = K1 | K2 | K3 ... where K1 = prf(SKEYID_e, 0), K2 = prf(SKEYID_e,
// K1), K3 = prf(SKEYID_e, K2)", used "when SKEYID_e is not long enough to supply all the
// necessary keying material"; otherwise Ka is the leading bytes of SKEYID_e.
Result<Bytes> phase1CipherKey(crypto::HashAlgorithm hash, const Bytes &skeyidE, std::size_t length)
{
    if (skeyidE.size() >= length)
        return Bytes(skeyidE.begin(), skeyidE.begin() + std::ptrdiff_t(length));
    Bytes ka;
    Result<Bytes> k = crypto::prf(hash, skeyidE, Zero);
    while (k && ka.size() < length) {
        ka.insert(ka.end(), k->begin(), k->end());
        if (ka.size() < length)
            k = crypto::prf(hash, skeyidE, *k);
    }
    if (!k)
        return k.error();
    ka.resize(length);
    return ka;
}

} // namespace

Result<KeymatV1> KeymatV1::derivePreSharedKey(const Phase1Suite &suite,
                                              const Phase1Exchange &exchange,
                                              BytesView preSharedKey, BytesView gxy)
{
    KeymatV1 k;
    k.m_suite = suite;
    k.m_exchange = exchange;

    // RFC 2409 §5: "For pre-shared keys: SKEYID = prf(pre-shared-key, Ni_b | Nr_b)"
    Result<Bytes> skeyid =
        crypto::prf(suite.hash, preSharedKey, crypto::concat({exchange.nonceI, exchange.nonceR}));
    if (!skeyid)
        return skeyid.error();
    k.m_skeyid = std::move(*skeyid);

    if (const auto error = k.deriveSkeyidChildren(gxy))
        return *error;

    Result<Bytes> ka = phase1CipherKey(suite.hash, k.m_skeyidE, crypto::keySize(suite.encryption));
    if (!ka)
        return ka.error();
    k.m_encryptionKey = std::move(*ka);
    return k;
}

std::optional<crypto::CryptoError> KeymatV1::deriveSkeyidChildren(BytesView gxy)
{
    const crypto::HashAlgorithm h = m_suite.hash;
    const Phase1Exchange &x = m_exchange;

    // RFC 2409 §5: "SKEYID_d = prf(SKEYID, g^xy | CKY-I | CKY-R | 0)"
    Result<Bytes> d = crypto::prf(h, m_skeyid, crypto::concat({gxy, x.cookieI, x.cookieR, Zero}));
    if (!d)
        return d.error();
    m_skeyidD = std::move(*d);

    // RFC 2409 §5: "SKEYID_a = prf(SKEYID, SKEYID_d | g^xy | CKY-I | CKY-R | 1)"
    Result<Bytes> a =
        crypto::prf(h, m_skeyid, crypto::concat({m_skeyidD, gxy, x.cookieI, x.cookieR, One}));
    if (!a)
        return a.error();
    m_skeyidA = std::move(*a);

    // RFC 2409 §5: "SKEYID_e = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2)"
    Result<Bytes> e =
        crypto::prf(h, m_skeyid, crypto::concat({m_skeyidA, gxy, x.cookieI, x.cookieR, Two}));
    if (!e)
        return e.error();
    m_skeyidE = std::move(*e);
    return std::nullopt;
}

Result<Bytes> KeymatV1::hashI(BytesView saBody, BytesView idiiBody) const
{
    const Phase1Exchange &x = m_exchange;
    // RFC 2409 §5: "HASH_I = prf(SKEYID, g^xi | g^xr | CKY-I | CKY-R | SAi_b | IDii_b )"
    return crypto::prf(m_suite.hash, m_skeyid,
                       crypto::concat({x.gxi, x.gxr, x.cookieI, x.cookieR, saBody, idiiBody}));
}

Result<Bytes> KeymatV1::hashR(BytesView saBody, BytesView idirBody) const
{
    const Phase1Exchange &x = m_exchange;
    // RFC 2409 §5: "HASH_R = prf(SKEYID, g^xr | g^xi | CKY-R | CKY-I | SAi_b | IDir_b )"
    return crypto::prf(m_suite.hash, m_skeyid,
                       crypto::concat({x.gxr, x.gxi, x.cookieR, x.cookieI, saBody, idirBody}));
}

Result<Bytes> KeymatV1::truncatedHash(BytesView data) const
{
    Result<Bytes> digest = crypto::hash(m_suite.hash, data);
    if (digest)
        digest->resize(std::min(digest->size(), crypto::blockSize(m_suite.encryption)));
    return digest;
}

Result<Bytes> KeymatV1::phase1Iv() const
{
    // RFC 2409 App. B: the first message encrypted after the Diffie-Hellman exchange uses
    // "IV = hash(g^xi | g^xr)", truncated to the cipher's block size, where hash is the
    // negotiated hash itself, not the prf.
    return truncatedHash(crypto::concat({m_exchange.gxi, m_exchange.gxr}));
}

Result<Bytes> KeymatV1::phase2Iv(BytesView lastPhase1Block, std::uint32_t messageId) const
{
    // RFC 2409 App. B: for Quick Mode (and likewise Informational exchanges) the IV is
    // hash(last phase-1 CBC output block | M-ID), truncated to the block size.
    return truncatedHash(crypto::concat({lastPhase1Block, crypto::bigEndian32(messageId)}));
}

Bytes KeymatV1::lastCipherBlock(BytesView ciphertext, std::size_t blockSize)
{
    // RFC 2409 App. B: every later message of an exchange takes the last CBC output block
    // of the previous message as its IV.
    if (blockSize == 0 || ciphertext.size() < blockSize)
        return {};
    return crypto::toBytes(ciphertext.last(blockSize));
}

Result<Bytes> KeymatV1::prfSkeyidA(std::uint32_t messageId, BytesView tail) const
{
    return crypto::prf(m_suite.hash, m_skeyidA, crypto::concat({crypto::bigEndian32(messageId), tail}));
}

Result<Bytes> KeymatV1::quickModeHash1(std::uint32_t messageId, BytesView payloads) const
{
    // RFC 2409 §5.5: "HASH(1) = prf(SKEYID_a, M-ID | SA | Ni [ | KE ] [ | IDci | IDcr )"
    return prfSkeyidA(messageId, payloads);
}

Result<Bytes> KeymatV1::quickModeHash2(std::uint32_t messageId, BytesView nonceI,
                                       BytesView payloads) const
{
    // RFC 2409 §5.5: "HASH(2) = prf(SKEYID_a, M-ID | Ni_b | SA | Nr [ | KE ] [ | IDci | IDcr )"
    return prfSkeyidA(messageId, crypto::concat({nonceI, payloads}));
}

Result<Bytes> KeymatV1::quickModeHash3(std::uint32_t messageId, BytesView nonceI,
                                       BytesView nonceR) const
{
    // RFC 2409 §5.5: "HASH(3) = prf(SKEYID_a, 0 | M-ID | Ni_b | Nr_b)"
    return crypto::prf(m_suite.hash, m_skeyidA,
                       crypto::concat({Zero, crypto::bigEndian32(messageId), nonceI, nonceR}));
}

Result<Bytes> KeymatV1::informationalHash(std::uint32_t messageId, BytesView payloads) const
{
    // RFC 2409 §5.7: "HASH(1) = prf(SKEYID_a, M-ID | N/D)"
    return prfSkeyidA(messageId, payloads);
}

Result<Bytes> KeymatV1::transactionHash(std::uint32_t messageId, BytesView payloads) const
{
    // draft-dukes-ike-mode-cfg-02 §3.2: "HASH = prf( SKEYID_a, M-ID | ATTR )"
    return prfSkeyidA(messageId, payloads);
}

Result<Bytes> KeymatV1::keymat(const QuickModeKeyInput &input, std::size_t length) const
{
    // RFC 2409 §5.5: "KEYMAT = prf(SKEYID_d, protocol | SPI | Ni_b | Nr_b)", with PFS
    // "KEYMAT = prf(SKEYID_d, g(qm)^xy | protocol | SPI | Ni_b | Nr_b)"; when more is needed,
    // "KEYMAT = K1 | K2 | K3 | ... where K1 = prf(SKEYID_d, [ g(qm)^xy | ] protocol | SPI |
    // Ni_b | Nr_b), K2 = prf(SKEYID_d, K1 | [ g(qm)^xy | ] protocol | SPI | Ni_b | Nr_b)".
    const std::array<std::uint8_t, 1> protocol{input.protocol};
    const Bytes tail = crypto::concat(
        {input.gqmxy, protocol, crypto::bigEndian32(input.spi), input.nonceI, input.nonceR});
    Bytes out;
    Bytes previous;  // K(n-1); empty for K1
    while (out.size() < length) {
        Result<Bytes> k = crypto::prf(m_suite.hash, m_skeyidD, crypto::concat({previous, tail}));
        if (!k)
            return k.error();
        out.insert(out.end(), k->begin(), k->end());
        previous = std::move(*k);
    }
    out.resize(length);
    return out;
}

Result<EspKeys> KeymatV1::espKeys(const QuickModeKeyInput &input,
                                  crypto::EncryptionAlgorithm encryption,
                                  std::optional<crypto::HashAlgorithm> authentication) const
{
    // Encryption key first, authentication key next (RFC 2401 §5.2 leaves the order to the
    // transform; racoon's pfkey.c and Cisco take it this way).
    const std::size_t encLength = crypto::keySize(encryption);
    const std::size_t authLength = authentication ? crypto::digestSize(*authentication) : 0;
    Result<Bytes> material = keymat(input, encLength + authLength);
    if (!material)
        return material.error();
    const auto split = material->begin() + std::ptrdiff_t(encLength);
    return EspKeys{Bytes(material->begin(), split), Bytes(split, material->end())};
}

} // namespace vtd::sim::ike
