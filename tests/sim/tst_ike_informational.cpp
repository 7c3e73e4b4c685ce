// Informational exchanges on the built-in example, driven by scenario scripts: DELETE after
// `clear crypto ipsec|isakmp sa` and the VPN Client's `disconnect`, and dead peer detection
// where `isakmp keepalive` is configured (and nothing of it where it is not).
//
//   rain-lan-host -- rain (10.48.66.156) -- carrion -- (193.0.0.5, intf2) snow -- snow-lan-host
//   rain-lan-host pinging 10.0.0.2 makes rain initiate towards snow.

#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/run_summary.h"
#include "sim/scenario/scenario_runner.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;

namespace {

const char *DebugOn = "on snow: debug crypto isakmp\n"
                      "on snow: debug crypto ipsec\n"
                      "on rain: debug crypto isakmp\n"
                      "on rain: debug crypto ipsec\n";

/** One scripted run of the example with a trace of SA states and findings. */
struct Run
{
    explicit Run(const QString &script, const vtd::model::Project &from = example()) : project(from), runner(project, 5)
    {
        runner.simulator().addTraceSink(&recorder);
        const auto errors = runner.load(QString::fromLatin1(DebugOn) + script, QStringLiteral("t.vsc"));
        if (!errors.isEmpty())
            qFatal("script refused: %s", qPrintable(errors.front().code));
        summary = runner.run();
    }

    static vtd::model::Project example()
    {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        Q_ASSERT(read.project);
        return *read.project;
    }

    /** The reasons the SAs of `layer` ("ike", "ipsec") on `node` ended with, in order. */
    QStringList endReasons(const char *node, const char *layer) const
    {
        QStringList out;
        for (const SaStateTrace &t : recorder.ofType<SaStateTrace>()) {
            if (t.node == QLatin1String(node) && t.protocol == QLatin1String(layer) && t.to.isEmpty())
                out << t.reason;
        }
        return out;
    }
    QStringList console(const char *node) const { return summary.consoles.value(QString::fromLatin1(node)).split(u'\n'); }
    bool consoleHas(const char *node, const QString &prefix) const
    {
        const QStringList lines = console(node);
        return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.startsWith(prefix); });
    }
    int consoleCount(const char *node, const QString &line) const { return int(console(node).count(line)); }
    QStringList failedExpects() const
    {
        QStringList out;
        for (const ExpectRecord &e : summary.expects) {
            if (!e.held)
                out << QStringLiteral("line %1: %2").arg(e.line).arg(e.text);
        }
        return out;
    }
    /** Informational exchanges (ISAKMP exchange type 5) `node` sent. */
    int informationalFrom(const char *node) const
    {
        int count = 0;
        for (const PacketTrace &p : recorder.ofType<PacketTrace>()) {
            if (p.node != QLatin1String(node) || p.direction != PacketDirection::Sent || p.bytes.size() < 20)
                continue;
            const int ihl = (std::uint8_t(p.bytes.at(0)) & 0x0f) * 4;
            const bool isakmp = p.bytes.at(9) == 17 && p.bytes.size() > ihl + 26
                                && std::uint8_t(p.bytes.at(ihl + 2)) == 1 && std::uint8_t(p.bytes.at(ihl + 3)) == 0xf4;
            count += isakmp && p.bytes.at(ihl + 8 + 18) == 5 ? 1 : 0;
        }
        return count;
    }
    QStringList diagnosticCodes(const char *node) const
    {
        QStringList out;
        for (const vtd::model::Diagnostic &d : summary.diagnostics) {
            if (d.node == QLatin1String(node))
                out << d.code;
        }
        return out;
    }

    vtd::model::Project project;
    ScenarioRunner runner;
    TraceRecorder recorder;
    RunSummary summary;
};

} // namespace

class TstIkeInformational : public QObject
{
    Q_OBJECT
private slots:
    void clearIpsecDeletesOnBothSides();
    void clearIsakmpDeletesTheIkeSa();
    void clearingBothRenegotiatesFromMainMode();
    void vpnClientDisconnectDeletesOnTheGateway();
    void keepaliveProbesALivePeer();
    void keepaliveFindsADeadPeer();
    void withoutKeepaliveNoProbe();
    void clientDpdFindsADeadGateway();
    void clientDpdAnsweredKeepsTheTunnel();
    void clientIdleTunnelSendsNoProbe();
    void clientWithoutPeerTimeoutSendsNoProbe();
};

