#pragma once

#include "byte_order.h"
#include "decode_result.h"
#include "ipv4_header.h"

#include <QByteArray>

#include <cstdint>

namespace vtd::sim::net {

/** ICMP types we build or name (RFC 792). */
namespace icmp_type {
inline constexpr std::uint8_t EchoReply = 0;
inline constexpr std::uint8_t DestinationUnreachable = 3;
inline constexpr std::uint8_t SourceQuench = 4;
inline constexpr std::uint8_t Redirect = 5;
inline constexpr std::uint8_t EchoRequest = 8;
inline constexpr std::uint8_t TimeExceeded = 11;
inline constexpr std::uint8_t ParameterProblem = 12;
} // namespace icmp_type

/** Destination Unreachable codes (RFC 792; 4 and 13 from RFC 1191 and RFC 1812). */
namespace unreachable_code {
inline constexpr std::uint8_t Net = 0;
inline constexpr std::uint8_t Host = 1;
inline constexpr std::uint8_t Protocol = 2;
inline constexpr std::uint8_t Port = 3;
inline constexpr std::uint8_t FragmentationNeeded = 4;
inline constexpr std::uint8_t SourceRouteFailed = 5;
inline constexpr std::uint8_t AdministrativelyProhibited = 13;
} // namespace unreachable_code

/** Time Exceeded codes (RFC 792). */
namespace time_exceeded_code {
inline constexpr std::uint8_t TtlInTransit = 0;
inline constexpr std::uint8_t FragmentReassembly = 1;
} // namespace time_exceeded_code

/** One ICMP message (RFC 792), with builders for the kinds the simulation sends.
 *
 *      0                   1                   2                   3
 *      0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *     |     Type      |     Code      |          Checksum             |
 *     |   Identifier (echo) / unused  |  Sequence Number (echo) / MTU |
 *     |     Data ... (echo data, or the offending datagram's header + 8 octets)
 *
 *  The checksum covers the whole ICMP message (no pseudo-header). */
struct IcmpMessage
{
    static constexpr int HeaderLength = 8;

    std::uint8_t type = icmp_type::EchoRequest;
    std::uint8_t code = 0;
    std::uint16_t checksum = 0;    ///< as decoded; encode() computes its own
    std::uint32_t restOfHeader = 0; ///< octets 4..7: identifier/sequence, or unused/next-hop MTU
    QByteArray data;

    std::uint16_t identifier() const { return std::uint16_t(restOfHeader >> 16); }
    std::uint16_t sequence() const { return std::uint16_t(restOfHeader & 0xffff); }
    bool isEcho() const { return type == icmp_type::EchoRequest || type == icmp_type::EchoReply; }
    /** Destination unreachable, time exceeded, parameter problem, source quench, redirect:
     *  the messages that quote an offending datagram. */
    bool isError() const;

    static IcmpMessage echoRequest(std::uint16_t identifier, std::uint16_t sequence, QByteArray data);
    /** RFC 792: "The data received in the echo message must be returned in the echo reply." */
    static IcmpMessage echoReply(const IcmpMessage &request);
    /** Quotes the offending datagram's header plus its first 64 bits of data (RFC 792). */
    static IcmpMessage destinationUnreachable(std::uint8_t code, BytesView offendingDatagram,
                                              std::uint16_t nextHopMtu = 0);
    static IcmpMessage timeExceeded(std::uint8_t code, BytesView offendingDatagram);

    QByteArray encode() const;
    /** Strict: at least 8 octets and a checksum that verifies. */
    static DecodeResult<IcmpMessage> decode(BytesView message);
    /** For error messages: the quoted header of the offending datagram. */
    DecodeResult<Ipv4Header> quotedHeader() const;

    friend bool operator==(const IcmpMessage &, const IcmpMessage &) = default;
};

} // namespace vtd::sim::net
