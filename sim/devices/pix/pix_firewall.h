#pragma once

#include "pix_nat_rules.h"
#include "pix_xlate_table.h"

#include "sim/devices/device_extension.h"
#include "sim/engine/sim_time.h"
#include "sim/output/pix_show_xlate.h"

#include "model/config/pix_config.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>
#include <optional>
#include <unordered_set>
#include <utility>

namespace vtd::sim::devices {
class SimNode;
}

namespace vtd::sim::net {
class Packet;
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
 *  the interface decides echo replies too (that is why the seed permits icmp on outside).
 *
 *  Address translation: the NAT rules, the xlate table (`show xlate`, `clear xlate`), and the
 *  arrival of the packet crossing the box, which the ingress stages note and the egress NAT
 *  stage reads (a stage on the egress path is not told the ingress interface). */
class PixFirewall : public DeviceExtension
{
public:
    /** Hit counters by ACL name, one per entry in evaluation order (show access-list). */
    using HitCounts = QMap<QString, QList<quint64>>;

    explicit PixFirewall(const model::PixConfig &config);
    ~PixFirewall() override;
    PixFirewall(const PixFirewall &) = delete;
    PixFirewall &operator=(const PixFirewall &) = delete;

    /** The firewall state installed on `node` (SimNode::addExtension); nullptr for a node that
     *  is not a PIX. */
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

    /** How a packet crossing the box arrived: noted by the un-translation stage (first PIX
     *  stage on ingress), read by the access check and the egress NAT stage. */
    struct Arrival
    {
        std::uint64_t traceId = 0;
        QString ifName;
        bool untranslated = false;            ///< an xlate or a static rewrote the destination
        model::Ipv4Address mappedDestination; ///< the destination as it arrived (access lists see it)
        int mappedDestinationPort = 0;        ///< UDP/TCP destination port as it arrived
    };
    void noteArrival(Arrival arrival) { m_arrival = std::move(arrival); }
    /** The arrival of `packet` (by trace id), or nullptr: a packet the PIX itself originates. */
    const Arrival *arrivalOf(const net::Packet &packet) const;
    /** arrivalOf(), forgotten afterwards (the egress path reads it once). */
    std::optional<Arrival> takeArrival(const net::Packet &packet);

    const PixNatRules &natRules() const { return m_nat; }
    XlateTable &xlates() { return m_xlates; }
    /** `show xlate`: the slots alive at `now`, newest first. */
    output::PixXlateTable showXlate(SimTime now) { return m_xlates.toShow(now); }
    /** `clear xlate`. */
    void clearXlate() { m_xlates.clear(); }
    /** `sysopt connection permit-ipsec`: decrypted datagrams skip the access check. */
    bool permitsIpsec() const { return m_permitIpsec; }

    void rememberEcho(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id);
    /** Whether an echo reply src -> dst answers a request the PIX forwarded (dst -> src). */
    bool isEchoReturn(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id) const;

private:
    /** Source, destination and identifier of an echo request, in one number for hashing. */
    using EchoKey = std::pair<quint64, quint16>;

    QList<model::AccessList> m_lists;
    QHash<QString, int> m_groups;      ///< ifName -> index into m_lists
    QHash<QString, int> m_levels;      ///< ifName -> security level
    QList<model::IcmpCmd> m_icmp;
    HitCounts m_hits;
    struct EchoKeyHash
    {
        std::size_t operator()(const EchoKey &key) const noexcept
        {
            return std::hash<quint64>()(key.first) ^ (std::size_t(key.second) << 1);
        }
    };
    std::unordered_set<EchoKey, EchoKeyHash> m_echoes;
    PixNatRules m_nat;
    XlateTable m_xlates;
    std::optional<Arrival> m_arrival;
    bool m_permitIpsec = false;
};

} // namespace vtd::sim::devices::pix
