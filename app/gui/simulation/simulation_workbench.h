#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
struct ChangeEvent;
} // namespace vtd::model

namespace vtd::app {

class ConsoleView;
class LadderView;
class PacketDetailView;
class ProblemsView;
class ScenarioEditor;
class SimulationControls;
class SimulationOverlay;
class SimulationSession;
class TopologyScene;

/** The simulation side of the designer window: the session, its controls, the tools that
 *  make traffic (Connect VPN Client, Ping), the canvas overlay, and the docks that show the
 *  run (ladder diagram, packet detail, consoles, scenario), kept in step with each other.
 *  The window only creates it and adds its menu and toolbar. */
class SimulationWorkbench : public QObject
{
    Q_OBJECT

public:
    SimulationWorkbench(QMainWindow &window, model::Document &document, TopologyScene *scene,
                        ProblemsView *problems);
    ~SimulationWorkbench() override;

    SimulationSession &session() const { return *m_session; }
    SimulationControls *controls() const { return m_controls; }
    SimulationOverlay *overlay() const { return m_overlay; }
    LadderView *ladder() const { return m_ladder; }
    PacketDetailView *packetDetail() const { return m_packetDetail; }
    ConsoleView *consoles() const { return m_consoles; }
    ScenarioEditor *scenarioEditor() const { return m_scenarioEditor; }
    QMenu *menu() const { return m_menu; }
    QToolBar *toolBar() const { return m_toolBar; }
    QList<QDockWidget *> docks() const { return m_docks; }

    QAction *simulateAction() const { return m_simulate; }
    QAction *connectAction() const { return m_connect; }
    QAction *pingAction() const { return m_ping; }

    bool isSimulating() const;
    /** Starts the simulation of the document's project at time 0 (docks shown). */
    void startSimulation();
    /** Stops it: the overlay goes, the canvas is the designer's again. */
    void stopSimulation();
    /** Records and queues `connect NODE` (a VPN Client node). */
    bool connectVpnClient(const QString &node);
    /** Records and queues a ping (a script line such as "ping vpnclient 11.0.0.2"). */
    bool runAction(const QString &scriptLine);

    // ----- exports of the run (the caller chose the paths); errors as the user reads them -----
    std::optional<QString> exportCapture(const QString &pcapPath, const QString &keysDirectory) const;
    std::optional<QString> exportConsoleLogsTo(const QString &directory) const;
    /** The ladder diagram as PNG or SVG, by the file's suffix. */
    std::optional<QString> exportLadderTo(const QString &path) const;

public slots:
    /** The canvas selection: what Connect and Ping start from. */
    void setSelectedNodes(const QList<vtd::model::NodeId> &nodes);
    void retranslate();

signals:
    /** A status line for the window. */
    void message(const QString &text);

private:
    void createActions();
    void createDocks(QMainWindow &window);
    void onRewound();
    void onEventsAdded(int first);
    void onDocumentChanged(const model::ChangeEvent &event);
    void onPing();
    void updateActions();
    void showRunProblems();
    void saveScenario(const QString &name, const QString &text);
    void onExportCapture();
    void onExportConsoleLogs();
    void onExportLadder();
    void report(const std::optional<QString> &error, const QString &done);

    model::Document &m_document;
    SimulationSession *m_session;
    SimulationControls *m_controls;
    SimulationOverlay *m_overlay;
    ProblemsView *m_problems;
    LadderView *m_ladder = nullptr;
    PacketDetailView *m_packetDetail = nullptr;
    ConsoleView *m_consoles = nullptr;
    ScenarioEditor *m_scenarioEditor = nullptr;
    QList<QDockWidget *> m_docks;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_simulate = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_ping = nullptr;
    QAction *m_animate = nullptr;
    QAction *m_exportCapture = nullptr;
    QAction *m_exportLogs = nullptr;
    QAction *m_exportLadder = nullptr;
    QList<model::NodeId> m_selection;
};

} // namespace vtd::app
