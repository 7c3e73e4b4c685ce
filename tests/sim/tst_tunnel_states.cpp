#include "sim/analysis/configured_tunnels.h"
#include "sim/analysis/tunnel_states.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/scenario_runner.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::analysis;

// The tunnels of the built-in example (Cisco note 16060) and their states through runs of it:
// the seed scenario brings both tunnels up in order, a misrouted snow leaves snow-rain failed
// with the cause, and clearing the SAs ends the tunnel.

namespace {

vtd::model::Project example()
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                        vtd::resources::builtinExampleName());
    return *read.project;
}

/** The example with one configuration line of a node removed. */
vtd::model::Project exampleWithout(const QString &nodeName, const QString &line)
{
    vtd::model::Project project = example();
    const vtd::model::Node *node = project.nodeByName(nodeName);
    QString &text = project.node(node->id)->configText;
    const qsizetype before = text.size();
    text.replace(line + u'\n', QString());
    if (text.size() == before)
        qFatal("line not found: %s", qPrintable(line));
    return project;
}

/** The trace of a script run on a project. */
std::vector<TraceEvent> runScript(const vtd::model::Project &project, const QString &script)
{
    ScenarioRunner runner(project, 1);
    TraceRecorder recorder;
    runner.simulator().addTraceSink(&recorder);
    const auto errors = runner.load(script, QStringLiteral("t.vsc"));
    if (!errors.isEmpty())
        qFatal("script: %s", qPrintable(errors.first().code));
    runner.run();
    return recorder.events();
}

/** Every state a tunnel passed through, in order, starting with Configured. */
QList<TunnelState> history(TunnelStates &states, const std::vector<TraceEvent> &events, int tunnel)
{
    states.reset();
    QList<TunnelState> seen{states.status(tunnel).state};
    for (const TraceEvent &event : events) {
        if (states.apply(event) == tunnel && states.status(tunnel).state != seen.last())
            seen << states.status(tunnel).state;
    }
    return seen;
}

QString names(const QList<TunnelState> &states)
{
    QStringList out;
    for (TunnelState state : states)
        out << tunnelStateId(state);
    return out.join(u' ');
}

const QString kSeedScript = QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n");

} // namespace

class TstTunnelStates : public QObject
{
    Q_OBJECT
private slots:
    void configuredTunnelsOfTheExample();
    void seedRunBringsBothTunnelsUp_data();
    void seedRunBringsBothTunnelsUp();
    void misroutedRepliesFailWithTheCause();
    void clearingTheSasEndsTheTunnel();
    void resetStartsOver();
    void unrelatedRecordsChangeNothing();
};

void TstTunnelStates::configuredTunnelsOfTheExample()
{
    const QList<ConfiguredTunnel> tunnels = configuredTunnels(example());
    QCOMPARE(tunnels.size(), 2);
    // snow's static map names rain, rain's names snow: one tunnel; the client dials snow.
    QVERIFY(tunnels[0].joins(QStringLiteral("snow"), QStringLiteral("rain")));
    QCOMPARE(tunnels[0].a.node, QStringLiteral("snow"));
    QCOMPARE(tunnels[0].peerAddress.toString(), QStringLiteral("10.48.66.156"));
    QCOMPARE(tunnels[0].source, QStringLiteral("crypto map vpn-intf2 10"));
    QVERIFY(!tunnels[0].remoteAccess);
    QCOMPARE(tunnels[1].a.node, QStringLiteral("vpnclient"));
    QCOMPARE(tunnels[1].b.node, QStringLiteral("snow"));
    QCOMPARE(tunnels[1].peerAddress.toString(), QStringLiteral("193.0.0.1"));
    QVERIFY(tunnels[1].remoteAccess);
    // snow owns every address it answers on, not the PIX's unused 127.0.0.1 placeholders.
    QVERIFY(tunnels[0].a.owns(*vtd::model::Ipv4Address::parse(u"193.0.0.5")));
    QVERIFY(!tunnels[0].a.owns(*vtd::model::Ipv4Address::parse(u"127.0.0.1")));
}

void TstTunnelStates::seedRunBringsBothTunnelsUp_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("vpnclient-snow") << QStringLiteral("vpnclient") << QStringLiteral("snow");
    QTest::newRow("snow-rain") << QStringLiteral("snow") << QStringLiteral("rain");
}

