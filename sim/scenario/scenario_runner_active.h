#pragma once

// Internal to the scenario runner: the state of the command in progress (a wait, a ping or a
// connect take simulated time and run one unit at a time).

#include "run_summary.h"
#include "scenario_runner.h"
#include "vpn_control.h"

#include "sim/devices/ping_session.h"

#include <memory>
#include <optional>
#include <variant>

namespace vtd::sim {

struct WaitInProgress
{
    SimTime started;
    SimTime until;
};

struct PingInProgress
{
    std::unique_ptr<devices::PingSession> session;
    PingRecord record;
};

struct ConnectInProgress
{
    ScriptCommand command;
    ConnectCommand connect;
    VpnControl *vpn = nullptr;
    // Shared with the callback: the client may report after the runner gave up on it.
    std::shared_ptr<std::optional<VpnControl::ConnectOutcome>> outcome;
    SimTime deadline;
};

struct ScenarioRunner::ActiveCommand
{
    std::variant<WaitInProgress, PingInProgress, ConnectInProgress> state;
};

} // namespace vtd::sim
