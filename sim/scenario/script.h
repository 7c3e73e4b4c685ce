#pragma once

#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace vtd::sim {

/** Simulated milliseconds, as scripts and the run summary count them. */
using Milliseconds = std::int64_t;

/** NODE | IPV4: a node by name, or an address (an implicit host where no node owns it). */
struct ScriptEndpoint
{
    QString node;                            ///< set when the endpoint names a node
    std::optional<model::Ipv4Address> address; ///< set when it is an address
    QString text() const { return address ? address->toString() : node; }
    friend bool operator==(const ScriptEndpoint &, const ScriptEndpoint &) = default;
};

struct WaitCommand { Milliseconds duration = 0; };
struct PingCommand
{
    ScriptEndpoint source;
    ScriptEndpoint destination;
    int count = 5;
    int size = 100;          ///< bytes of ICMP data
    Milliseconds timeout = 2000;
};
struct ConnectCommand { QString node; QString user; QString password; };
struct DisconnectCommand { QString node; };
struct OnCommand { QString node; QString cli; };                 ///< as typed at the device prompt
struct ConfigureCommand { QString node; QString configLine; };  ///< one configure-terminal line
struct LinkCommand { bool up = true; QString node; QString interface; };
struct LossCommand { int percent = 0; QString node; QString interface; };
struct ExpectIkeCommand { QString node; model::Ipv4Address peer; bool up = true; };
struct ExpectIpsecCommand { QString node; model::Ipv4Address peer; bool up = true; QString transform; };
struct ExpectPingCommand { ScriptEndpoint source; ScriptEndpoint destination; int minimumPercent = 0; };
struct ExpectDropCommand { QString node; QString code; };

using ScriptAction = std::variant<WaitCommand, PingCommand, ConnectCommand, DisconnectCommand,
                                  OnCommand, ConfigureCommand, LinkCommand, LossCommand,
                                  ExpectIkeCommand, ExpectIpsecCommand, ExpectPingCommand,
                                  ExpectDropCommand>;

/** One command of a scenario script, with where it came from. */
struct ScriptCommand
{
    int line = 0;      ///< 1-based line in the script
    QString text;      ///< the command as written, comment and outer blanks removed
    ScriptAction action;
};

/** A parsed scenario script: its commands in order. */
struct Script
{
    QString fileName;
    QList<ScriptCommand> commands;
};

} // namespace vtd::sim
