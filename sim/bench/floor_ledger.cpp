#include "floor_ledger.h"

#include <vector>

namespace vtd::sim::bench {

Timing FloorLedger::floorNewWork(const QList<IkeSaInfo> &gatewayIkeSas, const QList<IpsecSaInfo> &ipsecSas)
{
    // What is new since the last call, found before the clock starts: only crypto is timed.
    const CryptoWork all = cryptoWorkOf(gatewayIkeSas, ipsecSas, m_pingSize);
    struct Packets
    {
        FloorSa *sa;
        const QString *transform;
        std::int64_t encrypted;
        std::int64_t decrypted;
    };
    std::vector<Packets> packets;
    for (qsizetype i = 0; i < ipsecSas.size(); ++i) {
        const CryptoWork::EspSa &counted = all.espSas[i];
        FloorSa &sa = m_sas[{ipsecSas[i].node, ipsecSas[i].spiIn}];
        if (counted.encrypted > sa.encrypted || counted.decrypted > sa.decrypted)
            packets.push_back({&sa, &counted.transform, counted.encrypted - sa.encrypted, counted.decrypted - sa.decrypted});
        sa.encrypted = counted.encrypted;
        sa.decrypted = counted.decrypted;
    }
    // The gateway lists its IKE SAs in the order they began: the new ones are at the end.
    const QList<int> exchanges = all.dhGroups.mid(std::min(m_exchangesDone, all.dhGroups.size()));
    m_exchangesDone = std::max(m_exchangesDone, all.dhGroups.size());

    const BenchClock clock;
    for (const int number : exchanges) {
        if (const auto group = crypto::dhGroupFromNumber(number))
            doDhExchange(*group, m_rng);
    }
    for (const Packets &work : packets) {
        if (!work.sa->esp)  // keyed once, as the simulation keys each SA once
            work.sa->esp = EspFloorSa::create(*work.transform, all.innerPacketBytes, m_rng);
        if (work.sa->esp)
            work.sa->esp->run(work.encrypted, work.decrypted);
    }
    return clock.elapsed();
}

} // namespace vtd::sim::bench
