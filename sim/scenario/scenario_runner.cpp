#include "scenario_runner.h"
#include "scenario_runner_active.h"

#include "expectations.h"
#include "ping_endpoints.h"
#include "script_interfaces.h"
#include "script_parser.h"
#include "vpn_control.h"

#include "sim/console/device_console.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"

#include "model/diagnostic_catalog.h"
#include "model/project.h"

namespace vtd::sim {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

} // namespace

ScenarioRunner::ScenarioRunner(const model::Project &project, std::uint64_t seed)
    : m_project(project)
    , m_sim(std::make_unique<Simulator>(seed))
    , m_network(std::make_unique<devices::SimNetwork>(*m_sim))
    , m_collector(m_summary)
{
    m_summary.seed = seed;
    m_sim->addTraceSink(&m_collector);
    m_buildDiagnostics = m_network->build(project);
    m_consoles = std::make_unique<console::DeviceConsoles>(*m_network);
}

ScenarioRunner::~ScenarioRunner()
{
    m_sim->removeTraceSink(&m_collector);
    // A ping in progress listens on a node; the consoles and the network refer to the
    // simulator: they go first.
    m_active.reset();
    m_consoles.reset();
    m_network.reset();
}

Script ScenarioRunner::bootOnlyScript()
{
    return Script{QString(), {ScriptCommand{0, QStringLiteral("wait 60s"), WaitCommand{BootOnlyMs}}}};
}

model::Diagnostics ScenarioRunner::load(const QString &text, const QString &fileName)
{
    ScriptParseResult parsed = parseScript(text, fileName, m_project,
                                           scriptInterfaceResolver(m_project, *m_network));
    if (!parsed.diagnostics.isEmpty())
        return parsed.diagnostics;
    return load(parsed.script);
}

model::Diagnostics ScenarioRunner::load(const Script &script)
{
    model::Diagnostics errors;
    for (const ScriptCommand &command : script.commands) {
        const auto *ping = std::get_if<PingCommand>(&command.action);
        if (!ping)
            continue;
        auto resolved = resolvePingEndpoints(*m_network, *ping);
        if (auto *error = std::get_if<model::Diagnostic>(&resolved)) {
            error->file = script.fileName;
            error->line = command.line;
            errors << *error;
        }
    }
    if (errors.isEmpty())
        m_script = script;
    return errors;
}

void ScenarioRunner::setLog(LogLine log)
{
    m_log = log;
    m_collector.setLog(std::move(log));
}

void ScenarioRunner::setDiagnosticReport(DiagnosticReport report)
{
    m_collector.setDiagnosticReport(std::move(report));
}

void ScenarioRunner::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

RunSummary ScenarioRunner::run()
{
    while (advance()) {
    }
    return finish();
}

RunSummary ScenarioRunner::finish()
{
    m_summary.ikeSas.clear();
    m_summary.ipsecSas.clear();
    collectSas();
    m_summary.consoles = m_consoles->transcripts();
    m_summary.endTimeMs = m_sim->now().toMilliseconds();
    return m_summary;
}

bool ScenarioRunner::advance()
{
    if (m_active) {
        continueActive();
        return true;
    }
    if (m_next >= m_script.commands.size())
        return false;
    start(m_script.commands.at(m_next++));
    return true;
}

void ScenarioRunner::appendCommand(const ScriptCommand &command)
{
    m_script.commands << command;
}

void ScenarioRunner::start(const ScriptCommand &command)
{
    log(runLogTime(m_sim->now()) + u' ' + command.text);
    execute(command);
}

