// The scenario editor: the session's recording and the project's scenarios as editable text,
// loaded into the simulation with errors marked at their lines (and nothing changed), saved as a
// project scenario (a request to the window) or as a .vpns file.

#include "app/gui/config_view/config_editor.h"
#include "tests/example_project.h"
#include "app/gui/simulation/scenario_editor.h"
#include "app/gui/simulation/simulation_session.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"
#include "sim/scenario/scenario_runner.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using vtd::app::ScenarioEditor;
using vtd::app::SimulationSession;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

QPushButton *button(const ScenarioEditor &editor, const char *name)
{
    auto *b = editor.findChild<QPushButton *>(QLatin1String(name));
    Q_ASSERT(b);
    return b;
}

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

private slots:
    void badScriptIsMarkedAndChangesNothing_data();
    void badScriptIsMarkedAndChangesNothing();
    void goodScriptLoadsAndRuns();
    void followsTheRecordingUntilEdited();
    void offersTheProjectScenarios();
    void savesAsProjectScenario();
    void savesToFile();
};

void TestScenarioEditor::badScriptIsMarkedAndChangesNothing_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::newRow("unknown command") << QStringLiteral("connect vpnclient\nwait 2s\nfrobnicate\n") << 3;
    QTest::newRow("unknown node") << QStringLiteral("ping nosuchnode 1.2.3.4\n") << 1;
    QTest::newRow("bad duration") << QStringLiteral("# comment\nwait soon\n") << 2;
}

void TestScenarioEditor::badScriptIsMarkedAndChangesNothing()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    SimulationSession session;
    session.start(example());
    QVERIFY(session.act(QStringLiteral("connect vpnclient")).isEmpty());
    session.runToEnd();
    const QString recording = session.scriptText();
    const std::size_t events = session.events().size();
    ScenarioEditor editor(session);
    QCOMPARE(editor.objectName(), QStringLiteral("scenarioEditor"));
    QSignalSpy rewound(&session, &SimulationSession::rewound);
    editor.editor()->setPlainText(script);
    QVERIFY(editor.isModified());
    QTest::mouseClick(button(editor, "loadScenario"), Qt::LeftButton);

    // Marked at its line in the editor and listed as "Line N: message".
    QVERIFY(!editor.editor()->marks().isEmpty());
    QCOMPARE(editor.editor()->marks().first().line, line);
    QVERIFY(!editor.editor()->messagesAt(line).isEmpty());
    QVERIFY(editor.errorList()->count() >= 1);
    QVERIFY2(editor.errorList()->item(0)->text().startsWith(QStringLiteral("Line %1: ").arg(line)),
             qPrintable(editor.errorList()->item(0)->text()));
    // The simulation did not change; the editor keeps the user's text.
    QCOMPARE(rewound.count(), 0);
    QCOMPARE(session.scriptText(), recording);
    QCOMPARE(session.events().size(), events);
    QCOMPARE(editor.scriptText(), script);
}

void TestScenarioEditor::goodScriptLoadsAndRuns()
{
    SimulationSession session;
    session.start(example());
    ScenarioEditor editor(session);
    const QString script = QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\nexpect ping vpnclient 11.0.0.2 >= 50%");
    editor.editor()->setPlainText(script);
    editor.setScenarioName(QStringLiteral("mine"));
    QVERIFY(editor.loadIntoSimulation().isEmpty());
    QCOMPARE(editor.errorList()->count(), 0);
    QVERIFY(editor.editor()->marks().isEmpty());
    QCOMPARE(session.scriptText(), script);
    QCOMPARE(session.stepIndex(), 0);
    // Back to showing (and following) the recording, which is now the loaded script.
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.shownScenario(), QString());
    QCOMPARE(editor.scriptText(), script);
    session.runToEnd();
    const vtd::sim::RunSummary summary = session.runner()->finish();
    QCOMPARE(summary.pings.size(), 1);
    QVERIFY(summary.allExpectsHeld());
}

