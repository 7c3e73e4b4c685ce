#include "ipv4_header.h"

#include "internet_checksum.h"

#include <algorithm>

namespace vtd::sim::net {

namespace {

constexpr DecodeError ipError(DecodeProblem problem)
{
    return DecodeError{DecodeLayer::Ipv4, problem};
}

// Fields common to both decoders, once the header length is known to be present.
Ipv4Header readFields(BytesView b, int headerLength)
{
    Ipv4Header h;
    h.typeOfService = b[1];
    h.totalLength = readU16(b, 2);
    h.identification = readU16(b, 4);
    const std::uint16_t flagsAndOffset = readU16(b, 6);
    h.dontFragment = flagsAndOffset & 0x4000;
    h.moreFragments = flagsAndOffset & 0x2000;
    h.fragmentOffset = flagsAndOffset & 0x1fff;
    h.ttl = b[8];
    h.protocol = b[9];
    h.headerChecksum = readU16(b, 10);
    h.source = model::Ipv4Address(readU32(b, 12));
    h.destination = model::Ipv4Address(readU32(b, 16));
    h.options = toByteArray(b.subspan(Ipv4Header::MinimumLength, headerLength - Ipv4Header::MinimumLength));
    return h;
}

// Version and IHL checks; returns the header length in octets or the problem.
DecodeResult<int> checkHeaderLength(BytesView b)
{
    if (b.size() < std::size_t(Ipv4Header::MinimumLength))
        return ipError(DecodeProblem::Truncated);
    if ((b[0] >> 4) != 4)
        return ipError(DecodeProblem::BadVersion);
    const int headerLength = (b[0] & 0x0f) * 4;
    if (headerLength < Ipv4Header::MinimumLength)
        return ipError(DecodeProblem::BadHeaderLength);
    if (b.size() < std::size_t(headerLength))
        return ipError(DecodeProblem::Truncated);
    return headerLength;
}

} // namespace

QByteArray Ipv4Header::encode(int payloadLength) const
{
    QByteArray b(headerLength(), Qt::Uninitialized);
    encodeInto(b.data(), payloadLength);
    return b;
}

void Ipv4Header::encodeInto(char *out, int payloadLength) const
{
    const int length = headerLength();
    auto *b = reinterpret_cast<std::uint8_t *>(out);
    const auto put16 = [b](int at, std::uint16_t v) {
        b[at] = std::uint8_t(v >> 8);
        b[at + 1] = std::uint8_t(v & 0xff);
    };
    b[0] = std::uint8_t(0x40 | (length / 4));
    b[1] = typeOfService;
    put16(2, std::uint16_t(length + payloadLength));
    put16(4, identification);
    put16(6, std::uint16_t((dontFragment ? 0x4000 : 0) | (moreFragments ? 0x2000 : 0) | (fragmentOffset & 0x1fff)));
    b[8] = ttl;
    b[9] = protocol;
    put16(10, 0);  // checksum computed with this field zero (RFC 791)
    put16(12, std::uint16_t(source.toUInt() >> 16));
    put16(14, std::uint16_t(source.toUInt() & 0xffff));
    put16(16, std::uint16_t(destination.toUInt() >> 16));
    put16(18, std::uint16_t(destination.toUInt() & 0xffff));
    std::copy(options.begin(), options.end(), out + MinimumLength);
    std::fill(out + MinimumLength + options.size(), out + length, '\0');
    put16(10, internetChecksum(BytesView(b, std::size_t(length))));
}

DecodeResult<Ipv4Header> Ipv4Header::decode(BytesView datagram)
{
    const DecodeResult<int> length = checkHeaderLength(datagram);
    if (!length)
        return length.error();
    const std::size_t totalLength = readU16(datagram, 2);
    if (totalLength < std::size_t(*length))
        return ipError(DecodeProblem::BadLength);
    if (totalLength > datagram.size())
        return ipError(DecodeProblem::Truncated);
    if (totalLength < datagram.size())
        return ipError(DecodeProblem::BadLength);
    if (internetChecksum(datagram.first(std::size_t(*length))) != 0)
        return ipError(DecodeProblem::BadChecksum);
    return readFields(datagram, *length);
}

DecodeResult<Ipv4Header> Ipv4Header::decodeQuoted(BytesView quoted)
{
    const DecodeResult<int> length = checkHeaderLength(quoted);
    if (!length)
        return length.error();
    if (readU16(quoted, 2) < *length)
        return ipError(DecodeProblem::BadLength);
    return readFields(quoted, *length);
}

} // namespace vtd::sim::net