void ScenarioRunner::execute(const ScriptCommand &command)
{
    const QString &text = command.text;
    std::visit(Overloaded{
                   [&](const WaitCommand &c) { startWait(c); },
                   [&](const PingCommand &c) { startPing(command, c); },
                   [&](const ConnectCommand &c) { startConnect(command, c); },
                   [&](const DisconnectCommand &c) { runDisconnect(command, c); },
                   [&](const OnCommand &c) { runOn(c); },
                   [&](const ConfigureCommand &c) { runConfigure(command, c); },
                   [&](const LinkCommand &c) { runLink(c); },
                   [&](const LossCommand &c) { runLoss(c); },
                   [&](const ExpectIkeCommand &c) {
                       const ExpectOutcome o = evaluateExpectIke(c, text, vpnControl(c.node));
                       recordExpect(command, o.held, o.failure);
                   },
                   [&](const ExpectIpsecCommand &c) {
                       const ExpectOutcome o = evaluateExpectIpsec(c, text, vpnControl(c.node));
                       recordExpect(command, o.held, o.failure);
                   },
                   [&](const ExpectPingCommand &c) {
                       const ExpectOutcome o = evaluateExpectPing(c, text, m_summary.pings);
                       recordExpect(command, o.held, o.failure);
                   },
                   [&](const ExpectDropCommand &c) {
                       const ExpectOutcome o = evaluateExpectDrop(c, text, m_summary.drops);
                       recordExpect(command, o.held, o.failure);
                   },
               },
               command.action);
}

void ScenarioRunner::runDisconnect(const ScriptCommand &command, const DisconnectCommand &disconnect)
{
    VpnControl *vpn = vpnControl(disconnect.node);
    if (!vpn) {
        report(noIkeDiagnostic(disconnect.node, command.text), command);
        return;
    }
    vpn->disconnect();
}

void ScenarioRunner::runOn(const OnCommand &on)
{
    const QString output = m_consoles->execute(on.node, on.cli);
    if (m_consoleOutput)
        m_consoleOutput(on.node, on.cli, output);
    QString shown = on.node + QStringLiteral("# ") + on.cli + u'\n' + output;
    if (shown.endsWith(u'\n'))
        shown.chop(1);
    log(shown);
}

void ScenarioRunner::runConfigure(const ScriptCommand &command, const ConfigureCommand &configure)
{
    for (const model::Diagnostic &refusal : m_consoles->configure(configure.node, configure.configLine))
        report(refusal, command);
}

void ScenarioRunner::runLink(const LinkCommand &link)
{
    const devices::SimNode *node = m_network->node(link.node);
    if (net::SimInterface *port = node ? node->interfaceAtPort(link.interface) : nullptr)
        port->setCableConnected(link.up);
}

void ScenarioRunner::runLoss(const LossCommand &loss)
{
    const devices::SimNode *node = m_network->node(loss.node);
    if (net::SimInterface *port = node ? node->interfaceAtPort(loss.interface) : nullptr)
        port->setLossPercent(loss.percent);
}

void ScenarioRunner::recordExpect(const ScriptCommand &command, bool held, std::optional<model::Diagnostic> failure)
{
    m_summary.expects << ExpectRecord{command.line, command.text, held};
    if (held) {
        log(QStringLiteral("held"));
        return;
    }
    log(QStringLiteral("FAILED"));
    if (failure)
        report(*failure, command);
}

void ScenarioRunner::report(model::Diagnostic diagnostic, const ScriptCommand &command)
{
    diagnostic.file = m_script.fileName;
    diagnostic.line = command.line;
    diagnostic.timeMs = m_sim->now().toMilliseconds();
    m_collector.addDiagnostic(diagnostic);
}

VpnControl *ScenarioRunner::vpnControl(const QString &node) const
{
    if (m_vpnLookup)
        return m_vpnLookup(node);
    const devices::SimNode *simNode = m_network->node(node);
    return simNode ? simNode->extension<VpnControl>() : nullptr;
}

void ScenarioRunner::collectSas()
{
    for (const auto &node : m_network->nodes()) {
        if (const VpnControl *vpn = vpnControl(node->name())) {
            m_summary.ikeSas << vpn->ikeSas();
            m_summary.ipsecSas << vpn->ipsecSas();
        }
    }
}

} // namespace vtd::sim
