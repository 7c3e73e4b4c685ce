// The scenario runner on the built-in example (Cisco note 16060): every command of the
// contract's language, every outcome of every expectation, findings and determinism.
//
//   vpnclient .76 --10.48.66.0/24-- .44 [Et5/0 carrion Et5/1] .2 -- .1 [outside snow]
//                        |  .156 rain outside                [Et5/2] .6 -- .5 [intf2 snow]
#include "sim/devices/sim_network.h"
#include "tests/example_project.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/scenario/run_summary_json.h"
#include "sim/scenario/scenario_runner.h"
#include "sim/scenario/vpn_control.h"

#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QtTest>

#include <map>

using namespace vtd::sim;
using vtd::model::Ipv4Address;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

/** A test double of the IKE layer: SAs and connect outcomes set by the test. */
class ScriptedVpn final : public VpnControl
{
public:
    void connect(const QString &user, const QString &, ConnectFinished finished) override
    {
        lastUser = user;
        ++connects;
        if (answerAfter)
            node->simulator().schedule(SimTime::fromMilliseconds(*answerAfter), [=, this] { finished(outcome); });
    }
    void disconnect() override { ++disconnects; }
    QList<IkeSaInfo> ikeSas() const override { return ike; }
    QList<IpsecSaInfo> ipsecSas() const override { return ipsec; }

    devices::SimNode *node = nullptr;
    std::optional<std::int64_t> answerAfter; ///< never answers when unset
    ConnectOutcome outcome{true, {}};
    QList<IkeSaInfo> ike;
    QList<IpsecSaInfo> ipsec;
    QString lastUser;
    int connects = 0;
    int disconnects = 0;
};

/** One run of a script on the example, its log and its findings. */
struct Run
{
    explicit Run(std::uint64_t seed = 1) : project(example()), runner(project, seed)
    {
        runner.setLog([this](const QString &line) { log << line; });
        runner.setDiagnosticReport([this](const vtd::model::Diagnostic &d) { findings << d; });
        // IKE as the test scripts it: only the nodes given a double speak IKE, whatever the
        // IKE layer would hang on the nodes.
        runner.setVpnLookup([this](const QString &node) -> VpnControl * {
            const auto found = vpns.find(node);
            return found == vpns.end() ? nullptr : found->second.get();
        });
    }
    ScriptedVpn &addVpn(const QString &nodeName)
    {
        auto vpn = std::make_shared<ScriptedVpn>();
        vpn->node = runner.network().node(nodeName);
        vpns[nodeName] = vpn;
        return *vpn;
    }
    vtd::model::Diagnostics load(const QString &script) { return runner.load(script, QStringLiteral("t.vsc")); }
    RunSummary run(const QString &script)
    {
        const auto errors = load(script);
        if (!errors.isEmpty())
            qWarning("%s", qPrintable(vtd::model::diagnosticLine(errors.first())));
        return runner.run();
    }
    QStringList codes() const
    {
        QStringList out;
        for (const auto &d : findings)
            out << d.code;
        return out;
    }

    vtd::model::Project project;
    ScenarioRunner runner;
    std::map<QString, std::shared_ptr<ScriptedVpn>> vpns;
    QStringList log;
    vtd::model::Diagnostics findings;
};

} // namespace

class TstScenarioRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitAdvancesSimulatedTime();
    void bootOnlyRunsSixtySeconds();
    void pingBlocksAndIsRecorded();
    void pingDefaultsAndOptions();
    void pingFromADeviceAddressMakesTheDeviceOriginate();
    void pingToAnImplicitHost();
    void pingToNodeNameUsesItsAddress();
    void unroutedPingRecordsDrops();
    void linkDownAndUp();
    void onShowsTheDeviceOutput();
    void configureChangesTheRunningDevice();
    void configureRefusalIsReportedAtItsLine();
    void lossDropsSomeAndZeroRestores();
    void expectPing_data();
    void expectPing();
    void expectDrop_data();
    void expectDrop();
    void withoutIkeTheVpnCommandsFail();
    void expectIke_data();
    void expectIke();
    void expectIpsec_data();
    void expectIpsec();
    void connectOutcomes();
    void connectTimesOutAfterThirtySeconds();
    void summaryCarriesTheSas();
    void scriptErrorsRunNothing_data();
    void scriptErrorsRunNothing();
    void interfacesAsUsersWriteThem_data();
    void interfacesAsUsersWriteThem();
    void logShowsCommandsWithTheirTime();
    void sameSeedSameBytes();
    void seedMattersOnlyWhereRandomnessDoes();
};

