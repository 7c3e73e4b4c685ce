#pragma once

// Typed IOS 12.2 statements that steer traffic: static routes, numbered and named access lists
// (entries use the dialect-neutral AccessListEntry; IOS wildcards are stored as netmasks),
// `ip nat inside source` and route maps.

#include "access_list.h"
#include "ios_system_commands.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vtd::model {

/** `ip route PREFIX MASK {NEXT-HOP | INTERFACE [NEXT-HOP]} [DISTANCE] [name N] [permanent] [tag T]`. */
struct IosIpRoute
{
    Ipv4Address prefix;
    Ipv4Address mask;
    QString interface;                 ///< full name; empty: next hop only
    std::optional<Ipv4Address> nextHop;
    std::optional<int> distance;       ///< 1..255; nullopt: 1 (not written)
    QString name;
    bool permanent = false;
    std::optional<int> tag;
    friend bool operator==(const IosIpRoute &, const IosIpRoute &) = default;
};

/** `remark TEXT` in an access list. */
struct IosAclRemark
{
    QString text;
    friend bool operator==(const IosAclRemark &, const IosAclRemark &) = default;
};

using IosAclItem = std::variant<AccessListEntry, IosAclRemark>;

/** True for the standard access-list numbers (1-99, 1300-1999), which match the source only. */
bool isStandardAclNumber(const QString &number);
/** True for the extended IP access-list numbers (100-199, 2000-2699). */
bool isExtendedAclNumber(const QString &number);

/** `access-list NUMBER {permit|deny} ...` or `access-list NUMBER remark TEXT`. A standard
 *  entry has protocol ip and destination any. */
struct IosAccessList
{
    QString number;
    IosAclItem item;
    friend bool operator==(const IosAccessList &, const IosAccessList &) = default;
};

using IosNamedAclCommand = std::variant<AccessListEntry, IosAclRemark, IosVerbatim>;

/** `ip access-list {standard|extended} NAME` and its entries. */
struct IosNamedAccessList
{
    QString name;
    bool standard = false;
    QList<IosNamedAclCommand> commands;
    friend bool operator==(const IosNamedAccessList &, const IosNamedAccessList &) = default;
};

/** `ip nat inside source {list ACL | route-map RM} {interface IF | pool P} [overload]`. */
struct IosNatInsideSource
{
    enum class Match { List, RouteMap };
    enum class Target { Interface, Pool };
    Match match = Match::List;
    QString matchName;                ///< ACL or route map
    Target target = Target::Interface;
    QString targetName;               ///< interface (full name) or pool
    bool overload = false;
    friend bool operator==(const IosNatInsideSource &, const IosNatInsideSource &) = default;
};

/** ` match ip address ACL [ACL ...]` in a route map. */
struct IosMatchIpAddress
{
    QStringList acls;
    friend bool operator==(const IosMatchIpAddress &, const IosMatchIpAddress &) = default;
};

using IosRouteMapCommand = std::variant<IosMatchIpAddress, IosVerbatim>;

/** `route-map NAME {permit|deny} SEQ` and its sub-commands. */
struct IosRouteMap
{
    QString name;
    AclAction action = AclAction::Permit;
    int seq = 10;
    QList<IosRouteMapCommand> commands;

    QStringList matchedAcls() const;   ///< every ACL of every ` match ip address`
    friend bool operator==(const IosRouteMap &, const IosRouteMap &) = default;
};

} // namespace vtd::model
