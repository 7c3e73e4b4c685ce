#include "simulation_workbench.h"

#include "console_view.h"
#include "ladder_view.h"
#include "packet_detail_view.h"
#include "ping_dialog.h"
#include "run_export.h"
#include "scenario_editor.h"
#include "simulation_controls.h"
#include "simulation_session.h"

#include "app/gui/canvas/simulation_overlay.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/inspector/designer_docks.h"
#include "app/gui/inspector/value_sources.h"
#include "app/gui/problems/problems_view.h"

#include "model/commands/add_remove_scenario.h"
#include "model/commands/set_scenario.h"
#include "model/document.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace vtd::app {

namespace {

/** The last packet that left a device among records [first, end): what a step is about. */
int lastPacketSent(const std::vector<sim::TraceEvent> &events, int first)
{
    for (int i = int(events.size()) - 1; i >= first; --i) {
        const auto *packet = std::get_if<sim::PacketTrace>(&events[std::size_t(i)]);
        if (packet && packet->direction == sim::PacketDirection::Sent)
            return i;
    }
    return -1;
}

/** Edits that change what the simulation runs (moving a device or editing a scenario do not). */
bool changesTheNetwork(model::ChangeKind kind)
{
    switch (kind) {
    case model::ChangeKind::NodeMoved:
    case model::ChangeKind::ScenarioAdded:
    case model::ChangeKind::ScenarioChanged:
    case model::ChangeKind::ScenarioRemoved:
        return false;
    default:
        return true;
    }
}

} // namespace

SimulationWorkbench::SimulationWorkbench(QMainWindow &window, model::Document &document, TopologyScene *scene,
                                         ProblemsView *problems)
    : QObject(&window)
    , m_document(document)
    , m_session(new SimulationSession(this))
    , m_controls(new SimulationControls(*m_session, this))
    , m_overlay(new SimulationOverlay(scene, this))
    , m_problems(problems)
{
    createActions();
    createDocks(window);
    m_toolBar = new QToolBar(&window);
    m_toolBar->setObjectName(QStringLiteral("simulationToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_simulate);
    m_controls->fillToolBar(m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_connect, m_ping});
    window.addToolBarBreak(); // the player gets a row of its own: it is wide
    window.addToolBar(m_toolBar);
    m_menu = new QMenu(&window);
    m_menu->addAction(m_simulate);
    m_menu->addSeparator();
    m_controls->fillMenu(m_menu);
    m_menu->addSeparator();
    m_menu->addActions({m_connect, m_ping});
    m_menu->addSeparator();
    m_menu->addAction(m_animate);
    m_menu->addSeparator();
    m_menu->addActions({m_exportCapture, m_exportLogs, m_exportLadder});

    connect(m_session, &SimulationSession::rewound, this, &SimulationWorkbench::onRewound);
    connect(m_session, &SimulationSession::eventsAdded, this, &SimulationWorkbench::onEventsAdded);
    connect(m_session, &SimulationSession::positionChanged, this, &SimulationWorkbench::showRunProblems);
    connect(&m_document, &model::Document::changed, this, &SimulationWorkbench::onDocumentChanged);
    retranslate();
    updateActions();
}

SimulationWorkbench::~SimulationWorkbench() = default;

void SimulationWorkbench::createActions()
{
    m_simulate = new QAction(this);
    m_simulate->setObjectName(QStringLiteral("simulationStart"));
    m_simulate->setCheckable(true);
    m_simulate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_simulate, &QAction::toggled, this, [this](bool on) { on ? startSimulation() : stopSimulation(); });
    m_connect = new QAction(this);
    m_connect->setObjectName(QStringLiteral("simulationConnect"));
    connect(m_connect, &QAction::triggered, this, [this] {
        for (model::NodeId id : m_selection) {
            const model::Node *node = m_document.project().node(id);
            if (node && node->kind == model::NodeKind::VpnClient && connectVpnClient(node->name))
                m_controls->play();
        }
    });
    m_ping = new QAction(this);
    m_ping->setObjectName(QStringLiteral("simulationPing"));
    connect(m_ping, &QAction::triggered, this, &SimulationWorkbench::onPing);
    m_animate = new QAction(this);
    m_animate->setCheckable(true);
    m_animate->setChecked(true);
    connect(m_animate, &QAction::toggled, m_overlay, &SimulationOverlay::setAnimated);
    m_exportCapture = new QAction(this);
    connect(m_exportCapture, &QAction::triggered, this, &SimulationWorkbench::onExportCapture);
    m_exportLogs = new QAction(this);
    connect(m_exportLogs, &QAction::triggered, this, &SimulationWorkbench::onExportConsoleLogs);
    m_exportLadder = new QAction(this);
    connect(m_exportLadder, &QAction::triggered, this, &SimulationWorkbench::onExportLadder);
}

