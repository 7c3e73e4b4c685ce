#include "ios_nat_icmp_error.h"

#include "ios_nat_ports.h"

#include "sim/net/byte_order.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

namespace vtd::sim::devices::ios {

namespace {

/** Where the quoted datagram keeps the translated port: tcp/udp source port, echo identifier. */
std::optional<int> quotedPortOffset(const QByteArray &quoted, const net::Ipv4Header &header)
{
    const int ihl = header.headerLength();
    if (quoted.size() < ihl + 8)
        return std::nullopt;
    if (header.protocol == net::ip_protocol::Tcp || header.protocol == net::ip_protocol::Udp)
        return ihl;
    const auto type = std::uint8_t(quoted[ihl]);
    if (header.protocol == net::ip_protocol::Icmp
        && (type == net::icmp_type::EchoRequest || type == net::icmp_type::EchoReply))
        return ihl + 4;
    return std::nullopt;
}

} // namespace

std::optional<QString> untranslateIcmpError(net::Packet &packet, IosNatTable &table)
{
    if (packet.protocol() != net::ip_protocol::Icmp)
        return std::nullopt;
    const auto decoded = net::IcmpMessage::decode(packet.payload());
    if (!decoded || !decoded->isError())
        return std::nullopt;
    net::IcmpMessage message = decoded.value();
    const auto quotedHeader = message.quotedHeader();
    if (!quotedHeader)
        return std::nullopt;
    net::Ipv4Header header = quotedHeader.value();
    const auto at = quotedPortOffset(message.data, header);
    const int port = at ? net::readU16(net::viewOf(message.data), std::size_t(*at)) : -1;
    const IosNatTranslation *row = table.findInbound(at ? header.protocol : 0, header.source, port);
    if (!row || row->insideGlobal != packet.destination())
        return std::nullopt;
    const QString from = endText(header.source, row->protocol == 0 ? -1 : port);
    header.source = row->insideLocal;
    const QByteArray rewritten = header.encode(int(header.totalLength) - header.headerLength());
    message.data.replace(0, rewritten.size(), rewritten);
    if (row->protocol != 0 && at)
        net::writeU16(message.data, *at, std::uint16_t(row->localPort));
    packet.setPayload(message.encode());
    packet.setDestination(row->insideLocal);
    return QStringLiteral("ICMP error about %1 -> %2, translation by %3")
        .arg(from, endText(row->insideLocal, row->protocol == 0 ? -1 : row->localPort), row->rule);
}

} // namespace vtd::sim::devices::ios
