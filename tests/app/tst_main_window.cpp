#include "app/gui/canvas/items/device_item.h"
#include "app/gui/canvas/items/link_item.h"
#include "app/gui/canvas/items/port_item.h"
#include "app/gui/canvas/items/segment_item.h"
#include "app/gui/canvas/items/spare_ports_item.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/canvas/topology_view.h"
#include "app/gui/display_check.h"
#include "app/gui/i18n/language_manager.h"
#include "app/gui/main_window.h"
#include "model/commands/move_nodes.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QTranslator>

using namespace vtd;

namespace {

/** Closes the next modal dialog (the load-failure message) once it is shown. */
void closeNextModalDialog(QStringList *seenText)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, seenText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *seenText << box->text() << box->informativeText();
            box->accept();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

int countItems(const QGraphicsItem *parent, int type)
{
    int n = 0;
    for (const QGraphicsItem *child : parent->childItems())
        n += child->type() == type;
    return n;
}

} // namespace

/** The designer's window on the built-in example: what it draws, its menus in both languages,
 *  and how it fails (a bad file, no display) without crashing. */
class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exampleHasAnItemPerNodeAndLink();
    void linkedPortsAreDrawnAndHighlighted();
    void portRichDeviceFoldsSparePorts();
    void linksShowTheirSubnet_data();
    void linksShowTheirSubnet();
    void sceneFollowsDocumentEdits();
    void windowShowsAndFits();
    void catalogueIsEmbedded();
    void languageSwitchRetranslatesMenus();
    void languageChoiceIsRemembered();
    void badStartupFileFallsBackToEmpty();
    void configProblemsAreListedButLoad();
    void displayCheck_data();
    void displayCheck();
    void noDisplayExitsCleanly();

private:
    std::unique_ptr<app::LanguageManager> m_languages;
};

void TstMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a throwaway test location
    QSettings().clear();
    m_languages = std::make_unique<app::LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TstMainWindow::exampleHasAnItemPerNodeAndLink()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const model::Project &project = window.document().project();
    QVERIFY(!project.nodes().empty());
    app::TopologyScene *scene = window.scene();
    int segments = 0;
    for (const model::Node &node : project.nodes()) {
        const bool isSegment = node.kind == model::NodeKind::LanSegment;
        segments += isSegment;
        QCOMPARE(scene->segmentItem(node.id) != nullptr, isSegment);
        QCOMPARE(scene->deviceItem(node.id) != nullptr, !isSegment);
        if (!isSegment)
            QCOMPARE(scene->deviceItem(node.id)->pos(), node.position);
    }
    QCOMPARE(segments, 3);
    QCOMPARE(scene->segmentItems().size(), segments);
    QCOMPARE(scene->deviceItems().size(), int(project.nodes().size()) - segments);
    QCOMPARE(scene->linkItems().size(), int(project.links().size()));
    for (const model::Link &link : project.links())
        QVERIFY(scene->linkItem(link.id));
}

void TstMainWindow::linkedPortsAreDrawnAndHighlighted()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const model::Project &project = window.document().project();
    for (const model::Link &link : project.links()) {
        const app::LinkItem *linkItem = window.scene()->linkItem(link.id);
        for (const model::Endpoint &end : {link.a, link.b}) {
            if (end.interface.isEmpty())
                continue; // a LAN segment
            const app::DeviceItem *device = window.scene()->deviceItem(end.node);
            QVERIFY(device);
            const app::PortItem *port = device->port(end.interface);
            QVERIFY2(port, qPrintable(end.interface));
            QVERIFY(port->isLinked());
            // The line starts at the port.
            const bool atP1 = QLineF(linkItem->line().p1(), port->anchor()).length() < 0.01;
            const bool atP2 = QLineF(linkItem->line().p2(), port->anchor()).length() < 0.01;
            QVERIFY(atP1 || atP2);
        }
    }
}

void TstMainWindow::portRichDeviceFoldsSparePorts()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const model::Project &project = window.document().project();
    // carrion (7500, 29 ports): 3 linked ports drawn, the 26 others folded into "+26".
    const app::DeviceItem *carrion = window.scene()->deviceItem(project.nodeByName("carrion")->id);
    QCOMPARE(carrion->ports().size(), 3);
    QCOMPARE(countItems(carrion, app::SparePortsItemType), 1);
    const auto *folded = [&]() -> const app::SparePortsItem * {
        for (QGraphicsItem *child : carrion->childItems()) {
            if (auto *item = qgraphicsitem_cast<app::SparePortsItem *>(child))
                return item;
        }
        return nullptr;
    }();
    QCOMPARE(folded->interfaces().size(), 26);
    QVERIFY(folded->interfaces().contains("Hssi9/1/0"));
    // snow (PIX 525, 6 ports): 3 linked and 3 quiet spare ports, each drawn.
    const app::DeviceItem *snow = window.scene()->deviceItem(project.nodeByName("snow")->id);
    QCOMPARE(snow->ports().size(), 6);
    int linked = 0;
    for (const app::PortItem *port : snow->ports())
        linked += port->isLinked();
    QCOMPARE(linked, 3);
    QVERIFY(snow->port("ethernet3")->isShutdown());
    QVERIFY(!snow->port("ethernet0")->isShutdown());
}

