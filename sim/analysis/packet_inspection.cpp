#include "packet_inspection.h"

#include "inspection_parts.h"

#include "sim/crypto/bytes.h"
#include "sim/net/icmp_message.h"
#include "sim/net/ipv4_header.h"
#include "sim/net/udp_datagram.h"

#include <QStringList>

namespace vtd::sim::analysis {

namespace detail {

InspectionRow makeRow(const QString &layer, const QString &field, const QString &value, InspectionBytes bytes,
                      int offset, int length)
{
    return InspectionRow{layer, field, value, bytes, offset, length, {}};
}

QString hexText(net::BytesView bytes)
{
    return bytes.empty() ? QStringLiteral("none") : QString::fromStdString(crypto::toHex(bytes));
}

namespace {

QString hex16(std::uint16_t v)
{
    return QStringLiteral("0x%1").arg(v, 4, 16, QLatin1Char('0'));
}

QString protocolText(std::uint8_t protocol)
{
    switch (protocol) {
    case net::ip_protocol::Icmp: return QStringLiteral("1 (ICMP)");
    case net::ip_protocol::Tcp: return QStringLiteral("6 (TCP)");
    case net::ip_protocol::Udp: return QStringLiteral("17 (UDP)");
    case net::ip_protocol::Esp: return QStringLiteral("50 (ESP)");
    case net::ip_protocol::Ah: return QStringLiteral("51 (AH)");
    default: return QString::number(protocol);
    }
}

QString icmpTypeText(std::uint8_t type)
{
    switch (type) {
    case 0: return QStringLiteral("0 (Echo reply)");
    case 3: return QStringLiteral("3 (Destination unreachable)");
    case 8: return QStringLiteral("8 (Echo request)");
    case 11: return QStringLiteral("11 (Time exceeded)");
    default: return QString::number(type);
    }
}

InspectionRow errorRow(const net::DecodeError &error, InspectionBytes bytes, int offset)
{
    return makeRow(QStringLiteral("Error"), QStringLiteral("Error"),
                   QStringLiteral("%1 (%2)").arg(error.description(), error.code()), bytes, offset, 0);
}

InspectionRow ipv4Row(const net::Ipv4Header &h, InspectionBytes b, const QString &layer)
{
    QStringList flags;
    if (h.dontFragment)
        flags << QStringLiteral("Don't fragment");
    if (h.moreFragments)
        flags << QStringLiteral("More fragments");
    InspectionRow r = makeRow(layer, QStringLiteral("Internet Protocol Version 4"),
                              QStringLiteral("Src: %1, Dst: %2").arg(h.source.toString(), h.destination.toString()), b, 0,
                              h.headerLength());
    r.children = {
        makeRow(layer, QStringLiteral("Version"), QStringLiteral("4"), b, 0, 1),
        makeRow(layer, QStringLiteral("Header length"), QStringLiteral("%1 bytes").arg(h.headerLength()), b, 0, 1),
        makeRow(layer, QStringLiteral("Type of service"), QStringLiteral("0x%1").arg(h.typeOfService, 2, 16, QLatin1Char('0')), b, 1, 1),
        makeRow(layer, QStringLiteral("Total length"), QString::number(h.totalLength), b, 2, 2),
        makeRow(layer, QStringLiteral("Identification"), QStringLiteral("%1 (%2)").arg(hex16(h.identification)).arg(h.identification), b, 4, 2),
        makeRow(layer, QStringLiteral("Flags"), flags.isEmpty() ? QStringLiteral("none") : flags.join(QStringLiteral(", ")), b, 6, 1),
        makeRow(layer, QStringLiteral("Fragment offset"), QString::number(h.fragmentOffset * 8), b, 6, 2),
        makeRow(layer, QStringLiteral("Time to live"), QString::number(h.ttl), b, 8, 1),
        makeRow(layer, QStringLiteral("Protocol"), protocolText(h.protocol), b, 9, 1),
        makeRow(layer, QStringLiteral("Header checksum"), hex16(h.headerChecksum), b, 10, 2),
        makeRow(layer, QStringLiteral("Source address"), h.source.toString(), b, 12, 4),
        makeRow(layer, QStringLiteral("Destination address"), h.destination.toString(), b, 16, 4),
    };
    if (!h.options.isEmpty())
        r.children.push_back(makeRow(layer, QStringLiteral("Options"), hexText(net::viewOf(h.options)), b, 20, h.headerLength() - 20));
    return r;
}

InspectionRow icmpRow(const net::IcmpMessage &m, InspectionBytes b, int at, const QString &layer)
{
    InspectionRow r = makeRow(layer, QStringLiteral("Internet Control Message Protocol"), icmpTypeText(m.type), b, at,
                              net::IcmpMessage::HeaderLength + int(m.data.size()));
    r.children = {
        makeRow(layer, QStringLiteral("Type"), icmpTypeText(m.type), b, at, 1),
        makeRow(layer, QStringLiteral("Code"), QString::number(m.code), b, at + 1, 1),
        makeRow(layer, QStringLiteral("Checksum"), hex16(m.checksum), b, at + 2, 2),
    };
    if (m.isEcho()) {
        r.children.push_back(makeRow(layer, QStringLiteral("Identifier"), QString::number(m.identifier()), b, at + 4, 2));
        r.children.push_back(makeRow(layer, QStringLiteral("Sequence number"), QString::number(m.sequence()), b, at + 6, 2));
    }
    r.children.push_back(makeRow(layer, QStringLiteral("Data"), QStringLiteral("%1 bytes").arg(m.data.size()), b,
                                 at + net::IcmpMessage::HeaderLength, int(m.data.size())));
    return r;
}

InspectionRow udpRow(const net::UdpDatagram &d, InspectionBytes b, int at, const QString &layer)
{
    InspectionRow r = makeRow(layer, QStringLiteral("User Datagram Protocol"),
                              QStringLiteral("Src port: %1, Dst port: %2").arg(d.sourcePort).arg(d.destinationPort), b, at,
                              net::UdpDatagram::HeaderLength);
    r.children = {
        makeRow(layer, QStringLiteral("Source port"), QString::number(d.sourcePort), b, at, 2),
        makeRow(layer, QStringLiteral("Destination port"), QString::number(d.destinationPort), b, at + 2, 2),
        makeRow(layer, QStringLiteral("Length"), QString::number(d.length), b, at + 4, 2),
        makeRow(layer, QStringLiteral("Checksum"), d.checksum ? hex16(d.checksum) : QStringLiteral("none"), b, at + 6, 2),
    };
    return r;
}

} // namespace

IpPayload appendIpRows(std::vector<InspectionRow> &rows, net::BytesView datagram, InspectionBytes b,
                       const QString &prefix)
{
    IpPayload next;
    const auto header = net::Ipv4Header::decode(datagram);
    if (!header) {
        rows.push_back(errorRow(header.error(), b, 0));
        return next;
    }
    rows.push_back(ipv4Row(*header, b, prefix + QStringLiteral("IPv4")));
    const int at = header->headerLength();
    const net::BytesView payload = datagram.subspan(std::size_t(at));
    if (header->fragmentOffset != 0)
        return next; // a later fragment: no transport header in it
    if (header->protocol == net::ip_protocol::Icmp) {
        const auto m = net::IcmpMessage::decode(payload);
        rows.push_back(m ? icmpRow(*m, b, at, prefix + QStringLiteral("ICMP")) : errorRow(m.error(), b, at));
    } else if (header->protocol == net::ip_protocol::Udp) {
        const auto d = net::UdpDatagram::decode(payload, header->source, header->destination);
        if (!d) {
            rows.push_back(errorRow(d.error(), b, at));
            return next;
        }
        rows.push_back(udpRow(*d, b, at, prefix + QStringLiteral("UDP")));
        if (d->sourcePort == 500 || d->destinationPort == 500)
            next = {IpPayload::Kind::Isakmp, at + net::UdpDatagram::HeaderLength, int(d->payload.size()), {}};
    } else if (header->protocol == net::ip_protocol::Esp) {
        next = {IpPayload::Kind::Esp, at, int(payload.size()), header->destination.toString()};
    }
    return next;
}

int findCipher(const std::vector<TraceEvent> &events, const QString &kind, const QByteArray &ciphertext)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto *c = std::get_if<CipherTrace>(&events[i]);
        if (c && c->kind == kind && c->ciphertext == ciphertext)
            return int(i);
    }
    return -1;
}

