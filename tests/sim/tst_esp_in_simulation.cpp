#include "sim/devices/packet_stage.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;

// ESP tampering and replay inside a running simulation: carrion, between rain and snow, alters
// or records the ESP packets it forwards; snow must refuse them and count them as the PIX does
// (#recv errors, with the auth or replay failure), and the echoes they carried are lost.

namespace {

/** On carrion's way in: flips one byte of the next ESP packets, or keeps a copy of them. */
class EspMeddler final : public PacketStage
{
public:
    QString name() const override { return QStringLiteral("test-meddler"); }
    StageVerdict process(SimNode &, net::Packet &packet, net::SimInterface &) override
    {
        if (packet.protocol() != net::ip_protocol::Esp)
            return StageVerdict::proceed();
        if (record)
            recorded.push_back(packet);
        if (tamper) {
            QByteArray payload = packet.payload().empty() ? QByteArray() : net::toByteArray(packet.payload());
            payload[payload.size() / 2] = char(payload[payload.size() / 2] ^ 0x5a);
            packet.setPayload(payload);
        }
        return StageVerdict::proceed();
    }
    bool tamper = false;
    bool record = false;
    std::vector<net::Packet> recorded;
};

struct Run
{
    Run() : sim(5), network(sim)
    {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        sim.addTraceSink(&recorder);
        network.build(*read.project);
        auto stage = std::make_unique<EspMeddler>();
        meddler = stage.get();
        network.node(QStringLiteral("carrion"))->addIngressStage(std::move(stage));
    }
    QString ping()
    {
        PingSession session(*network.node(QStringLiteral("rain-lan-host")),
                            *vtd::model::Ipv4Address::parse(QStringLiteral("10.0.0.2")));
        session.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(15));
        return session.result();
    }
    esp::EspCounters snowInbound()
    {
        esp::EspCounters total;
        for (const esp::EspSa *sa : ike::IkeDaemon::of(*network.node(QStringLiteral("snow")))->sad().all()) {
            if (sa->direction() == esp::EspDirection::Inbound)
                total += sa->counters();
        }
        return total;
    }
    int drops(const char *code) const
    {
        int count = 0;
        for (const DropTrace &drop : recorder.ofType<DropTrace>())
            count += drop.code == QLatin1String(code) ? 1 : 0;
        return count;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
    EspMeddler *meddler = nullptr;
};

} // namespace

class TstEspInSimulation : public QObject
{
    Q_OBJECT
private slots:
    void tamperedPacketsFailAuthentication();
    void replayedPacketsAreRefused();
};

void TstEspInSimulation::tamperedPacketsFailAuthentication()
{
    Run run;
    QCOMPARE(run.ping(), QStringLiteral(".!!!!"));
    const auto before = run.snowInbound();
    run.meddler->tamper = true;
    QCOMPARE(run.ping(), QStringLiteral("....."));
    const auto after = run.snowInbound();
    QCOMPARE(after.authFailures - before.authFailures, quint64(5));
    QCOMPARE(after.recvErrors - before.recvErrors, quint64(5));
    QCOMPARE(after.decaps, before.decaps);
    QCOMPARE(run.drops("esp.auth-failed"), 5);
}

void TstEspInSimulation::replayedPacketsAreRefused()
{
    Run run;
    run.meddler->record = true;
    QCOMPARE(run.ping(), QStringLiteral(".!!!!"));
    run.meddler->record = false;
    QVERIFY(!run.meddler->recorded.empty());
    const auto before = run.snowInbound();
    // carrion sends the recorded packets again towards snow (an attacker on the path).
    SimNode &carrion = *run.network.node(QStringLiteral("carrion"));
    int towardsSnow = 0;
    for (const net::Packet &packet : run.meddler->recorded) {
        if (packet.destination().toString() != QLatin1String("193.0.0.5"))
            continue;
        net::Packet copy = packet;
        copy.setTraceId(0);
        carrion.send(copy);
        ++towardsSnow;
    }
    run.sim.runUntil(run.sim.now() + SimTime::fromSeconds(1));
    const auto after = run.snowInbound();
    QVERIFY(towardsSnow > 0);
    QCOMPARE(after.replayFailures - before.replayFailures, quint64(towardsSnow));
    QCOMPARE(after.recvErrors - before.recvErrors, quint64(towardsSnow));
    QCOMPARE(after.decaps, before.decaps);
}

QTEST_GUILESS_MAIN(TstEspInSimulation)
#include "tst_esp_in_simulation.moc"
