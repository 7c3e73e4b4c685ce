// AddLink, RemoveLink and validateLink(), which the GUI and the importer call before pushing.

#include "document_test_support.h"

#include "model/commands/add_remove_link.h"
#include "model/edit_checks.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstLinkCommands : public QObject
{
    Q_OBJECT

private slots:
    void addLinkToSegment();
    void addLinkBetweenInterfaces();
    void addLinkKeepsAGivenId();
    void validateLink_data();
    void validateLink();
    void addLinkRefusedLikeValidateLink();
    void removeLink_data();
    void removeLink();
    void removeUnknownLinkRefused();
};

namespace {

/** The small project plus a second LAN segment and a PIX 501 with both ports free. */
Project projectWithSpareNodes(NodeId *otherLan, NodeId *spare)
{
    Project p = smallProject();
    Node lan = makeNode(p, NodeKind::LanSegment, QStringLiteral("11.0.0.0/24"),
                        QStringLiteral("LAN-SEGMENT"), {400, 200});
    Node pix = makeNode(p, NodeKind::PixFirewall, QStringLiteral("rain"), QStringLiteral("PIX-501"),
                        {600, 200});
    *otherLan = lan.id;
    *spare = pix.id;
    p.insertNode(lan);
    p.insertNode(pix);
    return p;
}

} // namespace

void TstLinkCommands::addLinkToSegment()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    auto *command = new AddLink(&doc, Link{{}, {ids.host, QStringLiteral("eth0")}, {ids.lan, {}}});
    const LinkId id = command->linkId();
    QVERIFY(id.isValid());
    QVERIFY(!doc.project().link(id));
    QCOMPARE(command->text(), QStringLiteral("Link host eth0 to 10.48.66.0/24"));
    Project after;
    checkUndoRedo(doc, command,
                  {.kind = ChangeKind::LinkAdded, .nodes = {ids.host, ids.lan}, .linksAdded = {id}},
                  {.kind = ChangeKind::LinkRemoved, .nodes = {ids.host, ids.lan}, .linksRemoved = {id}},
                  &after);
    QCOMPARE(after.linkIndex(id), int(after.links().size()) - 1);
    QCOMPARE(after.linkAt(Endpoint{ids.host, QStringLiteral("eth0")})->id, id);
}

void TstLinkCommands::addLinkBetweenInterfaces()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Link link{{}, {ids.snow, QStringLiteral("ethernet1")}, {ids.carrion, QStringLiteral("Ethernet5/3")}};
    auto *command = new AddLink(&doc, link);
    const LinkId id = command->linkId();
    QCOMPARE(command->text(), QStringLiteral("Link snow ethernet1 to carrion Ethernet5/3"));
    Project after;
    checkUndoRedo(doc, command,
                  {.kind = ChangeKind::LinkAdded, .nodes = {ids.snow, ids.carrion}, .linksAdded = {id}},
                  {.kind = ChangeKind::LinkRemoved, .nodes = {ids.snow, ids.carrion}, .linksRemoved = {id}},
                  &after);
    QVERIFY(*after.link(id) == (Link{id, link.a, link.b}));
}

void TstLinkCommands::addLinkKeepsAGivenId()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    auto *command = new AddLink(&doc, Link{LinkId{40}, {ids.host, QStringLiteral("eth0")}, {ids.lan, {}}});
    QCOMPARE(command->linkId(), LinkId{40});
    QVERIFY(!doc.push(command));
    QVERIFY(doc.project().link(LinkId{40}));
}

