#pragma once

#include "byte_order.h"
#include "packet.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vtd::sim::net {

/** What a packet is, in one line: the text of trace records, drop lists and log views.
 *
 *  Made from the bytes alone with the strict decoders; malformed bytes give a summary that
 *  says what is wrong instead of failing. Examples:
 *      icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100
 *      icmp 193.0.0.1 > 12.0.0.1 time exceeded ttl (for icmp 12.0.0.1 > 11.0.0.2)
 *      udp 193.0.0.5:500 > 10.48.66.156:500 len=84
 *      esp 193.0.0.5 > 10.48.66.156 spi=0x661d4fad seq=1 len=88
 *      malformed: truncated IPv4 packet (12 bytes) */
struct PacketSummary
{
    bool isIpv4 = false;           ///< the IPv4 header decoded
    QString protocol;              ///< "icmp", "udp", "tcp", "esp", "ip" (other numbers)
    model::Ipv4Address source;
    model::Ipv4Address destination;
    std::optional<std::uint16_t> sourcePort;
    std::optional<std::uint16_t> destinationPort;
    QString detail;                ///< protocol fields after the addresses
    QString problem;               ///< decode problem, empty when the packet is well-formed

    /** "icmp 12.0.0.1 > 11.0.0.2", ports included for UDP/TCP: the run summary's "packet". */
    QString brief() const;
    /** brief() followed by detail, or the problem. */
    QString text() const;
};

PacketSummary summarizePacket(BytesView datagram);
inline PacketSummary summarizePacket(const Packet &packet)
{
    return summarizePacket(packet.view());
}

} // namespace vtd::sim::net
