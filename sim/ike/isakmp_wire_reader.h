#pragma once

#include "isakmp_names.h"

#include "sim/net/byte_order.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace vtd::sim::ike {

/** Names a structure for error messages ("attribute 2 of transform 1 of proposal 1 of SA
 *  payload"). The text is built only when an error is reported: decoding a valid message
 *  allocates no names. */
struct Place
{
    const char *kind = nullptr;      ///< "attribute", "transform", "proposal"; null: a whole payload
    int index = 0;                   ///< 1-based position among its siblings
    const Place *parent = nullptr;
    std::uint8_t payload = 0;        ///< the payload type, when kind is null

    static Place payloadOf(std::uint8_t type) { return Place{nullptr, 0, nullptr, type}; }

    QString text() const
    {
        if (!kind)
            return payloadTypeName(PayloadType(payload)) + QStringLiteral(" payload");
        QString out = QLatin1String(kind) + QLatin1Char(' ') + QString::number(index);
        return parent ? out + QStringLiteral(" of ") + parent->text() : out;
    }
};

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
