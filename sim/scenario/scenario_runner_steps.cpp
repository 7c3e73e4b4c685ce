// The commands that take simulated time (wait, ping, connect), run one unit at a time so that
// the GUI can step through them; run() goes through the same units.

#include "scenario_runner.h"
#include "scenario_runner_active.h"

#include "expectations.h"
#include "ping_endpoints.h"
#include "vpn_control.h"

#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"

#include <variant>

namespace vtd::sim {

namespace {

QString timeoutText(Milliseconds ms)
{
    return ms % 1000 == 0 ? QStringLiteral("%1 seconds").arg(ms / 1000)
                          : QStringLiteral("%1 milliseconds").arg(ms);
}

} // namespace

void ScenarioRunner::continueActive()
{
    if (auto *wait = std::get_if<WaitInProgress>(&m_active->state)) {
        const std::optional<SimTime> next = m_sim->nextEventTime();
        if (next && *next <= wait->until) {
            m_sim->step();
        } else {
            m_sim->runUntil(wait->until);
            m_active.reset();
        }
    } else if (auto *ping = std::get_if<PingInProgress>(&m_active->state)) {
        // Blocks in simulated time: events run one by one until the last echo has its mark.
        if (ping->session->isFinished() || !m_sim->step())
            finishPing();
    } else if (auto *connect = std::get_if<ConnectInProgress>(&m_active->state)) {
        const std::optional<SimTime> next = m_sim->nextEventTime();
        if (*connect->outcome)
            finishConnect();
        else if (next && *next <= connect->deadline)
            m_sim->step();
        else {
            m_sim->runUntil(connect->deadline);
            finishConnect();
        }
    }
}

void ScenarioRunner::startWait(const WaitCommand &wait)
{
    const SimTime now = m_sim->now();
    m_active = std::make_unique<ActiveCommand>(
        ActiveCommand{WaitInProgress{now, now + SimTime::fromMilliseconds(wait.duration)}});
}

std::optional<SimTime> ScenarioRunner::waitStartedAt() const
{
    const auto *wait = m_active ? std::get_if<WaitInProgress>(&m_active->state) : nullptr;
    return wait ? std::optional<SimTime>(wait->started) : std::nullopt;
}

void ScenarioRunner::startPing(const ScriptCommand &command, const PingCommand &ping)
{
    // Resolved again now: a `configure` earlier in the script may have moved an address.
    auto resolved = resolvePingEndpoints(*m_network, ping);
    if (auto *error = std::get_if<model::Diagnostic>(&resolved)) {
        report(*error, command);
        return;
    }
    const PingEndpoints endpoints = std::get<PingEndpoints>(resolved);
    devices::PingOptions options;
    options.count = ping.count;
    options.size = ping.size;
    options.timeout = SimTime::fromMilliseconds(ping.timeout);
    options.source = endpoints.sourceAddress;
    log(QStringLiteral("Sending %1, %2-byte ICMP Echos to %3, timeout is %4:")
            .arg(ping.count).arg(ping.size).arg(endpoints.destination.toString(), timeoutText(ping.timeout)));
    PingInProgress progress{std::make_unique<devices::PingSession>(*endpoints.source, endpoints.destination, options),
                            PingRecord{m_sim->now().toMilliseconds(), command.line, ping.source, ping.destination, 0, 0, {}}};
    progress.session->start();
    m_active = std::make_unique<ActiveCommand>(ActiveCommand{std::move(progress)});
}

void ScenarioRunner::finishPing()
{
    auto &ping = std::get<PingInProgress>(m_active->state);
    PingRecord record = ping.record;
    record.sent = ping.session->sent();
    record.received = ping.session->received();
    record.results = ping.session->result();
    m_active.reset();
    m_summary.pings << record;
    log(record.results);
    log(QStringLiteral("Success rate is %1 percent (%2/%3)")
            .arg(record.successPercent()).arg(record.received).arg(record.sent));
}

void ScenarioRunner::startConnect(const ScriptCommand &command, const ConnectCommand &connect)
{
    VpnControl *vpn = vpnControl(connect.node);
    if (!vpn) {
        report(noIkeDiagnostic(connect.node, command.text), command);
        return;
    }
    auto outcome = std::make_shared<std::optional<VpnControl::ConnectOutcome>>();
    m_active = std::make_unique<ActiveCommand>(ActiveCommand{ConnectInProgress{
        command, connect, vpn, outcome, m_sim->now() + SimTime::fromMilliseconds(ConnectTimeoutMs)}});
    vpn->connect(connect.user, connect.password, [outcome](const VpnControl::ConnectOutcome &o) { *outcome = o; });
}

void ScenarioRunner::finishConnect()
{
    const ConnectInProgress progress = std::get<ConnectInProgress>(m_active->state);
    m_active.reset();
    const ConnectCommand &connect = progress.connect;
    if (!*progress.outcome) {
        progress.vpn->disconnect();
        model::Diagnostic d;
        d.code = QStringLiteral("scenario.connect-timeout");
        d.node = connect.node;
        d.params = {{QStringLiteral("node"), connect.node}, {QStringLiteral("seconds"), QString::number(ConnectTimeoutMs / 1000)}};
        report(d, progress.command);
    } else if (!(*progress.outcome)->connected) {
        model::Diagnostic d;
        d.code = QStringLiteral("scenario.connect-failed");
        d.node = connect.node;
        d.params = {{QStringLiteral("node"), connect.node}, {QStringLiteral("reason"), (*progress.outcome)->reason}};
        report(d, progress.command);
    } else {
        log(QStringLiteral("%1 is connected").arg(connect.node));
    }
}

} // namespace vtd::sim