void TstMainWindow::linksShowTheirSubnet_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("interface");
    QTest::addColumn<QString>("subnet");
    // From the PIX's "ip address outside ..." and the router's " ip address ...".
    QTest::newRow("snow outside - carrion") << "snow" << "ethernet0" << "193.0.0.0/30";
    QTest::newRow("snow intf2 - carrion") << "snow" << "ethernet2" << "193.0.0.4/30";
    // Links to a segment: the segment's bar carries the subnet.
    QTest::newRow("rain outside - segment") << "rain" << "ethernet0" << "";
}

void TstMainWindow::linksShowTheirSubnet()
{
    QFETCH(QString, node);
    QFETCH(QString, interface);
    QFETCH(QString, subnet);
    app::MainWindow window(*m_languages);
    window.openExample();
    const model::Project &project = window.document().project();
    const model::Link *link = project.linkAt({project.nodeByName(node)->id, interface});
    QVERIFY(link);
    QCOMPARE(window.scene()->linkItem(link->id)->subnetText(), subnet);
}

void TstMainWindow::sceneFollowsDocumentEdits()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    model::Document &document = window.document();
    const model::NodeId client = document.project().nodeByName("vpnclient")->id;
    const model::Link *link = document.project().linkAt({client, "eth0"});
    QVERIFY(link);
    const model::LinkId linkId = link->id;
    const app::DeviceItem *item = window.scene()->deviceItem(client);
    QCOMPARE(item->port("eth0")->side(), app::PortSide::Bottom);

    // Move the client below its LAN segment: its port turns to face up, the line follows.
    const QPointF below(-200, 180);
    QVERIFY(!document.push(new model::MoveNodes(&document, {{client, below}})));
    QCOMPARE(window.scene()->deviceItem(client), item); // refreshed, not recreated
    QCOMPARE(item->pos(), below);
    QCOMPARE(item->port("eth0")->side(), app::PortSide::Top);
    const QLineF line = window.scene()->linkItem(linkId)->line();
    QVERIFY(line.p1() == item->port("eth0")->anchor() || line.p2() == item->port("eth0")->anchor());

    document.undoStack()->undo();
    QCOMPARE(item->pos(), QPointF(-200, -180));
    QCOMPARE(item->port("eth0")->side(), app::PortSide::Bottom);
}

void TstMainWindow::windowShowsAndFits()
{
    app::MainWindow window(*m_languages);
    window.resize(1200, 700);
    window.openExample();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains("seed.vpnd"));
    // Fitted: the whole drawing is inside the viewport.
    const QRectF visible =
        window.view()->mapToScene(window.view()->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(window.scene()->itemsBoundingRect()));
    const qreal fitted = window.view()->zoom();
    window.view()->zoomIn();
    QVERIFY(window.view()->zoom() > fitted);
    window.view()->fitToContent();
    QVERIFY(qAbs(window.view()->zoom() - fitted) < 1e-6);
}

