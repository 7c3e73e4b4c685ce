#include "packet_summary.h"

#include "icmp_message.h"
#include "ipv4_header.h"
#include "udp_datagram.h"

namespace vtd::sim::net {

namespace {

QString protocolName(std::uint8_t protocol)
{
    switch (protocol) {
    case ip_protocol::Icmp: return QStringLiteral("icmp");
    case ip_protocol::Tcp: return QStringLiteral("tcp");
    case ip_protocol::Udp: return QStringLiteral("udp");
    case ip_protocol::Esp: return QStringLiteral("esp");
    default: return QStringLiteral("ip");
    }
}

QString unreachableName(std::uint8_t code)
{
    switch (code) {
    case unreachable_code::Net: return QStringLiteral("net");
    case unreachable_code::Host: return QStringLiteral("host");
    case unreachable_code::Protocol: return QStringLiteral("protocol");
    case unreachable_code::Port: return QStringLiteral("port");
    case unreachable_code::FragmentationNeeded: return QStringLiteral("frag-needed");
    case unreachable_code::SourceRouteFailed: return QStringLiteral("source-route-failed");
    case unreachable_code::AdministrativelyProhibited: return QStringLiteral("admin-prohibited");
    default: return QStringLiteral("code=%1").arg(code);
    }
}

// Addresses and, for UDP/TCP, ports: from a full datagram or from an ICMP error's quote
// (whose first 8 payload octets hold the ports).
void fillAddressing(PacketSummary &s, const Ipv4Header &h, BytesView payload)
{
    s.protocol = protocolName(h.protocol);
    s.source = h.source;
    s.destination = h.destination;
    const bool hasPorts = h.protocol == ip_protocol::Udp || h.protocol == ip_protocol::Tcp;
    if (hasPorts && h.fragmentOffset == 0 && payload.size() >= 4) {
        s.sourcePort = readU16(payload, 0);
        s.destinationPort = readU16(payload, 2);
    }
}

QString quotedBrief(const IcmpMessage &m)
{
    const auto header = m.quotedHeader();
    if (!header)
        return QStringLiteral(" (quote: %1)").arg(header.error().description());
    PacketSummary quoted;
    quoted.isIpv4 = true;
    const BytesView data = viewOf(m.data);
    fillAddressing(quoted, *header, data.subspan(std::min(data.size(), std::size_t(header->headerLength()))));
    return QStringLiteral(" (for %1)").arg(quoted.brief());
}

QString icmpDetail(const IcmpMessage &m)
{
    switch (m.type) {
    case icmp_type::EchoRequest:
    case icmp_type::EchoReply:
        return QStringLiteral("echo %1 id=%2 seq=%3 len=%4")
            .arg(m.type == icmp_type::EchoRequest ? QStringLiteral("request") : QStringLiteral("reply"))
            .arg(m.identifier())
            .arg(m.sequence())
            .arg(m.data.size());
    case icmp_type::DestinationUnreachable:
        return QStringLiteral("unreachable ") + unreachableName(m.code) + quotedBrief(m);
    case icmp_type::TimeExceeded:
        return (m.code == time_exceeded_code::TtlInTransit ? QStringLiteral("time exceeded ttl")
                                                           : QStringLiteral("time exceeded reassembly"))
               + quotedBrief(m);
    default:
        return QStringLiteral("type=%1 code=%2 len=%3").arg(m.type).arg(m.code).arg(m.data.size());
    }
}

void summarizePayload(PacketSummary &s, const Ipv4Header &h, BytesView payload)
{
    if (h.fragmentOffset != 0 || h.moreFragments) {
        s.detail = QStringLiteral("fragment offset=%1 len=%2").arg(h.fragmentOffset * 8).arg(payload.size());
        return;
    }
    switch (h.protocol) {
    case ip_protocol::Icmp: {
        const auto m = IcmpMessage::decode(payload);
        if (m)
            s.detail = icmpDetail(*m);
        else
            s.problem = m.error().description();
        return;
    }
    case ip_protocol::Udp: {
        const auto d = UdpDatagram::decode(payload, h.source, h.destination);
        if (d)
            s.detail = QStringLiteral("len=%1").arg(d->payload.size());
        else
            s.problem = d.error().description();
        return;
    }
    case ip_protocol::Esp:
        // RFC 4303 §2: SPI and Sequence Number are the first two 32-bit words, in clear.
        if (payload.size() >= 8)
            s.detail = QStringLiteral("spi=0x%1 seq=%2 len=%3")
                           .arg(readU32(payload, 0), 8, 16, QLatin1Char('0'))
                           .arg(readU32(payload, 4))
                           .arg(payload.size());
        else
            s.problem = QStringLiteral("truncated ESP packet");
        return;
    default:
        s.detail = h.protocol == ip_protocol::Tcp ? QStringLiteral("len=%1").arg(payload.size())
                                                   : QStringLiteral("proto=%1 len=%2").arg(h.protocol).arg(payload.size());
        return;
    }
}

} // namespace

QString PacketSummary::brief() const
{
    if (!isIpv4)
        return QStringLiteral("malformed");
    const auto endpoint = [](model::Ipv4Address a, std::optional<std::uint16_t> port) {
        return port ? QStringLiteral("%1:%2").arg(a.toString()).arg(*port) : a.toString();
    };
    return QStringLiteral("%1 %2 > %3")
        .arg(protocol, endpoint(source, sourcePort), endpoint(destination, destinationPort));
}

QString PacketSummary::text() const
{
    if (!problem.isEmpty())
        return isIpv4 ? QStringLiteral("%1 malformed: %2").arg(brief(), problem)
                      : QStringLiteral("malformed: %1").arg(problem);
    return detail.isEmpty() ? brief() : brief() + QLatin1Char(' ') + detail;
}

PacketSummary summarizePacket(BytesView datagram)
{
    PacketSummary s;
    const auto header = Ipv4Header::decode(datagram);
    if (!header) {
        s.problem = QStringLiteral("%1 (%2 bytes)").arg(header.error().description()).arg(datagram.size());
        return s;
    }
    s.isIpv4 = true;
    const BytesView payload = datagram.subspan(std::size_t(header->headerLength()));
    fillAddressing(s, *header, payload);
    summarizePayload(s, *header, payload);
    return s;
}

} // namespace vtd::sim::net
