#pragma once

#include "esp_error.h"
#include "esp_transform.h"

#include "sim/crypto/bytes.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/hmac.h"

#include <cstdint>
#include <optional>

namespace vtd::sim::esp {

/** ESP header fields (RFC 2406 §2): the only cleartext before the IV. */
struct EspHeader
{
    static constexpr std::size_t Length = 8;
    std::uint32_t spi = 0;
    std::uint32_t sequence = 0;
};

/** Next Header value of a tunnel-mode SA: the payload is a whole IPv4 datagram. */
inline constexpr std::uint8_t NextHeaderIpv4 = 4;

/** The keyed primitives of one SA, borrowed: nullptr for esp-null / no authentication. */
struct EspKeys
{
    EspTransform transform;
    const crypto::CbcCipher *cipher = nullptr;
    const crypto::Hmac *hmac = nullptr;
};

/** A received ESP payload cut into its fields, without any cryptography yet. Views point
 *  into the bytes given to splitEsp(). */
struct EspLayout
{
    EspHeader header;
    crypto::BytesView iv;
    crypto::BytesView ciphertext;     ///< payload + padding + pad length + next header, encrypted
    crypto::BytesView icv;            ///< empty without authentication
    crypto::BytesView authenticated;  ///< SPI .. end of ciphertext: what the ICV covers
};

/** A decrypted ESP payload, its trailer checked; payload() and padding() view into it. */
struct EspPlaintext
{
    static constexpr std::size_t TrailerBytes = 2;  ///< pad length + next header
    crypto::Bytes decrypted;  ///< payload | padding | pad length | next header
    std::uint8_t padLength = 0;
    std::uint8_t nextHeader = 0;

    /** Tunnel mode: the inner IPv4 datagram. */
    crypto::BytesView payload() const
    {
        return crypto::BytesView(decrypted).first(decrypted.size() - TrailerBytes - padLength);
    }
    crypto::BytesView padding() const
    {
        return crypto::BytesView(decrypted).subspan(payload().size(), padLength);
    }
};

/** The first 8 bytes, or nullopt when fewer arrived. */
std::optional<EspHeader> readEspHeader(crypto::BytesView esp);

/**
 * Outbound processing of RFC 2406 §3.3 for one packet: minimum padding 1, 2, 3..., CBC with
 * the given IV (ivSize() bytes; empty for esp-null), ICV over SPI | seq | IV | ciphertext.
 */
EspResult<crypto::Bytes> sealEsp(const EspKeys &keys, const EspHeader &header, crypto::BytesView iv,
                                 crypto::BytesView payload, std::uint8_t nextHeader);

/** Cuts a received ESP payload by the transform's sizes; Malformed when it is too short or
 *  the ciphertext is not whole blocks (and at least the two trailer bytes). */
EspResult<EspLayout> splitEsp(const EspTransform &transform, crypto::BytesView esp);

/** True when the ICV verifies (constant time), or when the SA has no authentication. */
bool verifyIcv(const EspKeys &keys, const EspLayout &layout);

/** Decrypts and strips the trailer; BadPadding when the pad length overruns the plaintext or
 *  the pad bytes are not the default 1, 2, 3... (RFC 2406 §2.4 lets a receiver check them). */
EspResult<EspPlaintext> openEsp(const EspKeys &keys, const EspLayout &layout);

} // namespace vtd::sim::esp
