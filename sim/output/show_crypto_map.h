#pragma once

// `show crypto map` (PIX 6.2 and IOS 12.2): no seed sample; the layout is taken from Cisco's
// command references as recalled and is marked unverified in
// docs/reference/output-formats-unverified.md.

#include "model/config/access_list.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace vtd::sim::output {

/** One sequence number of a crypto map as `show crypto map` prints it: configuration values
 *  plus the peer the live SAs use. */
struct ShowCryptoMapEntry
{
    int seq = 0;
    QString dynamicMap;                       ///< `ipsec-isakmp dynamic DYN`; empty: a static entry
    QList<model::Ipv4Address> peers;          ///< `set peer`
    std::optional<model::AccessList> acl;     ///< `match address`, resolved
    QList<std::uint64_t> hits;                ///< per ACL entry (PIX hitcnt); missing = 0
    std::optional<model::Ipv4Address> currentPeer;
    int dynamicSeq = 0;                       ///< dynamic entry in use: the template's sequence
    std::uint64_t lifetimeKilobytes = 4608000;
    std::uint64_t lifetimeSeconds = 28800;
    bool pfs = false;
    int pfsGroup = 1;
    QStringList transformSets;

    bool isDynamic() const { return !dynamicMap.isEmpty(); }
    /** A dynamic entry with live SAs: the instance the device created from its template. */
    bool hasDynamicInstance() const { return isDynamic() && currentPeer.has_value(); }
};

/** One crypto map (all entries sharing a name) and the interfaces it is applied to. */
struct ShowCryptoMap
{
    QString name;
    QStringList interfaces;
    QString clientAuthentication;             ///< XAUTH AAA server tag; empty: none
    QList<ShowCryptoMapEntry> entries;
};

/** PIX 6.2: a `Crypto Map: "NAME" interfaces: { IF }` line per map, then a block per entry. */
QString renderPixShowCryptoMap(const QList<ShowCryptoMap> &maps);

/** IOS 12.2: a block per entry ending with the interfaces using the map. */
QString renderIosShowCryptoMap(const QList<ShowCryptoMap> &maps);

} // namespace vtd::sim::output
