#include "ios_nat_table.h"

#include "sim/devices/sim_node.h"

namespace vtd::sim::devices::ios {

namespace {
constexpr int FirstDynamicPort = 1024;
constexpr int LastPort = 65535;
constexpr std::int64_t IcmpTimeoutSeconds = 60;
constexpr std::int64_t UdpTimeoutSeconds = 300;
constexpr std::int64_t DefaultTimeoutSeconds = 86400; // tcp-timeout, and timeout for simple rows
} // namespace

IosNatTable *IosNatTable::of(const SimNode &node)
{
    return node.extension<IosNatTable>();
}

SimTime IosNatTable::timeoutFor(int protocol)
{
    switch (protocol) {
    case 1: return SimTime::fromSeconds(IcmpTimeoutSeconds);
    case 17: return SimTime::fromSeconds(UdpTimeoutSeconds);
    default: return SimTime::fromSeconds(DefaultTimeoutSeconds);
    }
}

void IosNatTable::expire(SimTime now)
{
    std::erase_if(m_rows, [now](const IosNatTranslation &row) { return row.lastUsed + timeoutFor(row.protocol) <= now; });
}

IosNatTranslation *IosNatTable::findOutbound(int protocol, model::Ipv4Address local, int localPort,
                                             model::Ipv4Address outside, int outsidePort)
{
    for (IosNatTranslation &row : m_rows) {
        if (row.protocol == 0 && row.insideLocal == local)
            return &row; // a simple row translates every flow of its address
        if (row.protocol == protocol && row.insideLocal == local && row.localPort == localPort
            && row.outside == outside && row.outsidePort == outsidePort)
            return &row;
    }
    return nullptr;
}

IosNatTranslation *IosNatTable::findInbound(int protocol, model::Ipv4Address global, int globalPort)
{
    for (IosNatTranslation &row : m_rows) {
        if (row.insideGlobal != global)
            continue;
        if (row.protocol == 0 || (row.protocol == protocol && row.globalPort == globalPort))
            return &row;
    }
    return nullptr;
}

std::optional<int> IosNatTable::freePort(int protocol, model::Ipv4Address global, int preferred) const
{
    if (preferred >= 0 && !isPortTaken(protocol, global, preferred))
        return preferred;
    for (int port = FirstDynamicPort; port <= LastPort; ++port) {
        if (!isPortTaken(protocol, global, port))
            return port;
    }
    return std::nullopt;
}

bool IosNatTable::isAddressTaken(model::Ipv4Address global) const
{
    for (const IosNatTranslation &row : m_rows) {
        if (row.protocol == 0 && row.insideGlobal == global)
            return true;
    }
    return false;
}

IosNatTranslation &IosNatTable::add(IosNatTranslation row)
{
    m_rows.push_back(std::move(row));
    return m_rows.back();
}

bool IosNatTable::isPortTaken(int protocol, model::Ipv4Address global, int port) const
{
    for (const IosNatTranslation &row : m_rows) {
        if (row.protocol == protocol && row.insideGlobal == global && row.globalPort == port)
            return true;
    }
    return false;
}

} // namespace vtd::sim::devices::ios
