#include "icmp_message.h"

#include "internet_checksum.h"

#include <utility>

namespace vtd::sim::net {

namespace {

// RFC 792: the offending datagram's "Internet Header + 64 bits of Original Data Datagram".
QByteArray quoteOf(BytesView offending)
{
    if (offending.empty())
        return {};
    const std::size_t headerLength = std::size_t(offending[0] & 0x0f) * 4;
    return toByteArray(offending.first(std::min(offending.size(), headerLength + 8)));
}

} // namespace

bool IcmpMessage::isError() const
{
    switch (type) {
    case icmp_type::DestinationUnreachable:
    case icmp_type::SourceQuench:
    case icmp_type::Redirect:
    case icmp_type::TimeExceeded:
    case icmp_type::ParameterProblem:
        return true;
    default:
        return false;
    }
}

IcmpMessage IcmpMessage::echoRequest(std::uint16_t identifier, std::uint16_t sequence, QByteArray data)
{
    IcmpMessage m;
    m.type = icmp_type::EchoRequest;
    m.restOfHeader = std::uint32_t(identifier) << 16 | sequence;
    m.data = std::move(data);
    return m;
}

IcmpMessage IcmpMessage::echoReply(const IcmpMessage &request)
{
    IcmpMessage m = request;
    m.type = icmp_type::EchoReply;
    m.code = 0;
    return m;
}

IcmpMessage IcmpMessage::destinationUnreachable(std::uint8_t code, BytesView offendingDatagram,
                                                std::uint16_t nextHopMtu)
{
    IcmpMessage m;
    m.type = icmp_type::DestinationUnreachable;
    m.code = code;
    m.restOfHeader = nextHopMtu; // RFC 1191: low 16 bits carry the MTU for code 4, else zero
    m.data = quoteOf(offendingDatagram);
    return m;
}

IcmpMessage IcmpMessage::timeExceeded(std::uint8_t code, BytesView offendingDatagram)
{
    IcmpMessage m;
    m.type = icmp_type::TimeExceeded;
    m.code = code;
    m.data = quoteOf(offendingDatagram);
    return m;
}

QByteArray IcmpMessage::encode() const
{
    QByteArray b;
    b.reserve(HeaderLength + data.size());
    b.append(char(type));
    b.append(char(code));
    appendU16(b, 0);
    appendU32(b, restOfHeader);
    b.append(data);
    writeU16(b, 2, internetChecksum(viewOf(b)));
    return b;
}

DecodeResult<IcmpMessage> IcmpMessage::decode(BytesView message)
{
    if (message.size() < std::size_t(HeaderLength))
        return DecodeError{DecodeLayer::Icmp, DecodeProblem::Truncated};
    if (internetChecksum(message) != 0)
        return DecodeError{DecodeLayer::Icmp, DecodeProblem::BadChecksum};
    IcmpMessage m;
    m.type = message[0];
    m.code = message[1];
    m.checksum = readU16(message, 2);
    m.restOfHeader = readU32(message, 4);
    m.data = toByteArray(message.subspan(HeaderLength));
    return m;
}

DecodeResult<Ipv4Header> IcmpMessage::quotedHeader() const
{
    return Ipv4Header::decodeQuoted(viewOf(data));
}

} // namespace vtd::sim::net
