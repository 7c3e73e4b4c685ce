#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vtd::model;

// A host that serves as AAA server for XAUTH keeps its accounts in host.aaa_users: written only
// when there are any (other files stay byte for byte as before), read back equal, and
// malformed entries reported with their JSON path.

namespace {

Project example()
{
    return *readProject(vtd::resources::builtinExampleProjectFile(), vtd::resources::builtinExampleName()).project;
}

NodeId idOf(const Project &project, const char *name)
{
    return project.nodeByName(QString::fromLatin1(name))->id;
}

/** The example's JSON with `users` as snow-lan-host's host.aaa_users. */
QByteArray withUsers(const QJsonValue &users)
{
    QJsonObject root = QJsonDocument::fromJson(vtd::resources::builtinExampleProjectFile()).object();
    QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        if (node.value(QStringLiteral("name")) != QStringLiteral("snow-lan-host"))
            continue;
        QJsonObject host = node.value(QStringLiteral("host")).toObject();
        host.insert(QStringLiteral("aaa_users"), users);
        node.insert(QStringLiteral("host"), host);
        nodes[i] = node;
    }
    root.insert(QStringLiteral("nodes"), nodes);
    return QJsonDocument(root).toJson();
}

} // namespace

class TstProjectAaaUsers : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void absentWhenEmpty();
    void malformedEntries_data();
    void malformedEntries();
};

void TstProjectAaaUsers::roundTrip()
{
    Project project = example();
    project.node(idOf(project, "snow-lan-host"))->host.aaaUsers = {{QStringLiteral("alice"), QStringLiteral("wonderland")},
                                                                   {QStringLiteral("bob"), QStringLiteral("builder")}};
    const QByteArray written = writeProject(project);
    QVERIFY(written.contains("\"aaa_users\""));
    const auto read = readProject(written, QStringLiteral("x.vpnd"));
    QVERIFY(read.project);
    QVERIFY(read.diagnostics.isEmpty());
    QCOMPARE(read.project->nodeByName(QStringLiteral("snow-lan-host"))->host.aaaUsers,
             project.nodeByName(QStringLiteral("snow-lan-host"))->host.aaaUsers);
    QCOMPARE(writeProject(*read.project), written);
}

void TstProjectAaaUsers::absentWhenEmpty()
{
    QVERIFY(!writeProject(example()).contains("aaa_users"));
}

void TstProjectAaaUsers::malformedEntries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::newRow("not an array") << withUsers(QStringLiteral("alice")) << QStringLiteral("host.aaa_users");
    QTest::newRow("entry not an object") << withUsers(QJsonArray{1}) << QStringLiteral("host.aaa_users[0]");
    QTest::newRow("no password") << withUsers(QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}}})
                                 << QStringLiteral("host.aaa_users[0].password");
}

void TstProjectAaaUsers::malformedEntries()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const auto read = readProject(json, QStringLiteral("x.vpnd"));
    QVERIFY(!read.diagnostics.isEmpty());
    bool named = false;
    for (const Diagnostic &diagnostic : read.diagnostics)
        named = named || diagnostic.params.value(QStringLiteral("path")).endsWith(path);
    QVERIFY2(named, qPrintable(read.diagnostics.front().params.value(QStringLiteral("path"))));
}

QTEST_GUILESS_MAIN(TstProjectAaaUsers)
#include "tst_project_aaa_users.moc"
