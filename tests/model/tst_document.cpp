// Document itself: history, Reset, refusals, clean state and how events behave in macros.
// Each kind of command has its own test file (tst_*_commands.cpp, tst_move_nodes.cpp).

#include "document_test_support.h"

#include "model/commands/add_remove_link.h"
#include "model/commands/add_remove_node.h"
#include "model/commands/move_nodes.h"
#include "model/commands/rename_node.h"

#include <QtTest>

using namespace vtd::model;
using namespace vtd::model::test;

class TstDocument : public QObject
{
    Q_OBJECT

private slots:
    void startsEmptyAndClean();
    void changeEventIsAMetatype();
    void setProjectEmitsResetAndClearsHistory();
    void pushReturnsTheRefusal();
    void refusedCommandPushedStraightToTheStackLeavesNoStep();
    void isCleanFollowsTheStack();
    void macroEmitsOneEventPerChildInOrder();
    void macroSurvivesARefusedChild();
    void setViewIsNotAnEdit();
};

namespace {

Node newHost(const QString &name)
{
    Node node;
    node.kind = NodeKind::Host;
    node.name = name;
    node.hardwareModel = QStringLiteral("HOST");
    return node;
}

} // namespace

void TstDocument::startsEmptyAndClean()
{
    Document doc;
    QVERIFY(doc.project() == Project{});
    QVERIFY(doc.isClean());
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TstDocument::changeEventIsAMetatype()
{
    const ChangeEvent event{.kind = ChangeKind::LinkAdded, .nodes = {NodeId{1}, NodeId{2}},
                            .linksAdded = {LinkId{7}}};
    const QVariant variant = QVariant::fromValue(event);
    QVERIFY(variant.metaType().isValid());
    QCOMPARE(variant.value<ChangeEvent>(), event);
}

void TstDocument::setProjectEmitsResetAndClearsHistory()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    doc.push(new RenameNode(&doc, ids.snow, QStringLiteral("hub")));
    QCOMPARE(doc.undoStack()->count(), 1);

    QSignalSpy spy(&doc, &Document::changed);
    doc.setProject(smallProject());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(takeEvent(spy), ChangeEvent{.kind = ChangeKind::Reset});
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.isClean());
    QVERIFY(doc.project() == smallProject());
}

void TstDocument::pushReturnsTheRefusal()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    checkRefused(doc, new RenameNode(&doc, ids.snow, QStringLiteral("carrion")),
                 QStringLiteral("edit.duplicate-name"));
}

void TstDocument::refusedCommandPushedStraightToTheStackLeavesNoStep()
{
    // Callers may bypass Document::push; the command then refuses itself on its first redo.
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Project before = doc.project();
    QSignalSpy spy(&doc, &Document::changed);
    doc.undoStack()->push(new RenameNode(&doc, ids.snow, QStringLiteral("carrion")));
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(spy.count(), 0);
    QVERIFY(doc.project() == before);
}

void TstDocument::isCleanFollowsTheStack()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    doc.push(new RenameNode(&doc, ids.snow, QStringLiteral("hub")));
    QVERIFY(!doc.isClean());
    doc.undoStack()->setClean(); // the app saved
    QVERIFY(doc.isClean());
    doc.undoStack()->undo();
    QVERIFY(!doc.isClean());
    doc.undoStack()->redo();
    QVERIFY(doc.isClean());
}

void TstDocument::macroEmitsOneEventPerChildInOrder()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Project before = doc.project();
    QSignalSpy spy(&doc, &Document::changed);

    // "Paste a host and plug it into the LAN": one undo step made of three edits.
    doc.undoStack()->beginMacro(QStringLiteral("Paste"));
    auto *add = new AddNode(&doc, newHost(QStringLiteral("pc")));
    const NodeId pc = add->nodeId();
    QVERIFY(!doc.push(add));
    auto *link = new AddLink(&doc, Link{{}, {pc, QStringLiteral("eth0")}, {ids.lan, {}}});
    const LinkId cable = link->linkId();
    QVERIFY(!doc.push(link));
    QVERIFY(!doc.push(new MoveNodes(&doc, {{pc, QPointF(50, 50)}})));
    doc.undoStack()->endMacro();
    QCOMPARE(doc.undoStack()->count(), 1);
    const Project after = doc.project();

    const QList<ChangeEvent> forward{
        {.kind = ChangeKind::NodeAdded, .nodes = {pc}},
        {.kind = ChangeKind::LinkAdded, .nodes = {pc, ids.lan}, .linksAdded = {cable}},
        {.kind = ChangeKind::NodeMoved, .nodes = {pc}},
    };
    const QList<ChangeEvent> backward{
        {.kind = ChangeKind::NodeMoved, .nodes = {pc}},
        {.kind = ChangeKind::LinkRemoved, .nodes = {pc, ids.lan}, .linksRemoved = {cable}},
        {.kind = ChangeKind::NodeRemoved, .nodes = {pc}},
    };
    QCOMPARE(spy.count(), 3);
    for (const ChangeEvent &expected : forward)
        QCOMPARE(takeEvent(spy), expected);

    doc.undoStack()->undo();
    QCOMPARE(spy.count(), 3);
    for (const ChangeEvent &expected : backward)
        QCOMPARE(takeEvent(spy), expected);
    QVERIFY(doc.project() == before);

    doc.undoStack()->redo();
    QCOMPARE(spy.count(), 3);
    for (const ChangeEvent &expected : forward)
        QCOMPARE(takeEvent(spy), expected);
    QVERIFY(doc.project() == after);
}

void TstDocument::macroSurvivesARefusedChild()
{
    SmallIds ids;
    Document doc(smallProject(&ids));
    const Project before = doc.project();
    doc.undoStack()->beginMacro(QStringLiteral("Two renames"));
    QVERIFY(!doc.push(new RenameNode(&doc, ids.snow, QStringLiteral("hub"))));
    QVERIFY(doc.push(new RenameNode(&doc, ids.carrion, QStringLiteral("hub"))));
    doc.undoStack()->push(new RenameNode(&doc, ids.host, QStringLiteral("hub"))); // refuses itself
    doc.undoStack()->endMacro();
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(doc.undoStack()->command(0)->childCount(), 1);
    QCOMPARE(doc.project().node(ids.snow)->name, QStringLiteral("hub"));
    QCOMPARE(doc.project().node(ids.host)->name, QStringLiteral("host"));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
}

void TstDocument::setViewIsNotAnEdit()
{
    Document doc(smallProject());
    QSignalSpy spy(&doc, &Document::changed);
    doc.setView(ViewState{2.0, QPointF(10, 20)});
    QCOMPARE(doc.project().view().zoom, 2.0);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(doc.undoStack()->count(), 0);
}

QTEST_GUILESS_MAIN(TstDocument)
#include "tst_document.moc"
