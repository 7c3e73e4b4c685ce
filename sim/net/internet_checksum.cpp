#include "internet_checksum.h"

namespace vtd::sim::net {

void InternetChecksum::add(BytesView bytes)
{
    std::size_t i = 0;
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
