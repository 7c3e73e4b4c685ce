#pragma once

#include "bench_clock.h"
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
    Timing build;               ///< project generation and SimNetwork::build
    Timing setup;               ///< bringing the tunnels up
    Timing traffic;             ///< the pings through the tunnels
    Timing cryptoFloor;
    std::int64_t dhOperations = 0;
    std::int64_t espPackets = 0;
    long peakMemoryKib = 0;
    QStringList problems;       ///< build findings and tunnels that did not come up (first few)

    int tunnelsUp() const { return spokeTunnelsUp + clientTunnelsUp; }
    Timing simulation() const { return setup + traffic; }
    /** How much more CPU time the simulation took than the crypto floor. */
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
