#pragma once

// Typed PIX 6.x statements for IPsec and IKE: transform sets, crypto maps and dynamic maps
// (one line each, with the per-entry sub-commands as a variant), isakmp and vpngroup lines.

#include "crypto_map.h"
#include "isakmp_policy.h"
#include "preshared_key.h"
#include "transform_set.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vtd::model {

/** `crypto ipsec transform-set NAME t1 [t2 [t3]]`. */
struct TransformSetCmd
{
    QString name;
    QList<IpsecTransform> transforms;
    friend bool operator==(const TransformSetCmd &, const TransformSetCmd &) = default;
};

/** `crypto ipsec transform-set NAME mode transport|tunnel`. */
struct TransformSetModeCmd
{
    QString name;
    IpsecMode mode = IpsecMode::Tunnel;
    friend bool operator==(const TransformSetModeCmd &, const TransformSetModeCmd &) = default;
};

/** `crypto ipsec security-association lifetime seconds S [kilobytes K]`: the global SA lifetime. */
struct IpsecLifetimeCmd
{
    SaLifetime lifetime;
    friend bool operator==(const IpsecLifetimeCmd &, const IpsecLifetimeCmd &) = default;
};

/** `ipsec-isakmp [dynamic DYN]` (crypto map only). */
struct MapIpsecIsakmp
{
    QString dynamicMap;
    friend bool operator==(const MapIpsecIsakmp &, const MapIpsecIsakmp &) = default;
};

/** `match address ACL`. */
struct MapMatchAddress
{
    QString acl;
    friend bool operator==(const MapMatchAddress &, const MapMatchAddress &) = default;
};

/** `set peer ADDRESS`. */
struct MapSetPeer
{
    Ipv4Address peer;
    friend bool operator==(const MapSetPeer &, const MapSetPeer &) = default;
};

/** `set transform-set TS1 [... TS6]`. */
struct MapSetTransformSet
{
    QStringList names;
    friend bool operator==(const MapSetTransformSet &, const MapSetTransformSet &) = default;
};

/** `set pfs [group1|group2|group5]`. */
struct MapSetPfs
{
    std::optional<DhGroup> group;
    friend bool operator==(const MapSetPfs &, const MapSetPfs &) = default;
};

/** `set security-association lifetime seconds S [kilobytes K]`. */
struct MapSetLifetime
{
    SaLifetime lifetime;
    friend bool operator==(const MapSetLifetime &, const MapSetLifetime &) = default;
};

using MapEntryLine = std::variant<MapIpsecIsakmp, MapMatchAddress, MapSetPeer, MapSetTransformSet,
                                  MapSetPfs, MapSetLifetime>;

/** `crypto map MAP SEQ <line>`. */
struct CryptoMapEntryCmd
{
    QString map;
    int seq = 10;
    MapEntryLine line;
    friend bool operator==(const CryptoMapEntryCmd &, const CryptoMapEntryCmd &) = default;
};

/** `crypto dynamic-map DYN SEQ <line>` (never MapIpsecIsakmp). */
struct DynamicMapEntryCmd
{
    QString map;
    int seq = 10;
    MapEntryLine line;
    friend bool operator==(const DynamicMapEntryCmd &, const DynamicMapEntryCmd &) = default;
};

/** `crypto map MAP client authentication TAG [LOCAL]`: XAUTH against an AAA server group. */
struct CryptoMapClientAuthCmd
{
    QString map;
    QString aaaTag;
    bool local = false;
    friend bool operator==(const CryptoMapClientAuthCmd &, const CryptoMapClientAuthCmd &) = default;
};

/** `crypto map MAP client configuration address initiate|respond`: Mode-Config direction. */
struct CryptoMapClientConfigCmd
{
    QString map;
    ClientConfigurationMode mode = ClientConfigurationMode::Respond;
    friend bool operator==(const CryptoMapClientConfigCmd &, const CryptoMapClientConfigCmd &) = default;
};

/** `crypto map MAP interface IF`: activates the whole map on an interface. */
struct CryptoMapInterfaceCmd
{
    QString map;
    QString ifName;
    friend bool operator==(const CryptoMapInterfaceCmd &, const CryptoMapInterfaceCmd &) = default;
};