void SimulationWorkbench::createDocks(QMainWindow &window)
{
    m_ladder = new LadderView;
    m_packetDetail = new PacketDetailView;
    auto *ladderDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Ladder Diagram"),
                                        QStringLiteral("ladderDock"), m_ladder, &window);
    auto *packetDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Packet Detail"),
                                        QStringLiteral("packetDock"), m_packetDetail, &window);
    m_consoles = new ConsoleView(*m_session);
    m_scenarioEditor = new ScenarioEditor(*m_session);
    auto *consoleDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Device Consoles"),
                                         QStringLiteral("consoleDock"), m_consoles, &window);
    auto *scenarioDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Scenario"),
                                          QStringLiteral("scenarioDock"), m_scenarioEditor, &window);
    // The ladder wants the window's width (beside the problems), the packet detail and the
    // consoles its height (beside the designer's inspector and configuration).
    window.addDockWidget(Qt::BottomDockWidgetArea, ladderDock);
    window.addDockWidget(Qt::RightDockWidgetArea, packetDock);
    window.addDockWidget(Qt::RightDockWidgetArea, consoleDock);
    window.addDockWidget(Qt::RightDockWidgetArea, scenarioDock);
    if (auto *problemsDock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        window.tabifyDockWidget(problemsDock, ladderDock);
    if (auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock")))
        window.tabifyDockWidget(inspectorDock, packetDock);
    window.tabifyDockWidget(consoleDock, scenarioDock);
    m_docks = {ladderDock, packetDock, consoleDock, scenarioDock};
    connect(m_scenarioEditor, &ScenarioEditor::saveScenarioRequested, this, &SimulationWorkbench::saveScenario);
    for (QDockWidget *dock : m_docks)
        dock->hide();
    connect(m_ladder, &LadderView::packetSelected, this,
            [this](int index) { m_packetDetail->showPacket(m_session->events(), index); });
}

bool SimulationWorkbench::isSimulating() const
{
    return m_simulate->isChecked();
}

void SimulationWorkbench::startSimulation()
{
    if (!m_simulate->isChecked()) {
        m_simulate->setChecked(true); // comes back here through toggled()
        return;
    }
    m_session->start(m_document.project());
    m_scenarioEditor->setScenarios(m_document.project().scenarios());
    m_controls->setEnabled(true);
    for (QDockWidget *dock : m_docks)
        dock->show();
    for (QDockWidget *dock : m_docks.mid(0, 3)) // the scenario stays behind the consoles
        dock->raise();
    if (auto *window = qobject_cast<QMainWindow *>(parent()))
        window->resizeDocks({m_docks.first()}, {280}, Qt::Vertical);
    updateActions();
    emit message(tr("Simulation started at time 0: connect a VPN Client or ping, then play or step"));
}

void SimulationWorkbench::stopSimulation()
{
    if (m_simulate->isChecked()) {
        m_simulate->setChecked(false);
        return;
    }
    m_controls->setEnabled(false);
    m_overlay->clear();
    m_problems->setRunDiagnostics({});
    updateActions();
}

bool SimulationWorkbench::connectVpnClient(const QString &node)
{
    return runAction(QStringLiteral("connect %1").arg(node));
}

bool SimulationWorkbench::runAction(const QString &scriptLine)
{
    if (!isSimulating())
        startSimulation();
    const model::Diagnostics errors = m_session->act(scriptLine);
    if (!errors.isEmpty()) {
        emit message(tr("Cannot run “%1”: %2").arg(scriptLine, translatedDiagnostic(errors.first())));
        return false;
    }
    emit message(tr("Recorded: %1").arg(scriptLine));
    return true;
}

void SimulationWorkbench::onPing()
{
    QString source;
    QString destination;
    const model::Project &project = m_document.project();
    if (!m_selection.isEmpty() && project.node(m_selection.first()))
        source = project.node(m_selection.first())->name;
    if (m_selection.size() > 1 && project.node(m_selection.at(1)))
        destination = project.node(m_selection.at(1))->name;
    PingDialog dialog(project, source, destination, qobject_cast<QWidget *>(parent()));
    if (dialog.exec() == QDialog::Accepted && runAction(dialog.scriptLine()))
        m_controls->play();
}

void SimulationWorkbench::setSelectedNodes(const QList<model::NodeId> &nodes)
{
    m_selection = nodes;
    updateActions();
}

void SimulationWorkbench::updateActions()
{
    bool clientSelected = false;
    for (model::NodeId id : m_selection) {
        const model::Node *node = m_document.project().node(id);
        clientSelected = clientSelected || (node && node->kind == model::NodeKind::VpnClient);
    }
    m_connect->setEnabled(clientSelected);
}

void SimulationWorkbench::onRewound()
{
    const auto &events = m_session->events();
    m_ladder->setEvents(events);
    m_overlay->reset(events);
    m_packetDetail->clear();
    const int current = lastPacketSent(events, 0);
    if (current >= 0) {
        m_ladder->setCurrentEvent(current);
        m_packetDetail->showPacket(events, current);
    }
}

void SimulationWorkbench::onEventsAdded(int first)
{
    const auto &events = m_session->events();
    m_ladder->appendEvents(events, first);
    m_overlay->append(events, first);
    const int current = lastPacketSent(events, first);
    if (current >= 0) {
        m_ladder->setCurrentEvent(current);
        m_packetDetail->showPacket(events, current);
    }
}

void SimulationWorkbench::showRunProblems()
{
    m_problems->setRunDiagnostics(m_session->diagnostics());
}

void SimulationWorkbench::onDocumentChanged(const model::ChangeEvent &event)
{
    if (!isSimulating())
        return;
    m_scenarioEditor->setScenarios(m_document.project().scenarios());
    if (!changesTheNetwork(event.kind))
        return;
    m_controls->pause();
    m_session->restart(m_document.project());
    emit message(tr("The project changed: the simulation starts again from time 0 with the recorded actions"));
}

void SimulationWorkbench::saveScenario(const QString &name, const QString &text)
{
    const auto &scenarios = m_document.project().scenarios();
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        if (scenarios[i].name == name) {
            m_document.undoStack()->push(new model::SetScenario(&m_document, int(i), model::Scenario{name, text}));
            return;
        }
    }
    m_document.undoStack()->push(new model::AddScenario(&m_document, model::Scenario{name, text}));
}

