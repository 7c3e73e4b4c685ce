// AddNode, RemoveNode, RenameNode and the commands that replace one field of a node.
// SetNodeHardware has its own file (tst_node_hardware_command.cpp).

#include "document_test_support.h"

#include "model/commands/add_remove_node.h"
#include "model/commands/rename_node.h"
#include "model/commands/set_config_text.h"
#include "model/commands/set_host_settings.h"
#include "model/commands/set_profile_text.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstNodeCommands : public QObject
{
    Q_OBJECT

private slots:
    void addNode();
    void addNodeAtIndex();
    void addNodeRefused_data();
    void addNodeRefused();
    void removeNodeTakesItsLinks_data();
    void removeNodeTakesItsLinks();
    void removeUnknownNodeRefused();
    void renameNode();
    void renameNodeRefused_data();
    void renameNodeRefused();
    void setConfigText();
    void setHostSettings();
    void setProfileText();
    void fieldEditRefused_data();
    void fieldEditRefused();
    void unchangedValueLeavesNoStep();
};

namespace {

Node pix(const QString &name)
{
    Node node;
    node.kind = NodeKind::PixFirewall;
    node.name = name;
    node.hardwareModel = QStringLiteral("PIX-501");
    node.position = QPointF(30, 40);
    node.configText = QStringLiteral("hostname %1\n").arg(name);
    return node;
}

} // namespace

void TstNodeCommands::addNode()
{
    Document doc(smallProject());
    auto *command = new AddNode(&doc, pix(QStringLiteral("pix1")));
    const NodeId id = command->nodeId();
    QVERIFY(id.isValid());
    QVERIFY(!doc.project().node(id));
    QCOMPARE(command->text(), QStringLiteral("Add pix1"));

    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeAdded, .nodes = {id}},
                  {.kind = ChangeKind::NodeRemoved, .nodes = {id}}, &after);
    QCOMPARE(after.nodeIndex(id), int(after.nodes().size()) - 1);
    Node expected = pix(QStringLiteral("pix1"));
    expected.id = id;
    QVERIFY(*after.node(id) == expected);
}

void TstNodeCommands::addNodeAtIndex()
{
    Document doc(smallProject());
    auto *command = new AddNode(&doc, pix(QStringLiteral("pix1")), 1);
    const NodeId id = command->nodeId();
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeAdded, .nodes = {id}},
                  {.kind = ChangeKind::NodeRemoved, .nodes = {id}}, &after);
    QCOMPARE(after.nodeIndex(id), 1);
}

void TstNodeCommands::addNodeRefused_data()
{
    QTest::addColumn<Node>("node");
    QTest::addColumn<QString>("code");
    Node node = pix(QStringLiteral("snow"));
    QTest::newRow("duplicate name") << node << "edit.duplicate-name";
    node.name.clear();
    QTest::newRow("empty name") << node << "edit.empty-name";
    node.name = QStringLiteral("my pix");
    QTest::newRow("white space") << node << "edit.name-with-space";
    node = pix(QStringLiteral("pix1"));
    node.hardwareModel = QStringLiteral("PIX-999");
    QTest::newRow("unknown hardware") << node << "edit.unknown-hardware";
    node.hardwareModel = QStringLiteral("C7500-RSP2");
    QTest::newRow("router hardware") << node << "edit.hardware-kind-mismatch";
    node = pix(QStringLiteral("pix1"));
    node.id = NodeId{1};
    QTest::newRow("id in use") << node << "edit.duplicate-node-id";
}

void TstNodeCommands::addNodeRefused()
{
    QFETCH(Node, node);
    QFETCH(QString, code);
    Document doc(smallProject());
    checkRefused(doc, new AddNode(&doc, node), code);
}

void TstNodeCommands::removeNodeTakesItsLinks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<LinkId>>("links");
    SmallIds ids;
    smallProject(&ids);
    // Links in project order: snowCarrion, carrionLan, snowCarrion2, clientLan.
    QTest::newRow("carrion: three links") << "carrion"
        << QList<LinkId>{ids.snowCarrion, ids.carrionLan, ids.snowCarrion2};
    QTest::newRow("snow: first and third") << "snow"
        << QList<LinkId>{ids.snowCarrion, ids.snowCarrion2};
    QTest::newRow("segment: second and last") << "10.48.66.0/24"
        << QList<LinkId>{ids.carrionLan, ids.clientLan};
    QTest::newRow("client: last") << "client" << QList<LinkId>{ids.clientLan};
    QTest::newRow("host: none") << "host" << QList<LinkId>{};
}

void TstNodeCommands::removeNodeTakesItsLinks()
{
    QFETCH(QString, name);
    QFETCH(QList<LinkId>, links);
    Document doc(smallProject());
    const NodeId id = doc.project().nodeByName(name)->id;
    auto *command = new RemoveNode(&doc, id);
    QCOMPARE(command->text(), QStringLiteral("Delete %1").arg(name));

    Project after;
    // checkUndoRedo's "undo gives an equal project" is the proof that every link came back
    // at its old index: Project::operator== compares the link lists in order.
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeRemoved, .nodes = {id}, .linksRemoved = links},
                  {.kind = ChangeKind::NodeAdded, .nodes = {id}, .linksAdded = links}, &after);
    QVERIFY(!after.node(id));
    QVERIFY(after.linksOf(id).empty());
    QCOMPARE(after.links().size(), smallProject().links().size() - size_t(links.size()));
}

void TstNodeCommands::removeUnknownNodeRefused()
{
    Document doc(smallProject());
    checkRefused(doc, new RemoveNode(&doc, NodeId{99}), QStringLiteral("edit.unknown-node"));
}

