#pragma once

#include "byte_order.h"

#include <cstdint>

namespace vtd::sim::net {

/** The Internet checksum of RFC 1071 (IPv4 header, ICMP, UDP), accumulated piece by piece so
 *  the UDP pseudo-header need not be copied in front of the segment.
 *
 *  RFC 1071 §1: "adjacent octets to be checksummed are paired to form 16-bit integers, and the
 *  1's complement sum of these 16-bit integers is formed"; the checksum is the 1's complement
 *  of that sum. Pieces must have even length except the last. */
class InternetChecksum
{
public:
    void add(BytesView bytes);
    void addU16(std::uint16_t value) { m_sum += value; }
    void addU32(std::uint32_t value) { m_sum += (value >> 16) + (value & 0xffff); }

    /** The 1's complement sum folded to 16 bits (before complementing). */
    std::uint16_t sum() const;
    /** The value to put in the checksum field: ~sum(). Over data that includes a correct
     *  checksum field this is 0. */
    std::uint16_t checksum() const { return std::uint16_t(~sum()); }

private:
    std::uint64_t m_sum = 0;
};

/** Checksum of one contiguous buffer. */
std::uint16_t internetChecksum(BytesView bytes);

} // namespace vtd::sim::net
