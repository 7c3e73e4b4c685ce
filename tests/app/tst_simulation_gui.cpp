// The simulation GUI as issue #7's "Done means" puts it: the designer window on the built-in
// example, the VPN Client connected and pinging 11.0.0.2 through the window's own actions, the
// whole run stepped forward and back, the ladder showing the seed's sequence, the tunnels
// reaching "IPsec SAs up", the packet view decrypting a Quick Mode message and an ESP packet,
// and the misrouted variant showing a failed tunnel with its reason.

#include "app/gui/canvas/simulation_overlay.h"
#include "app/gui/canvas/topology_scene.h"
#include "app/gui/i18n/language_manager.h"
#include "app/gui/main_window.h"
#include "app/gui/problems/problems_view.h"
#include "app/gui/simulation/console_view.h"
#include "app/gui/simulation/ladder_view.h"
#include "app/gui/simulation/packet_detail_view.h"
#include "app/gui/simulation/ping_dialog.h"
#include "app/gui/simulation/simulation_controls.h"
#include "app/gui/simulation/simulation_session.h"
#include "app/gui/simulation/simulation_workbench.h"

#include "sim/analysis/ladder.h"
#include "sim/analysis/packet_inspection.h"
#include "sim/analysis/tunnel_states.h"

#include "model/commands/set_config_text.h"
#include "model/document.h"

#include <QAction>
#include <QComboBox>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace vtd;
using sim::analysis::TunnelState;

namespace {

QStringList isakmpLabels(const sim::analysis::Ladder &ladder)
{
    QStringList labels;
    for (const sim::analysis::LadderArrow &arrow : ladder.arrows()) {
        if (arrow.kind == sim::analysis::PacketKind::Isakmp)
            labels << QStringLiteral("%1 %2>%3").arg(arrow.text(), arrow.from, arrow.to);
    }
    return labels;
}

/** True when every pattern starts one of `labels`, in this order (other labels may come between). */
bool inOrder(const QStringList &labels, const QStringList &patterns)
{
    qsizetype at = 0;
    for (const QString &pattern : patterns) {
        while (at < labels.size() && !labels.at(at).startsWith(pattern))
            ++at;
        if (at == labels.size())
            return false;
        ++at;
    }
    return true;
}

bool hasLayer(const std::vector<sim::analysis::InspectionRow> &rows, const QString &prefix)
{
    for (const sim::analysis::InspectionRow &row : rows) {
        if (row.layer.startsWith(prefix) || hasLayer(row.children, prefix))
            return true;
    }
    return false;
}

int arrowStarting(const sim::analysis::Ladder &ladder, const QString &label)
{
    for (const sim::analysis::LadderArrow &arrow : ladder.arrows()) {
        if (arrow.text().startsWith(label))
            return arrow.eventIndex;
    }
    return -1;
}

TunnelState stateBetween(const app::SimulationOverlay &overlay, const char *a, const char *b)
{
    const sim::analysis::TunnelStates &states = overlay.tunnelStates();
    const int index = states.indexOf(QLatin1String(a), QLatin1String(b));
    return index < 0 ? TunnelState::Configured : states.status(index).state;
}

} // namespace

class TstSimulationGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedRunForwardAndBack();
    void pingDialogWritesTheScriptLine();
    void misroutedTunnelFailsWithItsReason();

private:
    std::unique_ptr<app::LanguageManager> m_languages;
};

void TstSimulationGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = std::make_unique<app::LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TstSimulationGui::seedRunForwardAndBack()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    app::SimulationWorkbench &workbench = *window.simulation();
    workbench.simulateAction()->trigger();
    QVERIFY(workbench.isSimulating());
    const model::Node *client = window.document().project().nodeByName(QStringLiteral("vpnclient"));
    QVERIFY(client);
    window.scene()->selectNodes({client->id});
    QVERIFY(workbench.connectAction()->isEnabled());
    workbench.connectAction()->trigger();
    workbench.controls()->pause(); // the test steps by itself
    QVERIFY(workbench.runAction(QStringLiteral("ping vpnclient 11.0.0.2")));
    app::SimulationSession &session = workbench.session();
    QCOMPARE(session.scriptText(), QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2"));

    int steps = 0;
    while (!session.isScriptDone() && workbench.controls()->stepForwardAction()->isEnabled()) {
        workbench.controls()->stepForwardAction()->trigger();
        ++steps;
    }
    QVERIFY2(steps > 30, qPrintable(QString::number(steps)));

    // The ladder: the seed's sequence.
    const QStringList labels = isakmpLabels(workbench.ladder()->ladder());
    QVERIFY2(inOrder(labels, {QStringLiteral("AM1 vpnclient>snow"), QStringLiteral("AM2 snow>vpnclient"),
                              QStringLiteral("AM3 vpnclient>snow"), QStringLiteral("Transaction"),
                              // The client runs its two Quick Modes side by side, as in the seed.
                              QStringLiteral("QM1 vpnclient>snow"), QStringLiteral("QM1 vpnclient>snow"),
                              QStringLiteral("QM2 snow>vpnclient"), QStringLiteral("QM2 snow>vpnclient"),
                              QStringLiteral("QM3 vpnclient>snow"), QStringLiteral("QM3 vpnclient>snow"),
                              QStringLiteral("MM1 snow>rain"), QStringLiteral("MM2 rain>snow"),
                              QStringLiteral("MM3 snow>rain"), QStringLiteral("MM4 rain>snow"),
                              QStringLiteral("MM5 snow>rain"), QStringLiteral("MM6 rain>snow"),
                              QStringLiteral("QM1 snow>rain"), QStringLiteral("QM2 rain>snow"),
                              QStringLiteral("QM3 snow>rain")}),
             qPrintable(labels.join(QStringLiteral(", "))));

    // The tunnels are up.
    QCOMPARE(stateBetween(*workbench.overlay(), "vpnclient", "snow"), TunnelState::IpsecUp);
    QCOMPARE(stateBetween(*workbench.overlay(), "snow", "rain"), TunnelState::IpsecUp);

    // The packet view decrypts a Quick Mode message and an ESP packet.
    const sim::analysis::Ladder &ladder = workbench.ladder()->ladder();
    const int qm1 = arrowStarting(ladder, QStringLiteral("QM1"));
    QVERIFY(qm1 >= 0);
    workbench.packetDetail()->showPacket(session.events(), qm1);
    QVERIFY(!workbench.packetDetail()->inspection().plaintext.isEmpty());
    QVERIFY(hasLayer(workbench.packetDetail()->inspection().rows, QStringLiteral("Keys")));
    const int esp = arrowStarting(ladder, QStringLiteral("ESP"));
    QVERIFY(esp >= 0);
    workbench.packetDetail()->showPacket(session.events(), esp);
    QVERIFY(hasLayer(workbench.packetDetail()->inspection().rows, QStringLiteral("Inner ICMP")));

    // The run's exports: capture and keys, console logs, the ladder as SVG and PNG.
    QTemporaryDir out;
    QVERIFY(!workbench.exportCapture(out.filePath(QStringLiteral("run.pcap")), out.filePath(QStringLiteral("keys"))));
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("run.pcap"))).size() > 1000);
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("keys/esp_sa"))));
    QVERIFY(!workbench.exportConsoleLogsTo(out.filePath(QStringLiteral("logs"))));
    QVERIFY(QFileInfo(out.filePath(QStringLiteral("logs/snow.log"))).size() > 1000);
    QVERIFY(!workbench.exportLadderTo(out.filePath(QStringLiteral("ladder.svg"))));
    QVERIFY(!workbench.exportLadderTo(out.filePath(QStringLiteral("ladder.png"))));
    QVERIFY(workbench.exportLadderTo(QStringLiteral("/nonexistent-dir/ladder.png")).has_value());
    // The console dock follows the run and takes commands.
    QVERIFY(workbench.consoles()->setCurrentDevice(QStringLiteral("snow")));
    QVERIFY(workbench.consoles()->sendCommand(QStringLiteral("show crypto isakmp sa")));
    QVERIFY(workbench.consoles()->text()->toPlainText().contains(QStringLiteral("QM_IDLE")));
    QVERIFY(session.scriptText().endsWith(QStringLiteral("on snow: show crypto isakmp sa")));
    const int steps2 = session.stepIndex();

    // Back to time 0, step by step: the ladder empties, the tunnels are only configured again.
    const int arrows = workbench.ladder()->arrowCount();
    int backSteps = 0;
    while (workbench.controls()->stepBackAction()->isEnabled() && session.stepIndex() > 0) {
        workbench.controls()->stepBackAction()->trigger();
        ++backSteps;
        QVERIFY(workbench.ladder()->arrowCount() <= arrows);
    }
    QCOMPARE(backSteps, steps2);
    QCOMPARE(workbench.ladder()->arrowCount(), 0);
    QCOMPARE(stateBetween(*workbench.overlay(), "snow", "rain"), TunnelState::Configured);
    // And forward to the same end.
    workbench.controls()->runToEndAction()->trigger();
    QCOMPARE(workbench.ladder()->arrowCount(), arrows);
}

void TstSimulationGui::pingDialogWritesTheScriptLine()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    app::PingDialog dialog(window.document().project(), QStringLiteral("vpnclient"), QString());
    QCOMPARE(dialog.scriptLine(), QString());
    dialog.destinationBox()->setCurrentText(QStringLiteral("11.0.0.2"));
    QCOMPARE(dialog.scriptLine(), QStringLiteral("ping vpnclient 11.0.0.2"));
    dialog.destinationBox()->setCurrentText(QStringLiteral("rain-lan-host"));
    QCOMPARE(dialog.scriptLine(), QStringLiteral("ping vpnclient rain-lan-host"));
}

void TstSimulationGui::misroutedTunnelFailsWithItsReason()
{
    app::MainWindow window(*m_languages);
    window.openExample();
    model::Document &document = window.document();
    const model::Node *snow = document.project().nodeByName(QStringLiteral("snow"));
    QString config = snow->configText;
    QVERIFY(config.contains(QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1\n")));
    config.remove(QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1\n"));
    document.undoStack()->push(new model::SetConfigText(&document, snow->id, config));

    app::SimulationWorkbench &workbench = *window.simulation();
    workbench.startSimulation();
    QVERIFY(workbench.runAction(QStringLiteral("ping rain-lan-host snow-lan-host")));
    workbench.controls()->pause();
    workbench.controls()->runToEndAction()->trigger();

    const sim::analysis::TunnelStates &states = workbench.overlay()->tunnelStates();
    const int tunnel = states.indexOf(QStringLiteral("snow"), QStringLiteral("rain"));
    QVERIFY(tunnel >= 0);
    QCOMPARE(states.status(tunnel).state, TunnelState::Failed);
    QVERIFY(states.status(tunnel).failure.has_value());
    // The Problems view lists the run's finding and points at snow's default route.
    bool listed = false;
    for (const model::Diagnostic &d : window.findChild<app::ProblemsView *>()->runDiagnostics())
        listed = listed || d.code.startsWith(QLatin1String("ike."));
    QVERIFY(listed);
}

QTEST_MAIN(TstSimulationGui)
#include "tst_simulation_gui.moc"
