#pragma once

#include <cstdint>
#include <optional>

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::devices::ios {

/** The transport fields that ACLs and NAT look at, read once from a packet's bytes, so that the
 *  stages agree on what a "port" of an ICMP message is. */
struct IosFlow
{
    int protocol = 0;
    int srcPort = 0;        ///< tcp/udp source port; 0 otherwise
    int dstPortOrType = 0;  ///< tcp/udp destination port, or the ICMP type
    /** The ICMP echo identifier (echo request or reply): what PAT translates for ICMP. */
    std::optional<std::uint16_t> echoId;
    int tcpFlags = 0;       ///< tcp only: the flags octet (ACK 0x10, RST 0x04 for `established`)

    bool hasPorts() const { return protocol == 6 || protocol == 17; }
    /** Whether PAT can translate it: tcp/udp, or an ICMP echo. */
    bool isTranslatable() const { return hasPorts() || echoId.has_value(); }

    /** A payload too short for the fields leaves them 0 (the decoder reports malformed packets). */
    static IosFlow of(const net::Packet &packet);
};

} // namespace vtd::sim::devices::ios
