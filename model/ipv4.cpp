#include "ipv4.h"

#include <QStringList>

#include <algorithm>
#include <bit>

namespace vtd::model {

std::optional<Ipv4Address> Ipv4Address::parse(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    std::uint32_t value = 0;
    for (const QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (const QChar c : part) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        const int octet = part.toInt();
        if (octet > 255)
            return std::nullopt;
        value = value << 8 | std::uint32_t(octet);
    }
    return Ipv4Address(value);
}

QString Ipv4Address::toString() const
{
    // In one buffer ("255.255.255.255" at most): addresses are printed in every trace line,
    // debug line and SA table, and four QString::arg() calls cost four strings.
    char text[16];
    char *end = text;
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (m_value >> shift) & 0xff;
        if (octet >= 100)
            *end++ = char('0' + octet / 100);
        if (octet >= 10)
            *end++ = char('0' + octet / 10 % 10);
        *end++ = char('0' + octet % 10);
        if (shift > 0)
            *end++ = '.';
    }
    return QString::fromLatin1(text, end - text);
}

bool Ipv4Address::isContiguousMask() const
{
    return maskToLength(*this).has_value();
}

std::optional<int> maskToLength(Ipv4Address mask)
{
    const std::uint32_t m = mask.toUInt();
    const int ones = std::countl_one(m);
    if (ones < 32 && (m << ones) != 0)
        return std::nullopt;
    return ones;
}

Ipv4Address lengthToMask(int length)
{
    if (length <= 0)
        return Ipv4Address(0);
    if (length >= 32)
        return Ipv4Address(0xffffffffu);
    return Ipv4Address(~std::uint32_t(0) << (32 - length));
}

Ipv4Prefix::Ipv4Prefix(Ipv4Address address, int length)
    : m_address(address), m_length(std::clamp(length, 0, 32))
{}

std::optional<Ipv4Prefix> Ipv4Prefix::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const auto address = Ipv4Address::parse(text.left(slash));
    const QStringView lengthText = text.mid(slash + 1);
    bool ok = false;
    const int length = lengthText.toInt(&ok);
    if (!address || !ok || lengthText.startsWith(u'+') || length < 0 || length > 32)
        return std::nullopt;
    return Ipv4Prefix(*address, length);
}

std::optional<Ipv4Prefix> Ipv4Prefix::fromMask(Ipv4Address address, Ipv4Address mask)
{
    const auto length = maskToLength(mask);
    if (!length)
        return std::nullopt;
    return Ipv4Prefix(address, *length);
}

Ipv4Address Ipv4Prefix::mask() const { return lengthToMask(m_length); }
Ipv4Address Ipv4Prefix::wildcard() const { return Ipv4Address(~mask().toUInt()); }
Ipv4Address Ipv4Prefix::network() const { return Ipv4Address(m_address.toUInt() & mask().toUInt()); }
Ipv4Address Ipv4Prefix::broadcast() const { return Ipv4Address(network().toUInt() | wildcard().toUInt()); }

bool Ipv4Prefix::contains(Ipv4Address a) const
{
    return (a.toUInt() & mask().toUInt()) == network().toUInt();
}

bool Ipv4Prefix::contains(const Ipv4Prefix &other) const
{
    return other.m_length >= m_length && contains(other.m_address);
}

QString Ipv4Prefix::toString() const
{
    return m_address.toString() + u'/' + QString::number(m_length);
}

} // namespace vtd::model
