#pragma once

namespace vtd::sim::net {

/** Drop reason codes raised by the network layer (links and forwarding). The English templates
 *  live in model/diagnostic_catalog.cpp ("Simulator: network layer" block); malformed packets
 *  use DecodeError::code() ("ip.truncated", "udp.bad-checksum"...). */
namespace drop_code {
inline constexpr char InterfaceShutdown[] = "link.interface-shutdown"; ///< params: interface
inline constexpr char Unlinked[] = "link.unlinked";                     ///< params: interface
inline constexpr char LinkDown[] = "link.down";                         ///< params: interface
inline constexpr char NextHopUnresolved[] = "link.next-hop-unresolved"; ///< params: interface, next_hop
inline constexpr char Loss[] = "link.loss";                             ///< params: interface, percent
inline constexpr char NoRoute[] = "route.no-route";                     ///< params: destination
inline constexpr char TtlExpired[] = "ip.ttl-expired";                  ///< params: destination
} // namespace drop_code

/** Stage names of the network layer in DropTrace/DecisionTrace records. */
namespace stage_name {
inline constexpr char Link[] = "link";
inline constexpr char Route[] = "route";
inline constexpr char Decode[] = "decode";
} // namespace stage_name

} // namespace vtd::sim::net
