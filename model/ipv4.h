#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace vtd::model {

/** An IPv4 address as a value: parsed from and printed as dotted decimal. */
class Ipv4Address
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value) : m_value(value) {}
    constexpr Ipv4Address(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d)
        : m_value(std::uint32_t(a) << 24 | std::uint32_t(b) << 16 | std::uint32_t(c) << 8 | d)
    {}

    /** Strict dotted decimal: four decimal octets 0..255, no leading '+', no spaces. */
    static std::optional<Ipv4Address> parse(QStringView text);

    constexpr std::uint32_t toUInt() const { return m_value; }
    QString toString() const;

    constexpr bool isZero() const { return m_value == 0; }
    /** True for a contiguous netmask such as 255.255.255.0 (0.0.0.0 and 255.255.255.255 included). */
    bool isContiguousMask() const;

    friend constexpr auto operator<=>(Ipv4Address, Ipv4Address) = default;

private:
    std::uint32_t m_value = 0;
};

/** A network prefix (address + length). The address is kept as given; network() masks it. */
class Ipv4Prefix
{
public:
    constexpr Ipv4Prefix() = default;
    Ipv4Prefix(Ipv4Address address, int length);

    /** "10.0.0.0/24". */
    static std::optional<Ipv4Prefix> parse(QStringView text);
    /** From an address and a contiguous netmask; nullopt for a non-contiguous mask. */
    static std::optional<Ipv4Prefix> fromMask(Ipv4Address address, Ipv4Address mask);

    Ipv4Address address() const { return m_address; }
    int length() const { return m_length; }
    Ipv4Address mask() const;
    Ipv4Address wildcard() const;
    Ipv4Address network() const;
    Ipv4Address broadcast() const;
    bool contains(Ipv4Address a) const;
    bool contains(const Ipv4Prefix &other) const;
    /** The network form of this prefix ("10.0.0.0/24" for 10.0.0.1/24). */
    Ipv4Prefix canonical() const { return Ipv4Prefix(network(), m_length); }
    QString toString() const;

    friend bool operator==(const Ipv4Prefix &, const Ipv4Prefix &) = default;

private:
    Ipv4Address m_address;
    int m_length = 0;
};

/** Prefix length of a contiguous mask, nullopt otherwise. */
std::optional<int> maskToLength(Ipv4Address mask);
/** 24 -> 255.255.255.0. */
Ipv4Address lengthToMask(int length);

} // namespace vtd::model
