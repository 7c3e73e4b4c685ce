#pragma once

#include "byte_order.h"
#include "decode_result.h"

#include "model/ipv4.h"

#include <QByteArray>

#include <cstdint>

namespace vtd::sim::net {

/** IP protocol numbers we model (IANA "Assigned Internet Protocol Numbers"). */
namespace ip_protocol {
inline constexpr std::uint8_t Icmp = 1;
inline constexpr std::uint8_t Tcp = 6;
inline constexpr std::uint8_t Udp = 17;
inline constexpr std::uint8_t Esp = 50;
inline constexpr std::uint8_t Ah = 51;
} // namespace ip_protocol

/** The IPv4 header as fields (RFC 791 §3.1), with its encoder and strict decoder.
 *
 *      0                   1                   2                   3
 *      0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *     |Version|  IHL  |Type of Service|          Total Length         |
 *     |         Identification        |Flags|      Fragment Offset    |
 *     |  Time to Live |    Protocol   |         Header Checksum       |
 *     |                       Source Address                          |
 *     |                    Destination Address                        |
 *     |                    Options                    |    Padding    |
 *     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+ */
struct Ipv4Header
{
    static constexpr int MinimumLength = 20;

    std::uint8_t typeOfService = 0;
    std::uint16_t totalLength = 0;    ///< as decoded; encode() computes its own
    std::uint16_t identification = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0; ///< in 8-octet units
    std::uint8_t ttl = 255;
    std::uint8_t protocol = 0;
    std::uint16_t headerChecksum = 0; ///< as decoded; encode() computes its own
    model::Ipv4Address source;
    model::Ipv4Address destination;
    QByteArray options;               ///< raw, a multiple of 4 octets (at most 40)

    /** IHL in octets: 20 plus the options rounded up to a multiple of 4. */
    int headerLength() const { return MinimumLength + (int(options.size()) + 3) / 4 * 4; }

    /** The header bytes for a payload of `payloadLength` octets, with Total Length and the
     *  header checksum computed (the fields' own values are ignored). Options are padded with
     *  zero octets to a 4-octet boundary. */
    QByteArray encode(int payloadLength) const;
    /** encode() into `out`, which has room for headerLength() octets (a packet rewrites its
     *  header in place and builds header and payload in one buffer). */
    void encodeInto(char *out, int payloadLength) const;

    /** Strict decode of a whole datagram's header: version 4, IHL >= 5, Total Length equal to
     *  the bytes given, checksum verified. Fragments decode fine (the flags say so). */
    static DecodeResult<Ipv4Header> decode(BytesView datagram);
    /** Lenient decode of the header quoted inside an ICMP error (RFC 792: "Internet Header +
     *  64 bits of Original Data Datagram"): the datagram is cut short on purpose, so only the
     *  header itself must be present and well-formed; its checksum is not verified. */
    static DecodeResult<Ipv4Header> decodeQuoted(BytesView quoted);

    friend bool operator==(const Ipv4Header &, const Ipv4Header &) = default;
};

} // namespace vtd::sim::net