void TstTunnelStates::seedRunBringsBothTunnelsUp()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const vtd::model::Project project = example();
    TunnelStates states(configuredTunnels(project));
    const int tunnel = states.indexOf(a, b);
    QVERIFY(tunnel >= 0);
    const QList<TunnelState> seen = history(states, runScript(project, kSeedScript), tunnel);
    const QList<TunnelState> expected{TunnelState::Configured, TunnelState::Phase1InProgress,
                                      TunnelState::IkeUp, TunnelState::IpsecUp};
    QCOMPARE(names(seen), names(expected));
    QVERIFY(!states.status(tunnel).failure);
    QVERIFY(states.status(tunnel).since > SimTime());
}

void TstTunnelStates::misroutedRepliesFailWithTheCause()
{
    const vtd::model::Project project =
        exampleWithout(QStringLiteral("snow"), QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1"));
    TunnelStates states(configuredTunnels(project));
    const int tunnel = states.indexOf(QStringLiteral("snow"), QStringLiteral("rain"));
    const QList<TunnelState> seen =
        history(states, runScript(project, QStringLiteral("ping rain-lan-host 10.0.0.2\n")), tunnel);
    QCOMPARE(seen.value(1), TunnelState::Phase1InProgress);
    QVERIFY(!seen.contains(TunnelState::IpsecUp));
    const TunnelStatus &status = states.status(tunnel);
    QCOMPARE(status.state, TunnelState::Failed);
    QVERIFY(status.failure);
    const QStringList causes{QStringLiteral("ike.reply-from-unexpected-address"), QStringLiteral("ike.misrouted")};
    QVERIFY2(causes.contains(status.failure->code), qPrintable(status.failure->code));
    // The client's tunnel was never tried.
    QCOMPARE(states.status(states.indexOf(QStringLiteral("vpnclient"), QStringLiteral("snow"))).state,
             TunnelState::Configured);
}

void TstTunnelStates::clearingTheSasEndsTheTunnel()
{
    const vtd::model::Project project = example();
    TunnelStates states(configuredTunnels(project));
    const int tunnel = states.indexOf(QStringLiteral("snow"), QStringLiteral("rain"));
    const std::vector<TraceEvent> events = runScript(project, QStringLiteral(
        "ping rain-lan-host 10.0.0.2\n"
        "on rain: clear crypto ipsec sa\n"
        "on rain: clear crypto isakmp sa\n"
        "on snow: clear crypto ipsec sa\n"
        "on snow: clear crypto isakmp sa\n"
        "wait 5s\n"));
    const QList<TunnelState> seen = history(states, events, tunnel);
    QVERIFY2(seen.contains(TunnelState::IpsecUp), qPrintable(names(seen)));
    QCOMPARE(seen.last(), TunnelState::Deleted);
    QVERIFY(!states.status(tunnel).failure);
}

void TstTunnelStates::resetStartsOver()
{
    const vtd::model::Project project = example();
    TunnelStates states(configuredTunnels(project));
    for (const TraceEvent &event : runScript(project, kSeedScript))
        states.apply(event);
    QCOMPARE(states.status(0).state, TunnelState::IpsecUp);
    states.reset();
    for (int i = 0; i < states.size(); ++i) {
        QCOMPARE(states.status(i).state, TunnelState::Configured);
        QCOMPARE(states.status(i).since, SimTime());
    }
}

void TstTunnelStates::unrelatedRecordsChangeNothing()
{
    TunnelStates states(configuredTunnels(example()));
    // An SA with an address no tunnel side owns, a finding of another area, a console line.
    SaStateTrace stranger{SimTime::fromSeconds(1), QStringLiteral("snow"), QStringLiteral("ike"),
                          QStringLiteral("193.0.0.1"), QStringLiteral("8.8.8.8"), {},
                          QStringLiteral("MM_NO_STATE"), {}};
    QCOMPARE(states.apply(stranger), -1);
    DiagnosticTrace other{SimTime::fromSeconds(1), {}};
    other.diagnostic.code = QStringLiteral("route.no-route");
    other.diagnostic.node = QStringLiteral("snow");
    other.diagnostic.peer = QStringLiteral("10.48.66.156");
    QCOMPARE(states.apply(other), -1);
    QCOMPARE(states.apply(ConsoleTrace{SimTime::fromSeconds(1), QStringLiteral("snow"), QStringLiteral("x")}), -1);
    QCOMPARE(states.status(0).state, TunnelState::Configured);
}

QTEST_GUILESS_MAIN(TstTunnelStates)
#include "tst_tunnel_states.moc"
