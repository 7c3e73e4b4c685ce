#pragma once

#include "esp_error.h"

#include "sim/crypto/bytes.h"
#include "sim/net/packet_fields.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace vtd::sim::esp {

class EspSa;

/**
 * What the trace and the packet view show of one ESP payload: the cleartext header always,
 * and, given the SA's keys, the IV, keys, ICV verdict, padding and the decrypted datagram.
 * Describing never changes the SA (no window, no counters), so it may be called on the
 * sender's outbound SA or the receiver's inbound SA alike.
 */
struct EspDescription
{
    bool headerPresent = false;
    std::uint32_t spi = 0;
    std::uint32_t sequence = 0;
    bool haveSa = false;
    QString transform;                 ///< "esp-des esp-sha-hmac"
    crypto::Bytes encryptionKey;
    crypto::Bytes authenticationKey;
    crypto::Bytes iv;
    crypto::Bytes ciphertext;
    crypto::Bytes icv;
    std::optional<bool> icvOk;         ///< nullopt: no SA or no authentication
    bool decrypted = false;
    crypto::Bytes padding;
    std::uint8_t padLength = 0;
    std::uint8_t nextHeader = 0;
    QByteArray inner;                  ///< the decrypted datagram (tunnel mode)
    std::optional<EspError> problem;   ///< first thing found wrong, as decapsulation would say

    /** Rows for the packet view: layer "ESP" fields, then the inner datagram's own rows
     *  (decodePacketFields) under layer names prefixed "Inner ". */
    std::vector<net::PacketField> fields() const;
};

/** Describes the payload of an IPv4 protocol-50 packet; `sa` may be null (header only). */
EspDescription describeEsp(crypto::BytesView espPayload, const EspSa *sa);

} // namespace vtd::sim::esp
