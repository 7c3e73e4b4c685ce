// MoveNodes: single and group moves, and a mouse drag that is one undo step.

#include "document_test_support.h"

#include "model/commands/move_nodes.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstMoveNodes : public QObject
{
    Q_OBJECT

private slots:
    void moveOneNode();
    void moveSeveralNodes();
    void dragIsOneUndoStep();
    void dragBackToTheStartLeavesNoStep();
    void separateDragsDoNotMerge_data();
    void separateDragsDoNotMerge();
    void moveWithoutDistanceLeavesNoStep();
    void refused_data();
    void refused();
};

namespace {

QPointF positionOf(const Document &doc, NodeId id)
{
    return doc.project().node(id)->position;
}

} // namespace

void TstMoveNodes::moveOneNode()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    auto *command = new MoveNodes(&doc, {{ids.snow, QPointF(15, -20)}});
    QCOMPARE(command->text(), QStringLiteral("Move snow"));
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeMoved, .nodes = {ids.snow}},
                  {.kind = ChangeKind::NodeMoved, .nodes = {ids.snow}}, &after);
    QCOMPARE(after.node(ids.snow)->position, QPointF(15, -20));
}

void TstMoveNodes::moveSeveralNodes()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    auto *command = new MoveNodes(&doc, {{ids.snow, QPointF(10, 10)}, {ids.host, QPointF(10, 210)}});
    QCOMPARE(command->text(), QStringLiteral("Move 2 nodes"));
    const QList<NodeId> moved{ids.snow, ids.host};
    Project after;
    checkUndoRedo(doc, command, {.kind = ChangeKind::NodeMoved, .nodes = moved},
                  {.kind = ChangeKind::NodeMoved, .nodes = moved}, &after);
    QCOMPARE(after.node(ids.snow)->position, QPointF(10, 10));
    QCOMPARE(after.node(ids.host)->position, QPointF(10, 210));
    QCOMPARE(after.node(ids.carrion)->position, QPointF(200, 0));
}

void TstMoveNodes::dragIsOneUndoStep()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Project before = doc.project();
    QSignalSpy spy(&doc, &Document::changed);
    const quint64 drag = MoveNodes::newDragId();
    // Snow starts at (0,0) and carrion at (200,0); the mouse moves by 5 units per event.
    for (int step = 1; step <= 4; ++step) {
        const QPointF delta(5 * step, 5 * step);
        QVERIFY(!doc.push(new MoveNodes(&doc, {{ids.snow, delta}, {ids.carrion, QPointF(200, 0) + delta}}, drag)));
    }
    QCOMPARE(spy.count(), 4); // the views follow every mouse move
    QCOMPARE(doc.undoStack()->count(), 1);
    const Project after = doc.project();
    QCOMPARE(positionOf(doc, ids.snow), QPointF(20, 20));

    spy.clear();
    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeEvent(spy), (ChangeEvent{.kind = ChangeKind::NodeMoved, .nodes = {ids.snow, ids.carrion}}));
    QVERIFY(doc.project() == before);

    doc.undoStack()->redo();
    QCOMPARE(spy.count(), 1);
    QVERIFY(doc.project() == after);
}

void TstMoveNodes::dragBackToTheStartLeavesNoStep()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const quint64 drag = MoveNodes::newDragId();
    doc.push(new MoveNodes(&doc, {{ids.snow, QPointF(30, 0)}}, drag));
    doc.push(new MoveNodes(&doc, {{ids.snow, QPointF(60, 0)}}, drag));
    doc.push(new MoveNodes(&doc, {{ids.snow, QPointF(0, 0)}}, drag));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.project() == smallProject());
}

void TstMoveNodes::separateDragsDoNotMerge_data()
{
    QTest::addColumn<bool>("sameDrag");
    QTest::addColumn<bool>("sameNodes");
    QTest::addColumn<bool>("noDragId");
    QTest::newRow("two drags") << false << true << false;
    QTest::newRow("other nodes") << true << false << false;
    QTest::newRow("no drag id") << true << true << true;
}

void TstMoveNodes::separateDragsDoNotMerge()
{
    QFETCH(bool, sameDrag);
    QFETCH(bool, sameNodes);
    QFETCH(bool, noDragId);
    SmallIds ids;
    Document doc(smallProject(&ids));
    const quint64 first = noDragId ? 0 : MoveNodes::newDragId();
    const quint64 second = sameDrag ? first : MoveNodes::newDragId();
    const NodeId other = sameNodes ? ids.snow : ids.host;
    doc.push(new MoveNodes(&doc, {{ids.snow, QPointF(30, 0)}}, first));
    doc.push(new MoveNodes(&doc, {{other, QPointF(60, 60)}}, second));
    QCOMPARE(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    QCOMPARE(positionOf(doc, ids.snow), QPointF(30, 0));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == smallProject());
}

void TstMoveNodes::moveWithoutDistanceLeavesNoStep()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    QSignalSpy spy(&doc, &Document::changed);
    QVERIFY(!doc.push(new MoveNodes(&doc, {{ids.snow, QPointF(0, 0)}}, MoveNodes::newDragId())));
    QVERIFY(!doc.push(new MoveNodes(&doc, {})));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
}

void TstMoveNodes::refused_data()
{
    QTest::addColumn<bool>("repeat");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown node") << false << "edit.unknown-node";
    QTest::newRow("node listed twice") << true << "edit.move-repeats-node";
}

void TstMoveNodes::refused()
{
    QFETCH(bool, repeat);
    QFETCH(QString, code);
    SmallIds ids;
    Document doc(smallProject(&ids));
    const NodeId second = repeat ? ids.snow : NodeId{99};
    checkRefused(doc, new MoveNodes(&doc, {{ids.snow, QPointF(1, 1)}, {second, QPointF(2, 2)}}),
                 code);
}

QTEST_GUILESS_MAIN(TstMoveNodes)
#include "tst_move_nodes.moc"
