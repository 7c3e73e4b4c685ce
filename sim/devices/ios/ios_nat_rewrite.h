#pragma once

#include "model/ipv4.h"

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::devices::ios {

/** Rewrites one end of a datagram as NAT does: the address, and for PAT the tcp/udp port or
 *  the ICMP echo identifier of that end (an echo carries one identifier for both ends).
 *  `port` < 0 leaves the transport header alone. Checksums (IP, tcp/udp, ICMP) are
 *  recomputed, so the result is a valid datagram. */
void rewriteSource(net::Packet &packet, model::Ipv4Address address, int port);
void rewriteDestination(net::Packet &packet, model::Ipv4Address address, int port);

} // namespace vtd::sim::devices::ios