void TstIkeInformational::clearIpsecDeletesOnBothSides()
{
    Run run(QStringLiteral("ping rain-lan-host 10.0.0.2\n"
                           "on rain: clear crypto ipsec sa\n"
                           "wait 1s\n"
                           "expect ipsec rain 193.0.0.5 down\n"
                           "expect ipsec snow 10.48.66.156 down\n"
                           "expect ike rain 193.0.0.5 up\n"
                           "expect ike snow 10.48.66.156 up\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "expect ipsec rain 193.0.0.5 up\n"
                           "expect ipsec snow 10.48.66.156 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings.size(), 2);
    QCOMPARE(run.summary.pings[0].results, QStringLiteral(".!!!!"));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral(".!!!!"));  // a new Quick Mode, no Main Mode
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): beginning Main Mode exchange")), 1);
    QCOMPARE(run.endReasons("rain", "ipsec"), QStringList{QStringLiteral("cleared")});
    QCOMPARE(run.endReasons("snow", "ipsec"), QStringList{QStringLiteral("deleted by peer")});
    QVERIFY(run.consoleHas("rain", QStringLiteral("ISAKMP (0): sending DELETE payload protocol 3, spi size 4, message ID = ")));
    QVERIFY(run.consoleHas("snow", QStringLiteral("ISAKMP (0): processing DELETE payload. message ID = ")));
    QVERIFY(run.consoleHas("snow", QStringLiteral("IPSEC(key_engine_delete_sas): delete SA with spi 0x")));
    QVERIFY(run.endReasons("rain", "ike").isEmpty());
}