void TstScenarioRunner::waitAdvancesSimulatedTime()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("wait 500ms\nwait 2s\nwait 1m\n"));
    QCOMPARE(summary.endTimeMs, 62500);
    QCOMPARE(run.runner.simulator().now(), SimTime::fromMilliseconds(62500));
    QVERIFY(summary.pings.isEmpty());
    QVERIFY(summary.allExpectsHeld());
}

void TstScenarioRunner::bootOnlyRunsSixtySeconds()
{
    Run run;
    QVERIFY(run.runner.load(ScenarioRunner::bootOnlyScript()).isEmpty());
    QCOMPARE(run.runner.run().endTimeMs, 60000);
}

// Two round trips of 1 ms each way: the next command starts when the last reply is in.
void TstScenarioRunner::pingBlocksAndIsRecorded()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("wait 10s\nping vpnclient 10.48.66.44 count 2\nwait 1s\n"));
    QCOMPARE(summary.pings.size(), 1);
    const PingRecord &ping = summary.pings.first();
    QCOMPARE(ping.timeMs, 10000);
    QCOMPARE(ping.line, 2);
    QCOMPARE(ping.source.text(), QStringLiteral("vpnclient"));
    QCOMPARE(ping.destination.text(), QStringLiteral("10.48.66.44"));
    QCOMPARE(ping.results, QStringLiteral("!!"));
    QCOMPARE(ping.sent, 2);
    QCOMPARE(ping.received, 2);
    QCOMPARE(ping.successPercent(), 100);
    QCOMPARE(summary.endTimeMs, 10000 + 4 + 1000);
    QVERIFY(summary.drops.isEmpty());
}

void TstScenarioRunner::pingDefaultsAndOptions()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("ping vpnclient 10.48.66.44\n"
                                                      "ping vpnclient 10.48.66.44 count 3 size 36 timeout 500ms\n"));
    QCOMPARE(summary.pings.size(), 2);
    QCOMPARE(summary.pings[0].results, QStringLiteral("!!!!!"));
    QCOMPARE(summary.pings[1].results, QStringLiteral("!!!"));
    QVERIFY(run.log.contains(QStringLiteral("Sending 5, 100-byte ICMP Echos to 10.48.66.44, timeout is 2 seconds:")));
    QVERIFY(run.log.contains(QStringLiteral("Sending 3, 36-byte ICMP Echos to 10.48.66.44, timeout is 500 milliseconds:")));
    QVERIFY(run.log.contains(QStringLiteral("Success rate is 100 percent (3/3)")));
}

void TstScenarioRunner::pingFromADeviceAddressMakesTheDeviceOriginate()
{
    Run run;
    QList<Ipv4Address> sources;
    devices::SimNode *client = run.runner.network().node(QStringLiteral("vpnclient"));
    client->addLocalListener([&](const net::Packet &p) { sources << p.source(); });
    const RunSummary summary = run.run(QStringLiteral("ping 10.48.66.44 vpnclient count 2\n"));
    QCOMPARE(summary.pings.first().results, QStringLiteral("!!"));
    QCOMPARE(sources, (QList<Ipv4Address>{addr("10.48.66.44"), addr("10.48.66.44")}));
}

void TstScenarioRunner::pingToAnImplicitHost()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("ping vpnclient 10.48.66.9\nping 10.48.66.10 10.48.66.44 count 1\n"));
    QCOMPARE(summary.pings[0].results, QStringLiteral("!!!!!"));
    QCOMPARE(summary.pings[1].results, QStringLiteral("!"));
    QVERIFY(run.runner.network().node(QStringLiteral("host-10.48.66.9")));
    QVERIFY(run.runner.network().node(QStringLiteral("host-10.48.66.10")));
}

