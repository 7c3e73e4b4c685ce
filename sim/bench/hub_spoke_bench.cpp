#include "hub_spoke_bench.h"

#include "crypto_floor.h"
#include "floor_ledger.h"

#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/scenario/vpn_control.h"

#include "bench_configs.h"

#include "model/diagnostic_catalog.h"

#include <sys/resource.h>

#include <memory>
#include <vector>

namespace vtd::sim::bench {

namespace {

using devices::PingSession;
using devices::SimNetwork;

constexpr int PingSize = 100;
constexpr int MaxProblems = 5;
/** Simulated time allowed for each phase; every session normally ends long before. */
const SimTime PhaseLimit = SimTime::fromSeconds(120);

void note(BenchResult &result, const QString &problem)
{
    if (result.problems.size() < MaxProblems)
        result.problems << problem;
}

/** Simulator events per slice: after each slice the floor for the work it did is measured. */
constexpr int SliceEvents = 4000;

/** Counts a session down: the completion callback of every session (runPhase() watches the count). */
std::function<void()> countDown(int &remaining)
{
    return [&remaining] { --remaining; };
}

class BenchRun
{
public:
    BenchRun(const BenchSize &size, BenchResult &result)
        : m_size(size), m_result(result), m_network(m_sim), m_ledger(PingSize)
    {}

    void build()
    {
        m_project = buildHubSpokeProject(m_size);
        for (const model::Diagnostic &d : m_network.build(m_project.project)) {
            if (d.severity == model::Severity::Error)
                note(m_result, model::diagnosticLine(d));
        }
    }
    void bringTunnelsUp();
    void sendPings();
    QList<IpsecSaInfo> allIpsecSas() const;
    QList<FloorLedger::NodeEspWork> allEspWork() const;
    QList<IkeSaInfo> hubIkeSas() const;
    std::uint64_t executedEvents() const { return m_sim.executedEvents(); }
    /** The crypto floor of the work done so far, measured slice by slice. */
    Timing floor() const { return m_floor; }
    /** Time spent measuring the floor (and reading the SA tables for it): not simulation. */
    Timing measuring() const { return m_measuring; }

private:
    void runPhase(const int &remaining);
    devices::SimNode &node(const QString &name) const { return *m_network.node(name); }

    BenchSize m_size;
    BenchResult &m_result;
    Simulator m_sim{1};
    SimNetwork m_network;
    HubSpokeProject m_project;
    FloorLedger m_ledger;
    Timing m_floor;
    Timing m_measuring;
};

/** Runs the simulator until `remaining` drops to zero (callbacks count it down) or the time
 *  limit, in slices of events, each followed by the floor of the work it did. */
void BenchRun::runPhase(const int &remaining)
{
    const SimTime limit = m_sim.now() + PhaseLimit;
    while (remaining > 0) {
        int events = 0;
        while (remaining > 0 && events < SliceEvents) {
            const auto next = m_sim.nextEventTime();
            if (!next || *next > limit || !m_sim.step())
                break;
            ++events;
        }
        const BenchClock measuring;
        m_floor = m_floor + m_ledger.floorNewWork(hubIkeSas(), allEspWork());
        m_measuring = m_measuring + measuring.elapsed();
        if (events < SliceEvents && remaining > 0)
            break;  // nothing left to run, or out of time
    }
}

void BenchRun::bringTunnelsUp()
{
    int remaining = m_size.spokes + m_size.clients;
    std::vector<std::unique_ptr<PingSession>> triggers;
    devices::PingOptions trigger;
    trigger.count = 1;
    trigger.size = PingSize;
    for (const QString &host : m_project.spokeHosts) {
        triggers.push_back(std::make_unique<PingSession>(node(host), BenchAddressPlan::hubLanHost(), trigger));
        triggers.back()->start(countDown(remaining));
    }
    std::vector<int> connected(std::size_t(m_project.clients.size()), -1);
    for (qsizetype j = 0; j < m_project.clients.size(); ++j) {
        VpnControl *control = node(m_project.clients[j]).extension<VpnControl>();
        if (!control) {
            --remaining;
            continue;
        }
        control->connect({}, {}, [this, j, &connected, &remaining](const VpnControl::ConnectOutcome &o) {
            connected[std::size_t(j)] = o.connected ? 1 : 0;
            if (!o.connected)
                note(m_result, m_project.clients[j] + QStringLiteral(": ") + o.reason);
            --remaining;
        });
    }
    runPhase(remaining);
    m_result.clientTunnelsUp = int(std::count(connected.begin(), connected.end(), 1));
    for (int i = 0; i < m_size.spokes; ++i) {
        const VpnControl *control = node(QStringLiteral("spoke%1").arg(i)).extension<VpnControl>();
        if (control && !control->ipsecSas().isEmpty())
            ++m_result.spokeTunnelsUp;
        else
            note(m_result, QStringLiteral("spoke%1: no IPsec SA with the hub").arg(i));
    }
}

void BenchRun::sendPings()
{
    const QStringList sources = m_project.spokeHosts + m_project.clients;
    int remaining = int(sources.size());
    std::vector<std::unique_ptr<PingSession>> sessions;
    devices::PingOptions options;
    options.count = m_size.pings;
    options.size = PingSize;
    for (const QString &source : sources) {
        sessions.push_back(std::make_unique<PingSession>(node(source), BenchAddressPlan::hubLanHost(), options));
        sessions.back()->start(countDown(remaining));
    }
    runPhase(remaining);
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto &session = sessions[i];
        if (session->received() < m_size.pings)
            note(m_result, QStringLiteral("ping %1 -> hub LAN: %2").arg(sources[qsizetype(i)], session->result()));
        m_result.echoesSent += session->sent();
        m_result.echoesReceived += session->received();
    }
}

QList<IpsecSaInfo> BenchRun::allIpsecSas() const
{
    QList<IpsecSaInfo> sas;
    for (const auto &simNode : m_network.nodes()) {
        if (const VpnControl *control = simNode->extension<VpnControl>())
            sas << control->ipsecSas();
    }
    return sas;
}

QList<FloorLedger::NodeEspWork> BenchRun::allEspWork() const
{
    QList<FloorLedger::NodeEspWork> work;
    for (const auto &simNode : m_network.nodes()) {
        if (const VpnControl *control = simNode->extension<VpnControl>())
            work.append({simNode->name(), control->espWork()});
    }
    return work;
}

QList<IkeSaInfo> BenchRun::hubIkeSas() const
{
    const VpnControl *control = node(QStringLiteral("hub")).extension<VpnControl>();
    return control ? control->ikeSas() : QList<IkeSaInfo>{};
}

long peakMemoryKib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // kilobytes on Linux
}

} // namespace

BenchResult runHubSpokeBench(const BenchSize &size)
{
    BenchResult result;
    result.size = size;
    result.tunnelsExpected = size.spokes + size.clients;
    BenchRun run(size, result);
    BenchClock clock;
    run.build();
    result.build = clock.elapsed();
    clock.restart();
    run.bringTunnelsUp();
    result.setup = clock.elapsed() - run.measuring();
    const Timing measuredBefore = run.measuring();
    clock.restart();
    run.sendPings();
    result.traffic = clock.elapsed() - (run.measuring() - measuredBefore);
    result.events = run.executedEvents();
    const CryptoWork work = cryptoWorkOf(run.hubIkeSas(), run.allIpsecSas());
    result.dhOperations = work.dhOperations();
    result.espPackets = work.espPackets();
    result.peakMemoryKib = peakMemoryKib();
    result.cryptoFloor = run.floor();
    return result;
}

} // namespace vtd::sim::bench
