#include "simulation_session.h"

#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/ping_endpoints.h"
#include "sim/scenario/scenario_runner.h"
#include "sim/scenario/script_interfaces.h"
#include "sim/scenario/script_parser.h"

#include <variant>

namespace vtd::app {

namespace {

/** The wait that lets timers run past the script's end: long enough never to end by itself. */
constexpr sim::Milliseconds OpenEndedWaitMs = 100LL * 365 * 24 * 3600 * 1000;
/** A step that sends nothing (a long quiet wait) still ends after this many units, so that the
 *  GUI stays responsive. */
constexpr int MaxUnitsPerStep = 20000;

/** Time waited so far, in whole milliseconds rounded up (at least 1): a replay of the line
 *  "wait N ms" then covers every event that has run. */
sim::Milliseconds waitedMs(sim::SimTime waited)
{
    const sim::Milliseconds ms = (waited.toNanoseconds() + 999999) / 1000000;
    return std::max<sim::Milliseconds>(ms, 1);
}

QString waitLine(sim::Milliseconds ms)
{
    return ms % 1000 == 0 ? QStringLiteral("wait %1s").arg(ms / 1000) : QStringLiteral("wait %1ms").arg(ms);
}

bool isPacketSent(const sim::TraceEvent &event)
{
    const auto *packet = std::get_if<sim::PacketTrace>(&event);
    return packet && packet->direction == sim::PacketDirection::Sent;
}

} // namespace

SimulationSession::SimulationSession(QObject *parent)
    : QObject(parent)
{
}

SimulationSession::~SimulationSession()
{
    // The run's simulator holds the recorder as a sink: the run goes first.
    m_runner.reset();
}

void SimulationSession::start(const model::Project &project, std::uint64_t seed)
{
    m_project = project;
    m_seed = seed;
    m_lines.clear();
    m_fileName.clear();
    m_idleWait = false;
    m_stepEnds.clear();
    replayTo(0);
    emit scriptChanged();
    emitRewound();
}

void SimulationSession::restart(const model::Project &project)
{
    m_project = project;
    m_idleWait = false;
    m_stepEnds.clear();
    replayTo(0);
    emitRewound();
}

const std::vector<sim::TraceEvent> &SimulationSession::events() const
{
    static const std::vector<sim::TraceEvent> none;
    return m_recorder ? m_recorder->events() : none;
}

sim::SimTime SimulationSession::now() const
{
    return m_runner ? m_runner->simulator().now() : sim::SimTime();
}

model::Diagnostics SimulationSession::diagnostics() const
{
    return m_runDiagnostics;
}

bool SimulationSession::isScriptDone() const
{
    return !m_runner || m_runner->isScriptDone() || isIdleWaitActive();
}

QString SimulationSession::scriptText() const
{
    QStringList lines = m_lines;
    if (isIdleWaitActive())
        lines << waitLine(waitedMs(now() - *m_runner->waitStartedAt()));
    return lines.join(u'\n');
}

model::Diagnostics SimulationSession::loadScript(const QString &text, const QString &fileName)
{
    if (!m_runner)
        return {};
    // Checked by the live run (nodes, interfaces, ping endpoints); replaced by the replay below.
    if (model::Diagnostics errors = m_runner->load(text, fileName); !errors.isEmpty())
        return errors;
    m_lines = text.split(u'\n');
    m_fileName = fileName;
    m_idleWait = false;
    m_stepEnds.clear();
    replayTo(0);
    emit scriptChanged();
    emitRewound();
    return {};
}

model::Diagnostics SimulationSession::act(const QString &line)
{
    if (!m_runner)
        return {};
    sim::ScriptParseResult parsed = sim::parseScript(line, QString(), m_project,
                                                     sim::scriptInterfaceResolver(m_project, m_runner->network()));
    if (!parsed.diagnostics.isEmpty() || parsed.script.commands.size() != 1)
        return parsed.diagnostics;
    const sim::ScriptCommand &command = parsed.script.commands.first();
    if (const auto *ping = std::get_if<sim::PingCommand>(&command.action)) {
        auto resolved = sim::resolvePingEndpoints(m_runner->network(), *ping);
        if (const auto *error = std::get_if<model::Diagnostic>(&resolved))
            return {*error};
    }
    int actionLine = 0;
    m_lines = linesWithActionAt(command.text, &actionLine);
    m_idleWait = false;
    replayTo(m_units);
    if (std::holds_alternative<sim::OnCommand>(command.action)) {
        // A console command answers at once: run up to it (through a ping in progress).
        const auto startedAction = [&] {
            const auto &commands = m_runner->script().commands;
            return m_runner->startedCommands() > 0 && commands.at(m_runner->startedCommands() - 1).line >= actionLine;
        };
        while (!startedAction() && advanceUnit(false)) {
        }
        m_stepEnds.push_back(m_units);
    }
    emit scriptChanged();
    emitRewound();
    return {};
}

QStringList SimulationSession::linesWithActionAt(const QString &action, int *actionLine) const
{
    QStringList lines = m_lines;
    const auto &commands = m_runner->script().commands;
    const int started = m_runner->startedCommands();
    const std::optional<sim::SimTime> waitStart = m_runner->waitStartedAt();
    if (isIdleWaitActive()) {
        lines << waitLine(waitedMs(now() - *waitStart)) << action;
        *actionLine = int(lines.size());
    } else if (waitStart) {
        // Acting during a wait splits it: the part waited, the action, the rest.
        const sim::ScriptCommand &wait = commands.at(started - 1);
        const sim::Milliseconds total = std::get<sim::WaitCommand>(wait.action).duration;
        const sim::Milliseconds done = std::min(waitedMs(now() - *waitStart), total);
        QStringList replacement{waitLine(done), action};
        if (total > done)
            replacement << waitLine(total - done);
        lines.removeAt(wait.line - 1);
        for (qsizetype i = 0; i < replacement.size(); ++i)
            lines.insert(wait.line - 1 + i, replacement.at(i));
        *actionLine = wait.line + 1;
    } else {
        // Between commands, or during a ping or connect: after the commands queued for now (those
        // before the next wait), so that actions keep the order they were given in.
        qsizetype at = lines.size();
        for (qsizetype i = started; i < commands.size(); ++i) {
            if (std::holds_alternative<sim::WaitCommand>(commands.at(i).action)) {
                at = commands.at(i).line - 1;
                break;
            }
        }
        lines.insert(at, action);
        *actionLine = int(at) + 1;
    }
    return lines;
}

bool SimulationSession::stepForward()
{
    if (!m_runner)
        return false;
    const int first = int(events().size());
    if (!stepOnce(true))
        return false;
    if (int(events().size()) > first)
        emit eventsAdded(first);
    emit positionChanged();
    return true;
}

bool SimulationSession::stepBack()
{
    if (!m_runner || m_stepEnds.empty())
        return false;
    m_stepEnds.pop_back();
    replayTo(m_stepEnds.empty() ? 0 : m_stepEnds.back());
    emitRewound();
    return true;
}

void SimulationSession::reset()
{
    if (!m_runner)
        return;
    m_stepEnds.clear();
    m_idleWait = false;
    replayTo(0);
    emitRewound();
}

void SimulationSession::runToEnd()
{
    if (!m_runner)
        return;
    const int first = int(events().size());
    while (!isScriptDone() && stepOnce(false)) {
    }
    if (int(events().size()) > first)
        emit eventsAdded(first);
    emit positionChanged();
}

bool SimulationSession::stepOnce(bool beyondScript)
{
    bool ran = false;
    std::size_t scanned = events().size();
    // Past the script's end only when the step starts there: a step that ends the script stops.
    for (int units = 0; units < MaxUnitsPerStep && advanceUnit(beyondScript && (!ran || isIdleWaitActive())); ++units) {
        ran = true;
        const auto &recorded = events();
        const bool sent = std::any_of(recorded.begin() + qsizetype(scanned), recorded.end(), isPacketSent);
        scanned = recorded.size();
        if (sent)
            break;
    }
    if (ran)
        m_stepEnds.push_back(m_units);
    return ran;
}

bool SimulationSession::advanceUnit(bool beyondScript)
{
    sim::Simulator &simulator = m_runner->simulator();
    if (isIdleWaitActive() && !simulator.nextEventTime())
        return false;  // nothing will ever happen: do not let the open wait jump 100 years
    if (m_runner->advance()) {
        ++m_units;
        return true;
    }
    if (!beyondScript || !simulator.nextEventTime())
        return false;
    m_idleWait = true;
    m_runner->appendCommand(idleWaitCommand());
    m_runner->advance();
    ++m_units;
    return true;
}

sim::ScriptCommand SimulationSession::idleWaitCommand() const
{
    return sim::ScriptCommand{int(m_lines.size()) + 1, QStringLiteral("wait"), sim::WaitCommand{OpenEndedWaitMs}};
}

bool SimulationSession::isIdleWaitActive() const
{
    return m_idleWait && m_runner && m_runner->startedCommands() == m_runner->script().commands.size()
           && m_runner->waitStartedAt().has_value();
}

void SimulationSession::replayTo(std::size_t units)
{
    m_quiet = true;
    rebuild();
    while (m_units < units && advanceUnit(true)) {
    }
    m_quiet = false;
}

void SimulationSession::rebuild()
{
    m_runner.reset();
    m_recorder = std::make_unique<sim::TraceRecorder>();
    m_runner = std::make_unique<sim::ScenarioRunner>(m_project, m_seed);
    m_runner->simulator().addTraceSink(m_recorder.get());
    m_runDiagnostics.clear();
    m_runner->setDiagnosticReport([this](const model::Diagnostic &d) { m_runDiagnostics << d; });
    m_runner->setConsoleOutput([this](const QString &node, const QString &cli, const QString &output) {
        if (!m_quiet)
            emit consoleOutput(node, cli, output);
    });
    m_units = 0;
    m_runDiagnostics << m_runner->load(m_lines.join(u'\n'), m_fileName);
    if (m_idleWait)
        m_runner->appendCommand(idleWaitCommand());
}

void SimulationSession::emitRewound()
{
    emit rewound();
    emit positionChanged();
}

} // namespace vtd::app
