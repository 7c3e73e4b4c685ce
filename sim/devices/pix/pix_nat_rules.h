#pragma once

#include "model/config/pix_config.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vtd::sim::devices::pix {

/** The address translation rules of a PIX configuration (`nat`, `global`, `static`, and the
 *  ACLs that `nat 0 access-list` names), indexed for the questions the NAT stages ask: is
 *  this flow exempt, which static maps this address, which nat rule covers this source, which
 *  globals serve a nat id on an interface. Read-only after construction. */
class PixNatRules
{
public:
    /** What a flow looks like to the rules: addresses plus ports (0 for protocols without). */
    struct Flow
    {
        int protocol = 0;
        model::Ipv4Address source;
        int sourcePort = 0;
        model::Ipv4Address destination;
        int destinationPort = 0;  ///< ICMP: the type (as access lists match it)
    };

    /** A mapping found through a `static`: the translated address and port (0 = unchanged). */
    struct StaticHit
    {
        const model::StaticCmd *rule = nullptr;
        model::Ipv4Address address;
        int port = 0;
    };

    explicit PixNatRules(const model::PixConfig &config);

    /** A `nat 0 access-list` entry that exempts a flow. */
    struct Exemption
    {
        const model::NatCmd *nat = nullptr;
        const model::AccessListEntry *entry = nullptr;

        /** The trace text: "nat (inside) 0 access-list no-nat-inside: permit ip ...". */
        QString describe() const;
    };

    /** `nat (ifName) 0 access-list ACL` whose first matching entry for `flow` is a permit. */
    std::optional<Exemption> exemption(const QString &ifName, const Flow &flow) const;
    /** Outbound: a static (realIf,mappedIf) whose real side holds the flow's source. */
    std::optional<StaticHit> staticForSource(const QString &realIf, const QString &mappedIf,
                                             const Flow &flow) const;
    /** Inbound: a static (*,mappedIf) whose mapped side holds the flow's destination. */
    std::optional<StaticHit> staticForDestination(const QString &mappedIf, const Flow &flow) const;
    /** The address-form `nat (ifName) ID ADDR MASK` covering `source` (the most specific);
     *  id 0 = identity. */
    const model::NatCmd *natFor(const QString &ifName, model::Ipv4Address source) const;
    /** The `global (ifName) id ...` lines in configuration order. */
    QList<model::GlobalCmd> globals(const QString &ifName, int id) const;
    /** The address of `ifName` (for `global ... interface` and `static (a,b) interface ...`). */
    std::optional<model::Ipv4Address> interfaceAddress(const QString &ifName) const;
    /** Whether `address` is a global or static mapped address living on `ifName` (the PIX
     *  answers ARP for it there). */
    bool claims(const QString &ifName, model::Ipv4Address address) const;
    /** Whether any global or static lives on `ifName` (claims() can be true for some address). */
    bool claimsAnyOn(const QString &ifName) const;

    static QString describe(const model::StaticCmd &rule);
    static QString describe(const model::NatCmd &rule);

private:
    std::optional<model::Ipv4Address> mappedBase(const model::StaticCmd &rule) const;

    QList<model::NatCmd> m_nats;
    QList<model::GlobalCmd> m_globals;
    QList<model::StaticCmd> m_statics;
    QHash<QString, model::AccessList> m_lists;
    QHash<QString, model::Ipv4Address> m_addresses;
};

} // namespace vtd::sim::devices::pix
