#include "floor_ledger.h"

#include <algorithm>
#include <vector>

namespace vtd::sim::bench {

Timing FloorLedger::floorNewWork(const QList<IkeSaInfo> &gatewayIkeSas, const QList<NodeEspWork> &espWork)
{
    // What is new since the last call, found before the clock starts: only crypto is timed.
    struct Packets
    {
        FloorSa *sa;
        const esp::EspTransform *transform;
        std::int64_t count;
        bool inbound;
    };
    std::vector<Packets> packets;
    for (const NodeEspWork &node : espWork) {
        auto &sas = m_sas[node.node];
        for (const VpnControl::EspSaWork &work : node.sas) {
            FloorSa &sa = sas[std::uint64_t(work.spi) << 1 | (work.inbound ? 1 : 0)];
            if (work.packets > sa.packets)
                packets.push_back({&sa, &work.transform, work.packets - sa.packets, work.inbound});
            sa.packets = work.packets;
        }
    }
    // The gateway lists its IKE SAs in the order they began: the new ones are at the end.
    QList<int> exchanges;
    for (qsizetype i = m_exchangesDone; i < gatewayIkeSas.size(); ++i)
        exchanges << gatewayIkeSas[i].group;
    m_exchangesDone = std::max(m_exchangesDone, gatewayIkeSas.size());

    const BenchClock clock;
    for (const int number : exchanges) {
        if (const auto group = crypto::dhGroupFromNumber(number))
            doDhExchange(*group, m_rng);
    }
    const int innerBytes = CryptoWork::innerPacketBytesOf(m_pingSize);
    for (const Packets &work : packets) {
        if (!work.sa->esp)  // keyed once, as the simulation keys each SA once
            work.sa->esp = EspFloorSa::create(*work.transform, innerBytes, m_rng);
        if (work.sa->esp)
            work.sa->esp->run(work.inbound ? 0 : work.count, work.inbound ? work.count : 0);
    }
    return clock.elapsed();
}

} // namespace vtd::sim::bench
