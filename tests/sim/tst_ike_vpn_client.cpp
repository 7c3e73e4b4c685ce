#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"
#include "sim/ike/vpn_client_daemon.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// The seed's run: the VPN Client dials snow (Aggressive Mode, Mode Config, two Quick Modes),
// then pings 11.0.0.2 behind rain: snow starts Main Mode and Quick Mode with rain, the first
// echo is lost meanwhile and the others pass through both tunnels.

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

struct Run
{
    Run() : sim(7), network(sim)
    {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        sim.addTraceSink(&recorder);
        network.build(*read.project);
        for (const char *name : {"snow", "rain"}) {
            auto *daemon = ike::IkeDaemon::of(*network.node(QString::fromLatin1(name)));
            daemon->debug().setOn(ike::IkeDebug::Category::Isakmp, true);
            daemon->debug().setOn(ike::IkeDebug::Category::Ipsec, true);
            daemon->debug().setOn(ike::IkeDebug::Category::Syslog, true);
        }
    }
    QStringList console(const char *node) const
    {
        QStringList lines;
        for (const ConsoleTrace &line : recorder.ofType<ConsoleTrace>()) {
            if (line.node == QLatin1String(node))
                lines << line.text;
        }
        return lines;
    }
    VpnControl::ConnectOutcome connect()
    {
        VpnControl *control = network.node(QStringLiteral("vpnclient"))->extension<VpnControl>();
        Q_ASSERT(control);
        VpnControl::ConnectOutcome outcome{false, QStringLiteral("<no answer>")};
        control->connect({}, {}, [&](const VpnControl::ConnectOutcome &o) { outcome = o; });
        sim.runUntil(sim.now() + SimTime::fromSeconds(30));
        return outcome;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
};

} // namespace

class TstIkeVpnClient : public QObject
{
    Q_OBJECT
private slots:
    void connectsAndPingsThroughBothTunnels();
    void reconnectGetsTheReleasedAddress();
};

void TstIkeVpnClient::connectsAndPingsThroughBothTunnels()
{
    Run run;
    const auto outcome = run.connect();
    if (!outcome.connected || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES"))
        qWarning().noquote() << run.console("snow").join(QLatin1Char('\n'));
    QVERIFY2(outcome.connected, qPrintable(outcome.reason));
    auto *client = run.network.node(QStringLiteral("vpnclient"))->extension<ike::VpnClientDaemon>();
    QCOMPARE(client->assignedAddress(), std::optional<Ipv4Address>(addr("12.0.0.1")));
    const QStringList snow = run.console("snow");
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): Checking ISAKMP transform 7 against priority 10 policy")));
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): speaking to a Unity client")));
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0:0): responding to peer config from 10.48.66.76. ID = %1")
                              .arg(snow.filter(QStringLiteral("responding to peer config")).value(0).section(QLatin1Char(' '), -1))));
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): bad SPI size of 2 octets!")));
    QCOMPARE(snow.filter(QStringLiteral("ISAKMP (0): Creating IPSec SAs")).size(), 2);

    PingSession ping(*run.network.node(QStringLiteral("vpnclient")), addr("11.0.0.2"));
    ping.start();
    run.sim.runUntil(run.sim.now() + SimTime::fromSeconds(20));
    if (ping.result() != QLatin1String(".!!!!") || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES")) {
        QStringList drops;
        for (const DropTrace &drop : run.recorder.ofType<DropTrace>())
            drops << drop.node + QLatin1Char(' ') + drop.code + QLatin1Char(' ') + drop.summary;
        qWarning().noquote() << drops.join(QLatin1Char('\n'));
    }
    QCOMPARE(ping.result(), QStringLiteral(".!!!!"));
    QVERIFY(run.console("snow").contains(QStringLiteral("ISAKMP (0): beginning Main Mode exchange")));
}

void TstIkeVpnClient::reconnectGetsTheReleasedAddress()
{
    // The pool's lease ends with the IKE SA: after a disconnect (DELETE to snow), the lowest
    // address is free again and the next connect gets it.
    Run run;
    auto *client = run.network.node(QStringLiteral("vpnclient"))->extension<ike::VpnClientDaemon>();
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto outcome = run.connect();
        QVERIFY2(outcome.connected, qPrintable(outcome.reason));
        QCOMPARE(client->assignedAddress(), std::optional<Ipv4Address>(addr("12.0.0.1")));
        client->disconnect();
        run.sim.runUntil(run.sim.now() + SimTime::fromSeconds(5));
    }
}

QTEST_GUILESS_MAIN(TstIkeVpnClient)
#include "tst_ike_vpn_client.moc"
