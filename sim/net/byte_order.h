#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>

namespace vtd::sim::net {

/** Read-only view of wire bytes; decoders take this so they never copy or own. */
using BytesView = std::span<const std::uint8_t>;

inline BytesView viewOf(const QByteArray &bytes)
{
    return BytesView(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size()));
}

inline QByteArray toByteArray(BytesView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// Network byte order (big-endian) accessors. Callers check the length first; these do not.
inline std::uint16_t readU16(BytesView b, std::size_t at)
{
    return std::uint16_t(b[at] << 8 | b[at + 1]);
}

inline std::uint32_t readU32(BytesView b, std::size_t at)
{
    return std::uint32_t(b[at]) << 24 | std::uint32_t(b[at + 1]) << 16 | std::uint32_t(b[at + 2]) << 8
           | std::uint32_t(b[at + 3]);
}

inline void writeU16(QByteArray &b, qsizetype at, std::uint16_t v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v & 0xff);
}

inline void writeU32(QByteArray &b, qsizetype at, std::uint32_t v)
{
    writeU16(b, at, std::uint16_t(v >> 16));
    writeU16(b, at + 2, std::uint16_t(v & 0xffff));
}

inline void appendU16(QByteArray &b, std::uint16_t v)
{
    const char bytes[2] = {char(v >> 8), char(v & 0xff)};
    b.append(bytes, 2);  // one append: encoders write thousands of fields
}

inline void appendU32(QByteArray &b, std::uint32_t v)
{
    const char bytes[4] = {char(v >> 24), char((v >> 16) & 0xff), char((v >> 8) & 0xff), char(v & 0xff)};
    b.append(bytes, 4);
}

} // namespace vtd::sim::net