const KeyTrace *findKeys(const std::vector<TraceEvent> &events, int eventIndex, const QString &kind,
                         const QMap<QString, QString> &match)
{
    const KeyTrace *before = nullptr;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto *k = std::get_if<KeyTrace>(&events[i]);
        if (!k || k->kind != kind)
            continue;
        bool matches = true;
        for (auto it = match.cbegin(); it != match.cend() && matches; ++it)
            matches = k->fields.value(it.key()) == it.value();
        if (!matches)
            continue;
        if (int(i) > eventIndex)
            return before ? before : k;
        before = k;
    }
    return before;
}

} // namespace detail

namespace {

/** The pipeline's verdicts about the same packet (same trace id), in the order they happened. */
InspectionRow decisionsRow(const std::vector<TraceEvent> &events, std::uint64_t packetId)
{
    const QString layer = QStringLiteral("Decisions");
    InspectionRow r = detail::makeRow(layer, QStringLiteral("Decisions"), QString());
    for (const TraceEvent &event : events) {
        if (const auto *d = std::get_if<DecisionTrace>(&event); d && d->packetId == packetId) {
            r.children.push_back(detail::makeRow(layer, QStringLiteral("%1 %2 %3").arg(d->time.toString(), d->node, d->stage),
                                                 d->detail.isEmpty() ? d->outcome : d->outcome + QStringLiteral(": ") + d->detail));
        } else if (const auto *x = std::get_if<DropTrace>(&event); x && x->packetId == packetId) {
            QStringList params;
            for (auto it = x->params.cbegin(); it != x->params.cend(); ++it)
                params << it.key() + QLatin1Char('=') + it.value();
            r.children.push_back(detail::makeRow(layer, QStringLiteral("%1 %2 %3").arg(x->time.toString(), x->node, x->stage),
                                                 QStringLiteral("drop: %1%2").arg(x->code, params.isEmpty() ? QString()
                                                     : QStringLiteral(" (%1)").arg(params.join(QStringLiteral(", "))))));
        }
    }
    r.value = r.children.empty() ? QStringLiteral("none recorded") : QString::number(r.children.size());
    return r;
}

} // namespace

