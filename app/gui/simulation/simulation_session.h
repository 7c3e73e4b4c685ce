#pragma once

#include "sim/engine/sim_time.h"
#include "sim/engine/trace_event.h"

#include "model/diagnostic.h"
#include "model/project.h"

#include <QObject>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace vtd::sim {
class ScenarioRunner;
class TraceRecorder;
struct ScriptCommand;
}

namespace vtd::app {

/** The simulation the GUI shows: one deterministic run of the project, advanced step by step,
 *  with every user action recorded as a scenario line.
 *
 *  A step runs the simulation until the next packet leaves a node (or the current script
 *  command finishes). Stepping back replays the recorded script from time 0 to the previous
 *  step: the run is deterministic (same project, seed and script, same events), so the replay
 *  is the earlier state itself. Acting while stepped back drops the recorded future first.
 *
 *  Views read events() (every trace record so far, in order) and follow the signals; the live
 *  run (consoles, network, SAs) is runner(). Widget-free, so tests and benchmarks drive it. */
class SimulationSession : public QObject
{
    Q_OBJECT

public:
    explicit SimulationSession(QObject *parent = nullptr);
    ~SimulationSession() override;

    /** Starts over on `project` (copied): time 0, empty recording. */
    void start(const model::Project &project, std::uint64_t seed = 1);
    /** The project changed: runs the new one from time 0 with the same recording. */
    void restart(const model::Project &project);
    bool isStarted() const { return m_runner != nullptr; }
    const model::Project &project() const { return m_project; }

    // ----- the recording -----
    /** The session so far as a scenario script: one line per action, `wait` lines for the idle
     *  time between them. */
    QString scriptText() const;
    /** Replaces the recording with a script (a project scenario, or an edited recording) and
     *  rewinds to time 0. On errors (file and line set) nothing changes. */
    model::Diagnostics loadScript(const QString &text, const QString &fileName = {});
    /** Records one action as a script line ("connect vpnclient", "ping vpnclient 11.0.0.2",
     *  "on snow: show crypto isakmp sa") and queues it: it runs when the step loop reaches it
     *  (at once when the run is idle). A console command (`on`) runs immediately. Errors leave
     *  the recording unchanged. */
    model::Diagnostics act(const QString &line);

    // ----- controls -----
    /** One step forward; false when nothing is left to run (script done, no pending event). */
    bool stepForward();
    /** Back to the previous step (replay); false at time 0. */
    bool stepBack();
    /** Back to time 0, keeping the recording (Play then runs it again). */
    void reset();
    /** Forward to the end of the recorded script (and its traffic). */
    void runToEnd();
    /** True when the recorded script has run completely (the run may still have timers). */
    bool isScriptDone() const;

    int stepIndex() const { return int(m_stepEnds.size()); }
    sim::SimTime now() const;
    /** Every trace record of the run so far, in order. */
    const std::vector<sim::TraceEvent> &events() const;
    /** Every finding the run raised so far (script errors included; the device texts' own
     *  problems are the Problems view's already). */
    model::Diagnostics diagnostics() const;
    /** The live run: consoles, network, SAs. Null before start(). */
    sim::ScenarioRunner *runner() const { return m_runner.get(); }

signals:
    /** The run was rebuilt from time 0 (start, reset, step back, loaded script): views drop what
     *  they show and read events() again. */
    void rewound();
    /** Records [first, events().size()) were added. */
    void eventsAdded(int first);
    /** Time or step changed (after rewound()/eventsAdded()). */
    void positionChanged();
    /** scriptText() changed. */
    void scriptChanged();
    /** Output of a console command typed through act() ("on NODE: CLI"). */
    void consoleOutput(const QString &node, const QString &command, const QString &output);

private:
    /** Builds a fresh run of the recording (time 0), without signals. */
    void rebuild();
    /** One unit of the run (see ScenarioRunner::advance); past the script's end, an open-ended
     *  wait lets timers run, so that a replay sees the same units. False when nothing is left. */
    bool advanceUnit(bool beyondScript);
    /** Runs units until a packet leaves a node; false when nothing ran. No signals. */
    bool stepOnce(bool beyondScript);
    /** Rebuilds and runs `units` units again (the deterministic replay). */
    void replayTo(std::size_t units);
    /** The recording with `action` put where the run now stands (see act()); its line number
     *  goes to `actionLine`. */
    QStringList linesWithActionAt(const QString &action, int *actionLine) const;
    sim::ScriptCommand idleWaitCommand() const;
    bool isIdleWaitActive() const;
    void emitRewound();

    model::Project m_project;
    std::uint64_t m_seed = 1;
    std::unique_ptr<sim::ScenarioRunner> m_runner;
    std::unique_ptr<sim::TraceRecorder> m_recorder;
    QStringList m_lines;                  ///< the recorded script, as text lines
    QString m_fileName;                   ///< where the script came from (for messages)
    bool m_idleWait = false;              ///< the run went past the script's end
    std::vector<std::size_t> m_stepEnds;  ///< units run at the end of each step
    std::size_t m_units = 0;              ///< units run since time 0
    model::Diagnostics m_runDiagnostics;
    bool m_quiet = false;                 ///< replaying: no console signals
};

} // namespace vtd::app
