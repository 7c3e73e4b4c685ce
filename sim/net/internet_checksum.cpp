#include "internet_checksum.h"

#include <QtEndian>

#include <cstring>

namespace vtd::sim::net {

void InternetChecksum::add(BytesView bytes)
{
    // Eight octets at a time: as 2^16 = 1 (mod 2^16 - 1), a 32-bit big-endian word adds the
    // same as its two 16-bit halves, and the fold in sum() takes care of the carries.
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        word = qFromBigEndian(word);
        m_sum += (word >> 32) + (word & 0xffffffffu);
    }
    for (; i + 1 < bytes.size(); i += 2)
        m_sum += std::uint32_t(bytes[i]) << 8 | bytes[i + 1];
    // RFC 1071 §4.1: "Add left-over byte, if any" as the high octet of a final 16-bit word.
    if (i < bytes.size())
        m_sum += std::uint32_t(bytes[i]) << 8;
}

std::uint16_t InternetChecksum::sum() const
{
    // "Fold 32-bit sum to 16 bits": end-around carry until none is left.
    std::uint64_t folded = m_sum;
    while (folded >> 16)
        folded = (folded & 0xffff) + (folded >> 16);
    return std::uint16_t(folded);
}

std::uint16_t internetChecksum(BytesView bytes)
{
    InternetChecksum sum;
    sum.add(bytes);
    return sum.checksum();
}

} // namespace vtd::sim::net
