#pragma once

#include "run_collector.h"
#include "run_summary.h"
#include "script.h"

#include "model/diagnostic.h"

#include <functional>
#include <memory>
#include <optional>

namespace vtd::model {
class Project;
}

namespace vtd::sim::devices {
class SimNetwork;
}

namespace vtd::sim::console {
class DeviceConsoles;
}

namespace vtd::sim {

class Simulator;
class VpnControl;

/** Runs a scenario script on a project's network, command after command in simulated time, as
 *  the contract (cli-and-scenarios.md) says: each command that involves traffic blocks until it
 *  has finished, expectations are judged when their line runs, and everything the run summary
 *  reports is collected on the way. One runner is one run (one seed); `vpnsim run`, the GUI and
 *  tests drive the same code.
 *
 *  Use: construct (builds the network), load() a script (every error reported, FILE:LINE,
 *  before anything runs), then run() once. A readable log goes to setLog() as it happens. */
class ScenarioRunner
{
public:
    using LogLine = RunCollector::LogLine;
    using DiagnosticReport = RunCollector::DiagnosticReport;
    /** Finds the IKE layer of a node by name; nullptr when the node does not simulate IKE. */
    using VpnLookup = std::function<VpnControl *(const QString &node)>;

    /** The longest a `connect` waits for the client (contract: 30 s). */
    static constexpr Milliseconds ConnectTimeoutMs = 30000;
    /** Without a scenario the network boots and runs this long (contract: 60 s). */
    static constexpr Milliseconds BootOnlyMs = 60000;

    ScenarioRunner(const model::Project &project, std::uint64_t seed);
    ~ScenarioRunner();
    ScenarioRunner(const ScenarioRunner &) = delete;
    ScenarioRunner &operator=(const ScenarioRunner &) = delete;

    /** Findings of building the network (device configurations the dialects could not read). */
    const model::Diagnostics &buildDiagnostics() const { return m_buildDiagnostics; }

    /** Parses and checks a script against the project and the built network (nodes, interfaces,
     *  ping endpoints). Returns the errors (file and line set); when there are any, nothing is
     *  loaded and run() must not be called. */
    model::Diagnostics load(const QString &text, const QString &fileName);
    /** Loads an already parsed script (endpoints still checked). */
    model::Diagnostics load(const Script &script);
    /** The script of a project without scenarios: boot, then `wait 60s`. */
    static Script bootOnlyScript();

    void setLog(LogLine log);
    /** Replaces how the runner finds a node's IKE layer (default: the node's VpnControl
     *  extension), for a GUI or a test that drives IKE its own way. */
    void setVpnLookup(VpnLookup lookup) { m_vpnLookup = std::move(lookup); }
    /** Every finding while running (the simulation's and the runner's), as it happens. */
    void setDiagnosticReport(DiagnosticReport report);

    /** Runs the loaded script to its end and returns the summary: advance() until it returns
     *  false, then finish(). */
    RunSummary run();

    // ----- stepwise running (the GUI steps through a run; run() uses the same path) -----
    /** Runs one unit: starts the next command (an instant one runs completely) or runs one
     *  simulator event of the command in progress. False when the script is done. The same
     *  script gives the same sequence of units, so a unit count is a position in the run. */
    bool advance();
    /** True when every command of the script has run. */
    bool isScriptDone() const { return !m_active && m_next >= m_script.commands.size(); }
    /** Appends a command to the script being run (a GUI action); it runs after the others. */
    void appendCommand(const ScriptCommand &command);
    /** When the command in progress is a `wait`: the time it started (the GUI turns the time
     *  waited so far into a script line); otherwise nothing. */
    std::optional<SimTime> waitStartedAt() const;
    /** The script being run (GUI actions appended). */
    const Script &script() const { return m_script; }
    /** Commands started so far (the one in progress included). */
    int startedCommands() const { return int(m_next); }
    /** Collects the SAs and consoles into the summary and returns it. */
    RunSummary finish();
    /** The output of each `on NODE: CLI`, as it runs (the GUI's console view shows it). */
    using ConsoleOutput = std::function<void(const QString &node, const QString &cli, const QString &output)>;
    void setConsoleOutput(ConsoleOutput output) { m_consoleOutput = std::move(output); }

    Simulator &simulator() { return *m_sim; }
    devices::SimNetwork &network() { return *m_network; }
    console::DeviceConsoles &consoles() { return *m_consoles; }

private:
    struct ActiveCommand;
    void start(const ScriptCommand &command);
    void startWait(const WaitCommand &wait);
    void execute(const ScriptCommand &command);
    /** One unit of the command in progress; clears m_active when it has finished. */
    void continueActive();
    void startPing(const ScriptCommand &command, const PingCommand &ping);
    void finishPing();
    void startConnect(const ScriptCommand &command, const ConnectCommand &connect);
    void finishConnect();
    void runDisconnect(const ScriptCommand &command, const DisconnectCommand &disconnect);
    void runOn(const OnCommand &on);
    void runConfigure(const ScriptCommand &command, const ConfigureCommand &configure);
    void runLink(const LinkCommand &link);
    void runLoss(const LossCommand &loss);
    void recordExpect(const ScriptCommand &command, bool held, std::optional<model::Diagnostic> failure);
    /** A finding tied to a script line at the current time. */
    void report(model::Diagnostic diagnostic, const ScriptCommand &command);
    void collectSas();
    VpnControl *vpnControl(const QString &node) const;
    void log(const QString &line) const;

    const model::Project &m_project;
    std::unique_ptr<Simulator> m_sim;
    std::unique_ptr<devices::SimNetwork> m_network;
    std::unique_ptr<console::DeviceConsoles> m_consoles;
    model::Diagnostics m_buildDiagnostics;
    RunSummary m_summary;
    RunCollector m_collector;
    Script m_script;
    qsizetype m_next = 0;                   ///< index of the next command to start
    std::unique_ptr<ActiveCommand> m_active; ///< the command in progress, if any
    LogLine m_log;
    VpnLookup m_vpnLookup;
    ConsoleOutput m_consoleOutput;
};

} // namespace vtd::sim
