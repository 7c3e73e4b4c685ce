#pragma once

#include "ike_config.h"

#include "model/ipv4.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

namespace vtd::sim::ike {

/** Which crypto map entries may select a packet, found without asking every entry.
 *
 *  A hub with a thousand static entries would otherwise run a thousand ACLs for each packet it
 *  forwards. An entry can only select a destination that one of its `permit` lines covers, so
 *  the entries are indexed by those destination networks (a mask may be non-contiguous, as IOS
 *  wildcards allow). The candidates are then checked in sequence order exactly as before: the
 *  index narrows the search, it never decides. Dynamic entries, which select by their SAs, are
 *  always candidates. Indices refer to IkeConfig::bindings; rebuild after it changes. */
class CryptoMapClassifier
{
public:
    void rebuild(const QList<CryptoMapBinding> &bindings);

    bool hasBindingsOn(const QString &interface) const { return m_interfaces.contains(interface); }
    /** Entries on `interface` that might select a packet to `destination`, ascending. */
    std::vector<int> candidates(const QString &interface, model::Ipv4Address destination) const;
    /** The dynamic entries on `interface`, ascending. */
    std::vector<int> dynamicEntries(const QString &interface) const;

private:
    struct InterfaceIndex
    {
        std::vector<int> dynamic;
        // permit line's destination mask -> masked network -> entries, ascending
        std::map<std::uint32_t, std::unordered_map<std::uint32_t, std::vector<int>>> byDestination;
    };

    QHash<QString, InterfaceIndex> m_interfaces;
};

} // namespace vtd::sim::ike