PacketInspection inspectPacket(const std::vector<TraceEvent> &events, int eventIndex)
{
    PacketInspection out;
    if (eventIndex < 0 || std::size_t(eventIndex) >= events.size())
        return out;
    std::uint64_t packetId = 0;
    if (const auto *p = std::get_if<PacketTrace>(&events[std::size_t(eventIndex)])) {
        out = {true, p->node, p->interface, p->summary, p->bytes, {}, {}, {}};
        packetId = p->packetId;
    } else if (const auto *d = std::get_if<DropTrace>(&events[std::size_t(eventIndex)])) {
        out = {true, d->node, d->interface, d->summary, d->bytes, {}, {}, {}};
        packetId = d->packetId;
    } else {
        return out;
    }
    const detail::IpPayload next = detail::appendIpRows(out.rows, net::viewOf(out.datagram), InspectionBytes::Datagram, {});
    if (next.kind == detail::IpPayload::Kind::Isakmp)
        detail::appendIsakmpRows(out, events, eventIndex, next.offset, next.length);
    else if (next.kind == detail::IpPayload::Kind::Esp)
        detail::appendEspRows(out, events, eventIndex, next.offset, next.length, next.destination);
    if (packetId != 0)
        out.rows.push_back(decisionsRow(events, packetId));
    return out;
}

const InspectionRow *findRow(const std::vector<InspectionRow> &rows, const QString &field)
{
    for (const InspectionRow &row : rows) {
        if (row.field == field)
            return &row;
        if (const InspectionRow *found = findRow(row.children, field))
            return found;
    }
    return nullptr;
}

} // namespace vtd::sim::analysis