void TstScenarioRunner::pingToNodeNameUsesItsAddress()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("ping carrion vpnclient count 1\n"));
    QCOMPARE(summary.pings.first().results, QStringLiteral("!"));
    QCOMPARE(summary.pings.first().destination.text(), QStringLiteral("vpnclient"));
    QVERIFY(run.log.contains(QStringLiteral("Sending 1, 100-byte ICMP Echos to 10.48.66.76, timeout is 2 seconds:")));
}

void TstScenarioRunner::unroutedPingRecordsDrops()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("ping vpnclient 8.8.8.8 count 2\n"));
    QCOMPARE(summary.pings.first().results, QStringLiteral(".."));
    QCOMPARE(summary.pings.first().successPercent(), 0);
    QCOMPARE(summary.endTimeMs, 4000);
    QCOMPARE(summary.drops.size(), 2);
    const DropRecord &drop = summary.drops.first();
    QCOMPARE(drop.node, QStringLiteral("carrion"));
    QCOMPARE(drop.code, QStringLiteral("route.no-route"));
    QCOMPARE(drop.timeMs, 1);
    QVERIFY(drop.packet.startsWith(QLatin1String("icmp 10.48.66.76 > 8.8.8.8")));
    QVERIFY(run.log.filter(QStringLiteral("drop at carrion")).size() == 2);
}

void TstScenarioRunner::linkDownAndUp()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("link down carrion Ethernet5/0\n"
                                                      "ping vpnclient 10.48.66.44 count 2\n"
                                                      "link up carrion Ethernet5/0\n"
                                                      "ping vpnclient 10.48.66.44 count 2\n"));
    QCOMPARE(summary.pings[0].results, QStringLiteral(".."));
    QCOMPARE(summary.pings[1].results, QStringLiteral("!!"));
    QCOMPARE(summary.drops.size(), 2);
    QCOMPARE(summary.drops.first().node, QStringLiteral("vpnclient"));
    QCOMPARE(summary.drops.first().code, QStringLiteral("link.next-hop-unresolved"));
}

void TstScenarioRunner::lossDropsSomeAndZeroRestores()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("loss 50% carrion e5/0\n"
                                                      "ping vpnclient 10.48.66.44 count 40\n"
                                                      "loss 0% carrion e5/0\n"
                                                      "ping vpnclient 10.48.66.44 count 10\n"));
    const PingRecord &lossy = summary.pings[0];
    QVERIFY2(lossy.received > 0 && lossy.received < 40, qPrintable(lossy.results));
    QCOMPARE(summary.pings[1].results, QStringLiteral("!!!!!!!!!!"));
    QVERIFY(!summary.drops.isEmpty());
    for (const DropRecord &drop : summary.drops) {
        QCOMPARE(drop.node, QStringLiteral("carrion"));
        QCOMPARE(drop.code, QStringLiteral("link.loss"));
        QCOMPARE(drop.params.value(QStringLiteral("percent")), QStringLiteral("50"));
    }
    // Each lost echo or reply is one drop: 40 - received of them.
    QCOMPARE(summary.drops.size(), 40 - lossy.received);
}

void TstScenarioRunner::onShowsTheDeviceOutput()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("wait 5s\non carrion: show version\n"));
    const QString transcript = summary.consoles.value(QStringLiteral("carrion"));
    QVERIFY(transcript.startsWith(QLatin1String("carrion# show version\nCisco Internetwork Operating System Software")));
    const qsizetype at = run.log.indexOf(QStringLiteral("[     5.000] on carrion: show version"));
    QVERIFY(at >= 0);
    QVERIFY(run.log.value(at + 1).startsWith(QLatin1String("carrion# show version\n")));
    QVERIFY(!summary.consoles.contains(QStringLiteral("snow")));
}

void TstScenarioRunner::configureChangesTheRunningDevice()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("ping carrion 11.0.0.1 count 1\n"
                                                      "configure carrion: ip route 11.0.0.0 255.255.255.0 10.48.66.156\n"
                                                      "ping carrion 11.0.0.1 count 1\n"
                                                      "expect drop carrion route.no-route\n"
                                                      "expect ping carrion 11.0.0.1 >= 100%\n"));
    QCOMPARE(summary.pings[0].results, QStringLiteral("."));
    QCOMPARE(summary.pings[1].results, QStringLiteral("!"));
    QVERIFY(summary.allExpectsHeld());
    QVERIFY2(run.findings.isEmpty(), run.findings.isEmpty() ? "" : qPrintable(vtd::model::diagnosticLine(run.findings.first())));
}