std::optional<QString> SimulationWorkbench::exportCapture(const QString &pcapPath, const QString &keysDirectory) const
{
    if (ExportError error = exportRunPcap(*m_session, pcapPath))
        return error;
    return exportWiresharkKeys(*m_session, keysDirectory);
}

std::optional<QString> SimulationWorkbench::exportConsoleLogsTo(const QString &directory) const
{
    return exportConsoleLogs(*m_session, directory);
}

std::optional<QString> SimulationWorkbench::exportLadderTo(const QString &path) const
{
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    if (svg ? m_ladder->exportSvg(path) : m_ladder->exportPng(path))
        return std::nullopt;
    return tr("%1: the diagram could not be written").arg(path);
}

void SimulationWorkbench::report(const std::optional<QString> &error, const QString &done)
{
    emit message(error ? *error : done);
}

void SimulationWorkbench::onExportCapture()
{
    auto *window = qobject_cast<QWidget *>(parent());
    const QString pcap = QFileDialog::getSaveFileName(window, tr("Export Capture"), QStringLiteral("run.pcap"),
                                                      tr("Packet captures (*.pcap)"));
    if (pcap.isEmpty())
        return;
    const QString keys = QFileDialog::getExistingDirectory(window, tr("Folder for the Wireshark Keys"),
                                                           QFileInfo(pcap).absolutePath());
    if (!keys.isEmpty())
        report(exportCapture(pcap, keys), tr("Capture and keys written: open %1 in Wireshark with that folder as its configuration").arg(pcap));
}

void SimulationWorkbench::onExportConsoleLogs()
{
    const QString folder = QFileDialog::getExistingDirectory(qobject_cast<QWidget *>(parent()), tr("Export Console Logs"));
    if (!folder.isEmpty())
        report(exportConsoleLogsTo(folder), tr("Console logs written to %1").arg(folder));
}

void SimulationWorkbench::onExportLadder()
{
    const QString path = QFileDialog::getSaveFileName(qobject_cast<QWidget *>(parent()), tr("Export Ladder Diagram"),
                                                      QStringLiteral("ladder.svg"), tr("SVG (*.svg);;PNG (*.png)"));
    if (!path.isEmpty())
        report(exportLadderTo(path), tr("Ladder diagram written to %1").arg(path));
}

void SimulationWorkbench::retranslate()
{
    m_menu->setTitle(tr("&Simulation"));
    m_toolBar->setWindowTitle(tr("Simulation Toolbar"));
    m_simulate->setText(tr("&Simulate"));
    m_simulate->setToolTip(tr("Run the project's network and watch the tunnels form (Ctrl+R)"));
    m_connect->setText(tr("&Connect VPN Client"));
    m_connect->setToolTip(tr("The selected VPN Client PC connects to its gateway"));
    m_ping->setText(tr("P&ing…"));
    m_ping->setToolTip(tr("Send ICMP echoes from one device to another device or address"));
    m_animate->setText(tr("&Animate Packets"));
    m_exportCapture->setText(tr("Export &Capture and Keys…"));
    m_exportCapture->setToolTip(tr("The run's packets as pcap, with the key tables Wireshark needs to decrypt them"));
    m_exportLogs->setText(tr("Export Console &Logs…"));
    m_exportLadder->setText(tr("Export Ladder &Diagram…"));
    m_controls->retranslate();
}

} // namespace vtd::app
