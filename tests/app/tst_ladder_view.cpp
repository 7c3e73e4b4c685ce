#include "app/gui/simulation/ladder_items.h"
#include "app/gui/simulation/ladder_view.h"
#include "app/gui/simulation/packet_colors.h"

#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/scenario_runner.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using vtd::app::LadderView;
using namespace vtd::sim;

// The ladder dock's widget on the seed run (the example's VPN Client connects and pings
// 11.0.0.2): one row per packet, clicks select packets by their first record, the current step
// is highlighted, and the whole diagram exports.

namespace {

/** The seed run's records, made once for every test function. */
const std::vector<TraceEvent> &seedEvents()
{
    static const std::vector<TraceEvent> events = [] {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        ScenarioRunner runner(*read.project, 1);
        TraceRecorder recorder;
        runner.simulator().addTraceSink(&recorder);
        if (!runner.load(QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n"), QStringLiteral("t.vsc")).isEmpty())
            qFatal("seed script refused");
        runner.run();
        return recorder.events();
    }();
    return events;
}

/** Where a step of the GUI ends: after each packet leaves a node. */
std::vector<int> stepEnds(const std::vector<TraceEvent> &events)
{
    std::vector<int> ends;
    for (int i = 0; i < int(events.size()); ++i) {
        const auto *packet = std::get_if<PacketTrace>(&events[std::size_t(i)]);
        if (packet && packet->direction == PacketDirection::Sent)
            ends.push_back(i + 1);
    }
    ends.push_back(int(events.size()));
    return ends;
}

QStringList labels(const LadderView &view)
{
    QStringList out;
    for (const auto &arrow : view.ladder().arrows())
        out << arrow.from + QLatin1String(">") + arrow.to + QLatin1Char(' ') + arrow.text();
    return out;
}

} // namespace

class TstLadderView : public QObject
{
    Q_OBJECT

private slots:
    void showsOneRowPerPacket();
    void appendingStepByStepGivesTheSameDiagram();
    void appendingIsFast();
    void clickSelectsThePacket();
    void currentEventHighlightsTheLastArrowAtOrBeforeIt();
    void exportsTheWholeDiagram_data();
    void exportsTheWholeDiagram();
    void rewindRebuilds();
};

void TstLadderView::showsOneRowPerPacket()
{
    LadderView view;
    QCOMPARE(view.objectName(), QStringLiteral("ladderView"));
    view.setEvents(seedEvents());
    QVERIFY(view.arrowCount() > 20);
    QCOMPARE(view.arrowCount(), int(view.ladder().arrows().size()));
    for (int i = 0; i < view.arrowCount(); ++i) {
        const auto *item = view.arrowItem(i);
        QVERIFY(item);
        QCOMPARE(item->eventIndex(), view.ladder().arrows()[std::size_t(i)].eventIndex);
        QVERIFY(!item->arrowShape().text.isEmpty());
    }
    // Colours by kind: the first packet is AM1 (phase 1 blue), ESP is purple.
    QCOMPARE(view.arrowItem(0)->arrowShape().color, vtd::app::packet_colors::kIsakmpPhase1);
    bool sawEsp = false;
    for (int i = 0; i < view.arrowCount(); ++i) {
        if (view.ladder().arrows()[std::size_t(i)].kind == vtd::sim::analysis::PacketKind::Esp
            && !view.ladder().arrows()[std::size_t(i)].dropped) {
            QCOMPARE(view.arrowItem(i)->arrowShape().color, vtd::app::packet_colors::kEsp);
            sawEsp = true;
        }
    }
    QVERIFY(sawEsp);
}

void TstLadderView::appendingStepByStepGivesTheSameDiagram()
{
    const auto &events = seedEvents();
    LadderView whole;
    whole.setEvents(events);
    LadderView stepped;
    std::vector<TraceEvent> sofar;
    int first = 0;
    for (const int end : stepEnds(events)) {
        sofar.insert(sofar.end(), events.begin() + first, events.begin() + end);
        stepped.appendEvents(sofar, first);
        first = end;
    }
    QCOMPARE(labels(stepped), labels(whole));
    QCOMPARE(stepped.ladder().lifelines(), whole.ladder().lifelines());
    QCOMPARE(stepped.scene()->sceneRect(), whole.scene()->sceneRect());
}

void TstLadderView::appendingIsFast()
{
    // The GUI appends after every step; the example must stay well under the 100 ms a step
    // may take to show (the aim is under 10 ms).
    const auto &events = seedEvents();
    LadderView view;
    view.resize(800, 600);
    view.show();
    std::vector<TraceEvent> sofar;
    int first = 0;
    qint64 slowest = 0;
    qint64 total = 0;
    int steps = 0;
    QElapsedTimer timer;
    for (const int end : stepEnds(events)) {
        sofar.insert(sofar.end(), events.begin() + first, events.begin() + end);
        timer.start();
        view.appendEvents(sofar, first);
        view.setCurrentEvent(end - 1);
        QCoreApplication::processEvents(); // the scene indexes and repaints from the event loop
        const qint64 took = timer.nsecsElapsed();
        slowest = std::max(slowest, took);
        total += took;
        ++steps;
        first = end;
    }
    qInfo("append + highlight over %d steps: mean %.2f ms, slowest %.2f ms", steps,
          double(total) / steps / 1e6, double(slowest) / 1e6);
    // The aim is under 10 ms a step; the bound leaves room for a loaded build machine.
    QVERIFY2(total / steps < 40'000'000, "a step takes 40 ms or more on average");
}

void TstLadderView::clickSelectsThePacket()
{
    LadderView view;
    view.resize(900, 700);
    view.setEvents(seedEvents());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy selected(&view, &LadderView::packetSelected);
    const int target = 5;
    auto *item = view.arrowItem(target);
    view.ensureVisible(item->sceneBoundingRect());
    const QPoint at = view.mapFromScene(item->arrowPoint());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toInt(), view.ladder().arrows()[target].eventIndex);
    QVERIFY(item->isSelected());
}

void TstLadderView::currentEventHighlightsTheLastArrowAtOrBeforeIt()
{
    LadderView view;
    view.resize(600, 300);
    view.setEvents(seedEvents());
    const auto &arrows = view.ladder().arrows();
    QCOMPARE(view.currentArrow(), -1);
    view.setCurrentEvent(arrows[3].eventIndex);
    QCOMPARE(view.currentArrow(), 3);
    view.setCurrentEvent(arrows[4].eventIndex - 1);
    QCOMPARE(view.currentArrow(), 3);
    const int last = view.arrowCount() - 1;
    view.setCurrentEvent(int(seedEvents().size()) - 1);
    QCOMPARE(view.currentArrow(), last);
    // Scrolled to it: the last row is in the viewport.
    const QRect visible = view.viewport()->rect();
    QVERIFY(visible.contains(view.mapFromScene(view.arrowItem(last)->arrowPoint())));
    // Scrolled down, the lifeline heads are drawn pinned over the rows.
    QVERIFY(view.mapToScene(0, 0).y() > 0);
    QVERIFY(!view.grab().isNull());
    view.setCurrentEvent(-1);
    QCOMPARE(view.currentArrow(), -1);
}

void TstLadderView::exportsTheWholeDiagram_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
}