void TstScenarioRunner::configureRefusalIsReportedAtItsLine()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("wait 2s\nconfigure carrion: ip route 11.0.0.0 255.255.255.0\n"));
    QVERIFY(!run.findings.isEmpty());
    for (const auto &finding : run.findings) {
        QCOMPARE(finding.node, QStringLiteral("carrion"));
        QCOMPARE(finding.file, QStringLiteral("t.vsc"));
        QCOMPARE(finding.line, 2);
        QCOMPARE(finding.timeMs, 2000);
    }
    QCOMPARE(summary.diagnostics.size(), run.findings.size());
}

void TstScenarioRunner::expectPing_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("held");
    QTest::addColumn<QString>("code");
    const QString ok = QStringLiteral("ping vpnclient 10.48.66.44\n");
    const QString half = QStringLiteral("loss 100% carrion e5/0\nping vpnclient 10.48.66.44 count 2\n");
    QTest::newRow("all replies, >= 100%") << ok + "expect ping vpnclient 10.48.66.44 >= 100%" << true << "";
    QTest::newRow("none, >= 0%") << half + "expect ping vpnclient 10.48.66.44 >= 0%" << true << "";
    QTest::newRow("none, >= 1%") << half + "expect ping vpnclient 10.48.66.44 >= 1%" << false << "scenario.expect-ping-below";
    QTest::newRow("no such ping") << ok + "expect ping vpnclient 10.48.66.156 >= 0%" << false << "scenario.expect-ping-no-ping";
    QTest::newRow("the last such ping counts")
        << half + "loss 0% carrion e5/0\n" + ok + "expect ping vpnclient 10.48.66.44 >= 100%" << true << "";
    QTest::newRow("endpoints as written") << ok + "expect ping 10.48.66.76 10.48.66.44 >= 0%" << false << "scenario.expect-ping-no-ping";
    QTest::newRow("expect before the ping") << "expect ping vpnclient 10.48.66.44 >= 0%\n" + ok << false << "scenario.expect-ping-no-ping";
}

void TstScenarioRunner::expectPing()
{
    QFETCH(QString, script);
    QFETCH(bool, held);
    QFETCH(QString, code);
    Run run;
    const RunSummary summary = run.run(script);
    QCOMPARE(summary.expects.size(), 1);
    QCOMPARE(summary.expects.first().held, held);
    QCOMPARE(summary.allExpectsHeld(), held);
    QCOMPARE(run.codes(), code.isEmpty() ? QStringList() : QStringList{code});
    if (!held) {
        const auto &finding = run.findings.first();
        QCOMPARE(finding.file, QStringLiteral("t.vsc"));
        QCOMPARE(finding.line, summary.expects.first().line);
        QVERIFY(vtd::model::diagnosticMessage(finding).startsWith(summary.expects.first().text + u':'));
    }
}

void TstScenarioRunner::expectDrop_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<bool>("held");
    const QString unrouted = QStringLiteral("ping vpnclient 8.8.8.8 count 1\n");
    QTest::newRow("dropped there") << unrouted + "expect drop carrion route.no-route" << true;
    QTest::newRow("other node") << unrouted + "expect drop snow route.no-route" << false;
    QTest::newRow("other code") << unrouted + "expect drop carrion link.loss" << false;
    QTest::newRow("before the drop") << "expect drop carrion route.no-route\n" + unrouted << false;
}

void TstScenarioRunner::expectDrop()
{
    QFETCH(QString, script);
    QFETCH(bool, held);
    Run run;
    const RunSummary summary = run.run(script);
    QCOMPARE(summary.expects.size(), 1);
    QCOMPARE(summary.expects.first().held, held);
    QCOMPARE(run.codes(), held ? QStringList() : QStringList{QStringLiteral("scenario.expect-drop-none")});
}

