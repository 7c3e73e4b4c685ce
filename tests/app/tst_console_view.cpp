// The device console view: a device's console of the run (debug output as the device prints
// it), following the session as it steps and rewinds, and a command line whose commands become
// "on NODE: CLI" scenario lines.

#include "app/gui/simulation/console_view.h"
#include "tests/example_project.h"
#include "app/gui/simulation/simulation_session.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"
#include "sim/console/device_console.h"
#include "sim/scenario/scenario_runner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QtTest>

using vtd::app::ConsoleView;
using vtd::app::SimulationSession;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

void type(QLineEdit *input, const QString &text)
{
    input->setFocus();
    input->clear();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

} // namespace

class TestConsoleView : public QObject
{
    Q_OBJECT

private slots:
    void listsThePixAndIosDevices();
    void showsTheDebugOutputOfTheRun();
    void typedCommandIsRecordedAndAnswered();
    void historyRecallsCommands();
    void refusedCommandIsShown();
    void followsStepsAndRewinds();
};

void TestConsoleView::listsThePixAndIosDevices()
{
    SimulationSession session;
    ConsoleView view(session);
    QCOMPARE(view.objectName(), QStringLiteral("consoleView"));
    QVERIFY(view.devices().isEmpty());
    QVERIFY(!view.input()->isEnabled());
    session.start(example());
    QVERIFY(view.devices().contains(QStringLiteral("snow")));
    QVERIFY(view.devices().contains(QStringLiteral("rain")));
    QVERIFY(!view.devices().contains(QStringLiteral("vpnclient")));
    QVERIFY(view.input()->isEnabled());
    QVERIFY(view.setCurrentDevice(QStringLiteral("rain")));
    QCOMPARE(view.currentDevice(), QStringLiteral("rain"));
    QVERIFY(!view.setCurrentDevice(QStringLiteral("vpnclient")));
}

void TestConsoleView::showsTheDebugOutputOfTheRun()
{
    SimulationSession session;
    ConsoleView view(session);
    session.start(example());
    QVERIFY(view.setCurrentDevice(QStringLiteral("snow")));
    QVERIFY(view.sendCommand(QStringLiteral("debug crypto isakmp")));
    QVERIFY(session.act(QStringLiteral("connect vpnclient")).isEmpty());
    session.runToEnd();
    const QString shown = view.text()->toPlainText();
    // The PIX prints its ISAKMP debug output as in the seed log.
    QVERIFY2(shown.contains(QStringLiteral("ISAKMP (0): processing SA payload")), qPrintable(shown.left(2000)));
    QVERIFY2(shown.contains(QStringLiteral("ISAKMP (0): SA has been authenticated")) || shown.contains(QStringLiteral("ISAKMP (0): atts are acceptable")),
             qPrintable(shown.left(2000)));
    QCOMPARE(shown, session.runner()->consoles().transcripts().value(QStringLiteral("snow")));
    // rain's console is its own.
    QVERIFY(view.setCurrentDevice(QStringLiteral("rain")));
    QCOMPARE(view.text()->toPlainText(), session.runner()->consoles().transcripts().value(QStringLiteral("rain")));
}

void TestConsoleView::typedCommandIsRecordedAndAnswered()
{
    SimulationSession session;
    ConsoleView view(session);
    view.show();
    session.start(example());
    QVERIFY(view.setCurrentDevice(QStringLiteral("snow")));
    QVERIFY(session.act(QStringLiteral("connect vpnclient")).isEmpty());
    session.runToEnd();
    QSignalSpy output(&session, &SimulationSession::consoleOutput);
    type(view.input(), QStringLiteral("show crypto isakmp sa"));
    QCOMPARE(output.count(), 1);
    QVERIFY(view.input()->text().isEmpty());
    QVERIFY(view.errorText().isEmpty());
    const QString shown = view.text()->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("snow# show crypto isakmp sa")), qPrintable(shown.right(1000)));
    QVERIFY2(shown.contains(QStringLiteral("QM_IDLE")), qPrintable(shown.right(1000)));
    QVERIFY(session.scriptText().endsWith(QStringLiteral("on snow: show crypto isakmp sa")));
    // The end of the console is in view.
    QScrollBar *bar = view.text()->verticalScrollBar();
    QCOMPARE(bar->value(), bar->maximum());
}

void TestConsoleView::historyRecallsCommands()
{
    SimulationSession session;
    ConsoleView view(session);
    view.show();
    session.start(example());
    QVERIFY(view.setCurrentDevice(QStringLiteral("snow")));
    type(view.input(), QStringLiteral("show version"));
    type(view.input(), QStringLiteral("show route"));
    QTest::keyClick(view.input(), Qt::Key_Up);
    QCOMPARE(view.input()->text(), QStringLiteral("show route"));
    QTest::keyClick(view.input(), Qt::Key_Up);
    QCOMPARE(view.input()->text(), QStringLiteral("show version"));
    QTest::keyClick(view.input(), Qt::Key_Up);
    QCOMPARE(view.input()->text(), QStringLiteral("show version"));
    QTest::keyClick(view.input(), Qt::Key_Down);
    QCOMPARE(view.input()->text(), QStringLiteral("show route"));
    QTest::keyClick(view.input(), Qt::Key_Down);
    QCOMPARE(view.input()->text(), QString());
    QCOMPARE(session.scriptText(), QStringLiteral("on snow: show version\non snow: show route"));
}

void TestConsoleView::refusedCommandIsShown()
{
    SimulationSession session;
    ConsoleView view(session);
    view.show();
    session.start(example());
    QVERIFY(view.setCurrentDevice(QStringLiteral("snow")));
    // A line the scenario language refuses ("on NODE:" with nothing after the colon).
    QVERIFY(!view.sendCommand(QString()));
    QVERIFY(!view.errorText().isEmpty());
    QCOMPARE(session.scriptText(), QString());
    QVERIFY(view.sendCommand(QStringLiteral("show version")));
    QVERIFY(view.errorText().isEmpty());
}

void TestConsoleView::followsStepsAndRewinds()
{
    SimulationSession session;
    ConsoleView view(session);
    session.start(example());
    QVERIFY(view.setCurrentDevice(QStringLiteral("snow")));
    QVERIFY(session.loadScript(QStringLiteral("on snow: debug crypto isakmp\nconnect vpnclient\n")).isEmpty());
    QVERIFY(view.text()->toPlainText().isEmpty());
    qsizetype last = 0;
    int grew = 0;
    while (!session.isScriptDone() && session.stepForward()) {
        const QString shown = view.text()->toPlainText();
        QCOMPARE(shown, session.runner()->consoles().transcripts().value(QStringLiteral("snow")));
        grew += shown.size() > last;
        last = shown.size();
    }
    QVERIFY(grew > 3);
    while (session.stepIndex() > 3)
        QVERIFY(session.stepBack());
    const QString earlier = view.text()->toPlainText();
    QVERIFY(earlier.size() < last);
    QCOMPARE(earlier, session.runner()->consoles().transcripts().value(QStringLiteral("snow")));
    session.reset();
    QVERIFY(view.text()->toPlainText().isEmpty());
}

QTEST_MAIN(TestConsoleView)
#include "tst_console_view.moc"
