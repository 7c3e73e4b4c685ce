#pragma once

#include "ios_flow.h"

#include "sim/devices/device_extension.h"

#include "model/config/access_list.h"
#include "model/config/ios_interface_commands.h"
#include "model/ipv4.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace vtd::model {
struct IosConfig;
}

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::devices::ios {

/** An IOS router's IP access lists (numbered standard/extended and named), the interfaces'
 *  `ip access-group`s and the per-entry match counters that `show access-lists` prints. The
 *  interface ACL stages and NAT (lists and route-map `match ip address`) evaluate through it,
 *  so every evaluation counts, as on the router.
 *
 *  IOS rules kept here: first match wins, an implicit `deny any` ends every list, and an
 *  access-group naming a list that does not exist filters nothing. */
class IosAccessLists : public DeviceExtension
{
public:
    using Direction = model::IosIpAccessGroup::Direction;
    /** Match counters by list name, one per entry in evaluation order. */
    using MatchCounts = QMap<QString, QList<quint64>>;

    /** What one evaluation decided. */
    struct Result
    {
        bool permitted = false;
        std::optional<int> entry; ///< index of the matching entry; nullopt: the implicit deny
        QString text;             ///< the deciding line as IOS writes it, for traces
    };

    explicit IosAccessLists(const model::IosConfig &config);

    /** The lists installed on `node` (SimNode::addExtension); nullptr when it is no IOS router. */
    static IosAccessLists *of(const SimNode &node);

    /** Numbered lists (by first mention) then named ones, netmasks not wildcards. */
    const QList<model::AccessList> &accessLists() const { return m_lists; }
    const model::AccessList *list(const QString &name) const;
    /** Standard lists (1-99, 1300-1999, `ip access-list standard`) match the source only. */
    bool isStandard(const QString &name) const { return m_standard.contains(name); }
    const MatchCounts &matchCounts() const { return m_matches; }
    /** `clear access-list counters`. */
    void clearCounters();

    /** Whether any interface has an access-group in that direction (the stage is needed). */
    bool hasAccessGroups(Direction direction) const
    {
        return !(direction == Direction::In ? m_groupsIn : m_groupsOut).isEmpty();
    }
    /** The list named by ` ip access-group NAME in|out` on `ifName`; empty: none. */
    QString accessGroup(const QString &ifName, Direction direction) const;

    /** Evaluates list `name` for a packet (its counter incremented); nullopt when no such list
     *  exists. */
    std::optional<Result> evaluate(const QString &name, model::Ipv4Address src, model::Ipv4Address dst,
                                   const IosFlow &flow);

private:
    static bool entryMatches(const model::AccessListEntry &entry, model::Ipv4Address src,
                             model::Ipv4Address dst, const IosFlow &flow);
    QString entryText(const QString &name, const model::AccessListEntry &entry) const;

    QList<model::AccessList> m_lists;
    QSet<QString> m_standard;
    QSet<QString> m_named;
    QHash<QString, QString> m_groupsIn;  ///< interface -> list name
    QHash<QString, QString> m_groupsOut;
    MatchCounts m_matches;
};

} // namespace vtd::sim::devices::ios
