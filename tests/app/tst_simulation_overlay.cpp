#include "app/gui/canvas/items/drop_marker_item.h"
#include "app/gui/canvas/items/packet_item.h"
#include "app/gui/canvas/items/tunnel_item.h"
#include "app/gui/canvas/overlay_texts.h"
#include "app/gui/canvas/simulation_overlay.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/files/diagram_export.h"
#include "app/gui/simulation/packet_colors.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/scenario_runner.h"

#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace vtd;
using sim::analysis::TunnelState;

// The simulation overlay on the canvas of the built-in example, fed with a run of the seed
// scenario (the VPN Client dials snow, then pings rain's LAN, which brings snow-rain up).

namespace {

model::Project example()
{
    auto read = model::readProject(resources::builtinExampleProjectFile(), resources::builtinExampleName());
    return *read.project;
}

std::vector<sim::TraceEvent> seedRun(const model::Project &project)
{
    sim::ScenarioRunner runner(project, 1);
    sim::TraceRecorder recorder;
    runner.simulator().addTraceSink(&recorder);
    const auto errors = runner.load(QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n"), QStringLiteral("t.vsc"));
    if (!errors.isEmpty())
        qFatal("script: %s", qPrintable(errors.first().code));
    runner.run();
    return recorder.events();
}

/** Index of the first packet a node sends (-1 if none). */
int firstSentBy(const std::vector<sim::TraceEvent> &events, const QString &node, int from = 0)
{
    for (int i = from; i < int(events.size()); ++i) {
        const auto *packet = std::get_if<sim::PacketTrace>(&events[std::size_t(i)]);
        if (packet && packet->direction == sim::PacketDirection::Sent && packet->node == node)
            return i;
    }
    return -1;
}

std::vector<sim::TraceEvent> upTo(const std::vector<sim::TraceEvent> &events, int end)
{
    return {events.begin(), events.begin() + end};
}

QByteArray exportedPng(QGraphicsScene &scene, const QString &path)
{
    if (app::exportDiagram(scene, path, app::DiagramFormat::Png))
        qFatal("export failed");
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace

class TstSimulationOverlay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tunnelsShowTheirStates();
    void dropMarkNamesTheReason();
    void packetsOfTheStepTravelAndGo();
    void onlyTheLatestStepTravels();
    void animationOff();
    void notPartOfTheDrawing();
    void survivesARebuildOfTheScene();
    void clearRemovesEverything();

private:
    std::vector<sim::TraceEvent> m_events;
    std::unique_ptr<model::Document> m_document;
    std::unique_ptr<app::TopologyScene> m_scene;
    std::unique_ptr<app::SimulationOverlay> m_overlay;
};

void TstSimulationOverlay::initTestCase()
{
    m_events = seedRun(example());
    QVERIFY(!m_events.empty());
}

void TstSimulationOverlay::init()
{
    m_document = std::make_unique<model::Document>(example());
    m_scene = std::make_unique<app::TopologyScene>(*m_document);
    m_overlay = std::make_unique<app::SimulationOverlay>(m_scene.get());
    m_overlay->setHopDuration(30);
}

void TstSimulationOverlay::cleanup()
{
    m_overlay.reset();
    m_scene.reset();
    m_document.reset();
}

void TstSimulationOverlay::tunnelsShowTheirStates()
{
    m_overlay->reset({});
    QCOMPARE(m_overlay->tunnelItems().size(), 2);
    for (const app::TunnelItem *item : m_overlay->tunnelItems())
        QCOMPARE(item->state(), TunnelState::Configured);

    m_overlay->reset(m_events);
    const QList<app::TunnelItem *> items = m_overlay->tunnelItems();
    QCOMPARE(items.size(), 2);
    for (const app::TunnelItem *item : items) {
        QCOMPARE(item->state(), TunnelState::IpsecUp);
        QCOMPARE(item->label(), app::OverlayTexts::stateName(TunnelState::IpsecUp));
        QVERIFY2(item->toolTip().contains(app::OverlayTexts::stateName(TunnelState::IpsecUp)), qPrintable(item->toolTip()));
        QVERIFY(!(item->flags() & QGraphicsItem::ItemIsSelectable));
        QCOMPARE(item->acceptedMouseButtons(), Qt::NoButton);
    }
    // The arch rises above the straight line between the peers.
    const auto &states = m_overlay->tunnelStates();
    const int snowRain = states.indexOf(QStringLiteral("snow"), QStringLiteral("rain"));
    QVERIFY(snowRain >= 0);
    QCOMPARE(items[snowRain]->tunnelIndex(), snowRain);
    QVERIFY(items[snowRain]->toolTip().contains(QStringLiteral("snow")));
}

void TstSimulationOverlay::dropMarkNamesTheReason()
{
    m_overlay->reset(m_events);
    const sim::DropTrace *firstDrop = nullptr;
    for (const sim::TraceEvent &event : m_events) {
        if ((firstDrop = std::get_if<sim::DropTrace>(&event)))
            break;
    }
    QVERIFY2(firstDrop, "the seed run loses its first echo");
    const QList<app::DropMarkerItem *> markers = m_overlay->dropMarkers();
    QVERIFY(!markers.isEmpty());
    model::Diagnostic finding;
    finding.code = firstDrop->code;
    finding.params = firstDrop->params;
    const QString reason = app::OverlayTexts::diagnosticText(finding);
    QVERIFY(!reason.isEmpty());
    bool named = false;
    for (const app::DropMarkerItem *marker : markers)
        named = named || (marker->toolTip().contains(reason) && marker->toolTip().contains(firstDrop->node));
    QVERIFY2(named, qPrintable(markers.first()->toolTip()));
    // Marks stay when later steps come, until the next reset.
    const int count = int(markers.size());
    m_overlay->append(m_events, int(m_events.size()));
    QCOMPARE(m_overlay->dropMarkers().size(), count);
    m_overlay->reset({});
    QVERIFY(m_overlay->dropMarkers().isEmpty());
}

void TstSimulationOverlay::packetsOfTheStepTravelAndGo()
{
    const int sent = firstSentBy(m_events, QStringLiteral("vpnclient"));
    QVERIFY(sent >= 0);
    m_overlay->reset(upTo(m_events, sent));
    QVERIFY(m_overlay->packetItems().isEmpty());
    m_overlay->append(upTo(m_events, sent + 1), sent);
    const QList<app::PacketItem *> packets = m_overlay->packetItems();
    QCOMPARE(packets.size(), 1);
    const auto &packet = std::get<sim::PacketTrace>(m_events[std::size_t(sent)]);
    QCOMPARE(packets.first()->color(), app::packet_colors::colorOfDatagram(packet.bytes));
    QVERIFY(packets.first()->path().length() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_overlay->packetItems().isEmpty(), 3000);
}

void TstSimulationOverlay::onlyTheLatestStepTravels()
{
    m_overlay->setHopDuration(5000);
    const int first = firstSentBy(m_events, QStringLiteral("vpnclient"));
    const int second = firstSentBy(m_events, QStringLiteral("snow"), first + 1);
    QVERIFY(first >= 0 && second > first);
    m_overlay->reset(upTo(m_events, first));
    m_overlay->append(upTo(m_events, first + 1), first);
    QCOMPARE(m_overlay->packetItems().size(), 1);
    QPointer<app::PacketItem> older = m_overlay->packetItems().first();
    m_overlay->append(upTo(m_events, second + 1), first + 1);
    QVERIFY(older.isNull());
    QVERIFY(!m_overlay->packetItems().isEmpty());
}

void TstSimulationOverlay::animationOff()
{
    const int sent = firstSentBy(m_events, QStringLiteral("vpnclient"));
    m_overlay->reset(upTo(m_events, sent));
    m_overlay->setAnimated(false);
    m_overlay->append(upTo(m_events, sent + 1), sent);
    QVERIFY(m_overlay->packetItems().isEmpty());

    m_overlay->setAnimated(true);
    m_overlay->setHopDuration(5000);
    m_overlay->reset(upTo(m_events, sent));
    m_overlay->append(upTo(m_events, sent + 1), sent);
    QCOMPARE(m_overlay->packetItems().size(), 1);
    m_overlay->setAnimated(false);
    QVERIFY(m_overlay->packetItems().isEmpty());
}

void TstSimulationOverlay::notPartOfTheDrawing()
{
    QTemporaryDir dir;
    const QRectF extent = m_scene->contentRect();
    const QByteArray before = exportedPng(*m_scene, dir.filePath(QStringLiteral("before.png")));
    m_overlay->reset(m_events);
    QCOMPARE(m_scene->contentRect(), extent);
    QCOMPARE(exportedPng(*m_scene, dir.filePath(QStringLiteral("after.png"))), before);
    // Still shown after the export.
    for (const app::TunnelItem *item : m_overlay->tunnelItems())
        QVERIFY(item->isVisible());
    // Selecting everything selects the drawing only; the document did not change.
    for (QGraphicsItem *item : m_scene->items())
        item->setSelected(true);
    for (QGraphicsItem *item : m_scene->selectedItems())
        QVERIFY(!app::isSimulationOverlayItem(item));
    QVERIFY(m_document->undoStack()->isClean());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TstSimulationOverlay::survivesARebuildOfTheScene()
{
    m_overlay->reset(m_events);
    const int markers = int(m_overlay->dropMarkers().size());
    m_scene->rebuild();
    QCOMPARE(m_overlay->tunnelItems().size(), 2);
    QCOMPARE(m_overlay->dropMarkers().size(), markers);
    for (const app::TunnelItem *item : m_overlay->tunnelItems())
        QCOMPARE(item->state(), TunnelState::IpsecUp);
}

void TstSimulationOverlay::clearRemovesEverything()
{
    m_overlay->setHopDuration(5000);
    const int sent = firstSentBy(m_events, QStringLiteral("vpnclient"));
    m_overlay->reset(upTo(m_events, sent));
    m_overlay->append(m_events, sent);
    m_overlay->clear();
    QVERIFY(!m_overlay->isActive());
    for (QGraphicsItem *item : m_scene->items())
        QVERIFY(!app::isSimulationOverlayItem(item));
    // A cleared overlay stays empty when the scene changes.
    m_scene->rebuild();
    QVERIFY(m_overlay->tunnelItems().isEmpty());
}

QTEST_MAIN(TstSimulationOverlay)
#include "tst_simulation_overlay.moc"
