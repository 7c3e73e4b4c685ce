#pragma once

#include "isakmp_decode_error.h"
#include "isakmp_types.h"

#include "sim/net/byte_order.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace vtd::sim::ike {

/** An ISAKMP cookie (CKY-I or CKY-R): 8 bytes chosen by one peer. */
using Cookie = std::array<std::uint8_t, 8>;

/** The fixed ISAKMP header (RFC 2408 §3.1) that starts every IKEv1 message.
 *
 *      0       8      16      24      31
 *     |        Initiator Cookie        |  (8)
 *     |        Responder Cookie        |  (8)
 *     |Next Pl|MjV|MnV|Exchg  | Flags  |
 *     |           Message ID           |
 *     |             Length             |
 */
struct IsakmpHeader
{
    static constexpr int Size = 28;
    static constexpr std::uint8_t Version = 0x10; ///< major 1, minor 0

    Cookie initiatorCookie{};
    Cookie responderCookie{};
    PayloadType nextPayload = PayloadType::None;
    std::uint8_t version = Version;
    ExchangeType exchange = ExchangeType::IdentityProtection;
    std::uint8_t flags = 0;       ///< header_flag bits
    std::uint32_t messageId = 0;
    std::uint32_t length = Size;  ///< whole message in bytes, header included

    bool encrypted() const { return flags & header_flag::Encryption; }
    bool commit() const { return flags & header_flag::Commit; }
    bool authenticationOnly() const { return flags & header_flag::AuthenticationOnly; }

    /** The 28 bytes, with the fields as they are (length is not recomputed). */
    QByteArray encode() const;
    /** Strict: at least 28 bytes, version 1.0, a known exchange type, no unknown flag bits, and
     *  a Length field equal to the size of `message` (the UDP payload). */
    static IsakmpResult<IsakmpHeader> decode(net::BytesView message);

    friend bool operator==(const IsakmpHeader &, const IsakmpHeader &) = default;
};

/** Whether the codec knows that exchange type (RFC 2408 §3.1 plus Transaction). */
bool isKnownExchangeType(std::uint8_t value);

} // namespace vtd::sim::ike
