#pragma once

#include "pix_nat_rules.h"

#include "sim/net/packet.h"

#include <cstdint>
#include <optional>

namespace vtd::sim::devices::pix {

/** The "ports" PAT works with, read from and written into real packet bytes: the UDP/TCP
 *  source and destination ports, and for ICMP echo request and reply the identifier, which
 *  PIX 6.2 PAT treats as the port of both ends. Other packets have none (nullopt).
 *
 *  The writers fix the transport checksum (ICMP over the message; UDP/TCP with the pseudo
 *  header), so that the rewritten packet is still a valid datagram. */
namespace flow_ports {

std::optional<std::uint16_t> source(const net::Packet &packet);
std::optional<std::uint16_t> destination(const net::Packet &packet);
/** False (packet untouched) when the packet has no such port. */
bool setSource(net::Packet &packet, std::uint16_t port);
bool setDestination(net::Packet &packet, std::uint16_t port);

/** The packet as NAT rules and access lists match it: UDP/TCP ports, the ICMP type as the
 *  destination "port", 0 otherwise. */
PixNatRules::Flow ruleFlow(const net::Packet &packet);
/** "icmp", "udp", "tcp" or the protocol number, as PIX syslog messages name it. */
QString protocolName(int protocol);

} // namespace flow_ports

} // namespace vtd::sim::devices::pix
