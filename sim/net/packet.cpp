#include "packet.h"

#include "icmp_message.h"
#include "udp_datagram.h"

#include <algorithm>
#include <utility>

namespace vtd::sim::net {

DecodeResult<Packet> Packet::fromBytes(QByteArray bytes)
{
    DecodeResult<Ipv4Header> header = Ipv4Header::decode(viewOf(bytes));
    if (!header)
        return header.error();
    Packet p;
    p.m_bytes = std::move(bytes);
    p.m_header = header.value();
    return p;
}

Packet Packet::build(const Ipv4Header &header, const QByteArray &payload)
{
    return build(header, viewOf(payload));
}

Packet Packet::build(const Ipv4Header &header, BytesView payload)
{
    Packet p;
    p.m_header = header;
    p.setPayload(payload);
    return p;
}

Packet Packet::icmp(Ipv4Header header, const IcmpMessage &message)
{
    header.protocol = ip_protocol::Icmp;
    return build(header, message.encode());
}

Packet Packet::udp(Ipv4Header header, const UdpDatagram &datagram)
{
    header.protocol = ip_protocol::Udp;
    return build(header, datagram.encode(header.source, header.destination));
}

BytesView Packet::payload() const
{
    return view().subspan(std::size_t(m_header.headerLength()));
}

void Packet::setTtl(std::uint8_t ttl)
{
    m_header.ttl = ttl;
    rewriteHeader();
}

void Packet::setSource(model::Ipv4Address address)
{
    m_header.source = address;
    rewriteHeader();
    fixTransportChecksum();
}

void Packet::setDestination(model::Ipv4Address address)
{
    m_header.destination = address;
    rewriteHeader();
    fixTransportChecksum();
}

void Packet::setPayload(const QByteArray &payload)
{
    setPayload(viewOf(payload));
}

void Packet::setPayload(BytesView payload)
{
    const int headerLength = m_header.headerLength();
    Q_ASSERT_X(std::size_t(headerLength) + payload.size() <= 0xffff, "Packet", "datagram over 65535 octets");
    QByteArray bytes(headerLength + qsizetype(payload.size()), Qt::Uninitialized);
    m_header.encodeInto(bytes.data(), int(payload.size()));
    std::copy(payload.begin(), payload.end(), bytes.begin() + headerLength);
    m_bytes = std::move(bytes);
    syncHeaderFields();
}

void Packet::rewriteHeader()
{
    if (m_bytes.size() < m_header.headerLength()) {  // nothing built yet
        setPayload(BytesView{});
        return;
    }
    // Same header length: the fields that change (TTL, addresses) are fixed-size.
    m_header.encodeInto(m_bytes.data(), int(payload().size()));
    syncHeaderFields();
}

void Packet::syncHeaderFields()
{
    // The fields encode() computes, read back so header() shows what is on the wire.
    m_header.totalLength = readU16(view(), 2);
    m_header.headerChecksum = readU16(view(), 10);
    while (m_header.options.size() % 4 != 0)
        m_header.options.append('\0');
}

void Packet::fixTransportChecksum()
{
    // Fragments other than the first carry no transport header.
    if (m_header.fragmentOffset != 0)
        return;
    qsizetype field = -1;
    if (m_header.protocol == ip_protocol::Udp && payload().size() >= 8 && readU16(payload(), 6) != 0)
        field = 6; // a zero UDP checksum means "none" and stays zero
    else if (m_header.protocol == ip_protocol::Tcp && payload().size() >= 20)
        field = 16;
    if (field < 0)
        return;
    const qsizetype at = m_header.headerLength() + field;
    writeU16(m_bytes, at, 0);
    std::uint16_t sum = transportChecksum(payload(), m_header.protocol, m_header.source, m_header.destination);
    if (sum == 0 && m_header.protocol == ip_protocol::Udp)
        sum = 0xffff;
    writeU16(m_bytes, at, sum);
}

} // namespace vtd::sim::net
