// SetNodeHardware: the new box, and the links it can no longer hold.

#include "document_test_support.h"

#include "model/commands/set_node_hardware.h"
#include "model/edit_checks.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstNodeHardwareCommand : public QObject
{
    Q_OBJECT

private slots:
    void keepsLinksTheNewModelHas();
    void dropsLinksTheNewModelLacks();
    void genericModelKeepsOnlyItsOwnPorts();
    void editsSoftwareLicencesAndMacs();
    void refused_data();
    void refused();
    void unchangedHardwareLeavesNoStep();
};

namespace {

NodeHardware hardwareOf(const Document &doc, NodeId id)
{
    return NodeHardware::of(*doc.project().node(id));
}

} // namespace

void TstNodeHardwareCommand::keepsLinksTheNewModelHas()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    NodeHardware hardware = hardwareOf(doc, ids.snow);
    hardware.hardwareModel = QStringLiteral("PIX-515E"); // ethernet0..5 like the 525
    auto *command = new SetNodeHardware(&doc, ids.snow, hardware);
    QCOMPARE(command->text(), QStringLiteral("Change hardware of snow"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow}},
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow}}, &after);
    QCOMPARE(after.node(ids.snow)->hardwareModel, QStringLiteral("PIX-515E"));
    QVERIFY(after.links() == smallProject().links());
}

void TstNodeHardwareCommand::dropsLinksTheNewModelLacks()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    NodeHardware hardware = hardwareOf(doc, ids.snow);
    hardware.hardwareModel = QStringLiteral("PIX-501"); // ethernet0..1: ethernet2 goes
    QCOMPARE(linksLostWithHardware(doc.project(), ids.snow, hardware),
             std::vector<LinkId>{ids.snowCarrion2});

    Project after;
    checkUndoRedo(doc, new SetNodeHardware(&doc, ids.snow, hardware),
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow},
                   .linksRemoved = {ids.snowCarrion2}},
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow},
                   .linksAdded = {ids.snowCarrion2}},
                  &after);
    QVERIFY(!after.link(ids.snowCarrion2));
    QVERIFY(after.link(ids.snowCarrion));
    QCOMPARE(after.links().size(), size_t(3));
}

void TstNodeHardwareCommand::genericModelKeepsOnlyItsOwnPorts()
{
    // carrion's links, in project order: Ethernet5/1 (index 0), Ethernet5/0 (1), Ethernet5/2 (2).
    SmallIds ids;
    Document doc(smallProject(&ids));
    NodeHardware hardware = hardwareOf(doc, ids.carrion);
    hardware.hardwareModel = QStringLiteral("IOS-ROUTER");
    hardware.customInterfaces = {QStringLiteral("Ethernet5/0"), QStringLiteral("Serial0/0")};
    const QList<LinkId> lost{ids.snowCarrion, ids.snowCarrion2};

    Project after;
    // Undo equality shows the two lost links came back around the kept one, in order.
    checkUndoRedo(doc, new SetNodeHardware(&doc, ids.carrion, hardware),
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.carrion}, .linksRemoved = lost},
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.carrion}, .linksAdded = lost},
                  &after);
    QCOMPARE(after.interfacesOf(*after.node(ids.carrion)), hardware.customInterfaces);
    QCOMPARE(after.links().size(), size_t(2));
    QVERIFY(after.link(ids.carrionLan));
}

void TstNodeHardwareCommand::editsSoftwareLicencesAndMacs()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    NodeHardware hardware = hardwareOf(doc, ids.snow);
    hardware.softwareVersion = QStringLiteral("6.3(1)");
    hardware.licences.vpn3Des = true;
    hardware.macAddresses.insert(QStringLiteral("ethernet0"), QStringLiteral("0002.b945.9ff1"));
    Project after;
    checkUndoRedo(doc, new SetNodeHardware(&doc, ids.snow, hardware),
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow}},
                  {.kind = ChangeKind::NodeHardwareChanged, .nodes = {ids.snow}}, &after);
    QVERIFY(NodeHardware::of(*after.node(ids.snow)) == hardware);
}

void TstNodeHardwareCommand::refused_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown model") << "snow" << "PIX-999" << "edit.unknown-hardware";
    QTest::newRow("router model on a pix") << "snow" << "C7500-RSP2" << "edit.hardware-kind-mismatch";
    QTest::newRow("pix model on a host") << "host" << "PIX-501" << "edit.hardware-kind-mismatch";
    QTest::newRow("unknown node") << "" << "PIX-501" << "edit.unknown-node";
}

void TstNodeHardwareCommand::refused()
{
    QFETCH(QString, node);
    QFETCH(QString, model);
    QFETCH(QString, code);
    Document doc(smallProject());
    const Node *target = doc.project().nodeByName(node);
    NodeHardware hardware = target ? NodeHardware::of(*target) : NodeHardware{};
    hardware.hardwareModel = model;
    checkRefused(doc, new SetNodeHardware(&doc, target ? target->id : NodeId{99}, hardware), code);
}

void TstNodeHardwareCommand::unchangedHardwareLeavesNoStep()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    QSignalSpy spy(&doc, &Document::changed);
    QVERIFY(!doc.push(new SetNodeHardware(&doc, ids.snow, hardwareOf(doc, ids.snow))));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
}

QTEST_GUILESS_MAIN(TstNodeHardwareCommand)
#include "tst_node_hardware_command.moc"
