#pragma once

#include "model/config/pix_config.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <set>
#include <QString>

#include <cstdint>
#include <optional>
#include <tuple>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::devices::pix {

/** A PIX's adaptive security state (access-groups, security levels, `icmp` rules, per-entry hit
 *  counters and the echo flows it let out), shared by its pipeline stages and readable by
 *  `show access-list` through of().
 *
 *  Echo state (until the connection table exists): every ICMP echo request the PIX forwards
 *  is remembered as (source, destination, identifier); an echo reply that matches one in the
 *  opposite direction passes the security-level rule, like return traffic of a connection.
 *  It does not override an access-group: PIX 6.2 does not inspect ICMP, so an ACL applied to
 *  the interface decides echo replies too (that is why the seed permits icmp on outside). */
class PixFirewall
{
public:
    /** Hit counters by ACL name, one per entry in evaluation order (show access-list). */
    using HitCounts = QMap<QString, QList<quint64>>;

    PixFirewall(const SimNode &node, const model::PixConfig &config);
    ~PixFirewall();
    PixFirewall(const PixFirewall &) = delete;
    PixFirewall &operator=(const PixFirewall &) = delete;

    /** The firewall state installed on `node`; nullptr for a node that is not a PIX. */
    static PixFirewall *of(const SimNode &node);

    const HitCounts &hitCounts() const { return m_hits; }
    const QList<model::AccessList> &accessLists() const { return m_lists; }

    /** Index into accessLists() of the ACL applied inbound on `ifName`, if any. */
    std::optional<int> inboundAcl(const QString &ifName) const;
    /** First matching entry of ACL `list` (its counter incremented); nullopt = implicit deny. */
    std::optional<int> evaluate(int list, int protocol, model::Ipv4Address src, int srcPort,
                                model::Ipv4Address dst, int dstPortOrType);
    int securityLevel(const QString &ifName) const { return m_levels.value(ifName, 0); }
    /** The `icmp` lines for `ifName` in order (empty = every ICMP to the box is permitted). */
    QList<model::IcmpCmd> icmpRules(const QString &ifName) const;

    void rememberEcho(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id);
    /** Whether an echo reply src -> dst answers a request the PIX forwarded (dst -> src). */
    bool isEchoReturn(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id) const;

private:
    using EchoKey = std::tuple<quint32, quint32, quint16>;

    const SimNode &m_node;
    QList<model::AccessList> m_lists;
    QHash<QString, int> m_groups;      ///< ifName -> index into m_lists
    QHash<QString, int> m_levels;      ///< ifName -> security level
    QList<model::IcmpCmd> m_icmp;
    HitCounts m_hits;
    std::set<EchoKey> m_echoes;
};

} // namespace vtd::sim::devices::pix
