#pragma once

#include "sim/crypto/algorithms.h"

#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace vtd::sim::esp {

/**
 * The ESP half of a transform set (`esp-des esp-sha-hmac`): which cipher and which ICV an SA
 * uses, and every size that follows from them (IV, padding block, keys, ipsec overhead).
 */
struct EspTransform
{
    /** nullopt = esp-null (RFC 2410). */
    std::optional<crypto::EncryptionAlgorithm> encryption = crypto::EncryptionAlgorithm::Des;
    /** nullopt = no ESP authentication (no ICV, no anti-replay). */
    std::optional<crypto::HashAlgorithm> authentication = crypto::HashAlgorithm::Sha1;

    /** RFC 2406 §5 forbids esp-null without authentication. */
    bool isValid() const { return encryption.has_value() || authentication.has_value(); }

    /** The padding block: the cipher's block, 4 (the ESP alignment) for esp-null. */
    std::size_t blockSize() const;
    /** Explicit IV carried in each packet: one cipher block, none for esp-null. */
    std::size_t ivSize() const;
    /** 12 (HMAC-x-96) or 0. */
    std::size_t icvSize() const;
    /** Bytes of KEYMAT for the cipher (taken first) and for HMAC (taken next). */
    std::size_t encryptionKeySize() const;
    std::size_t authenticationKeySize() const;

    /**
     * `ipsec overhead` of `show crypto ipsec sa`: outer IPv4 20 + SPI/seq 8 + IV + one block for
     * padding and the two trailer bytes + ICV. 56 for esp-des/3des with an HMAC (seed value);
     * the formula for the other transforms is inferred (shared/reference/esp.md §5).
     */
    int ipsecOverhead() const;

    /** Cisco's words, as `show crypto ipsec sa` prints them: "esp-des esp-sha-hmac". */
    QString ciscoName() const;
    /** Parses transform-set words ("esp-3des esp-md5-hmac", "esp-aes 256 esp-sha-hmac",
     *  "esp-null esp-sha-hmac"); nullopt on an unknown word, a repeat or an invalid pair. */
    static std::optional<EspTransform> fromCiscoNames(QStringView words);

    friend bool operator==(const EspTransform &, const EspTransform &) = default;
};

/** Minimum RFC 2406 §2.4 padding so that payload + padding + 2 fills whole blocks. */
constexpr std::size_t espPaddingLength(std::size_t payloadLength, std::size_t blockSize)
{
    return blockSize == 0 ? 0 : (blockSize - (payloadLength + 2) % blockSize) % blockSize;
}

} // namespace vtd::sim::esp
