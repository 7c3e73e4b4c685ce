#pragma once

#include "crypto_capabilities.h"

#include "model/config/access_list.h"
#include "model/config/crypto_map.h"
#include "model/config/isakmp_policy.h"
#include "model/config/pix_config.h"
#include "model/config/preshared_key.h"
#include "model/config/transform_set.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <optional>

namespace vtd::model {
struct Node;
}

namespace vtd::sim::ike {

/** One crypto map entry as it applies to the interface it is bound to, with its ACL and
 *  transform sets resolved, so the IKE layer never looks names up while negotiating. */
struct CryptoMapBinding
{
    QString interface;                  ///< nameif the map is applied to
    QString map;                        ///< map name ("vpn-intf2")
    int seq = 0;
    bool dynamic = false;               ///< an entry from a dynamic map template (responder only)
    QString dynamicMap;                 ///< dynamic: the template's name ("DYN")
    int dynamicSeq = 0;
    std::optional<model::AccessList> acl; ///< `match address`; nullopt: none (dynamic maps)
    QList<model::Ipv4Address> peers;    ///< `set peer`
    QList<model::TransformSet> transformSets;
    model::PfsSetting pfs;
    std::uint64_t lifetimeSeconds = 28800;
    std::uint64_t lifetimeKilobytes = 4608000;
    bool xauth = false;                 ///< `crypto map NAME client authentication ...`
    QString xauthServerTag;             ///< its AAA server tag ("RADIUS")
    bool xauthLocal = false;            ///< `... client authentication TAG LOCAL`
    std::optional<model::ClientConfigurationMode> modeConfig;

    /** Whether the map's ACL selects traffic src -> dst (first matching entry permits). */
    bool selects(int protocol, model::Ipv4Address src, int srcPort, model::Ipv4Address dst, int dstPort) const;
};

/** An `ip local pool`: the addresses Mode Config hands out. */
struct AddressPool
{
    QString name;
    model::Ipv4Address first;
    model::Ipv4Address last;
};

/** `aaa-server TAG (if) host ADDRESS [KEY] [timeout N]` with its group's protocol: where a
 *  PIX checks XAUTH users. */
struct AaaServer
{
    QString tag;
    QString protocol;                   ///< "radius", "tacacs+"; empty without a protocol line
    QString interface;                  ///< nameif the server is reached through
    model::Ipv4Address address;
    int timeoutSeconds = 5;
};

/** Everything one device's IKE/IPsec behaviour depends on, read once from its configuration
 *  (PIX 6.2/6.3 here; IOS crypto maps are read the same way when a router terminates VPNs). */
struct IkeConfig
{
    QString hostname;
    QString domainName;
    QList<model::IsakmpPolicy> policies;   ///< by priority
    QList<model::PreSharedKey> keys;
    model::IsakmpIdentityCmd::Kind identity = model::IsakmpIdentityCmd::Kind::Hostname;
    QStringList isakmpInterfaces;          ///< `isakmp enable IF`
    QList<CryptoMapBinding> bindings;      ///< by interface, then map sequence
    QList<model::VpnGroup> groups;
    QList<AddressPool> pools;
    QList<AaaServer> aaaServers;           ///< in configuration order
    std::optional<int> keepaliveSeconds;   ///< `isakmp keepalive` (DPD)
    int keepaliveRetrySeconds = 2;
    bool permitIpsec = false;              ///< `sysopt connection permit-ipsec`
    bool consoleSyslog = false;            ///< `logging on` + `logging console debugging`
    CryptoCapabilities capabilities;

    /** The key for a peer: most specific netmask first, the 0.0.0.0 wildcard last. Nullopt
     *  without any; a key imported masked is an entry without a value. */
    std::optional<model::PreSharedKey> keyFor(model::Ipv4Address peer) const;
    const model::VpnGroup *group(const QString &name) const;
    const AddressPool *pool(const QString &name) const;
    /** The first server of an AAA tag, or nullptr. */
    const AaaServer *aaaServer(const QString &tag) const;
    bool isakmpEnabledOn(const QString &interface) const { return isakmpInterfaces.contains(interface); }
    /** Bindings on that interface, in sequence order. */
    QList<const CryptoMapBinding *> bindingsOn(const QString &interface) const;
    /** Whether a crypto map entry on that interface asks for XAUTH (a hub has one entry per
     *  spoke: asked for every client, without building the list). */
    bool xauthOn(const QString &interface) const;
    bool hasCrypto() const { return !bindings.isEmpty(); }
};

/** Reads a PIX's IKE configuration; `node` gives the software version and licence. */
IkeConfig ikeConfigFromPix(const model::PixConfig &config, const model::Node &node);

} // namespace vtd::sim::ike
