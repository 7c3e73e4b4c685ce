#include "pix_flow_ports.h"

#include "sim/net/icmp_message.h"
#include "sim/net/internet_checksum.h"
#include "sim/net/udp_datagram.h"

namespace vtd::sim::devices::pix::flow_ports {

namespace {
constexpr int IcmpIdOffset = 4;
constexpr int IcmpChecksumOffset = 2;
constexpr int UdpChecksumOffset = 6;
constexpr int TcpChecksumOffset = 16;

bool hasPorts(const net::Packet &packet)
{
    const auto protocol = packet.protocol();
    const std::size_t minimum = protocol == net::ip_protocol::Tcp ? 20 : 8;
    return (protocol == net::ip_protocol::Udp || protocol == net::ip_protocol::Tcp)
        && packet.header().fragmentOffset == 0 && packet.payload().size() >= minimum;
}

bool isEcho(const net::Packet &packet)
{
    const net::BytesView payload = packet.payload();
    return packet.protocol() == net::ip_protocol::Icmp && packet.header().fragmentOffset == 0
        && payload.size() >= std::size_t(net::IcmpMessage::HeaderLength)
        && (payload[0] == net::icmp_type::EchoRequest || payload[0] == net::icmp_type::EchoReply);
}

/** The UDP/TCP offset of a port, or the ICMP identifier's; -1 when the packet has none. */
int offsetOf(const net::Packet &packet, int portOffset)
{
    if (hasPorts(packet))
        return portOffset;
    return isEcho(packet) ? IcmpIdOffset : -1;
}

std::optional<std::uint16_t> readAt(const net::Packet &packet, int portOffset)
{
    const int at = offsetOf(packet, portOffset);
    if (at < 0)
        return std::nullopt;
    return net::readU16(packet.payload(), std::size_t(at));
}

void fixChecksum(const net::Packet &packet, QByteArray &segment)
{
    if (packet.protocol() == net::ip_protocol::Icmp) {
        net::writeU16(segment, IcmpChecksumOffset, 0);
        net::writeU16(segment, IcmpChecksumOffset, net::internetChecksum(net::viewOf(segment)));
        return;
    }
    const bool udp = packet.protocol() == net::ip_protocol::Udp;
    const int field = udp ? UdpChecksumOffset : TcpChecksumOffset;
    if (udp && net::readU16(net::viewOf(segment), field) == 0)
        return; // a zero UDP checksum means "none" and stays zero
    net::writeU16(segment, field, 0);
    std::uint16_t sum = net::transportChecksum(net::viewOf(segment), packet.protocol(), packet.source(),
                                               packet.destination());
    if (sum == 0 && udp)
        sum = 0xffff;
    net::writeU16(segment, field, sum);
}

bool writeAt(net::Packet &packet, int portOffset, std::uint16_t port)
{
    const int at = offsetOf(packet, portOffset);
    if (at < 0)
        return false;
    QByteArray segment = net::toByteArray(packet.payload());
    net::writeU16(segment, at, port);
    fixChecksum(packet, segment);
    packet.setPayload(segment);
    return true;
}
} // namespace

std::optional<std::uint16_t> source(const net::Packet &packet)
{
    return readAt(packet, 0);
}

std::optional<std::uint16_t> destination(const net::Packet &packet)
{
    return readAt(packet, 2);
}

bool setSource(net::Packet &packet, std::uint16_t port)
{
    return writeAt(packet, 0, port);
}

bool setDestination(net::Packet &packet, std::uint16_t port)
{
    return writeAt(packet, 2, port);
}

PixNatRules::Flow ruleFlow(const net::Packet &packet)
{
    PixNatRules::Flow flow;
    flow.protocol = packet.protocol();
    flow.source = packet.source();
    flow.destination = packet.destination();
    if (hasPorts(packet)) {
        flow.sourcePort = net::readU16(packet.payload(), 0);
        flow.destinationPort = net::readU16(packet.payload(), 2);
    } else if (packet.protocol() == net::ip_protocol::Icmp && !packet.payload().empty()) {
        flow.destinationPort = packet.payload()[0];
    }
    return flow;
}

QString protocolName(int protocol)
{
    switch (protocol) {
    case net::ip_protocol::Icmp: return QStringLiteral("icmp");
    case net::ip_protocol::Tcp: return QStringLiteral("tcp");
    case net::ip_protocol::Udp: return QStringLiteral("udp");
    default: return QString::number(protocol);
    }
}

} // namespace vtd::sim::devices::pix::flow_ports
