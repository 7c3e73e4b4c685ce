#include "trace_probe.h"

#include "sim/net/icmp_message.h"
#include "sim/net/internet_checksum.h"
#include "sim/net/udp_datagram.h"

namespace vtd::sim::analysis {

namespace {
constexpr std::uint16_t EchoIdentifier = 0x7ace;
constexpr int FirstSourcePort = 40000;

void putU16(QByteArray &bytes, int offset, std::uint16_t value)
{
    bytes[offset] = char(value >> 8);
    bytes[offset + 1] = char(value & 0xff);
}

/** A 20-octet TCP header with SYN, window 8192, then the payload; checksum over the
 *  pseudo-header (RFC 793 section 3.1). */
QByteArray tcpSyn(model::Ipv4Address source, model::Ipv4Address destination, std::uint16_t sourcePort,
                  std::uint16_t destinationPort, const QByteArray &payload)
{
    QByteArray segment(20, '\0');
    putU16(segment, 0, sourcePort);
    putU16(segment, 2, destinationPort);
    segment[7] = char(1);           // initial sequence number 1
    segment[12] = char(5 << 4);     // data offset: 5 words
    segment[13] = char(0x02);       // SYN
    putU16(segment, 14, 8192);
    segment += payload;
    net::InternetChecksum sum;
    sum.addU32(source.toUInt());
    sum.addU32(destination.toUInt());
    sum.addU16(net::ip_protocol::Tcp);
    sum.addU16(std::uint16_t(segment.size()));
    sum.add(net::viewOf(segment));
    putU16(segment, 16, sum.checksum());
    return segment;
}
} // namespace

int ProbeSpec::destinationPort() const
{
    if (port > 0)
        return port;
    return protocol == Protocol::Tcp ? 80 : 33434;
}

QString ProbeSpec::describe() const
{
    switch (protocol) {
    case Protocol::Icmp:
        return QStringLiteral("icmp echo");
    case Protocol::Udp:
        return QStringLiteral("udp port %1").arg(destinationPort());
    case Protocol::Tcp:
        return QStringLiteral("tcp port %1 (SYN)").arg(destinationPort());
    }
    return {};
}

QByteArray probeMarker(int attempt)
{
    return QByteArrayLiteral("vpnsim trace probe ") + QByteArray::number(attempt);
}

net::Packet buildProbe(model::Ipv4Address source, model::Ipv4Address destination, const ProbeSpec &spec,
                       int attempt)
{
    net::Ipv4Header header;
    header.source = source;
    header.destination = destination;
    const QByteArray marker = probeMarker(attempt);
    const auto sourcePort = std::uint16_t(FirstSourcePort + attempt);
    switch (spec.protocol) {
    case ProbeSpec::Protocol::Icmp:
        return net::Packet::icmp(header, net::IcmpMessage::echoRequest(EchoIdentifier, std::uint16_t(attempt), marker));
    case ProbeSpec::Protocol::Udp: {
        net::UdpDatagram datagram;
        datagram.sourcePort = sourcePort;
        datagram.destinationPort = std::uint16_t(spec.destinationPort());
        datagram.payload = marker;
        return net::Packet::udp(header, datagram);
    }
    case ProbeSpec::Protocol::Tcp:
        header.protocol = net::ip_protocol::Tcp;
        return net::Packet::build(header, tcpSyn(source, destination, sourcePort,
                                                 std::uint16_t(spec.destinationPort()), marker));
    }
    return {};
}

bool carriesProbe(const QByteArray &bytes, const QByteArray &marker)
{
    return bytes.contains(marker);
}

} // namespace vtd::sim::analysis