/** `isakmp enable IF`. */
struct IsakmpEnableCmd
{
    QString ifName;
    friend bool operator==(const IsakmpEnableCmd &, const IsakmpEnableCmd &) = default;
};

/** `isakmp key KEY address A [netmask M] [no-xauth] [no-config-mode]`. */
struct IsakmpKeyCmd
{
    PreSharedKey key;
    friend bool operator==(const IsakmpKeyCmd &, const IsakmpKeyCmd &) = default;
};

/** `isakmp identity address|hostname|key-id ID`. */
struct IsakmpIdentityCmd
{
    enum class Kind { Address, Hostname, KeyId };
    Kind kind = Kind::Hostname;
    QString keyId;
    friend bool operator==(const IsakmpIdentityCmd &, const IsakmpIdentityCmd &) = default;
};

/** The `lifetime` value of an isakmp policy line (a type of its own for the variant). */
struct IsakmpLifetime
{
    int seconds = 86400;
    friend bool operator==(const IsakmpLifetime &, const IsakmpLifetime &) = default;
};

using IsakmpPolicyAttribute = std::variant<IkeAuthentication, IkeEncryption, IkeHash, DhGroup, IsakmpLifetime>;

/** `isakmp policy PRIO authentication|encryption|hash|group|lifetime VALUE`. */
struct IsakmpPolicyCmd
{
    int priority = 10;
    IsakmpPolicyAttribute attribute;
    friend bool operator==(const IsakmpPolicyCmd &, const IsakmpPolicyCmd &) = default;
};

/** `isakmp keepalive SECONDS [RETRY]`. */
struct IsakmpKeepaliveCmd
{
    int seconds = 10;
    std::optional<int> retry;
    friend bool operator==(const IsakmpKeepaliveCmd &, const IsakmpKeepaliveCmd &) = default;
};

/** `isakmp nat-traversal [SECONDS]` (6.3). */
struct IsakmpNatTraversalCmd
{
    std::optional<int> seconds;
    friend bool operator==(const IsakmpNatTraversalCmd &, const IsakmpNatTraversalCmd &) = default;
};

/** `isakmp client configuration address-pool local POOL [IF]`. */
struct IsakmpClientPoolCmd
{
    QString pool;
    QString ifName;
    friend bool operator==(const IsakmpClientPoolCmd &, const IsakmpClientPoolCmd &) = default;
};

struct VgAddressPool { QString pool; friend bool operator==(const VgAddressPool &, const VgAddressPool &) = default; };
struct VgDnsServer { QList<Ipv4Address> servers; friend bool operator==(const VgDnsServer &, const VgDnsServer &) = default; };
struct VgWinsServer { QList<Ipv4Address> servers; friend bool operator==(const VgWinsServer &, const VgWinsServer &) = default; };
struct VgDefaultDomain { QString domain; friend bool operator==(const VgDefaultDomain &, const VgDefaultDomain &) = default; };
struct VgSplitTunnel { QString acl; friend bool operator==(const VgSplitTunnel &, const VgSplitTunnel &) = default; };
struct VgIdleTime { int seconds = 1800; friend bool operator==(const VgIdleTime &, const VgIdleTime &) = default; };
struct VgMaxTime { int seconds = 0; friend bool operator==(const VgMaxTime &, const VgMaxTime &) = default; };
/** The group's pre-shared key; nullopt when imported masked (unknown). */
struct VgPassword { std::optional<QString> password; friend bool operator==(const VgPassword &, const VgPassword &) = default; };
struct VgPfs { friend bool operator==(const VgPfs &, const VgPfs &) = default; };

using VpngroupAttribute = std::variant<VgAddressPool, VgDnsServer, VgWinsServer, VgDefaultDomain,
                                       VgSplitTunnel, VgIdleTime, VgMaxTime, VgPassword, VgPfs>;

/** `vpngroup GROUP <attribute>`: one setting of a VPN Client group. */
struct VpngroupCmd
{
    QString group;
    VpngroupAttribute attribute;
    friend bool operator==(const VpngroupCmd &, const VpngroupCmd &) = default;
};

} // namespace vtd::model