void TstNodeCommands::renameNode()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    auto *command = new RenameNode(&doc, ids.snow, QStringLiteral("hub"));
    QCOMPARE(command->text(), QStringLiteral("Rename snow to hub"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeRenamed, .nodes = {ids.snow}},
                  {.kind = ChangeKind::NodeRenamed, .nodes = {ids.snow}}, &after);
    QCOMPARE(after.node(ids.snow)->name, QStringLiteral("hub"));
    QVERIFY(!after.nodeByName(QStringLiteral("snow")));
    // Links name nodes by id, so they still hold.
    QVERIFY(after.links() == smallProject().links());
}

void TstNodeCommands::renameNodeRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("used by another node") << "carrion" << "edit.duplicate-name";
    QTest::newRow("empty") << "" << "edit.empty-name";
    QTest::newRow("space") << "snow 2" << "edit.name-with-space";
    QTest::newRow("tab") << "snow\t2" << "edit.name-with-space";
}

void TstNodeCommands::renameNodeRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    SmallIds ids;
    Document doc(smallProject(&ids));
    checkRefused(doc, new RenameNode(&doc, ids.snow, name), code);
}

void TstNodeCommands::setConfigText()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const QString text = QStringLiteral("hostname snow\nnameif ethernet0 outside security0\nno pager\n");
    auto *command = new SetConfigText(&doc, ids.snow, text);
    QCOMPARE(command->text(), QStringLiteral("Edit configuration of snow"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeConfigChanged, .nodes = {ids.snow}},
                  {.kind = ChangeKind::NodeConfigChanged, .nodes = {ids.snow}}, &after);
    QCOMPARE(after.node(ids.snow)->configText, text);
}

void TstNodeCommands::setHostSettings()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const HostSettings settings{Ipv4Address(10, 48, 66, 77), Ipv4Address(255, 255, 254, 0),
                                Ipv4Address(10, 48, 66, 2)};
    auto *command = new SetHostSettings(&doc, ids.client, settings);
    QCOMPARE(command->text(), QStringLiteral("Change IP settings of client"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeHostChanged, .nodes = {ids.client}},
                  {.kind = ChangeKind::NodeHostChanged, .nodes = {ids.client}}, &after);
    QVERIFY(after.node(ids.client)->host == settings);
}

void TstNodeCommands::setProfileText()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const QString text = QStringLiteral("[main]\nHost=193.0.0.1\nGroupName=vpngroup\n");
    auto *command = new SetProfileText(&doc, ids.client, text);
    QCOMPARE(command->text(), QStringLiteral("Change profile of client"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeProfileChanged, .nodes = {ids.client}},
                  {.kind = ChangeKind::NodeProfileChanged, .nodes = {ids.client}}, &after);
    QCOMPARE(after.node(ids.client)->profileText, text);
}

void TstNodeCommands::fieldEditRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("code");
    QTest::newRow("config of a host") << "config" << "host" << "edit.no-configuration";
    QTest::newRow("config of a segment") << "config" << "10.48.66.0/24" << "edit.no-configuration";
    QTest::newRow("config of a client") << "config" << "client" << "edit.no-configuration";
    QTest::newRow("ip settings of a pix") << "host" << "snow" << "edit.no-host-settings";
    QTest::newRow("ip settings of a router") << "host" << "carrion" << "edit.no-host-settings";
    QTest::newRow("non-contiguous mask") << "badmask" << "host" << "edit.bad-mask";
    QTest::newRow("profile of a host") << "profile" << "host" << "edit.no-profile";
    QTest::newRow("profile of a pix") << "profile" << "snow" << "edit.no-profile";
    QTest::newRow("unknown node") << "config" << "nobody" << "edit.unknown-node";
}

void TstNodeCommands::fieldEditRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, node);
    QFETCH(QString, code);
    Document doc(smallProject());
    const Node *target = doc.project().nodeByName(node);
    const NodeId id = target ? target->id : NodeId{99};
    const Ipv4Address mask(255, 0, 255, 0);
    QUndoCommand *command = nullptr;
    if (field == QLatin1String("config"))
        command = new SetConfigText(&doc, id, QStringLiteral("hostname x\n"));
    else if (field == QLatin1String("host"))
        command = new SetHostSettings(&doc, id, HostSettings{Ipv4Address(1, 2, 3, 4), Ipv4Address(255, 0, 0, 0), {}});
    else if (field == QLatin1String("badmask"))
        command = new SetHostSettings(&doc, id, HostSettings{Ipv4Address(1, 2, 3, 4), mask, {}});
    else
        command = new SetProfileText(&doc, id, QStringLiteral("[main]\n"));
    checkRefused(doc, command, code);
}

void TstNodeCommands::unchangedValueLeavesNoStep()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Node snow = *doc.project().node(ids.snow);
    const Node client = *doc.project().node(ids.client);
    QSignalSpy spy(&doc, &Document::changed);
    QVERIFY(!doc.push(new RenameNode(&doc, ids.snow, snow.name)));
    QVERIFY(!doc.push(new SetConfigText(&doc, ids.snow, snow.configText)));
    QVERIFY(!doc.push(new SetHostSettings(&doc, ids.client, client.host)));
    QVERIFY(!doc.push(new SetProfileText(&doc, ids.client, client.profileText)));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
    QVERIFY(doc.project() == smallProject());
}

QTEST_GUILESS_MAIN(TstNodeCommands)
#include "tst_node_commands.moc"