void TstLadderView::exportsTheWholeDiagram()
{
    QFETCH(QString, suffix);
    LadderView view;
    view.resize(300, 200); // much smaller than the diagram: the export must not care
    view.setEvents(seedEvents());
    view.setCurrentEvent(int(seedEvents().size()) / 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ladder.") + suffix);
    const bool written = suffix == u"png" ? view.exportPng(path) : view.exportSvg(path);
    QVERIFY(written);
    // For the closing note's pictures: VTD_KEEP_EXPORTS=DIR keeps a copy.
    const QString keep = qEnvironmentVariable("VTD_KEEP_EXPORTS");
    if (!keep.isEmpty())
        QFile::copy(path, keep + QStringLiteral("/ladder.") + suffix);
    const qreal height = view.scene()->sceneRect().height();
    if (suffix == u"png") {
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.height() >= height);
    } else {
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().height() >= height);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("AM1"));
        QVERIFY(svg.contains("QM3"));
    }
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/dir/ladder.png"))));
}

void TstLadderView::rewindRebuilds()
{
    const auto &events = seedEvents();
    LadderView view;
    view.setEvents(events);
    const int all = view.arrowCount();
    const std::vector<TraceEvent> start(events.begin(), events.begin() + 40);
    view.setEvents(start);
    QVERIFY(view.arrowCount() < all);
    // Appending from an index already read means the records were replaced: rebuild.
    view.appendEvents(events, 10);
    QCOMPARE(view.arrowCount(), all);
}

QTEST_MAIN(TstLadderView)
#include "tst_ladder_view.moc"
