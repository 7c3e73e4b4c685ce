#include "pix_firewall.h"

#include "sim/devices/sim_node.h"
#include "sim/net/packet.h"

#include <utility>

namespace vtd::sim::devices::pix {

namespace {
/** Above this many remembered echo flows the oldest knowledge is dropped (a ping flood must
 *  not grow memory without bound); the replies of flows still running are then re-learnt. */
constexpr int MaxEchoFlows = 4096;

/** `timeout xlate h:mm:ss` (the last one wins), else the 3:00:00 default. */
SimTime xlateTimeout(const model::PixConfig &config)
{
    SimTime timeout = XlateTable::DefaultIdleTimeout;
    for (const model::TimeoutCmd *line : config.all<model::TimeoutCmd>()) {
        for (const model::TimeoutItem &item : line->items) {
            if (item.name == QLatin1String("xlate"))
                timeout = SimTime::fromSeconds(item.value.seconds);
        }
    }
    return timeout;
}
} // namespace

PixFirewall::PixFirewall(const model::PixConfig &config)
    : m_lists(config.accessLists()), m_icmp(), m_nat(config), m_xlates(xlateTimeout(config)),
      m_permitIpsec(config.sysoptEnabled(QStringLiteral("connection permit-ipsec")))
{
    for (int i = 0; i < m_lists.size(); ++i)
        m_hits.insert(m_lists[i].name, QList<quint64>(m_lists[i].entries.size(), 0));
    for (const model::AccessGroupCmd *group : config.all<model::AccessGroupCmd>()) {
        for (int i = 0; i < m_lists.size(); ++i) {
            if (m_lists[i].name == group->acl)
                m_groups.insert(group->ifName, i);
        }
    }
    for (const model::PixInterface &interface : config.interfaces())
        m_levels.insert(interface.name.isEmpty() ? interface.hardware : interface.name, interface.security);
    for (const model::IcmpCmd *icmp : config.all<model::IcmpCmd>())
        m_icmp << *icmp;
}

PixFirewall::~PixFirewall() = default;

PixFirewall *PixFirewall::of(const SimNode &node)
{
    return node.extension<PixFirewall>();
}

std::optional<int> PixFirewall::inboundAcl(const QString &ifName) const
{
    const auto found = m_groups.constFind(ifName);
    if (found == m_groups.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<int> PixFirewall::evaluate(int list, int protocol, model::Ipv4Address src, int srcPort,
                                         model::Ipv4Address dst, int dstPortOrType)
{
    const model::AccessList &acl = m_lists[list];
    for (int i = 0; i < acl.entries.size(); ++i) {
        if (acl.entries[i].matches(protocol, src, srcPort, dst, dstPortOrType)) {
            ++m_hits[acl.name][i];
            return i;
        }
    }
    return std::nullopt;
}

QList<model::IcmpCmd> PixFirewall::icmpRules(const QString &ifName) const
{
    QList<model::IcmpCmd> rules;
    for (const model::IcmpCmd &icmp : m_icmp) {
        if (icmp.ifName == ifName)
            rules << icmp;
    }
    return rules;
}

const PixFirewall::Arrival *PixFirewall::arrivalOf(const net::Packet &packet) const
{
    return m_arrival && m_arrival->traceId == packet.traceId() ? &*m_arrival : nullptr;
}

std::optional<PixFirewall::Arrival> PixFirewall::takeArrival(const net::Packet &packet)
{
    if (!arrivalOf(packet))
        return std::nullopt;
    return std::exchange(m_arrival, std::nullopt);
}

void PixFirewall::rememberEcho(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id)
{
    if (m_echoes.size() >= std::size_t(MaxEchoFlows))
        m_echoes.clear();
    m_echoes.insert({quint64(src.toUInt()) << 32 | dst.toUInt(), id});
}

bool PixFirewall::isEchoReturn(model::Ipv4Address src, model::Ipv4Address dst, std::uint16_t id) const
{
    return m_echoes.contains({quint64(dst.toUInt()) << 32 | src.toUInt(), id});
}

} // namespace vtd::sim::devices::pix
