#pragma once

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::esp {

/**
 * A Quick Mode proxy pair (RFC 2409 §5.5 IDci/IDcr) as seen from one device: the traffic a
 * crypto ACL line protects and an SA carries. "local" is the protected side behind this
 * device, "remote" the side behind the peer; protocol 0 and port 0 mean any.
 */
struct ProxyIdentity
{
    model::Ipv4Prefix local;   ///< default 0.0.0.0/0: any
    model::Ipv4Prefix remote;
    std::uint8_t protocol = 0;
    std::uint16_t localPort = 0;
    std::uint16_t remotePort = 0;

    /** A datagram leaving towards the peer: source in local, destination in remote. */
    bool matchesOutbound(const net::Packet &packet) const;
    /** A decrypted datagram from the peer: source in remote, destination in local. */
    bool matchesInbound(const net::Packet &packet) const;
    /** The peer's view of the same pair (what a mirror-image crypto ACL says). */
    ProxyIdentity mirrored() const;

    /** `show crypto ipsec sa` form of one side: "12.0.0.0/255.255.255.0/0/0". */
    QString localText() const;
    QString remoteText() const;

    friend bool operator==(const ProxyIdentity &, const ProxyIdentity &) = default;
};

/** Source and destination ports of an unfragmented (or first-fragment) TCP/UDP datagram. */
std::optional<std::pair<std::uint16_t, std::uint16_t>> transportPorts(const net::Packet &packet);

} // namespace vtd::sim::esp
