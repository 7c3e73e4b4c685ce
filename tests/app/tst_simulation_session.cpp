// The GUI's simulation session: stepping through the example run, stepping back by replay,
// user actions recorded as scenario lines (and replayed identically), console commands.

#include "app/gui/simulation/simulation_session.h"
#include "tests/example_project.h"

#include "sim/engine/trace_event.h"
#include "sim/scenario/scenario_runner.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QSignalSpy>
#include <QtTest>

using vtd::app::SimulationSession;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

QStringList traceLines(const SimulationSession &session)
{
    QStringList lines;
    for (const vtd::sim::TraceEvent &event : session.events())
        lines << vtd::sim::formatTraceEvent(event, true);
    return lines;
}

int packetsSent(const SimulationSession &session)
{
    int sent = 0;
    for (const vtd::sim::TraceEvent &event : session.events()) {
        const auto *packet = std::get_if<vtd::sim::PacketTrace>(&event);
        sent += packet && packet->direction == vtd::sim::PacketDirection::Sent;
    }
    return sent;
}

/** Steps until the recorded script has run. */
int stepToScriptEnd(SimulationSession &session)
{
    int steps = 0;
    while (!session.isScriptDone() && session.stepForward())
        ++steps;
    return steps;
}

} // namespace

class TestSimulationSession : public QObject
{
    Q_OBJECT

private slots:
    void actionsBecomeScriptLines();
    void stepBackReplaysTheSameRun();
    void actingDuringAWaitSplitsIt();
    void consoleCommandAnswersAtOnce();
    void badActionChangesNothing();
    void loadedScriptRunsLikeVpnsim();
};

void TestSimulationSession::actionsBecomeScriptLines()
{
    SimulationSession session;
    session.start(example());
    QCOMPARE(session.scriptText(), QString());
    QVERIFY(session.act(QStringLiteral("connect vpnclient")).isEmpty());
    const int connectSteps = stepToScriptEnd(session);
    QVERIFY2(connectSteps > 6, qPrintable(QString::number(connectSteps)));  // AM1..AM3, CFG, QMs
    QVERIFY(session.act(QStringLiteral("ping vpnclient 11.0.0.2")).isEmpty());
    stepToScriptEnd(session);
    QCOMPARE(session.scriptText(), QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2"));
    // The echoes went through: snow and rain have IPsec SAs.
    const QString sas = session.runner()->finish().ipsecSas.isEmpty() ? QString() : QStringLiteral("up");
    QCOMPARE(sas, QStringLiteral("up"));
}

void TestSimulationSession::stepBackReplaysTheSameRun()
{
    SimulationSession session;
    session.start(example());
    session.act(QStringLiteral("connect vpnclient"));
    session.act(QStringLiteral("ping vpnclient 11.0.0.2"));
    QList<QStringList> seen;
    while (session.stepForward())
        seen << traceLines(session);
    QVERIFY(seen.size() > 20);
    QSignalSpy rewound(&session, &SimulationSession::rewound);
    // Back one step at a time: each earlier state is exactly what was shown going forward.
    for (int i = int(seen.size()) - 2; i >= 0; i -= 7) {
        while (session.stepIndex() > i + 1)
            QVERIFY(session.stepBack());
        QCOMPARE(traceLines(session), seen.at(i));
    }
    QVERIFY(rewound.count() > 0);
    while (session.stepBack()) {
    }
    QCOMPARE(session.stepIndex(), 0);
    QCOMPARE(session.now(), vtd::sim::SimTime());
    QVERIFY(session.events().empty());
    // And forward again to the same end.
    while (session.stepForward()) {
    }
    QCOMPARE(traceLines(session), seen.last());
}

void TestSimulationSession::actingDuringAWaitSplitsIt()
{
    SimulationSession session;
    session.start(example());
    QVERIFY(session.loadScript(QStringLiteral("wait 10s\nconnect vpnclient\n")).isEmpty());
    QVERIFY(session.stepForward());  // the wait runs its events (there are none: to its end)
    // Stepped back to time 0, the action lands before the wait.
    QVERIFY(session.stepBack());
    QVERIFY(session.act(QStringLiteral("ping snow-lan-host 193.0.0.6")).isEmpty());
    QCOMPARE(session.scriptText(), QStringLiteral("ping snow-lan-host 193.0.0.6\nwait 10s\nconnect vpnclient\n"));
    stepToScriptEnd(session);
    QVERIFY(packetsSent(session) > 10);
}

void TestSimulationSession::consoleCommandAnswersAtOnce()
{
    SimulationSession session;
    session.start(example());
    session.act(QStringLiteral("connect vpnclient"));
    stepToScriptEnd(session);
    QSignalSpy output(&session, &SimulationSession::consoleOutput);
    QVERIFY(session.act(QStringLiteral("on snow: show crypto isakmp sa")).isEmpty());
    QCOMPARE(output.count(), 1);
    QCOMPARE(output.at(0).at(0).toString(), QStringLiteral("snow"));
    QVERIFY2(output.at(0).at(2).toString().contains(QStringLiteral("QM_IDLE")), qPrintable(output.at(0).at(2).toString()));
    QVERIFY(session.scriptText().endsWith(QStringLiteral("on snow: show crypto isakmp sa")));
}

void TestSimulationSession::badActionChangesNothing()
{
    SimulationSession session;
    session.start(example());
    const vtd::model::Diagnostics errors = session.act(QStringLiteral("ping nosuchnode 1.2.3.4"));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(session.scriptText(), QString());
    QVERIFY(!session.loadScript(QStringLiteral("wait 1s\nfrobnicate\n"), QStringLiteral("s.vpns")).isEmpty());
    QCOMPARE(session.scriptText(), QString());
}

void TestSimulationSession::loadedScriptRunsLikeVpnsim()
{
    const QString script = QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n");
    vtd::sim::ScenarioRunner runner(example(), 1);
    QVERIFY(runner.load(script, QString()).isEmpty());
    const vtd::sim::RunSummary blocking = runner.run();

    SimulationSession session;
    session.start(example(), 1);
    QVERIFY(session.loadScript(script).isEmpty());
    session.runToEnd();
    const vtd::sim::RunSummary stepped = session.runner()->finish();
    QCOMPARE(stepped.pings.size(), 1);
    QCOMPARE(stepped.pings.first().results, blocking.pings.first().results);
    QCOMPARE(stepped.endTimeMs, blocking.endTimeMs);
}

QTEST_GUILESS_MAIN(TestSimulationSession)
#include "tst_simulation_session.moc"