void TstLinkCommands::validateLink_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("aInterface");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("bInterface");
    QTest::addColumn<QString>("code"); // empty: accepted
    const QString lan = QStringLiteral("10.48.66.0/24");
    QTest::newRow("device to segment") << "host" << "eth0" << lan << "" << "";
    QTest::newRow("segment to device") << lan << "" << "host" << "eth0" << "";
    QTest::newRow("device to device") << "rain" << "ethernet0" << "snow" << "ethernet1" << "";
    QTest::newRow("unknown first node") << "nobody" << "eth0" << lan << "" << "edit.unknown-node";
    QTest::newRow("unknown second node") << "host" << "eth0" << "nobody" << "" << "edit.unknown-node";
    QTest::newRow("to itself") << "snow" << "ethernet1" << "snow" << "ethernet3" << "edit.link-to-itself";
    QTest::newRow("two segments") << lan << "" << "11.0.0.0/24" << "" << "edit.link-segments";
    QTest::newRow("no interface") << "host" << "" << lan << "" << "edit.link-interface-needed";
    QTest::newRow("no such interface") << "rain" << "ethernet2" << lan << "" << "edit.link-missing-interface";
    QTest::newRow("interface on a segment") << "host" << "eth0" << lan << "eth0" << "edit.link-segment-interface";
    QTest::newRow("first end in use") << "snow" << "ethernet0" << "rain" << "ethernet0" << "edit.link-interface-in-use";
    QTest::newRow("second end in use") << "rain" << "ethernet0" << "client" << "eth0" << "edit.link-interface-in-use";
}

void TstLinkCommands::validateLink()
{
    QFETCH(QString, a);
    QFETCH(QString, aInterface);
    QFETCH(QString, b);
    QFETCH(QString, bInterface);
    QFETCH(QString, code);
    NodeId otherLan, spare;
    const Project project = projectWithSpareNodes(&otherLan, &spare);
    const auto idOf = [&](const QString &name) {
        const Node *node = project.nodeByName(name);
        return node ? node->id : NodeId{99};
    };
    const Link link{{}, {idOf(a), aInterface}, {idOf(b), bInterface}};
    const std::optional<Diagnostic> problem = vtd::model::validateLink(project, link);
    QCOMPARE(problem ? problem->code : QString(), code);
    if (problem && problem->params.contains(QStringLiteral("node")))
        QVERIFY(!problem->node.isEmpty()); // the GUI can point at the node
}

void TstLinkCommands::addLinkRefusedLikeValidateLink()
{
    NodeId otherLan, spare;
    Document doc(projectWithSpareNodes(&otherLan, &spare));
    const NodeId snow = doc.project().nodeByName(QStringLiteral("snow"))->id;
    checkRefused(doc, new AddLink(&doc, Link{{}, {spare, QStringLiteral("ethernet0")}, {snow, QStringLiteral("ethernet0")}}),
                 QStringLiteral("edit.link-interface-in-use"));
    checkRefused(doc, new AddLink(&doc, Link{{}, {spare, QStringLiteral("ethernet0")}, {otherLan, QStringLiteral("x")}}),
                 QStringLiteral("edit.link-segment-interface"));
    const LinkId used = doc.project().links().front().id;
    checkRefused(doc, new AddLink(&doc, Link{used, {spare, QStringLiteral("ethernet0")}, {otherLan, {}}}),
                 QStringLiteral("edit.duplicate-link-id"));
}

void TstLinkCommands::removeLink_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::newRow("first") << 0 << "Unlink snow ethernet0 from carrion Ethernet5/1";
    QTest::newRow("middle") << 1 << "Unlink carrion Ethernet5/0 from 10.48.66.0/24";
    QTest::newRow("last") << 3 << "Unlink client eth0 from 10.48.66.0/24";
}

void TstLinkCommands::removeLink()
{
    QFETCH(int, index);
    QFETCH(QString, text);
    Document doc(smallProject());
    const Link link = doc.project().links()[size_t(index)];
    auto *command = new RemoveLink(&doc, link.id);
    QCOMPARE(command->text(), text);
    const QList<NodeId> ends{link.a.node, link.b.node};
    Project after;
    // Undo equality proves the link went back to its old index.
    checkUndoRedo(doc, command,
                  {.kind = ChangeKind::LinkRemoved, .nodes = ends, .linksRemoved = {link.id}},
                  {.kind = ChangeKind::LinkAdded, .nodes = ends, .linksAdded = {link.id}}, &after);
    QVERIFY(!after.link(link.id));
    QVERIFY(!after.linkAt(link.a));
}

void TstLinkCommands::removeUnknownLinkRefused()
{
    Document doc(smallProject());
    checkRefused(doc, new RemoveLink(&doc, LinkId{99}), QStringLiteral("edit.unknown-link"));
}

QTEST_GUILESS_MAIN(TstLinkCommands)
#include "tst_link_commands.moc"
