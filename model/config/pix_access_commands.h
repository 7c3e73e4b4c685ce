#pragma once

// Typed PIX 6.x statements for traffic control: access lists and their binding, address
// translation (nat/global/static), conduits and static routes. One struct = one line.

#include "access_list.h"
#include "model/ipv4.h"

#include <QString>

#include <optional>

namespace vtd::model {

/** `access-list NAME [line N] permit|deny ...`: one entry; `line N` inserts at position N. */
struct AccessListCmd
{
    QString name;
    std::optional<int> line;
    AccessListEntry entry;
    friend bool operator==(const AccessListCmd &, const AccessListCmd &) = default;
};

/** `access-list NAME [line N] remark TEXT` (6.3). */
struct AccessListRemarkCmd
{
    QString name;
    std::optional<int> line;
    QString text;
    friend bool operator==(const AccessListRemarkCmd &, const AccessListRemarkCmd &) = default;
};

/** `access-group ACL in interface outside`: the ACL filtering packets entering an interface. */
struct AccessGroupCmd
{
    QString acl;
    QString ifName;
    friend bool operator==(const AccessGroupCmd &, const AccessGroupCmd &) = default;
};

/** `nat (inside) 1 10.0.0.0 255.255.255.0 0 0`, `nat (inside) 0 access-list ACL`. */
struct NatCmd
{
    QString ifName;
    int id = 0;                   ///< 0 = identity / exemption
    QString accessList;           ///< `access-list ACL` form; empty for the address form
    Ipv4Address address;
    Ipv4Address mask;
    bool dns = false;
    bool outside = false;
    int maxConns = 0;             ///< address form: printed always (`0 0` = unlimited)
    int embryonicLimit = 0;
    bool norandomseq = false;
    friend bool operator==(const NatCmd &, const NatCmd &) = default;
};

/** `global (intf2) 1 interface`, `global (outside) 1 193.0.0.10-193.0.0.20 netmask 255.255.255.0`. */
struct GlobalCmd
{
    QString ifName;
    int id = 1;
    bool interface = false;       ///< PAT to the interface address
    Ipv4Address first;
    std::optional<Ipv4Address> last;
    std::optional<Ipv4Address> netmask;
    friend bool operator==(const GlobalCmd &, const GlobalCmd &) = default;
};

/** `static (inside,outside) [tcp|udp] MAPPED [PORT] REAL [PORT] [netmask M] [max [emb]]`. */
struct StaticCmd
{
    QString realIf;               ///< the higher-security side ("inside")
    QString mappedIf;             ///< the side the mapped address lives on ("outside")
    std::optional<AclProtocol::Kind> portProtocol;  ///< Tcp or Udp for a port static
    bool mappedInterface = false; ///< `interface` in place of the mapped address
    Ipv4Address mapped;
    int mappedPort = 0;           ///< port static only
    Ipv4Address real;
    int realPort = 0;
    Ipv4Address netmask = Ipv4Address(0xffffffffu);  ///< printed always
    bool dns = false;
    bool norandomseq = false;
    int maxConns = 0;             ///< printed always (`0 0` = unlimited)
    int embryonicLimit = 0;
    friend bool operator==(const StaticCmd &, const StaticCmd &) = default;
};

/** `conduit permit|deny PROTO GLOBAL [ports] FOREIGN [ports]`: the pre-ACL inbound permission. */
struct ConduitCmd
{
    AccessListEntry entry;        ///< source = global (mapped) address, destination = foreign peer
    friend bool operator==(const ConduitCmd &, const ConduitCmd &) = default;
};

/** `route outside 0.0.0.0 0.0.0.0 193.0.0.2 1`. */
struct RouteCmd
{
    QString ifName;
    Ipv4Address network;
    Ipv4Address mask;
    Ipv4Address gateway;
    int metric = 1;               ///< printed always; 1 when none was given
    friend bool operator==(const RouteCmd &, const RouteCmd &) = default;
};

} // namespace vtd::model