// Until the IKE layer hangs a VpnControl on the nodes, IKE commands say so and expects fail,
// whatever state they expect: nothing is assumed.
void TstScenarioRunner::withoutIkeTheVpnCommandsFail()
{
    Run run;
    const RunSummary summary = run.run(QStringLiteral("connect vpnclient\n"
                                                      "expect ike snow 10.48.66.156 up\n"
                                                      "expect ike snow 10.48.66.156 down\n"
                                                      "expect ipsec snow 10.48.66.156 down\n"
                                                      "disconnect vpnclient\n"));
    QCOMPARE(summary.expects.size(), 3);
    for (const ExpectRecord &e : summary.expects)
        QVERIFY(!e.held);
    QCOMPARE(run.codes(), QStringList(5, QStringLiteral("scenario.no-ike")));
    QCOMPARE(run.findings.first().node, QStringLiteral("vpnclient"));
    QCOMPARE(vtd::model::diagnosticMessage(run.findings.first()),
             QStringLiteral("IKE is not simulated on vpnclient, so \"connect vpnclient\" cannot run"));
    QCOMPARE(summary.diagnostics.size(), 5);
    QVERIFY(summary.ikeSas.isEmpty());
}

void TstScenarioRunner::expectIke_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("expectation");
    QTest::addColumn<QString>("code"); // empty: held
    const QStringList none;
    const QStringList idle{QStringLiteral("QM_IDLE")};
    const QStringList negotiating{QStringLiteral("MM_NO_STATE")};
    QTest::newRow("up, idle") << idle << "up" << "";
    QTest::newRow("up, none") << none << "up" << "scenario.expect-ike-absent";
    QTest::newRow("up, negotiating") << negotiating << "up" << "scenario.expect-ike-state";
    QTest::newRow("down, none") << none << "down" << "";
    QTest::newRow("down, negotiating") << negotiating << "down" << "";
    QTest::newRow("down, idle") << idle << "down" << "scenario.expect-ike-still-up";
}

void TstScenarioRunner::expectIke()
{
    QFETCH(QStringList, states);
    QFETCH(QString, expectation);
    QFETCH(QString, code);
    Run run;
    ScriptedVpn &vpn = run.addVpn(QStringLiteral("snow"));
    for (const QString &state : states)
        vpn.ike << IkeSaInfo{QStringLiteral("snow"), addr("193.0.0.5"), addr("10.48.66.156"), QStringLiteral("initiator"), state, QStringLiteral("main"), QStringLiteral("des"), QStringLiteral("sha"), 2, QStringLiteral("pre-share"), 86400};
    // An SA with another peer never counts.
    vpn.ike << IkeSaInfo{QStringLiteral("snow"), addr("193.0.0.1"), addr("10.48.66.76"), QStringLiteral("responder"), QStringLiteral("QM_IDLE"), QStringLiteral("aggressive"), QStringLiteral("des"), QStringLiteral("md5"), 2, QStringLiteral("pre-share"), 86400};
    const RunSummary summary = run.run(QStringLiteral("expect ike snow 10.48.66.156 ") + expectation);
    QCOMPARE(summary.expects.first().held, code.isEmpty());
    QCOMPARE(run.codes(), code.isEmpty() ? QStringList() : QStringList{code});
}

void TstScenarioRunner::expectIpsec_data()
{
    QTest::addColumn<QString>("transform");  // of the SA; empty: no SA
    QTest::addColumn<QString>("expectation");
    QTest::addColumn<QString>("code");       // empty: held
    const QString desSha = QStringLiteral("esp-des esp-sha-hmac");
    QTest::newRow("up") << desSha << "up" << "";
    QTest::newRow("up, transform word") << desSha << "up transform esp-des" << "";
    QTest::newRow("up, whole transform") << desSha << "up transform esp-sha-hmac esp-des" << "";
    QTest::newRow("up, other transform") << desSha << "up transform esp-3des" << "scenario.expect-ipsec-transform";
    QTest::newRow("up, none") << "" << "up" << "scenario.expect-ipsec-absent";
    QTest::newRow("down, none") << "" << "down" << "";
    QTest::newRow("down, one") << desSha << "down" << "scenario.expect-ipsec-still-up";
}

