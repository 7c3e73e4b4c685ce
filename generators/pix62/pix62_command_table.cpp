// Which top-level PIX commands are modelled, by which parser, and which take a `no` form.

#include "pix62_command_parsers.h"

#include <utility>

namespace vtd::gen::pix62 {

namespace {

struct Entry
{
    const char *command;
    CommandParser parser;
    bool acceptsNo;
};

constexpr Entry kCommands[] = {
    {"aaa-server", parseAaaServer, false},
    {"access-group", parseAccessGroup, false},
    {"access-list", parseAccessList, false},
    {"arp", parseArp, false},
    {"conduit", parseConduit, false},
    {"console", parseConsole, false},
    {"crypto", parseCrypto, false},
    {"domain-name", parseDomainName, false},
    {"enable", parseEnable, false},
    {"failover", parseFailover, true},
    {"fixup", parseFixup, true},
    {"floodguard", parseFloodguard, true},
    {"global", parseGlobal, false},
    {"hostname", parseHostname, false},
    {"http", parseHttp, true},
    {"icmp", parseIcmp, false},
    {"interface", parseInterface, false},
    {"ip", parseIp, false},
    {"isakmp", parseIsakmp, false},
    {"logging", parseLogging, true},
    {"mtu", parseMtu, false},
    {"name", parseName, false},
    {"nameif", parseNameif, false},
    {"names", parseNames, true},
    {"nat", parseNat, false},
    {"pager", parsePager, true},
    {"passwd", parsePasswd, false},
    {"pdm", parsePdm, true},
    {"route", parseRoute, false},
    {"snmp-server", parseSnmpServer, true},
    {"ssh", parseSsh, false},
    {"static", parseStatic, false},
    {"sysopt", parseSysopt, true},
    {"telnet", parseTelnet, false},
    {"terminal", parseTerminal, false},
    {"timeout", parseTimeout, false},
    {"vpngroup", parseVpngroup, false},
};

const Entry *find(const QString &command)
{
    for (const Entry &e : kCommands) {
        if (command == QLatin1String(e.command))
            return &e;
    }
    return nullptr;
}

} // namespace

CommandParser commandParser(const QString &command)
{
    const Entry *e = find(command);
    return e ? e->parser : nullptr;
}

bool commandAcceptsNo(const QString &command)
{
    const Entry *e = find(command);
    return e && e->acceptsNo;
}

} // namespace vtd::gen::pix62
