#pragma once

// Dialect-neutral crypto map (PIX `crypto map NAME SEQ ...`, IOS `crypto map NAME SEQ ipsec-isakmp`
// sub-mode): entries by sequence number with their selector ACL, peers, transform sets, PFS and SA
// lifetime, plus the map-wide settings (bound interfaces, Mode-Config / XAUTH).

#include "isakmp_policy.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::model {

/** `set pfs [groupN]`: off, or on with an explicit or implied group (no group written = group 1). */
struct PfsSetting
{
    bool enabled = false;
    std::optional<DhGroup> group;  ///< nullopt with enabled: written without a group

    DhGroup effectiveGroup() const { return group.value_or(DhGroup::Group1); }
    friend bool operator==(const PfsSetting &, const PfsSetting &) = default;
};

/** An IPsec SA lifetime; unset values fall back to the global `security-association lifetime`. */
struct SaLifetime
{
    std::optional<int> seconds;
    std::optional<qint64> kilobytes;
    friend bool operator==(const SaLifetime &, const SaLifetime &) = default;
};

/** What static and dynamic map entries share: the `match address` and `set ...` values. */
struct CryptoMapSettings
{
    QString matchAddress;            ///< selector ACL name; empty = none
    QList<Ipv4Address> peers;        ///< `set peer`, in order (first is tried first)
    QStringList transformSets;       ///< `set transform-set`, in preference order
    PfsSetting pfs;
    SaLifetime lifetime;
    friend bool operator==(const CryptoMapSettings &, const CryptoMapSettings &) = default;
};

/** One sequence number of a crypto map. */
struct CryptoMapEntry
{
    enum class Kind { IpsecIsakmp, IpsecManual, Dynamic };
    int seq = 0;
    Kind kind = Kind::IpsecIsakmp;
    QString dynamicMap;              ///< Kind::Dynamic: the dynamic-map template it references
    CryptoMapSettings settings;
    friend bool operator==(const CryptoMapEntry &, const CryptoMapEntry &) = default;
};

/** Mode-Config direction of `crypto map NAME client configuration address {initiate|respond}`. */
enum class ClientConfigurationMode { Initiate, Respond };

/** All entries sharing one map name, in ascending sequence order, and the map-wide settings. */
struct CryptoMap
{
    QString name;
    QList<CryptoMapEntry> entries;
    QStringList interfaces;          ///< interfaces the map is applied to (PIX: at most one)
    QString clientAuthentication;    ///< XAUTH AAA server tag; empty = no XAUTH
    bool clientAuthenticationLocal = false;  ///< `... client authentication TAG LOCAL`
    std::optional<ClientConfigurationMode> clientConfiguration;

    const CryptoMapEntry *entry(int seq) const;
    friend bool operator==(const CryptoMap &, const CryptoMap &) = default;
};

} // namespace vtd::model