void TstMainWindow::catalogueIsEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/vtd_ja.qm")));
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/vtd_ja.qm")));
    QCOMPARE(translator.translate("vtd::app::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    // The diagnostics catalogue is translated in the same file.
    QVERIFY(!translator.translate("Diagnostics", "cannot read the file: {reason}").isEmpty());
}

void TstMainWindow::languageSwitchRetranslatesMenus()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    const auto fileMenuTitle = [&window] { return window.menuBar()->actions().first()->text(); };
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("ja")));
    QCoreApplication::processEvents(); // LanguageChange is posted to top-level widgets
    QVERIFY2(fileMenuTitle().startsWith(QStringLiteral("ファイル")), qPrintable(fileMenuTitle()));
    QVERIFY(window.windowTitle().contains("seed.vpnd"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(fileMenuTitle(), QStringLiteral("&File"));
}

void TstMainWindow::languageChoiceIsRemembered()
{
    QVERIFY(m_languages->chooseLanguage(QStringLiteral("ja")));
    QCOMPARE(app::LanguageManager::startupLanguage(), QStringLiteral("ja"));
    QCOMPARE(app::LanguageManager::startupLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(!m_languages->chooseLanguage(QStringLiteral("xx")));
    QCOMPARE(m_languages->currentLanguage(), QStringLiteral("ja"));
    QVERIFY(m_languages->chooseLanguage(QStringLiteral("en")));
    QCOMPARE(app::LanguageManager::startupLanguage(), QStringLiteral("en"));
    QCoreApplication::processEvents();
}

void TstMainWindow::badStartupFileFallsBackToEmpty()
{
    app::MainWindow window(*m_languages);
    window.show();
    QStringList seen;
    closeNextModalDialog(&seen);
    window.openStartupFile(QStringLiteral(VTD_TEST_DATA "/does-not-exist.vpnd"));
    QVERIFY(window.document().project().nodes().empty());
    QVERIFY(window.scene()->items().isEmpty());
    QVERIFY(!seen.isEmpty());
    QVERIFY2(seen.join(u' ').contains("does-not-exist.vpnd"), qPrintable(seen.join(u' ')));
}

void TstMainWindow::configProblemsAreListedButLoad()
{
    // The example with one unreadable line in rain's configuration: it still opens, unchanged,
    // and the status bar counts the problem and names the line.
    model::Project project = *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
    model::Node *rain = project.node(project.nodeByName(QStringLiteral("rain"))->id);
    rain->configText.replace(QStringLiteral("nameif ethernet2 intf2 security10"), QStringLiteral("nameif ethernet2 intf2 securityX"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.vpnd"));
    QVERIFY(!model::saveProjectFile(project, path, model::FileAccess::OwnerOnly));

    app::MainWindow window(*m_languages);
    window.show();
    QVERIFY(window.openFile(path));
    QVERIFY(window.document().project() == project);
    QVERIFY(!window.findings().isEmpty());
    QVERIFY(window.findingsLabel()->isVisibleTo(&window));
    QVERIFY(window.findingsLabel()->text().contains(QLatin1String("problem")));
    QVERIFY2(window.findingsLabel()->toolTip().contains(QLatin1String("rain.cfg: Line 4:")),
             qPrintable(window.findingsLabel()->toolTip()));

    window.openExample();   // the example itself loads clean
    QVERIFY(window.findings().isEmpty());
    QVERIFY(!window.findingsLabel()->isVisibleTo(&window));
}

void TstMainWindow::displayCheck_data()
{
    QTest::addColumn<QByteArray>("platform");
    QTest::addColumn<QByteArray>("display");
    QTest::addColumn<QByteArray>("wayland");
    QTest::addColumn<bool>("refused");
    QTest::newRow("xcb default, nothing") << QByteArray() << QByteArray() << QByteArray() << true;
    QTest::newRow("xcb, nothing") << QByteArray("xcb") << QByteArray() << QByteArray() << true;
    QTest::newRow("xcb, DISPLAY") << QByteArray("xcb") << QByteArray(":0") << QByteArray() << false;
    QTest::newRow("default, Wayland") << QByteArray() << QByteArray() << QByteArray("wayland-0") << false;
    QTest::newRow("offscreen") << QByteArray("offscreen") << QByteArray() << QByteArray() << false;
}

void TstMainWindow::displayCheck()
{
    QFETCH(QByteArray, platform);
    QFETCH(QByteArray, display);
    QFETCH(QByteArray, wayland);
    QFETCH(bool, refused);
    const QByteArray saved[] = {qgetenv("QT_QPA_PLATFORM"), qgetenv("DISPLAY"),
                                qgetenv("WAYLAND_DISPLAY")};
    const auto set = [](const char *name, const QByteArray &value) {
        value.isEmpty() ? qunsetenv(name) : qputenv(name, value);
    };
    set("QT_QPA_PLATFORM", platform);
    set("DISPLAY", display);
    set("WAYLAND_DISPLAY", wayland);
    const QString message = app::missingDisplayMessage();
    set("QT_QPA_PLATFORM", saved[0]);
    set("DISPLAY", saved[1]);
    set("WAYLAND_DISPLAY", saved[2]);
    QCOMPARE(!message.isEmpty(), refused);
    if (refused)
        QVERIFY(message.contains("xvfb-run -a vpn-designer") && message.contains("ssh -X"));
}

void TstMainWindow::noDisplayExitsCleanly()
{
    const QString program = QStringLiteral(VTD_BIN_DIR "/vpn-designer");
    if (!QFileInfo::exists(program))
        QSKIP("vpn-designer is not built");
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(program, {});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // no abort, no core dump
    QCOMPARE(process.exitCode(), 1);
    QVERIFY(process.readAllStandardError().contains("xvfb-run -a vpn-designer"));
    // --help still works without a display.
    process.start(program, {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("--lang"));
}

QTEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