void TstScenarioRunner::expectIpsec()
{
    QFETCH(QString, transform);
    QFETCH(QString, expectation);
    QFETCH(QString, code);
    Run run;
    ScriptedVpn &vpn = run.addVpn(QStringLiteral("snow"));
    if (!transform.isEmpty()) {
        IpsecSaInfo sa;
        sa.node = QStringLiteral("snow");
        sa.peer = addr("10.48.66.156");
        sa.transform = transform;
        vpn.ipsec << sa;
    }
    const RunSummary summary = run.run(QStringLiteral("expect ipsec snow 10.48.66.156 ") + expectation);
    QCOMPARE(summary.expects.first().held, code.isEmpty());
    QCOMPARE(run.codes(), code.isEmpty() ? QStringList() : QStringList{code});
}

void TstScenarioRunner::connectOutcomes()
{
    Run run;
    ScriptedVpn &vpn = run.addVpn(QStringLiteral("vpnclient"));
    vpn.answerAfter = 1500;
    RunSummary summary = run.run(QStringLiteral("connect vpnclient user alice password secret\nwait 1s\ndisconnect vpnclient\n"));
    QCOMPARE(vpn.connects, 1);
    QCOMPARE(vpn.lastUser, QStringLiteral("alice"));
    QCOMPARE(vpn.disconnects, 1);
    QCOMPARE(summary.endTimeMs, 2500); // connect blocked until the client answered
    QVERIFY(run.findings.isEmpty());
    QVERIFY(run.log.contains(QStringLiteral("vpnclient is connected")));

    Run refused;
    ScriptedVpn &failing = refused.addVpn(QStringLiteral("vpnclient"));
    failing.answerAfter = 10;
    failing.outcome = {false, QStringLiteral("the group password was refused")};
    refused.run(QStringLiteral("connect vpnclient\n"));
    QCOMPARE(refused.codes(), QStringList{QStringLiteral("scenario.connect-failed")});
    QCOMPARE(vtd::model::diagnosticMessage(refused.findings.first()),
             QStringLiteral("vpnclient did not connect: the group password was refused"));
}

void TstScenarioRunner::connectTimesOutAfterThirtySeconds()
{
    Run run;
    ScriptedVpn &vpn = run.addVpn(QStringLiteral("vpnclient"));
    const RunSummary summary = run.run(QStringLiteral("connect vpnclient\n"));
    QCOMPARE(summary.endTimeMs, 30000);
    QCOMPARE(vpn.disconnects, 1);
    QCOMPARE(run.codes(), QStringList{QStringLiteral("scenario.connect-timeout")});
    QCOMPARE(run.findings.first().timeMs, 30000);
    QCOMPARE(run.findings.first().line, 1);
}

void TstScenarioRunner::summaryCarriesTheSas()
{
    Run run;
    ScriptedVpn &vpn = run.addVpn(QStringLiteral("snow"));
    vpn.ike << IkeSaInfo{QStringLiteral("snow"), addr("193.0.0.5"), addr("10.48.66.156"), QStringLiteral("initiator"), QStringLiteral("QM_IDLE"), QStringLiteral("main"), QStringLiteral("des"), QStringLiteral("sha"), 2, QStringLiteral("pre-share"), 86400};
    IpsecSaInfo sa;
    sa.node = QStringLiteral("snow");
    sa.peer = addr("10.48.66.156");
    vpn.ipsec << sa;
    const RunSummary summary = run.run(QStringLiteral("wait 1s\n"));
    QCOMPARE(summary.ikeSas.size(), 1);
    QCOMPARE(summary.ipsecSas.size(), 1);
    QCOMPARE(summary.ikeSas.first().state, QStringLiteral("QM_IDLE"));
}

void TstScenarioRunner::scriptErrorsRunNothing_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("parse error") << "wait 1s\nwait soon\n" << "script.bad-duration" << 2;
    QTest::newRow("unknown interface") << "wait 1s\nlink down carrion Ethernet9/9\n" << "script.unknown-interface" << 2;
    QTest::newRow("source nobody can send from") << "wait 1s\n\nping 172.16.1.1 vpnclient\n" << "scenario.unreachable-endpoint" << 3;
}

