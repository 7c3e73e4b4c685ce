#include "udp_datagram.h"

#include "internet_checksum.h"
#include "ipv4_header.h"

namespace vtd::sim::net {

std::uint16_t transportChecksum(BytesView segment, std::uint8_t protocol, model::Ipv4Address source,
                                model::Ipv4Address destination)
{
    InternetChecksum sum;
    sum.addU32(source.toUInt());
    sum.addU32(destination.toUInt());
    sum.addU16(protocol); // zero octet, then the protocol octet
    sum.addU16(std::uint16_t(segment.size()));
    sum.add(segment);
    return sum.checksum();
}

QByteArray UdpDatagram::encode(model::Ipv4Address source, model::Ipv4Address destination) const
{
    QByteArray b;
    b.reserve(HeaderLength + payload.size());
    appendU16(b, sourcePort);
    appendU16(b, destinationPort);
    appendU16(b, std::uint16_t(HeaderLength + payload.size()));
    appendU16(b, 0);
    b.append(payload);
    const std::uint16_t sum = transportChecksum(viewOf(b), ip_protocol::Udp, source, destination);
    writeU16(b, 6, sum == 0 ? 0xffff : sum);
    return b;
}

DecodeResult<UdpDatagram> UdpDatagram::decode(BytesView segment, model::Ipv4Address source,
                                              model::Ipv4Address destination)
{
    if (segment.size() < std::size_t(HeaderLength))
        return DecodeError{DecodeLayer::Udp, DecodeProblem::Truncated};
    const std::size_t length = readU16(segment, 4);
    if (length < std::size_t(HeaderLength))
        return DecodeError{DecodeLayer::Udp, DecodeProblem::BadLength};
    if (length > segment.size())
        return DecodeError{DecodeLayer::Udp, DecodeProblem::Truncated};
    if (length < segment.size())
        return DecodeError{DecodeLayer::Udp, DecodeProblem::BadLength};
    const std::uint16_t checksum = readU16(segment, 6);
    if (checksum != 0 && transportChecksum(segment, ip_protocol::Udp, source, destination) != 0)
        return DecodeError{DecodeLayer::Udp, DecodeProblem::BadChecksum};
    UdpDatagram d;
    d.sourcePort = readU16(segment, 0);
    d.destinationPort = readU16(segment, 2);
    d.length = std::uint16_t(length);
    d.checksum = checksum;
    d.payload = toByteArray(segment.subspan(HeaderLength));
    return d;
}

} // namespace vtd::sim::net
