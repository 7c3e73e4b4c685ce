// AddScenario, SetScenario and RemoveScenario.

#include "document_test_support.h"

#include "model/commands/add_remove_scenario.h"
#include "model/commands/set_scenario.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstScenarioCommands : public QObject
{
    Q_OBJECT

private slots:
    void addScenario_data();
    void addScenario();
    void addScenarioRefused_data();
    void addScenarioRefused();
    void setScenario_data();
    void setScenario();
    void setScenarioRefused_data();
    void setScenarioRefused();
    void unchangedScenarioLeavesNoStep();
    void removeScenario_data();
    void removeScenario();
    void removeScenarioRefused();
};

namespace {

Scenario scenario(const char *name, const char *script = "run 5s\n")
{
    return {QString::fromUtf8(name), QString::fromUtf8(script)};
}

} // namespace

void TstScenarioCommands::addScenario_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("landsAt");
    QTest::newRow("append") << -1 << 2;
    QTest::newRow("first") << 0 << 0;
    QTest::newRow("between") << 1 << 1;
    QTest::newRow("at the end") << 2 << 2;
}

void TstScenarioCommands::addScenario()
{
    QFETCH(int, index);
    QFETCH(int, landsAt);
    Document doc(smallProject());
    auto *command = new AddScenario(&doc, scenario("failover"), index);
    QCOMPARE(command->text(), QStringLiteral("Add scenario failover"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::ScenarioAdded, .scenario = landsAt},
                  {.kind = ChangeKind::ScenarioRemoved, .scenario = landsAt}, &after);
    QCOMPARE(after.scenarios().size(), size_t(3));
    QVERIFY(after.scenarios()[size_t(landsAt)] == scenario("failover"));
}

void TstScenarioCommands::addScenarioRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("code");
    QTest::newRow("name in use") << "seed" << -1 << "edit.duplicate-scenario";
    QTest::newRow("empty name") << "" << -1 << "edit.empty-scenario-name";
    QTest::newRow("blank name") << "  " << -1 << "edit.empty-scenario-name";
    QTest::newRow("past the end") << "new" << 3 << "edit.unknown-scenario";
}

void TstScenarioCommands::addScenarioRefused()
{
    QFETCH(QString, name);
    QFETCH(int, index);
    QFETCH(QString, code);
    Document doc(smallProject());
    checkRefused(doc, new AddScenario(&doc, Scenario{name, QStringLiteral("run 1s\n")}, index), code);
}

void TstScenarioCommands::setScenario_data()
{
    QTest::addColumn<Scenario>("edited");
    QTest::addColumn<QString>("text");
    QTest::newRow("script") << scenario("second", "ping host 10.0.0.2\n") << "Edit scenario second";
    QTest::newRow("name only") << scenario("pings", "ping host 10.0.0.1\n")
                               << "Rename scenario second to pings";
    QTest::newRow("both") << scenario("pings", "run 1s\n") << "Edit scenario pings";
}

void TstScenarioCommands::setScenario()
{
    QFETCH(Scenario, edited);
    QFETCH(QString, text);
    Document doc(smallProject());
    auto *command = new SetScenario(&doc, 1, edited);
    QCOMPARE(command->text(), text);
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::ScenarioChanged, .scenario = 1},
                  {.kind = ChangeKind::ScenarioChanged, .scenario = 1}, &after);
    QVERIFY(after.scenarios()[1] == edited);
    QVERIFY(after.scenarios()[0] == smallProject().scenarios()[0]);
}

void TstScenarioCommands::setScenarioRefused_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("other's name") << 1 << "seed" << "edit.duplicate-scenario";
    QTest::newRow("empty name") << 1 << "" << "edit.empty-scenario-name";
    QTest::newRow("no such index") << 2 << "x" << "edit.unknown-scenario";
    QTest::newRow("negative index") << -1 << "x" << "edit.unknown-scenario";
}

void TstScenarioCommands::setScenarioRefused()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, code);
    Document doc(smallProject());
    checkRefused(doc, new SetScenario(&doc, index, Scenario{name, QStringLiteral("run 1s\n")}), code);
}

void TstScenarioCommands::unchangedScenarioLeavesNoStep()
{
    Document doc(smallProject());
    QSignalSpy spy(&doc, &Document::changed);
    QVERIFY(!doc.push(new SetScenario(&doc, 0, doc.project().scenarios()[0])));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
}

void TstScenarioCommands::removeScenario_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("first") << 0;
    QTest::newRow("last") << 1;
}

void TstScenarioCommands::removeScenario()
{
    QFETCH(int, index);
    Document doc(smallProject());
    const Scenario removed = doc.project().scenarios()[size_t(index)];
    auto *command = new RemoveScenario(&doc, index);
    QCOMPARE(command->text(), QStringLiteral("Delete scenario %1").arg(removed.name));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::ScenarioRemoved, .scenario = index},
                  {.kind = ChangeKind::ScenarioAdded, .scenario = index}, &after);
    QCOMPARE(after.scenarios().size(), size_t(1));
    QVERIFY(!(after.scenarios()[0] == removed));
}

void TstScenarioCommands::removeScenarioRefused()
{
    Document doc(smallProject());
    checkRefused(doc, new RemoveScenario(&doc, 2), QStringLiteral("edit.unknown-scenario"));
    checkRefused(doc, new RemoveScenario(&doc, -1), QStringLiteral("edit.unknown-scenario"));
}

QTEST_GUILESS_MAIN(TstScenarioCommands)
#include "tst_scenario_commands.moc"