void TstScenarioRunner::scriptErrorsRunNothing()
{
    QFETCH(QString, script);
    QFETCH(QString, code);
    QFETCH(int, line);
    Run run;
    const auto errors = run.load(script);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().code, code);
    QCOMPARE(errors.first().file, QStringLiteral("t.vsc"));
    QCOMPARE(errors.first().line, line);
    // Nothing was loaded: running now runs nothing.
    const RunSummary summary = run.runner.run();
    QCOMPARE(summary.endTimeMs, 0);
    QVERIFY(run.log.isEmpty());
}

void TstScenarioRunner::interfacesAsUsersWriteThem_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("IOS full name") << "link down carrion Ethernet5/0";
    QTest::newRow("IOS abbreviation") << "link down carrion e5/0";
    QTest::newRow("IOS other case") << "link down carrion ETHERNET5/0";
    QTest::newRow("PIX hardware") << "link down rain ethernet0";
    QTest::newRow("PIX nameif") << "link down rain outside";
    QTest::newRow("host port") << "link down vpnclient eth0";
}

void TstScenarioRunner::interfacesAsUsersWriteThem()
{
    QFETCH(QString, line);
    Run run;
    const auto errors = run.load(line + u'\n');
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(vtd::model::diagnosticLine(errors.first())));
    run.runner.run();
    const QStringList words = line.split(u' ');
    const devices::SimNode *node = run.runner.network().node(words[2]);
    int unplugged = 0;
    for (const net::SimInterface *port : node->interfaces())
        unplugged += port->isCableConnected() ? 0 : 1;
    QCOMPARE(unplugged, 1);
}

void TstScenarioRunner::logShowsCommandsWithTheirTime()
{
    Run run;
    run.run(QStringLiteral("wait 1500ms   # settle\nping vpnclient 10.48.66.44 count 1\nexpect ping vpnclient 10.48.66.44 >= 100%\n"));
    QCOMPARE(run.log.value(0), QStringLiteral("[     0.000] wait 1500ms"));
    QCOMPARE(run.log.value(1), QStringLiteral("[     1.500] ping vpnclient 10.48.66.44 count 1"));
    QCOMPARE(run.log.value(3), QStringLiteral("!"));
    QCOMPARE(run.log.value(5), QStringLiteral("[     1.502] expect ping vpnclient 10.48.66.44 >= 100%"));
    QCOMPARE(run.log.value(6), QStringLiteral("held"));
}

namespace {

const QString kLossyScript = QStringLiteral("on carrion: show version\n"
                                            "loss 30% carrion e5/0\n"
                                            "ping vpnclient 10.48.66.44 count 30\n"
                                            "ping carrion 8.8.8.8 count 2\n"
                                            "expect ping vpnclient 10.48.66.44 >= 50%\n"
                                            "expect drop carrion route.no-route\n");

std::pair<QByteArray, QStringList> runOnce(std::uint64_t seed)
{
    Run run(seed);
    const RunSummary summary = run.run(kLossyScript);
    return {writeRunSummaryJson(summary), run.log};
}

} // namespace

void TstScenarioRunner::sameSeedSameBytes()
{
    const auto first = runOnce(7);
    const auto second = runOnce(7);
    QCOMPARE(second.first, first.first);
    QCOMPARE(second.second, first.second);
    QVERIFY(first.first.contains("\"seed\": 7"));
}

// Loss draws from the run's RNG, so another seed loses other packets; everything that does not
// depend on chance (the unrouted ping, its drops, the console) is the same.
void TstScenarioRunner::seedMattersOnlyWhereRandomnessDoes()
{
    Run a(1);
    Run b(2);
    const RunSummary first = a.run(kLossyScript);
    const RunSummary second = b.run(kLossyScript);
    QVERIFY(first.pings[0].results != second.pings[0].results);
    QCOMPARE(first.pings[1].results, second.pings[1].results);
    QCOMPARE(first.consoles, second.consoles);
    auto unrouted = [](const RunSummary &s) {
        int n = 0;
        for (const DropRecord &d : s.drops)
            n += d.code == QLatin1String("route.no-route") ? 1 : 0;
        return n;
    };
    QCOMPARE(unrouted(first), 2);
    QCOMPARE(unrouted(second), 2);
}

QTEST_GUILESS_MAIN(TstScenarioRunner)
#include "tst_scenario_runner.moc"
