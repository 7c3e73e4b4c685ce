// The undo commands on the built-in example (Cisco note 16060), as a user would edit it.

#include "document_test_support.h"

#include "model/commands/add_remove_link.h"
#include "model/commands/add_remove_node.h"
#include "model/commands/move_nodes.h"
#include "model/commands/set_config_text.h"
#include "model/commands/set_node_hardware.h"
#include "model/edit_checks.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstDocumentExample : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void removeEachNodeAndUndo_data();
    void removeEachNodeAndUndo();
    void deleteEverythingInOneMacro();
    void smallerPixDropsTheDmzLink();
    void dragTheWholeNetwork();
    void relinkAnInterface();
    void editAConfiguration();

private:
    Project m_example;
};

void TstDocumentExample::initTestCase()
{
    ProjectReadResult result = readProject(vtd::resources::builtinExampleProjectFile(),
                                           vtd::resources::builtinExampleName());
    QVERIFY2(result.project, qPrintable(result.diagnostics.isEmpty()
                                            ? QString()
                                            : result.diagnostics.front().code));
    m_example = *result.project;
    QCOMPARE(m_example.nodes().size(), size_t(9));
    QCOMPARE(m_example.links().size(), size_t(9));
}

void TstDocumentExample::removeEachNodeAndUndo_data()
{
    QTest::addColumn<QString>("name");
    for (const Node &node : m_example.nodes())
        QTest::newRow(qPrintable(node.name)) << node.name;
}

void TstDocumentExample::removeEachNodeAndUndo()
{
    QFETCH(QString, name);
    Document doc(m_example);
    const NodeId id = doc.project().nodeByName(name)->id;
    QList<LinkId> links;
    for (const Link &link : m_example.linksOf(id))
        links << link.id;
    checkUndoRedo(doc, new RemoveNode(&doc, id),
                  {.kind = ChangeKind::NodeRemoved, .nodes = {id}, .linksRemoved = links},
                  {.kind = ChangeKind::NodeAdded, .nodes = {id}, .linksAdded = links});
}

void TstDocumentExample::deleteEverythingInOneMacro()
{
    Document doc(m_example);
    QSignalSpy spy(&doc, &Document::changed);
    doc.undoStack()->beginMacro(QStringLiteral("Delete all"));
    for (const Node &node : m_example.nodes())
        QVERIFY(!doc.push(new RemoveNode(&doc, node.id)));
    doc.undoStack()->endMacro();
    QVERIFY(doc.project().nodes().empty());
    QVERIFY(doc.project().links().empty());
    QCOMPARE(spy.count(), 9);

    spy.clear();
    doc.undoStack()->undo();
    QVERIFY(doc.project() == m_example);
    // Nine NodeAdded events, last deleted first back; together they bring back every link once.
    QList<NodeId> nodes;
    QList<LinkId> links;
    for (const QList<QVariant> &args : spy) {
        const auto event = args.at(0).value<ChangeEvent>();
        QCOMPARE(event.kind, ChangeKind::NodeAdded);
        nodes << event.nodes;
        links << event.linksAdded;
    }
    QList<NodeId> expectedNodes;
    for (auto it = m_example.nodes().rbegin(); it != m_example.nodes().rend(); ++it)
        expectedNodes << it->id;
    QCOMPARE(nodes, expectedNodes);
    QList<LinkId> expectedLinks;
    for (const Link &link : m_example.links())
        expectedLinks << link.id;
    std::ranges::sort(links);
    std::ranges::sort(expectedLinks);
    QCOMPARE(links, expectedLinks);
}

void TstDocumentExample::smallerPixDropsTheDmzLink()
{
    // snow uses ethernet0 (outside), ethernet1 (inside) and ethernet2 (intf2, to carrion);
    // a PIX 501 has only ethernet0 and ethernet1.
    Document doc(m_example);
    const Node &snow = *doc.project().nodeByName(QStringLiteral("snow"));
    NodeHardware hardware = NodeHardware::of(snow);
    hardware.hardwareModel = QStringLiteral("PIX-501");
    const LinkId dmz = doc.project().linkAt(Endpoint{snow.id, QStringLiteral("ethernet2")})->id;
    QCOMPARE(linksLostWithHardware(doc.project(), snow.id, hardware), std::vector<LinkId>{dmz});
    checkUndoRedo(doc, new SetNodeHardware(&doc, snow.id, hardware),
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {snow.id}, .linksRemoved = {dmz}},
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {snow.id}, .linksAdded = {dmz}});
}

void TstDocumentExample::dragTheWholeNetwork()
{
    Document doc(m_example);
    const quint64 drag = MoveNodes::newDragId();
    for (int step = 1; step <= 10; ++step) {
        QList<NodePosition> targets;
        for (const Node &node : m_example.nodes())
            targets << NodePosition{node.id, node.position + QPointF(step * 3, -step * 2)};
        QVERIFY(!doc.push(new MoveNodes(&doc, targets, drag)));
    }
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->text(0), QStringLiteral("Move 9 nodes"));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == m_example);
}

void TstDocumentExample::relinkAnInterface()
{
    // Move rain's outside cable from the 10.48.66.0/24 segment to the 11.0.0.0/24 one: a macro
    // of unlink + link, undone as one step.
    Document doc(m_example);
    const Node &rain = *doc.project().nodeByName(QStringLiteral("rain"));
    const NodeId lan11 = doc.project().nodeByName(QStringLiteral("11.0.0.0/24"))->id;
    const Endpoint outside{rain.id, QStringLiteral("ethernet0")};
    const Link link{{}, outside, {lan11, {}}};
    QCOMPARE(validateLink(doc.project(), link)->code, QStringLiteral("edit.link-interface-in-use"));

    doc.undoStack()->beginMacro(QStringLiteral("Relink"));
    QVERIFY(!doc.push(new RemoveLink(&doc, doc.project().linkAt(outside)->id)));
    QVERIFY(!validateLink(doc.project(), link));
    QVERIFY(!doc.push(new AddLink(&doc, link)));
    doc.undoStack()->endMacro();
    QVERIFY(doc.project().linkAt(outside)->b.node == lan11);
    doc.undoStack()->undo();
    QVERIFY(doc.project() == m_example);
}

void TstDocumentExample::editAConfiguration()
{
    Document doc(m_example);
    const Node &carrion = *doc.project().nodeByName(QStringLiteral("carrion"));
    const QString text = carrion.configText + QStringLiteral("ip route 12.0.0.0 255.255.255.0 193.0.0.1\n");
    checkUndoRedo(doc, new SetConfigText(&doc, carrion.id, text),
                  {.kind = ChangeKind::NodeConfigChanged, .nodes = {carrion.id}},
                  {.kind = ChangeKind::NodeConfigChanged, .nodes = {carrion.id}});
}

QTEST_GUILESS_MAIN(TstDocumentExample)
#include "tst_document_example.moc"
