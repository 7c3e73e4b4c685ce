#pragma once

#include "byte_order.h"
#include "decode_result.h"

#include "model/ipv4.h"

#include <QByteArray>

#include <cstdint>

namespace vtd::sim::net {

/** A UDP datagram (RFC 768); the checksum covers a pseudo-header of the IP addresses.
 *
 *      0      7 8     15 16    23 24    31
 *     +--------+--------+--------+--------+
 *     |   Source Port   |Destination Port |
 *     |     Length      |    Checksum     |
 *     |          data octets ...
 *
 *  Pseudo-header: source address, destination address, zero, protocol (17), UDP length. */
struct UdpDatagram
{
    static constexpr int HeaderLength = 8;

    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint16_t length = 0;   ///< as decoded; encode() computes its own
    std::uint16_t checksum = 0; ///< as decoded; encode() computes its own (0 in a decode = none sent)
    QByteArray payload;

    /** With the checksum; a computed 0 is sent as 0xffff (RFC 768: zero means "no checksum"). */
    QByteArray encode(model::Ipv4Address source, model::Ipv4Address destination) const;

    /** Strict: Length field equal to the segment size, checksum verified unless it is zero. */
    static DecodeResult<UdpDatagram> decode(BytesView segment, model::Ipv4Address source,
                                            model::Ipv4Address destination);

    friend bool operator==(const UdpDatagram &, const UdpDatagram &) = default;
};

/** The pseudo-header checksum over a transport segment (UDP or TCP), checksum field included. */
std::uint16_t transportChecksum(BytesView segment, std::uint8_t protocol, model::Ipv4Address source,
                                model::Ipv4Address destination);

} // namespace vtd::sim::net
