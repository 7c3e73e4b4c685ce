#pragma once

#include "sim/net/packet.h"

#include "model/ipv4.h"

#include <QByteArray>
#include <QString>

namespace vtd::sim::analysis {

/** What `vpnsim trace` sends: `--proto icmp|udp|tcp`, `--port N`. */
struct ProbeSpec
{
    enum class Protocol { Icmp, Udp, Tcp };
    Protocol protocol = Protocol::Icmp;
    int port = 0;  ///< UDP/TCP destination port (0: 33434 for UDP as traceroute, 80 for TCP)

    int destinationPort() const;
    QString describe() const;  ///< "icmp echo", "udp port 500", "tcp port 80 (SYN)"
};

/** The text every probe carries in its payload: NAT rewrites addresses and ports, and the
 *  IPsec layer makes new datagrams, but the payload survives, so the trace knows its probe. */
QByteArray probeMarker(int attempt);

/** An ICMP echo request (identifier 0x7ace, sequence = attempt), a UDP datagram from port
 *  40000 + attempt, or a TCP SYN from that port, with probeMarker(attempt) as payload. A
 *  zero `source` is filled in by the sending node (its egress address). */
net::Packet buildProbe(model::Ipv4Address source, model::Ipv4Address destination,
                       const ProbeSpec &spec, int attempt);

/** Whether datagram bytes carry the marker (as they do up to the destination). */
bool carriesProbe(const QByteArray &bytes, const QByteArray &marker);

} // namespace vtd::sim::analysis
