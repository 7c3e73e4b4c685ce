#pragma once

// Small pieces every IKE exchange file needs (gateway and VPN Client alike), kept in one place.

#include "cipher_trace.h" // every encrypting sender goes through encryptAndTrace()
#include "isakmp_message.h"
#include "isakmp_payloads.h"

#include "model/ipv4.h"

#include <QByteArray>

#include <cstdint>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::ike {

inline constexpr std::uint16_t IsakmpPort = 500;
/** Nonce length Cisco boxes and the VPN Client send (RFC 2409 allows 8 to 256 bytes). */
inline constexpr int NonceSize = 20;

/** A 32-bit value in network order: SPIs and Mode Config IPv4 addresses on the wire. */
inline QByteArray bigEndianBytes(std::uint32_t value)
{
    QByteArray bytes(4, '\0');
    for (int i = 0; i < 4; ++i)
        bytes[i] = char(value >> (24 - 8 * i));
    return bytes;
}

/** A Quick Mode proxy identity: ID_IPV4_ADDR for a host, ID_IPV4_ADDR_SUBNET otherwise. */
inline IdPayload proxyId(const model::Ipv4Prefix &prefix, std::uint8_t protocol = 0)
{
    if (prefix.length() == 32)
        return IdPayload::ipv4Address(prefix.address(), protocol, 0);
    return IdPayload::ipv4Subnet(prefix.address(), prefix.mask(), protocol, 0);
}

/** The body (after the generic header) of a payload of a received message, as hashed. */
inline QByteArray payloadBodyAt(const QByteArray &message, const PayloadSpan &span)
{
    return message.mid(span.offset + 4, span.length - 4);
}

/** Sends one ISAKMP message from UDP 500 to `to`; the route picks the source address, as on
 *  the devices (which is what the seed's misrouting case is about). */
void sendIsakmpDatagram(devices::SimNode &node, model::Ipv4Address to, const QByteArray &message);

} // namespace vtd::sim::ike
