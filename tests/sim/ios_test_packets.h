#pragma once

// Packets and addresses for the IOS pipeline tests (header-only, shared by tst_ios_*.cpp).

#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

#include "model/ipv4.h"

#include <QByteArray>

#include <cstdint>

namespace ios_test {

inline vtd::model::Ipv4Address addr(const char *text)
{
    return *vtd::model::Ipv4Address::parse(QString::fromLatin1(text));
}

inline vtd::sim::net::Ipv4Header header(const char *from, const char *to, std::uint8_t protocol)
{
    vtd::sim::net::Ipv4Header h;
    h.source = addr(from);
    h.destination = addr(to);
    h.protocol = protocol;
    h.ttl = 64;
    return h;
}

inline vtd::sim::net::Packet echo(const char *from, const char *to,
                                  std::uint8_t type = vtd::sim::net::icmp_type::EchoRequest, std::uint16_t id = 7)
{
    auto message = vtd::sim::net::IcmpMessage::echoRequest(id, 1, QByteArray("abcd"));
    message.type = type;
    return vtd::sim::net::Packet::icmp(header(from, to, 1), message);
}

/** A UDP datagram with a zero checksum ("none"), so no pseudo-header is needed here. */
inline vtd::sim::net::Packet udp(const char *from, const char *to, std::uint16_t srcPort, std::uint16_t dstPort)
{
    QByteArray payload(12, '\0');
    vtd::sim::net::writeU16(payload, 0, srcPort);
    vtd::sim::net::writeU16(payload, 2, dstPort);
    vtd::sim::net::writeU16(payload, 4, std::uint16_t(payload.size()));
    return vtd::sim::net::Packet::build(header(from, to, 17), payload);
}

/** A 20-octet TCP header with `flags` (0x02 SYN, 0x10 ACK). */
inline vtd::sim::net::Packet tcp(const char *from, const char *to, std::uint16_t srcPort, std::uint16_t dstPort,
                                 std::uint8_t flags)
{
    QByteArray payload(20, '\0');
    vtd::sim::net::writeU16(payload, 0, srcPort);
    vtd::sim::net::writeU16(payload, 2, dstPort);
    payload[12] = char(0x50);
    payload[13] = char(flags);
    return vtd::sim::net::Packet::build(header(from, to, 6), payload);
}

} // namespace ios_test
