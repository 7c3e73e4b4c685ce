#pragma once

#include "bench_clock.h"
#include "crypto_floor.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <unordered_map>

namespace vtd::sim::bench {

/** The crypto floor measured piece by piece while the simulation runs: after each slice of
 *  simulation, the work that slice did (new IKE exchanges, ESP packets counted since) is done
 *  directly and timed. Both sides are thus measured moments apart; measured a whole run apart,
 *  the speed of a shared machine drifts by a fifth and more, which swamped the comparison. */
class FloorLedger
{
public:
    explicit FloorLedger(int pingSize) : m_pingSize(pingSize), m_rng(20261130) {}

    /** One node's ESP SAs as VpnControl::espWork() gives them. */
    struct NodeEspWork
    {
        QString node;
        QList<VpnControl::EspSaWork> sas;
    };

    /** Times the work not floored yet, read from the SA tables as they are now. */
    Timing floorNewWork(const QList<IkeSaInfo> &gatewayIkeSas, const QList<NodeEspWork> &espWork);

private:
    /** One ESP SA as the floor replays it: keyed once, like the simulation's. */
    struct FloorSa
    {
        std::optional<EspFloorSa> esp;
        std::int64_t packets = 0;  ///< packets floored so far
    };

    int m_pingSize;
    std::mt19937 m_rng;
    qsizetype m_exchangesDone = 0;
    /** By node, then by SPI and direction (spi << 1 | inbound). */
    std::map<QString, std::unordered_map<std::uint64_t, FloorSa>> m_sas;
};

} // namespace vtd::sim::bench
