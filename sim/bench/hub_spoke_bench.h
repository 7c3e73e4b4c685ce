#pragma once

#include "hub_spoke_project.h"

#include <QStringList>

#include <cstdint>

namespace vtd::sim::bench {

/** What one benchmark run measured; report() turns it into `name: value` lines. */
struct BenchResult
{
    BenchSize size;
    int tunnelsExpected = 0;
    int spokeTunnelsUp = 0;
    int clientTunnelsUp = 0;
    std::int64_t echoesSent = 0;
    std::int64_t echoesReceived = 0;
    std::uint64_t events = 0;
    double buildSeconds = 0;    ///< project generation and SimNetwork::build
    double setupSeconds = 0;    ///< bringing the tunnels up
    double trafficSeconds = 0;  ///< the pings through the tunnels
    double cryptoFloorSeconds = 0;
    std::int64_t dhOperations = 0;
    std::int64_t espPackets = 0;
    long peakMemoryKib = 0;
    QStringList problems;       ///< build findings and tunnels that did not come up (first few)

    int tunnelsUp() const { return spokeTunnelsUp + clientTunnelsUp; }
    double simulationSeconds() const { return setupSeconds + trafficSeconds; }
    double overheadPercent() const;
    /** One `name: value` per line, ending with overhead_vs_crypto_floor_percent. */
    QStringList report() const;
};

/** Runs the hub-and-spoke benchmark: generate, build, bring every tunnel up (a ping from each
 *  spoke's LAN host to the hub's LAN; a connect from each VPN Client), send `pings` echoes of
 *  100 octets through each tunnel with no trace sink attached, then time the same
 *  cryptographic work done directly through vtd::crypto. */
BenchResult runHubSpokeBench(const BenchSize &size);

} // namespace vtd::sim::bench
