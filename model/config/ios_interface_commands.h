#pragma once

// Typed IOS 12.2 `interface NAME` block: the sub-commands this program models, and every other
// sub-line kept verbatim in its place, so the block prints back as it was read.

#include "ios_system_commands.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vtd::model {

/** ` ip address A M [secondary]`. */
struct IosIpAddress
{
    Ipv4Address address;
    Ipv4Address mask;
    bool secondary = false;
    friend bool operator==(const IosIpAddress &, const IosIpAddress &) = default;
};

/** ` no ip address`. */
struct IosNoIpAddress
{
    friend bool operator==(const IosNoIpAddress &, const IosNoIpAddress &) = default;
};

/** ` shutdown`, or ` no shutdown` (shutdown = false). */
struct IosShutdown
{
    bool shutdown = true;
    friend bool operator==(const IosShutdown &, const IosShutdown &) = default;
};

/** ` description TEXT` (the rest of the line, as written). */
struct IosDescription
{
    QString text;
    friend bool operator==(const IosDescription &, const IosDescription &) = default;
};

/** ` encapsulation dot1Q VLAN [native]` on a sub-interface. */
struct IosEncapsulationDot1Q
{
    int vlan = 1;
    bool native = false;
    friend bool operator==(const IosEncapsulationDot1Q &, const IosEncapsulationDot1Q &) = default;
};

/** ` crypto map MAP`: applies the crypto map to this interface. */
struct IosInterfaceCryptoMap
{
    QString map;
    friend bool operator==(const IosInterfaceCryptoMap &, const IosInterfaceCryptoMap &) = default;
};

/** ` ip nat inside` / ` ip nat outside`. */
struct IosIpNat
{
    enum class Side { Inside, Outside };
    Side side = Side::Inside;
    friend bool operator==(const IosIpNat &, const IosIpNat &) = default;
};

/** ` ip access-group ACL in|out`. */
struct IosIpAccessGroup
{
    enum class Direction { In, Out };
    QString acl;
    Direction direction = Direction::In;
    friend bool operator==(const IosIpAccessGroup &, const IosIpAccessGroup &) = default;
};

using IosInterfaceCommand = std::variant<IosIpAddress, IosNoIpAddress, IosShutdown, IosDescription,
                                         IosEncapsulationDot1Q, IosInterfaceCryptoMap, IosIpNat,
                                         IosIpAccessGroup, IosVerbatim>;

/** `interface NAME` with its sub-commands in order. The name is always the full form
 *  ("Ethernet0/0"), whatever abbreviation the text used. */
struct IosInterface
{
    QString name;
    QString subinterfaceType;   ///< "point-to-point" / "multipoint" after a sub-interface name
    QList<IosInterfaceCommand> commands;

    /** The primary ` ip address` (the last one without `secondary`). */
    std::optional<IosIpAddress> primaryAddress() const;
    QList<IosIpAddress> secondaryAddresses() const;
    bool isShutdown() const;           ///< the last ` shutdown` / ` no shutdown` decides
    QString description() const;
    QString cryptoMap() const;         ///< empty: none applied
    std::optional<IosIpNat::Side> natSide() const;
    QString accessGroup(IosIpAccessGroup::Direction direction) const; ///< empty: none
    std::optional<IosEncapsulationDot1Q> dot1Q() const;

    template <class T> const T *find() const
    {
        const T *found = nullptr;
        for (const IosInterfaceCommand &c : commands) {
            if (const T *t = std::get_if<T>(&c))
                found = t;
        }
        return found;
    }
    friend bool operator==(const IosInterface &, const IosInterface &) = default;
};

} // namespace vtd::model