void TestScenarioEditor::followsTheRecordingUntilEdited()
{
    SimulationSession session;
    ScenarioEditor editor(session);
    session.start(example());
    QCOMPARE(editor.scriptText(), QString());
    QVERIFY(session.act(QStringLiteral("connect vpnclient")).isEmpty());
    QCOMPARE(editor.scriptText(), QStringLiteral("connect vpnclient"));
    QVERIFY(!editor.isModified());
    // Once edited, the user's text stays.
    editor.show();
    editor.editor()->moveCursor(QTextCursor::End);
    QTest::keyClick(editor.editor(), Qt::Key_Return);
    QTest::keyClicks(editor.editor(), QStringLiteral("wait 5s"));
    QVERIFY(editor.isModified());
    session.runToEnd();
    QVERIFY(session.act(QStringLiteral("on snow: show version")).isEmpty());
    QCOMPARE(editor.scriptText(), QStringLiteral("connect vpnclient\nwait 5s"));
    // Choosing the recording again shows it as it is.
    QVERIFY(editor.showScenario(QString()));
    QVERIFY(!editor.isModified());
    QCOMPARE(editor.scriptText(), session.scriptText());
}

void TestScenarioEditor::offersTheProjectScenarios()
{
    SimulationSession session;
    ScenarioEditor editor(session);
    session.start(example());
    auto *chooser = editor.findChild<QComboBox *>(QStringLiteral("scenarioChoice"));
    QVERIFY(chooser);
    QCOMPARE(chooser->count(), 2);  // the recording and "seed"
    QVERIFY(editor.showScenario(QStringLiteral("seed")));
    QCOMPARE(editor.shownScenario(), QStringLiteral("seed"));
    QCOMPARE(editor.scenarioName(), QStringLiteral("seed"));
    QCOMPARE(editor.scriptText(), example().scenarios().front().script);
    QVERIFY(!editor.showScenario(QStringLiteral("nosuch")));
    // The seed scenario loads and its expectations hold.
    QVERIFY(editor.loadIntoSimulation().isEmpty());
    session.runToEnd();
    QVERIFY(session.runner()->finish().allExpectsHeld());

    // The window passes the document's scenarios when they change.
    editor.setScenarios({{QStringLiteral("a"), QStringLiteral("wait 1s")}, {QStringLiteral("b"), QStringLiteral("wait 2s")}});
    QCOMPARE(chooser->count(), 3);
    QVERIFY(editor.showScenario(QStringLiteral("b")));
    QCOMPARE(editor.scriptText(), QStringLiteral("wait 2s"));
}

void TestScenarioEditor::savesAsProjectScenario()
{
    SimulationSession session;
    ScenarioEditor editor(session);
    session.start(example());
    QSignalSpy requested(&editor, &ScenarioEditor::saveScenarioRequested);
    QVERIFY(!button(editor, "saveProjectScenario")->isEnabled());  // no name yet
    editor.editor()->setPlainText(QStringLiteral("connect vpnclient"));
    editor.setScenarioName(QStringLiteral("dial"));
    QVERIFY(button(editor, "saveProjectScenario")->isEnabled());
    QTest::mouseClick(button(editor, "saveProjectScenario"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), QStringLiteral("dial"));
    QCOMPARE(requested.at(0).at(1).toString(), QStringLiteral("connect vpnclient"));
}

void TestScenarioEditor::savesToFile()
{
    SimulationSession session;
    ScenarioEditor editor(session);
    session.start(example());
    editor.editor()->setPlainText(QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.vpns"));
    QVERIFY(!editor.saveToFile(path).has_value());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n"));
    // An unwritable place is an error value naming the path, not a crash.
    const QString bad = dir.filePath(QStringLiteral("no/such/folder/run.vpns"));
    const auto error = editor.saveToFile(bad);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QStringLiteral("run.vpns")), qPrintable(*error));
}

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenario_editor.moc"
