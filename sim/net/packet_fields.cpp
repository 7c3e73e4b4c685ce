#include "packet_fields.h"

#include "icmp_message.h"
#include "ipv4_header.h"
#include "udp_datagram.h"

#include <QStringList>

namespace vtd::sim::net {

namespace {

QString hex16(std::uint16_t v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

void addError(std::vector<PacketField> &rows, const DecodeError &error)
{
    rows.push_back({QStringLiteral("Error"), error.code(), error.description()});
}

void addIpv4(std::vector<PacketField> &rows, const Ipv4Header &h)
{
    const QString layer = QStringLiteral("IPv4");
    QStringList flags;
    if (h.dontFragment)
        flags << QStringLiteral("DF");
    if (h.moreFragments)
        flags << QStringLiteral("MF");
    rows.push_back({layer, QStringLiteral("Header length"), QString::number(h.headerLength())});
    rows.push_back({layer, QStringLiteral("Type of service"), QStringLiteral("0x%1").arg(h.typeOfService, 2, 16, QLatin1Char('0'))});
    rows.push_back({layer, QStringLiteral("Total length"), QString::number(h.totalLength)});
    rows.push_back({layer, QStringLiteral("Identification"), QStringLiteral("%1 (%2)").arg(hex16(h.identification)).arg(h.identification)});
    rows.push_back({layer, QStringLiteral("Flags"), flags.isEmpty() ? QStringLiteral("none") : flags.join(QLatin1Char(' '))});
    rows.push_back({layer, QStringLiteral("Fragment offset"), QString::number(h.fragmentOffset * 8)});
    rows.push_back({layer, QStringLiteral("TTL"), QString::number(h.ttl)});
    rows.push_back({layer, QStringLiteral("Protocol"), QString::number(h.protocol)});
    rows.push_back({layer, QStringLiteral("Header checksum"), hex16(h.headerChecksum)});
    rows.push_back({layer, QStringLiteral("Source"), h.source.toString()});
    rows.push_back({layer, QStringLiteral("Destination"), h.destination.toString()});
}

void addIcmp(std::vector<PacketField> &rows, const IcmpMessage &m)
{
    const QString layer = QStringLiteral("ICMP");
    rows.push_back({layer, QStringLiteral("Type"), QString::number(m.type)});
    rows.push_back({layer, QStringLiteral("Code"), QString::number(m.code)});
    rows.push_back({layer, QStringLiteral("Checksum"), hex16(m.checksum)});
    if (m.isEcho()) {
        rows.push_back({layer, QStringLiteral("Identifier"), QString::number(m.identifier())});
        rows.push_back({layer, QStringLiteral("Sequence"), QString::number(m.sequence())});
    }
    rows.push_back({layer, QStringLiteral("Data length"), QString::number(m.data.size())});
}

void addUdp(std::vector<PacketField> &rows, const UdpDatagram &d)
{
    const QString layer = QStringLiteral("UDP");
    rows.push_back({layer, QStringLiteral("Source port"), QString::number(d.sourcePort)});
    rows.push_back({layer, QStringLiteral("Destination port"), QString::number(d.destinationPort)});
    rows.push_back({layer, QStringLiteral("Length"), QString::number(d.length)});
    rows.push_back({layer, QStringLiteral("Checksum"), hex16(d.checksum)});
}

void addTransport(std::vector<PacketField> &rows, const Ipv4Header &h, BytesView payload)
{
    if (h.fragmentOffset != 0)
        return;
    if (h.protocol == ip_protocol::Icmp) {
        const auto m = IcmpMessage::decode(payload);
        m ? addIcmp(rows, *m) : addError(rows, m.error());
    } else if (h.protocol == ip_protocol::Udp) {
        const auto d = UdpDatagram::decode(payload, h.source, h.destination);
        d ? addUdp(rows, *d) : addError(rows, d.error());
    } else if (h.protocol == ip_protocol::Esp && payload.size() >= 8) {
        rows.push_back({QStringLiteral("ESP"), QStringLiteral("SPI"), QStringLiteral("0x%1").arg(readU32(payload, 0), 8, 16, QLatin1Char('0'))});
        rows.push_back({QStringLiteral("ESP"), QStringLiteral("Sequence"), QString::number(readU32(payload, 4))});
    }
}

} // namespace

std::vector<PacketField> decodePacketFields(BytesView datagram)
{
    std::vector<PacketField> rows;
    const auto header = Ipv4Header::decode(datagram);
    if (!header) {
        addError(rows, header.error());
        return rows;
    }
    addIpv4(rows, *header);
    addTransport(rows, *header, datagram.subspan(std::size_t(header->headerLength())));
    return rows;
}

} // namespace vtd::sim::net
