#pragma once

#include "bench_clock.h"
#include "crypto_floor.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <utility>

namespace vtd::sim::bench {

/** The crypto floor measured piece by piece while the simulation runs: after each slice of
 *  simulation, the work that slice did (new IKE exchanges, ESP packets counted since) is done
 *  directly and timed. Both sides are thus measured moments apart; measured a whole run apart,
 *  the speed of a shared machine drifts by a fifth and more, which swamped the comparison. */
class FloorLedger
{
public:
    explicit FloorLedger(int pingSize) : m_pingSize(pingSize), m_rng(20261130) {}

    /** Times the work not floored yet, read from the SA tables as they are now. */
    Timing floorNewWork(const QList<IkeSaInfo> &gatewayIkeSas, const QList<IpsecSaInfo> &ipsecSas);

private:
    /** One IPsec SA as the floor replays it: keyed once, like the simulation's. */
    struct FloorSa
    {
        std::optional<EspFloorSa> esp;
        std::int64_t encrypted = 0;  ///< packets floored so far
        std::int64_t decrypted = 0;
    };

    int m_pingSize;
    std::mt19937 m_rng;
    qsizetype m_exchangesDone = 0;
    std::map<std::pair<QString, std::uint32_t>, FloorSa> m_sas;  ///< by node and inbound SPI
};

} // namespace vtd::sim::bench
