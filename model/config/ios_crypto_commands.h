#pragma once

// Typed IOS 12.2 IKE and IPsec statements: `crypto isakmp policy` blocks, pre-shared keys,
// identity, transform sets, the global SA lifetime, crypto map and dynamic-map entries (blocks
// whose sub-commands keep their order) and the map-wide `crypto map NAME ...` options.
// The semantic views return the dialect-neutral types shared with the PIX dialect.

#include "crypto_map.h"
#include "dynamic_map.h"
#include "ios_system_commands.h"
#include "isakmp_policy.h"
#include "preshared_key.h"
#include "transform_set.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vtd::model {

/** ` lifetime SECONDS` in an isakmp policy (a type of its own for the variant). */
struct IosIsakmpLifetime
{
    int seconds = 86400;
    friend bool operator==(const IosIsakmpLifetime &, const IosIsakmpLifetime &) = default;
};

/** ` encr`, ` hash`, ` authentication`, ` group`, ` lifetime`, or a line kept verbatim. */
using IosIsakmpPolicyCommand = std::variant<IkeEncryption, IkeHash, IkeAuthentication, DhGroup,
                                            IosIsakmpLifetime, IosVerbatim>;

/** `crypto isakmp policy PRIORITY` and its sub-commands (IOS prints only non-defaults). */
struct IosIsakmpPolicy
{
    int priority = 1;
    QList<IosIsakmpPolicyCommand> commands;

    /** The policy with the IOS defaults (des, sha, rsa-sig, group 1, 86400 s) filled in. */
    IsakmpPolicy policy() const;
    friend bool operator==(const IosIsakmpPolicy &, const IosIsakmpPolicy &) = default;
};

/** `crypto isakmp key [0|6] KEY {address A [MASK] | hostname FQDN} [no-xauth]`. */
struct IosIsakmpKey
{
    std::optional<int> encryption; ///< the `0` or `6` as written; nullopt: not written
    PreSharedKey key;              ///< peer, mask, key (nullopt = imported masked) and no-xauth
    QString hostname;              ///< the `hostname FQDN` form; empty: the address form

    /** True when key.key is the cleartext key (type 6 is an encrypted one). */
    bool isCleartext() const { return encryption.value_or(0) == 0; }
    friend bool operator==(const IosIsakmpKey &, const IosIsakmpKey &) = default;
};

/** `crypto isakmp identity address|hostname|dn`. */
struct IosIsakmpIdentity
{
    enum class Kind { Address, Hostname, Dn };
    Kind kind = Kind::Address;
    friend bool operator==(const IosIsakmpIdentity &, const IosIsakmpIdentity &) = default;
};

/** ` mode tunnel|transport`, or a line kept verbatim, under a transform set. */
using IosTransformSetCommand = std::variant<IpsecMode, IosVerbatim>;

/** `crypto ipsec transform-set NAME T1 [T2 [T3]]` and its ` mode` sub-line. */
struct IosTransformSet
{
    QString name;
    QList<IpsecTransform> transforms;
    QList<IosTransformSetCommand> commands;

    TransformSet transformSet() const;
    friend bool operator==(const IosTransformSet &, const IosTransformSet &) = default;
};

/** One `lifetime seconds N` or `lifetime kilobytes N`: IOS prints each unit on its own line. */
struct IosSaLifetime
{
    enum class Unit { Seconds, Kilobytes };
    Unit unit = Unit::Seconds;
    qint64 value = 3600;
    friend bool operator==(const IosSaLifetime &, const IosSaLifetime &) = default;
};

/** `crypto ipsec security-association lifetime {seconds|kilobytes} N` (global). */
struct IosIpsecLifetime
{
    IosSaLifetime lifetime;
    friend bool operator==(const IosIpsecLifetime &, const IosIpsecLifetime &) = default;
};

/** ` set peer A`. */
struct IosSetPeer
{
    Ipv4Address peer;
    friend bool operator==(const IosSetPeer &, const IosSetPeer &) = default;
};

/** ` set security-association lifetime {seconds|kilobytes} N`. */
struct IosSetSaLifetime
{
    IosSaLifetime lifetime;
    friend bool operator==(const IosSetSaLifetime &, const IosSetSaLifetime &) = default;
};

/** ` set transform-set TS1 [... TS6]`. */
struct IosSetTransformSet
{
    QStringList names;
    friend bool operator==(const IosSetTransformSet &, const IosSetTransformSet &) = default;
};

/** ` set pfs [group1|group2|group5]`; no group written means group 1. */
struct IosSetPfs
{
    std::optional<DhGroup> group;
    friend bool operator==(const IosSetPfs &, const IosSetPfs &) = default;
};

/** ` match address ACL`. */
struct IosMatchAddress
{
    QString acl;
    friend bool operator==(const IosMatchAddress &, const IosMatchAddress &) = default;
};

using IosCryptoMapCommand = std::variant<IosSetPeer, IosSetSaLifetime, IosSetTransformSet, IosSetPfs,
                                         IosMatchAddress, IosVerbatim>;

/** What the sub-commands of a map entry say, as the dialect-neutral settings. */
CryptoMapSettings cryptoMapSettings(const QList<IosCryptoMapCommand> &commands);

/** `crypto map MAP SEQ ipsec-isakmp [dynamic DYN]` (or `ipsec-manual`) and its sub-commands. */
struct IosCryptoMapEntry
{
    QString map;
    int seq = 10;
    CryptoMapEntry::Kind kind = CryptoMapEntry::Kind::IpsecIsakmp; ///< Dynamic: `ipsec-isakmp dynamic DYN`
    QString dynamicMap;
    QList<IosCryptoMapCommand> commands;

    CryptoMapEntry entry() const;
    friend bool operator==(const IosCryptoMapEntry &, const IosCryptoMapEntry &) = default;
};

/** `crypto dynamic-map DYN SEQ` and its sub-commands. */
struct IosDynamicMapEntry
{
    QString map;
    int seq = 10;
    QList<IosCryptoMapCommand> commands;

    DynamicMapEntry entry() const;
    friend bool operator==(const IosDynamicMapEntry &, const IosDynamicMapEntry &) = default;
};

/** The map-wide lines: `crypto map MAP local-address IF`, `... client authentication list L`,
 *  `... isakmp authorization list L`, `... client configuration address initiate|respond`. */
struct IosCryptoMapOption
{
    enum class Kind { LocalAddress, ClientAuthenticationList, IsakmpAuthorizationList, ClientConfigurationAddress };
    QString map;
    Kind kind = Kind::LocalAddress;
    QString value;                  ///< interface (full name) or AAA list name
    ClientConfigurationMode mode = ClientConfigurationMode::Respond; ///< ClientConfigurationAddress only
    friend bool operator==(const IosCryptoMapOption &, const IosCryptoMapOption &) = default;
};

} // namespace vtd::model
