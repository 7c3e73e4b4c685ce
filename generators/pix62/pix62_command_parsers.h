#pragma once

// The per-command parsers of the PIX 6.x dialect. Each gets the line's words after the
// command word (and after a leading `no`, passed as negated) and returns the typed command,
// or nullopt after recording exactly one diagnostic (the caller keeps the line verbatim).

#include "model/config/pix_config.h"
#include "pix62_line_parser.h"

#include <optional>

namespace vtd::gen::pix62 {

using ParsedCommand = std::optional<model::PixCommand>;
using CommandParser = ParsedCommand (*)(LineParser &p, bool negated);

/** The expected-value text of an interface name in messages. */
inline const QString kIfName = QStringLiteral("<if_name>");

/** The parsed command, once the line has no words left over. */
template <class T>
ParsedCommand finished(LineParser &p, T &&command)
{
    if (!p.finish())
        return std::nullopt;
    return model::PixCommand(std::forward<T>(command));
}

/** The parser for a (full) top-level command word; nullptr for commands not modelled. */
CommandParser commandParser(const QString &command);
/** Whether the command may be written with a leading `no` in a configuration. */
bool commandAcceptsNo(const QString &command);

// Shared pieces, also used by other parsers.
/** `ethernet0`, also abbreviated (`e0`, `eth1`); printed in full. nullopt with a diagnostic. */
std::optional<QString> parseHardware(LineParser &p);
/** An interface name written as `(inside)`. */
std::optional<QString> parseParenthesizedInterface(LineParser &p);
/** Diagnoses a `no` form that is not a configuration line. */
ParsedCommand notModelled(LineParser &p);

// system
ParsedCommand parseNameif(LineParser &p, bool negated);
ParsedCommand parseInterface(LineParser &p, bool negated);
ParsedCommand parseMtu(LineParser &p, bool negated);
ParsedCommand parseIp(LineParser &p, bool negated);
ParsedCommand parseEnable(LineParser &p, bool negated);
ParsedCommand parsePasswd(LineParser &p, bool negated);
ParsedCommand parseHostname(LineParser &p, bool negated);
ParsedCommand parseDomainName(LineParser &p, bool negated);
ParsedCommand parseFixup(LineParser &p, bool negated);
ParsedCommand parseNames(LineParser &p, bool negated);
ParsedCommand parseName(LineParser &p, bool negated);
ParsedCommand parsePager(LineParser &p, bool negated);
ParsedCommand parseLogging(LineParser &p, bool negated);
ParsedCommand parseFailover(LineParser &p, bool negated);
ParsedCommand parsePdm(LineParser &p, bool negated);
ParsedCommand parseArp(LineParser &p, bool negated);
ParsedCommand parseTimeout(LineParser &p, bool negated);
ParsedCommand parseAaaServer(LineParser &p, bool negated);
ParsedCommand parseHttp(LineParser &p, bool negated);
ParsedCommand parseSnmpServer(LineParser &p, bool negated);
ParsedCommand parseFloodguard(LineParser &p, bool negated);
ParsedCommand parseSysopt(LineParser &p, bool negated);
ParsedCommand parseTelnet(LineParser &p, bool negated);
ParsedCommand parseSsh(LineParser &p, bool negated);
ParsedCommand parseConsole(LineParser &p, bool negated);
ParsedCommand parseTerminal(LineParser &p, bool negated);
// traffic
ParsedCommand parseAccessList(LineParser &p, bool negated);
ParsedCommand parseAccessGroup(LineParser &p, bool negated);
ParsedCommand parseNat(LineParser &p, bool negated);
ParsedCommand parseGlobal(LineParser &p, bool negated);
ParsedCommand parseStatic(LineParser &p, bool negated);
ParsedCommand parseConduit(LineParser &p, bool negated);
ParsedCommand parseRoute(LineParser &p, bool negated);
ParsedCommand parseIcmp(LineParser &p, bool negated);
// IPsec / IKE
ParsedCommand parseCrypto(LineParser &p, bool negated);
ParsedCommand parseIsakmp(LineParser &p, bool negated);
ParsedCommand parseVpngroup(LineParser &p, bool negated);

/** permit|deny PROTO SRC [ports] DST [ports|icmp-type] [log] (access-list and conduit). */
std::optional<model::AccessListEntry> parseAclEntry(LineParser &p);
/** any | host A | A MASK, names allowed for A. */
std::optional<model::AddressMatch> parseAddressMatch(LineParser &p);

} // namespace vtd::gen::pix62
