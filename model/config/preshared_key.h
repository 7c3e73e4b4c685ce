#pragma once

// Dialect-neutral IKE pre-shared key bound to a peer address (PIX `isakmp key K address A
// [netmask M] [no-xauth] [no-config-mode]`, IOS `crypto isakmp key [0] K address A [M]`).
// The key is "unknown" when the configuration was imported with the key masked (********).

#include "model/ipv4.h"

#include <QString>

#include <optional>

namespace vtd::model {

/** One pre-shared key entry; the most specific matching netmask wins when looking a peer up. */
struct PreSharedKey
{
    Ipv4Address peer;
    std::optional<Ipv4Address> netmask;  ///< nullopt: written without a mask (host key)
    std::optional<QString> key;          ///< nullopt: unknown (imported masked)
    bool noXauth = false;                ///< PIX: exempt this peer from XAUTH
    bool noConfigMode = false;           ///< PIX: exempt this peer from Mode-Config

    Ipv4Address effectiveMask() const { return netmask.value_or(Ipv4Address(0xffffffffu)); }
    /** `address 0.0.0.0 netmask 0.0.0.0`: the key for every peer without a specific one. */
    bool isWildcard() const { return effectiveMask().isZero(); }
    bool matches(Ipv4Address a) const
    {
        const std::uint32_t m = effectiveMask().toUInt();
        return (a.toUInt() & m) == (peer.toUInt() & m);
    }
    friend bool operator==(const PreSharedKey &, const PreSharedKey &) = default;
};

} // namespace vtd::model
