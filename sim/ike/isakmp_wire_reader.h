#pragma once

#include "sim/net/byte_order.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace vtd::sim::ike {

/** A bounds-aware cursor over part of an ISAKMP message that knows the absolute offset of
 *  every byte, so decoders can name where a fault is. Callers check has(n) before reading. */
class WireReader
{
public:
    WireReader(net::BytesView bytes, int baseOffset) : m_bytes(bytes), m_base(baseOffset) {}

    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    bool has(std::size_t count) const { return remaining() >= count; }
    bool atEnd() const { return m_pos == m_bytes.size(); }
    /** Absolute offset of the next byte in the whole message. */
    int offset() const { return m_base + int(m_pos); }

    std::uint8_t u8() { return m_bytes[m_pos++]; }
    std::uint16_t u16()
    {
        const std::uint16_t v = net::readU16(m_bytes, m_pos);
        m_pos += 2;
        return v;
    }
    std::uint32_t u32()
    {
        const std::uint32_t v = net::readU32(m_bytes, m_pos);
        m_pos += 4;
        return v;
    }
    net::BytesView view(std::size_t count)
    {
        const net::BytesView v = m_bytes.subspan(m_pos, count);
        m_pos += count;
        return v;
    }
    QByteArray bytes(std::size_t count) { return net::toByteArray(view(count)); }
    /** A reader over the next count bytes (which this one skips). */
    WireReader sub(std::size_t count)
    {
        const int at = offset();
        return WireReader(view(count), at);
    }

private:
    net::BytesView m_bytes;
    int m_base = 0;
    std::size_t m_pos = 0;
};

} // namespace vtd::sim::ike