void TstIkeInformational::clearIsakmpDeletesTheIkeSa()
{
    Run run(QStringLiteral("ping rain-lan-host 10.0.0.2\n"
                           "on snow: clear crypto isakmp sa\n"
                           "wait 1s\n"
                           "expect ike rain 193.0.0.5 down\n"
                           "expect ike snow 10.48.66.156 down\n"
                           "expect ipsec rain 193.0.0.5 up\n"   // IPsec SAs outlive their IKE SA
                           "expect ipsec snow 10.48.66.156 up\n"
                           "ping rain-lan-host 10.0.0.2\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral("!!!!!"));
    QCOMPARE(run.endReasons("snow", "ike"), QStringList{QStringLiteral("cleared")});
    QCOMPARE(run.endReasons("rain", "ike"), QStringList{QStringLiteral("deleted by peer")});
    QVERIFY(run.consoleHas("rain", QStringLiteral("ISAKMP (0): processing DELETE payload. message ID = ")));
    QVERIFY(run.console("rain").contains(QStringLiteral("ISAKMP (0): deleting SA: src 193.0.0.5, dst 10.48.66.156")));
}

void TstIkeInformational::clearingBothRenegotiatesFromMainMode()
{
    Run run(QStringLiteral("ping rain-lan-host 10.0.0.2\n"
                           "on snow: clear crypto ipsec sa\n"
                           "on snow: clear crypto isakmp sa\n"
                           "wait 1s\n"
                           "expect ipsec rain 193.0.0.5 down\n"
                           "expect ike rain 193.0.0.5 down\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "expect ike rain 193.0.0.5 up\n"
                           "expect ipsec rain 193.0.0.5 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral(".!!!!"));
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): beginning Main Mode exchange")), 2);
}

void TstIkeInformational::vpnClientDisconnectDeletesOnTheGateway()
{
    Run run(QStringLiteral("connect vpnclient\n"
                           "wait 1s\n"  // snow installs the SAs when the client's last QM3 arrives
                           "expect ike snow 10.48.66.76 up\n"
                           "expect ipsec snow 10.48.66.76 up\n"
                           "disconnect vpnclient\n"
                           "wait 1s\n"
                           "expect ike snow 10.48.66.76 down\n"
                           "expect ipsec snow 10.48.66.76 down\n"
                           "connect vpnclient\n"
                           "expect ike snow 10.48.66.76 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.endReasons("snow", "ike"), QStringList{QStringLiteral("deleted by peer")});
    QCOMPARE(run.endReasons("snow", "ipsec"), (QStringList{QStringLiteral("deleted by peer"), QStringLiteral("deleted by peer")}));
    QVERIFY(run.consoleHas("snow", QStringLiteral("ISAKMP (0): processing DELETE payload. message ID = ")));
}

void TstIkeInformational::keepaliveProbesALivePeer()
{
    Run run(QStringLiteral("configure rain: isakmp keepalive 10 2\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 45s\n"
                           "expect ike rain 193.0.0.5 up\n"
                           "expect ipsec rain 193.0.0.5 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    const int probes = run.consoleCount("rain", QStringLiteral("ISAKMP (0): sending NOTIFY message 36136 protocol 1"));
    QVERIFY2(probes >= 3 && probes <= 5, qPrintable(QString::number(probes)));  // one per idle 10 s
    QCOMPARE(run.consoleCount("snow", QStringLiteral("ISAKMP (0): received DPD_R_U_THERE from peer 10.48.66.156")), probes);
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): received DPD_R_U_THERE_ACK from peer 193.0.0.5")), probes);
    QVERIFY(!run.diagnosticCodes("rain").contains(QStringLiteral("ike.peer-dead")));
}

void TstIkeInformational::keepaliveFindsADeadPeer()
{
    Run run(QStringLiteral("configure rain: isakmp keepalive 10 2\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "link down snow intf2\n"
                           "wait 60s\n"
                           "expect ike rain 193.0.0.5 down\n"
                           "expect ipsec rain 193.0.0.5 down\n"
                           "expect ike snow 10.48.66.156 up\n"));  // snow has no keepalive
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QVERIFY(run.diagnosticCodes("rain").contains(QStringLiteral("ike.peer-dead")));
    QCOMPARE(run.endReasons("rain", "ike"), QStringList{QStringLiteral("peer dead")});
    QCOMPARE(run.endReasons("rain", "ipsec"), QStringList{QStringLiteral("peer dead")});
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): sending NOTIFY message 36136 protocol 1")), 6);
    QVERIFY(run.consoleHas("rain", QStringLiteral("ISAKMP (0): DPD: no answer from peer 193.0.0.5 after 6 R-U-THERE")));
}

void TstIkeInformational::withoutKeepaliveNoProbe()
{
    Run run(QStringLiteral("ping rain-lan-host 10.0.0.2\n"
                           "link down snow intf2\n"
                           "wait 120s\n"
                           "expect ike rain 193.0.0.5 up\n"
                           "expect ipsec rain 193.0.0.5 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): sending NOTIFY message 36136 protocol 1")), 0);
    QVERIFY(run.recorder.ofType<SaStateTrace>().size() > 0);
    QVERIFY(run.endReasons("rain", "ike").isEmpty());
    QVERIFY(!run.diagnosticCodes("rain").contains(QStringLiteral("ike.peer-dead")));
}

// The example's .pcf sets PeerTimeout=90 and snow's AM2 carries the DPD vendor ID: the VPN
// Client probes a gateway that stays silent after its own traffic, and drops the tunnel once
// the gateway has been silent for PeerTimeout seconds.
void TstIkeInformational::clientDpdFindsADeadGateway()
{
    Run run(QStringLiteral("connect vpnclient\n"
                           "ping vpnclient 10.0.0.2\n"
                           "link down snow outside\n"
                           "ping vpnclient 10.0.0.2\n"
                           "wait 120s\n"
                           "expect ike vpnclient 193.0.0.1 down\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings[0].results, QStringLiteral("!!!!!"));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral("....."));
    QCOMPARE(run.diagnosticCodes("vpnclient"), QStringList{QStringLiteral("ike.client-peer-dead")});
    // One R-U-THERE 10 s after the silence began, then one every 5 s until 90 s had passed.
    const int probes = run.informationalFrom("vpnclient");
    QVERIFY2(probes >= 14 && probes <= 18, qPrintable(QString::number(probes)));
    QCOMPARE(run.consoleCount("snow", QStringLiteral("ISAKMP (0): received DPD_R_U_THERE from peer 10.48.66.76")), 0);
}

void TstIkeInformational::clientDpdAnsweredKeepsTheTunnel()
{
    // snow's LAN is cut: the client's echoes go unanswered, it asks, and snow answers.
    Run run(QStringLiteral("connect vpnclient\n"
                           "link down snow-lan-host eth0\n"
                           "ping vpnclient 10.0.0.2\n"
                           "wait 30s\n"
                           "link up snow-lan-host eth0\n"
                           "ping vpnclient 10.0.0.2\n"
                           "expect ike vpnclient 193.0.0.1 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral("!!!!!"));
    const int probes = run.informationalFrom("vpnclient");
    QVERIFY(probes >= 1);
    QCOMPARE(run.consoleCount("snow", QStringLiteral("ISAKMP (0): received DPD_R_U_THERE from peer 10.48.66.76")), probes);
    QCOMPARE(run.informationalFrom("snow"), probes);  // each answered with an ACK
    QVERIFY(run.diagnosticCodes("vpnclient").isEmpty());
}

void TstIkeInformational::clientIdleTunnelSendsNoProbe()
{
    Run run(QStringLiteral("connect vpnclient\n"
                           "ping vpnclient 10.0.0.2\n"
                           "wait 120s\n"
                           "expect ike vpnclient 193.0.0.1 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.informationalFrom("vpnclient"), 0);
}

void TstIkeInformational::clientWithoutPeerTimeoutSendsNoProbe()
{
    vtd::model::Project project = Run::example();
    for (const vtd::model::Node &node : project.nodes()) {
        if (node.name != QLatin1String("vpnclient"))
            continue;
        QString &pcf = project.node(node.id)->profileText;
        QVERIFY(pcf.contains(QStringLiteral("PeerTimeout=90")));
        pcf.replace(QStringLiteral("PeerTimeout=90"), QStringLiteral("EnableBackup=0"));
    }
    Run run(QStringLiteral("connect vpnclient\n"
                           "link down snow outside\n"
                           "ping vpnclient 10.0.0.2\n"
                           "wait 120s\n"
                           "expect ike vpnclient 193.0.0.1 up\n"),
            project);
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.informationalFrom("vpnclient"), 0);
    QVERIFY(run.diagnosticCodes("vpnclient").isEmpty());
}

QTEST_GUILESS_MAIN(TstIkeInformational)
#include "tst_ike_informational.moc"
