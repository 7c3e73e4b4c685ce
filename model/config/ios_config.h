#pragma once

// IosConfig: an IOS 12.2 configuration as an ORDERED list of typed top-level statements; blocks
// (interface, crypto isakmp policy, crypto map, line, ...) hold their sub-commands in order.
// Lines this program does not model stay in place as IosVerbatim, so writing the statements back
// reproduces an imported configuration exactly. The accessors below compute the dialect-neutral
// views (access lists, crypto maps, policies, keys ...) that the importer and simulator use.
// Text <-> IosConfig and the device's canonical order live in generators/ios122/.

#include "ios_aaa_commands.h"
#include "ios_crypto_commands.h"
#include "ios_interface_commands.h"
#include "ios_system_commands.h"
#include "ios_traffic_commands.h"

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vtd::model {

/** One top-level statement of an IOS configuration (a line, or a block with its sub-lines). */
using IosStatement = std::variant<
    // around and between the commands
    IosBuilding, IosCurrentConfiguration, IosComment, IosVerbatim, IosEnd,
    // the box
    IosVersion, IosHostname, IosBanner, IosUsername, IosLine, IosInterface,
    // AAA
    IosAaaNewModel, IosAaaMethodList, IosAaaServerHost, IosClientGroup,
    // traffic
    IosIpRoute, IosAccessList, IosNamedAccessList, IosNatInsideSource, IosRouteMap,
    // IKE / IPsec
    IosIsakmpPolicy, IosIsakmpKey, IosIsakmpIdentity, IosTransformSet, IosIpsecLifetime,
    IosCryptoMapEntry, IosDynamicMapEntry, IosCryptoMapOption>;

/** An IOS configuration: its statements in order, and what they were when imported. */
struct IosConfig
{
    QList<IosStatement> statements;
    /** The statements as parsed; while statements equal them the imported
     *  `Current configuration : N bytes` is kept. Empty for a configuration built from the
     *  model. Not part of equality. */
    QList<IosStatement> imported;

    /** Equality of the configuration itself (statements), not of its history. */
    friend bool operator==(const IosConfig &a, const IosConfig &b) { return a.statements == b.statements; }

    template <class T> QList<const T *> all() const
    {
        QList<const T *> found;
        for (const IosStatement &s : statements) {
            if (const T *c = std::get_if<T>(&s))
                found << c;
        }
        return found;
    }
    template <class T> QList<T *> all()
    {
        QList<T *> found;
        for (IosStatement &s : statements) {
            if (T *c = std::get_if<T>(&s))
                found << c;
        }
        return found;
    }

    QString version() const;                        ///< "12.2"; empty without a version line
    QString hostname() const;                       ///< "Router" when not set
    QList<const IosInterface *> interfaces() const; ///< in configuration order
    const IosInterface *interfaceNamed(const QString &fullName) const;
    QList<IosIpRoute> routes() const;
    /** Numbered lists (grouped by number, in first-mention order) then named lists; remarks
     *  are left out; netmasks, not wildcards. */
    QList<AccessList> accessLists() const;
    std::optional<AccessList> accessList(const QString &nameOrNumber) const;
    QList<IsakmpPolicy> isakmpPolicies() const;     ///< by priority, defaults filled in
    QList<PreSharedKey> presharedKeys() const;      ///< address keys, in order
    IosIsakmpIdentity::Kind isakmpIdentity() const; ///< address when not set
    QList<TransformSet> transformSets() const;
    SaLifetime ipsecLifetime() const;               ///< global; defaults 3600 s / 4608000 KB
    /** In first-mention order, entries by sequence number, with the interfaces they are
     *  applied to and the map-wide client options. */
    QList<CryptoMap> cryptoMaps() const;
    QList<DynamicMap> dynamicMaps() const;
    /** `crypto map MAP local-address IF`: the interface whose address IKE uses; empty: none. */
    QString cryptoMapLocalAddress(const QString &map) const;
    QList<IosNatInsideSource> natInsideSources() const;
    const IosRouteMap *routeMap(const QString &name, int seq) const;
    QList<const IosLine *> lines() const;
};

} // namespace vtd::model
