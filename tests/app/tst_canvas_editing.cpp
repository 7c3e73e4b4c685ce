#include "app/gui/actions/edit_actions.h"
#include "app/gui/canvas/canvas_editor.h"
#include "app/gui/canvas/items/device_item.h"
#include "app/gui/canvas/items/port_item.h"
#include "app/gui/canvas/items/segment_item.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/canvas/topology_view.h"
#include "app/gui/i18n/language_manager.h"
#include "app/gui/main_window.h"
#include "app/gui/palette/device_palette.h"
#include "app/gui/palette/palette_entries.h"
#include "model/hardware_catalog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace vtd;

namespace {

/** Drops the palette's drag data for this model onto the view at a scene point. */
bool dropFromPalette(app::MainWindow &window, const QString &hardwareModel, QPointF scenePos)
{
    std::unique_ptr<QMimeData> data(window.palette()->mimeDataFor(hardwareModel));
    QWidget *viewport = window.view()->viewport();
    const QPoint at = window.view()->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

/** Drags with the left button from one scene point to another on the view. */
void dragOnView(app::TopologyView *view, QPointF from, QPointF to)
{
    QWidget *viewport = view->viewport();
    const QPoint a = view->mapFromScene(from);
    const QPoint b = view->mapFromScene(to);
    QTest::mousePress(viewport, Qt::LeftButton, {}, a);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, a + (b - a) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, b);
}

} // namespace

/** The canvas as an editor: drops from the palette, links drawn port to port, moves, delete,
 *  copy and paste, align, each one undo step. */
class TstCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paletteOffersEveryKind();
    void dropCreatesNodeAtPointer_data();
    void dropCreatesNodeAtPointer();
    void portToPortDragLinks();
    void portToSegmentDragLinks();
    void dragMovesSelectionAsOneStep();
    void deleteUndoRedo();
    void copyPasteMakesUniqueNames();
    void alignAndNudge();
    void autoLayoutIsOneStep();
    void selectionSignal();

private:
    std::unique_ptr<app::LanguageManager> m_languages;
};

void TstCanvasEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = std::make_unique<app::LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TstCanvasEditing::paletteOffersEveryKind()
{
    app::MainWindow window(*m_languages);
    QCOMPARE(window.palette()->count(), 9);
    for (int row = 0; row < window.palette()->count(); ++row) {
        QVERIFY(!window.palette()->item(row)->text().isEmpty());
        QVERIFY(!window.palette()->item(row)->toolTip().isEmpty());
        QVERIFY(!window.palette()->item(row)->icon().isNull());
    }
}

void TstCanvasEditing::dropCreatesNodeAtPointer_data()
{
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("ports");
    QTest::addColumn<bool>("hasConfig");
    QTest::newRow("PIX 501") << "PIX-501" << "pix" << 2 << true;
    QTest::newRow("PIX 506E") << "PIX-506E" << "pix" << 2 << true;
    QTest::newRow("PIX 515E") << "PIX-515E" << "pix" << 6 << true;
    QTest::newRow("PIX 525") << "PIX-525" << "pix" << 6 << true;
    QTest::newRow("PIX 535") << "PIX-535" << "pix" << 10 << true;
    QTest::newRow("IOS router") << "IOS-ROUTER" << "router" << 4 << true;
    QTest::newRow("VPN Client") << "VPNCLIENT-PC" << "vpnclient" << 1 << false;
    QTest::newRow("host") << "HOST" << "host" << 1 << false;
    QTest::newRow("LAN segment") << "LAN-SEGMENT" << "lan" << 0 << false;
}

void TstCanvasEditing::dropCreatesNodeAtPointer()
{
    QFETCH(QString, hardware);
    QFETCH(QString, name);
    QFETCH(int, ports);
    QFETCH(bool, hasConfig);
    app::MainWindow window(*m_languages);
    window.resize(900, 700);
    const QPointF target(60, 40);
    QVERIFY(dropFromPalette(window, hardware, target));
    const model::Project &project = window.document().project();
    QCOMPARE(int(project.nodes().size()), 1);
    const model::Node &node = project.nodes().front();
    QCOMPARE(node.name, name);
    QCOMPARE(node.hardwareModel, hardware);
    QVERIFY(QLineF(node.position, target).length() < 2); // the pointer, within a pixel
    QCOMPARE(int(project.interfacesOf(node).size()), ports);
    QCOMPARE(!node.configText.isEmpty(), hasConfig);
    if (hasConfig)
        QVERIFY(node.configText.contains(QStringLiteral("hostname %1").arg(name)));
    QCOMPARE(window.selectedNodes(), QList<model::NodeId>{node.id});
    QCOMPARE(window.document().undoStack()->count(), 1);
    // A second one gets the next free name.
    QVERIFY(dropFromPalette(window, hardware, target + QPointF(200, 0)));
    QCOMPARE(project.nodes().back().name, name + QStringLiteral("2"));
}

void TstCanvasEditing::portToPortDragLinks()
{
    app::MainWindow window(*m_languages);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::CanvasEditor *editor = window.editor();
    const model::NodeId a = *editor->placeNode("PIX-501", QPointF(-150, 0));
    const model::NodeId b = *editor->placeNode("PIX-501", QPointF(150, 0));
    window.view()->fitToContent();
    const app::PortItem *from = window.scene()->deviceItem(a)->port("ethernet0");
    const app::PortItem *to = window.scene()->deviceItem(b)->port("ethernet1");
    QVERIFY(from && to);
    dragOnView(window.view(), from->scenePos(), to->scenePos());
    const model::Project &project = window.document().project();
    QCOMPARE(int(project.links().size()), 1);
    const model::Link &link = project.links().front();
    QCOMPARE(link.a, (model::Endpoint{a, "ethernet0"}));
    QCOMPARE(link.b, (model::Endpoint{b, "ethernet1"}));
    QVERIFY(window.scene()->deviceItem(a)->port("ethernet0")->isLinked());
    // The undo text says what was linked.
    QVERIFY(window.document().undoStack()->undoText().contains("pix"));
}

