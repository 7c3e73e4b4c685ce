// How long one simulation step takes to show on the built-in example, in the designer window
// with every simulation view attached (ladder, packet detail, canvas overlay, consoles): the
// seed run (connect vpnclient, ping vpnclient 11.0.0.2) stepped forward to its end, then back
// to time 0 (each step back replays the run). Target: no step over 100 ms. Prints figures;
// never fails on a slow machine.

#include "app/gui/i18n/language_manager.h"
#include "app/gui/main_window.h"
#include "app/gui/simulation/simulation_controls.h"
#include "app/gui/simulation/simulation_session.h"
#include "app/gui/simulation/simulation_workbench.h"

#include "model/document.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Figures
{
    std::vector<double> ms;
    void print(const char *name) const
    {
        if (ms.empty())
            return;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        double total = 0;
        for (double v : ms)
            total += v;
        std::printf("%s_steps: %zu\n", name, ms.size());
        std::printf("%s_mean_ms: %.2f\n", name, total / double(ms.size()));
        std::printf("%s_p95_ms: %.2f\n", name, sorted[std::size_t(double(sorted.size() - 1) * 0.95)]);
        std::printf("%s_max_ms: %.2f\n", name, sorted.back());
        const auto slowest = std::max_element(ms.begin(), ms.end()) - ms.begin();
        std::printf("%s_slowest_step: %td\n", name, slowest + 1);
    }
};

/** Times one step including the repaint of what it changed. */
template<typename Step>
bool timed(Figures &figures, Step step)
{
    QElapsedTimer timer;
    timer.start();
    const bool moved = step();
    QCoreApplication::processEvents();
    figures.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    return moved;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    vtd::app::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    vtd::app::MainWindow window(languages);
    window.openExample();
    window.resize(1400, 900);
    window.show();
    vtd::app::SimulationWorkbench &workbench = *window.simulation();
    workbench.startSimulation();
    workbench.runAction(QStringLiteral("connect vpnclient"));
    workbench.runAction(QStringLiteral("ping vpnclient 11.0.0.2"));
    workbench.controls()->pause();
    vtd::app::SimulationSession &session = workbench.session();
    // The window's first layout and paint are not a step's: let them happen before timing.
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();

    Figures forward;
    // To the end of the recorded actions (past it, the devices' timers would run for ever).
    while (!session.isScriptDone() && timed(forward, [&] { return session.stepForward(); })) {
    }
    Figures back;
    while (timed(back, [&] { return session.stepBack(); })) {
    }
    back.ms.pop_back();
    // The same steps without any view: what the replay itself costs.
    vtd::app::SimulationSession bare;
    bare.start(window.document().project());
    bare.act(QStringLiteral("connect vpnclient"));
    bare.act(QStringLiteral("ping vpnclient 11.0.0.2"));
    Figures bareForward;
    while (!bare.isScriptDone() && timed(bareForward, [&] { return bare.stepForward(); })) {
    }
    bareForward.print("replay_only_step_forward");
    Figures bareBack;
    while (timed(bareBack, [&] { return bare.stepBack(); })) {
    }
    bareBack.ms.pop_back();
    bareBack.print("replay_only_step_back");
    forward.print("step_forward");
    back.print("step_back");
    const double worst = std::max(forward.ms.empty() ? 0.0 : *std::max_element(forward.ms.begin(), forward.ms.end()),
                                  back.ms.empty() ? 0.0 : *std::max_element(back.ms.begin(), back.ms.end()));
    std::printf("worst_step_ms: %.2f (target: under 100)\n", worst);
    return 0;
}
