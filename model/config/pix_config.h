#pragma once

// PixConfig: a PIX 6.2/6.3 configuration as an ORDERED list of typed statements, one per line.
// Lines this program does not model stay in place as VerbatimCmd, so writing the statements
// back reproduces an imported configuration exactly; the accessors below compute the
// dialect-neutral views (interfaces, access lists, crypto maps, ...) from the statements.
// Text <-> PixConfig and the device's canonical order live in generators/pix62/.

#include "access_list.h"
#include "crypto_map.h"
#include "dynamic_map.h"
#include "isakmp_policy.h"
#include "pix_access_commands.h"
#include "pix_crypto_commands.h"
#include "pix_system_commands.h"
#include "preshared_key.h"
#include "transform_set.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace vtd::model {

/** One configuration line of a PIX, typed. */
using PixCommand = std::variant<
    // around the configuration
    OutputFrameCmd, CommentCmd, CryptochecksumCmd, VerbatimCmd,
    // the box
    PixVersionCmd, NameifCmd, InterfaceCmd, MtuCmd, IpAddressCmd, PasswordCmd, HostnameCmd,
    DomainNameCmd, FixupCmd, NamesCmd, NameCmd, PagerCmd, LoggingCmd, IcmpCmd, IpAuditCmd,
    IpLocalPoolCmd, FailoverCmd, FailoverTimeoutCmd, FailoverPollCmd, FailoverIpAddressCmd,
    PdmHistoryCmd, ArpTimeoutCmd, TimeoutCmd, AaaServerProtocolCmd, AaaServerHostCmd,
    HttpServerCmd, SnmpServerCmd, FloodguardCmd, SysoptCmd, ManagementAccessCmd,
    SessionTimeoutCmd, TerminalWidthCmd,
    // traffic
    AccessListCmd, AccessListRemarkCmd, AccessGroupCmd, NatCmd, GlobalCmd, StaticCmd, ConduitCmd,
    RouteCmd,
    // IPsec / IKE
    TransformSetCmd, TransformSetModeCmd, IpsecLifetimeCmd, CryptoMapEntryCmd, DynamicMapEntryCmd,
    CryptoMapClientAuthCmd, CryptoMapClientConfigCmd, CryptoMapInterfaceCmd, IsakmpEnableCmd,
    IsakmpKeyCmd, IsakmpIdentityCmd, IsakmpPolicyCmd, IsakmpKeepaliveCmd, IsakmpNatTraversalCmd,
    IsakmpClientPoolCmd, VpngroupCmd>;

/** What one PIX interface is, gathered from its nameif/interface/mtu/ip address lines. */
struct PixInterface
{
    QString hardware;                  ///< "ethernet0"
    QString name;                      ///< nameif name; empty when not named
    int security = 0;
    QString speed;
    bool shutdown = false;
    int mtu = 1500;
    std::optional<Ipv4Address> address;  ///< nullopt: unset or the 127.0.0.1/32 placeholder
    Ipv4Address mask;
    friend bool operator==(const PixInterface &, const PixInterface &) = default;
};

/** A VPN Client group (`vpngroup NAME ...` lines) as one value. */
struct VpnGroup
{
    QString name;
    QString addressPool;
    QList<Ipv4Address> dnsServers;
    QList<Ipv4Address> winsServers;
    QString defaultDomain;
    QString splitTunnelAcl;
    int idleTimeSeconds = 1800;
    std::optional<int> maxTimeSeconds;
    bool hasPassword = false;
    std::optional<QString> password;   ///< hasPassword but nullopt: imported masked, unknown
    bool pfs = false;
    friend bool operator==(const VpnGroup &, const VpnGroup &) = default;
};

/** A PIX configuration: its statements in order, and what it was when imported. */
struct PixConfig
{
    QList<PixCommand> statements;
    /** The statements as parsed; while statements equal them the imported Cryptochecksum is
     *  kept. Empty for a configuration built from the model. Not part of equality. */
    QList<PixCommand> imported;

    /** Equality of the configuration itself (statements), not of its history. */
    friend bool operator==(const PixConfig &a, const PixConfig &b) { return a.statements == b.statements; }

    template <class T> QList<const T *> all() const
    {
        QList<const T *> found;
        for (const PixCommand &s : statements) {
            if (const T *c = std::get_if<T>(&s))
                found << c;
        }
        return found;
    }
    template <class T> QList<T *> all()
    {
        QList<T *> found;
        for (PixCommand &s : statements) {
            if (T *c = std::get_if<T>(&s))
                found << c;
        }
        return found;
    }

    QString version() const;                  ///< "6.2(2)"; empty without a version line
    QString hostname() const;                 ///< "pixfirewall" when not set
    QList<PixInterface> interfaces() const;   ///< in hardware order
    std::optional<PixInterface> interfaceNamed(const QString &ifName) const;
    QList<NameCmd> names() const;
    QList<AccessList> accessLists() const;    ///< `line N` insertions applied
    std::optional<AccessList> accessList(const QString &name) const;
    QList<TransformSet> transformSets() const;
    SaLifetime ipsecLifetime() const;         ///< global; defaults 28800 s / 4608000 KB
    QList<CryptoMap> cryptoMaps() const;      ///< in first-mention order, entries by seq
    QList<DynamicMap> dynamicMaps() const;
    QStringList isakmpEnabledInterfaces() const;
    QList<PreSharedKey> presharedKeys() const;
    IsakmpIdentityCmd::Kind isakmpIdentity() const;  ///< hostname when not set
    QList<IsakmpPolicy> isakmpPolicies() const;      ///< by priority, defaults filled in
    QList<VpnGroup> vpnGroups() const;
    bool sysoptEnabled(const QString &option) const; ///< "connection permit-ipsec"
};

} // namespace vtd::model