void TstCanvasEditing::portToSegmentDragLinks()
{
    app::MainWindow window(*m_languages);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    app::CanvasEditor *editor = window.editor();
    const model::NodeId host = *editor->placeNode("HOST", QPointF(0, -150));
    const model::NodeId lan = *editor->placeNode("LAN-SEGMENT", QPointF(0, 100));
    window.view()->fitToContent();
    const app::PortItem *port = window.scene()->deviceItem(host)->port("eth0");
    QVERIFY(port);
    dragOnView(window.view(), port->scenePos(), window.scene()->segmentItem(lan)->scenePos());
    const model::Project &project = window.document().project();
    QCOMPARE(int(project.links().size()), 1);
    QCOMPARE(project.links().front().b, (model::Endpoint{lan, QString()}));
}

void TstCanvasEditing::dragMovesSelectionAsOneStep()
{
    app::MainWindow window(*m_languages);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const model::NodeId id = *window.editor()->placeNode("HOST", QPointF(0, 0));
    window.editor()->placeNode("HOST", QPointF(300, 200));
    window.view()->fitToContent();
    const int steps = window.document().undoStack()->count();
    const QPointF start = window.scene()->deviceItem(id)->scenePos();
    dragOnView(window.view(), start, start + QPointF(80, 40));
    const QPointF moved = window.document().project().node(id)->position;
    QVERIFY2(QLineF(moved, QPointF(80, 40)).length() < 3, qPrintable(QString::number(moved.x())));
    QCOMPARE(window.document().undoStack()->count(), steps + 1);
    window.document().undoStack()->undo();
    QCOMPARE(window.document().project().node(id)->position, QPointF(0, 0));
}

void TstCanvasEditing::deleteUndoRedo()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    model::Document &document = window.document();
    const model::Project before = document.project();
    const model::NodeId snow = document.project().nodeByName("snow")->id;
    window.scene()->selectNodes({snow});
    window.editActions()->deleteAction()->trigger();
    QVERIFY(!document.project().node(snow));
    QVERIFY(document.project().links().size() < before.links().size());
    QVERIFY(window.editActions()->undoAction()->text().contains("Delete"));
    QVERIFY(window.isWindowModified());
    window.editActions()->undoAction()->trigger();
    QVERIFY(document.project() == before);
    QVERIFY(!window.isWindowModified());
    window.editActions()->redoAction()->trigger();
    QVERIFY(!document.project().node(snow));
}

void TstCanvasEditing::copyPasteMakesUniqueNames()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    model::Document &document = window.document();
    const model::Node snow = *document.project().nodeByName("snow");
    const model::Node carrion = *document.project().nodeByName("carrion");
    const size_t links = document.project().links().size();
    window.scene()->selectNodes({snow.id, carrion.id});
    window.editActions()->copy();
    window.editActions()->paste();
    const model::Node *snow2 = document.project().nodeByName("snow2");
    const model::Node *carrion2 = document.project().nodeByName("carrion2");
    QVERIFY(snow2 && carrion2);
    QCOMPARE(snow2->configText, snow.configText);
    QCOMPARE(snow2->position, snow.position + QPointF(40, 40));
    // The links between the copied nodes come along (snow-carrion: two /30s).
    QCOMPARE(document.project().links().size(), links + 2);
    QCOMPARE(window.selectedNodes().size(), 2);
    QCOMPARE(document.undoStack()->count(), 1); // one step
    document.undoStack()->undo();
    QVERIFY(!document.project().nodeByName("snow2"));
}

void TstCanvasEditing::alignAndNudge()
{
    app::MainWindow window(*m_languages);
    const model::NodeId a = *window.editor()->placeNode("HOST", QPointF(0, 10));
    const model::NodeId b = *window.editor()->placeNode("HOST", QPointF(100, 50));
    window.scene()->selectNodes({a, b});
    window.editActions()->align(app::Alignment::Top);
    QCOMPARE(window.document().project().node(b)->position, QPointF(100, 10));
    window.view()->setFocus();
    QTest::keyClick(window.view(), Qt::Key_Right);
    QCOMPARE(window.document().project().node(a)->position, QPointF(2, 10));
    QCOMPARE(window.document().project().node(b)->position, QPointF(102, 10));
}

void TstCanvasEditing::autoLayoutIsOneStep()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const model::Project before = window.document().project();
    window.editActions()->autoLayout();
    QCOMPARE(window.document().undoStack()->count(), 1);
    window.document().undoStack()->undo();
    QVERIFY(window.document().project() == before);
}

void TstCanvasEditing::selectionSignal()
{
    app::MainWindow window(*m_languages);
    QSignalSpy spy(&window, &app::MainWindow::selectedNodesChanged);
    const model::NodeId id = *window.editor()->placeNode("HOST", QPointF(0, 0));
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().first().value<QList<model::NodeId>>(), QList<model::NodeId>{id});
    window.scene()->clearSelection();
    QVERIFY(spy.last().first().value<QList<model::NodeId>>().isEmpty());
}

QTEST_MAIN(TstCanvasEditing)
#include "tst_canvas_editing.moc"
