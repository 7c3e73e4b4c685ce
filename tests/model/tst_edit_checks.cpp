// The checks the GUI and the importer call before building a command (validateLink has its
// table in tst_link_commands.cpp, beside the command that relies on it).

#include "document_test_support.h"

#include "model/diagnostic_catalog.h"
#include "model/edit_checks.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstEditChecks : public QObject
{
    Q_OBJECT

private slots:
    void suggestNodeName_data();
    void suggestNodeName();
    void nodeMayKeepItsOwnName();
    void scenarioMayKeepItsOwnName();
    void unknownNodeLosesNoLinks();
    void everyRefusalHasAnEnglishMessage();
};

void TstEditChecks::suggestNodeName_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("suggested");
    QTest::newRow("free") << "pix" << "pix";
    QTest::newRow("taken") << "snow" << "snow2";
    QTest::newRow("taken twice") << "host" << "host3"; // host2 is added below
}

void TstEditChecks::suggestNodeName()
{
    QFETCH(QString, base);
    QFETCH(QString, suggested);
    Project project = smallProject();
    project.insertNode(makeNode(project, NodeKind::Host, QStringLiteral("host2"), QStringLiteral("HOST"), {}));
    QCOMPARE(vtd::model::suggestNodeName(project, base), suggested);
    QVERIFY(!validateNodeName(project, suggested));
}

void TstEditChecks::nodeMayKeepItsOwnName()
{
    SmallIds ids;
    const Project project = smallProject(&ids);
    QVERIFY(!validateNodeName(project, QStringLiteral("snow"), ids.snow));
    QCOMPARE(validateNodeName(project, QStringLiteral("snow"), ids.host)->code,
             QStringLiteral("edit.duplicate-name"));
}

void TstEditChecks::scenarioMayKeepItsOwnName()
{
    const Project project = smallProject();
    QVERIFY(!validateScenarioName(project, QStringLiteral("seed"), 0));
    QCOMPARE(validateScenarioName(project, QStringLiteral("seed"), 1)->code,
             QStringLiteral("edit.duplicate-scenario"));
}

void TstEditChecks::unknownNodeLosesNoLinks()
{
    QVERIFY(linksLostWithHardware(smallProject(), NodeId{99}, NodeHardware{}).empty());
}

void TstEditChecks::everyRefusalHasAnEnglishMessage()
{
    const QStringList codes = diagnosticCodes();
    const QStringList used{
        "edit.unknown-node", "edit.duplicate-node-id", "edit.empty-name", "edit.name-with-space",
        "edit.duplicate-name", "edit.unknown-hardware", "edit.hardware-kind-mismatch",
        "edit.no-configuration", "edit.no-host-settings", "edit.no-profile", "edit.bad-mask",
        "edit.move-repeats-node", "edit.duplicate-link-id", "edit.unknown-link",
        "edit.link-to-itself", "edit.link-segments", "edit.link-interface-needed",
        "edit.link-missing-interface", "edit.link-segment-interface", "edit.link-interface-in-use",
        "edit.empty-scenario-name", "edit.duplicate-scenario", "edit.unknown-scenario"};
    for (const QString &code : used)
        QVERIFY2(codes.contains(code), qPrintable(code));

    SmallIds ids;
    const Project project = smallProject(&ids);
    const auto problem = validateLink(project, Link{{}, {ids.snow, QStringLiteral("ethernet9")}, {ids.lan, {}}});
    QCOMPARE(diagnosticMessage(*problem), QStringLiteral("\"snow\" has no interface \"ethernet9\""));
}

QTEST_GUILESS_MAIN(TstEditChecks)
#include "tst_edit_checks.moc"
