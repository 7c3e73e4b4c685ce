#include "builtin_commands.h"
#include "console_command_registry.h"

#include <QStringList>

// The keywords the real CLIs accept at the levels people abbreviate, from the PIX 6.2 and
// IOS 12.2 command references [as recalled; unverified lists]. They make abbreviations
// resolve as on the box ("sh c" is ambiguous on a PIX) and let the console say "not
// simulated" for a real command instead of calling it a typing error.

namespace vtd::sim::console {

namespace {
const char *const PixTop[] = {
    "capture", "clear", "configure", "copy", "debug", "disable", "enable", "exit", "help", "kill",
    "login", "logout", "no", "pager", "ping", "quit", "reload", "show", "terminal", "who", "write",
};
const char *const PixShow[] = {
    "aaa", "aaa-server", "access-group", "access-list", "activation-key", "alias", "arp",
    "auth-prompt", "blocks", "ca", "capture", "checksum", "chunkstat", "clock", "conduit",
    "configure", "conn", "cpu", "crashinfo", "crypto", "ctiqbe", "debug", "dhcpd", "dhcprelay",
    "domain-name", "enable", "established", "failover", "filter", "fixup", "flashfs",
    "floodguard", "fragment", "global", "h225", "h245", "h323-ras", "history", "hostname",
    "icmp", "igmp", "interface", "ip", "isakmp", "local-host", "logging", "management-access",
    "memory", "mgcp", "mroute", "mtu", "multicast", "name", "names", "nat", "ntp",
    "object-group", "outbound", "pager", "passwd", "pdm", "perfmon", "privilege", "processes",
    "rip", "route", "running-config", "service", "sip", "skinny", "snmp-server", "ssh",
    "startup-config", "static", "sysopt", "tacacs-server", "tech-support", "telnet", "terminal",
    "tftp-server", "timeout", "traffic", "uauth", "url-block", "url-cache", "url-server",
    "username", "version", "virtual", "vpdn", "vpngroup", "who", "xlate",
};
const char *const PixClear[] = {
    "aaa", "access-list", "arp", "blocks", "capture", "configure", "crashinfo", "crypto", "dhcpd",
    "flashfs", "fragment", "interface", "ip", "isakmp", "local-host", "logging", "pdm", "route",
    "uauth", "xlate",
};
const char *const IosTop[] = {
    "access-enable", "access-template", "cd", "clear", "clock", "configure", "connect", "copy",
    "debug", "delete", "dir", "disable", "disconnect", "enable", "erase", "exit", "help", "lock",
    "login", "logout", "mrinfo", "mstat", "mtrace", "name-connection", "no", "pad", "ping",
    "ppp", "release", "reload", "resume", "rlogin", "rsh", "send", "setup", "show", "slip",
    "start-chat", "systat", "telnet", "terminal", "test", "traceroute", "tunnel", "undebug",
    "verify", "where", "write",
};
const char *const IosShow[] = {
    "aaa", "access-expression", "access-lists", "accounting", "adjacency", "aliases", "arp",
    "async", "bootvar", "buffers", "calendar", "cdp", "class-map", "clock", "compress",
    "configuration", "controllers", "crypto", "debugging", "dhcp", "diag", "dialer",
    "environment", "file", "flash:", "frame-relay", "history", "hosts", "interfaces", "isdn",
    "key", "line", "logging", "memory", "ntp", "policy-map", "ppp", "privilege", "processes",
    "protocols", "queue", "queueing", "reload", "rmon", "route-map", "running-config",
    "sessions", "snmp", "spanning-tree", "stacks", "standby", "startup-config", "tcp",
    "tech-support", "terminal", "time-range", "users", "version", "vlans", "whoami",
};
const char *const IosShowIp[] = {
    "access-lists", "accounting", "aliases", "arp", "bgp", "cache", "cef", "dhcp", "eigrp",
    "interface", "local", "nat", "nhrp", "ospf", "policy", "protocols", "redirects", "rip",
    "route", "rpf", "sockets", "ssh", "tcp", "traffic", "vrf",
};
const char *const IosClear[] = {
    "access-list", "arp-cache", "cdp", "counters", "crypto", "host", "interface", "ip", "line",
    "logging", "tcp",
};

template<std::size_t N>
void addAll(CommandRegistry &registry, Platform platform, const QString &prefix, const char *const (&words)[N])
{
    for (const char *word : words)
        registry.addVocabulary(platform, prefix + QLatin1String(word));
}
} // namespace

void registerVocabulary(CommandRegistry &registry)
{
    const QString show = QStringLiteral("show ");
    const QString clear = QStringLiteral("clear ");
    for (const char *word : PixTop) {
        if (qstrcmp(word, "show") != 0 && qstrcmp(word, "clear") != 0)
            registry.addVocabulary(Platform::Pix, QLatin1String(word));
    }
    addAll(registry, Platform::Pix, show, PixShow);
    addAll(registry, Platform::Pix, clear, PixClear);
    for (const char *word : IosTop) {
        if (qstrcmp(word, "show") != 0 && qstrcmp(word, "clear") != 0)
            registry.addVocabulary(Platform::Ios, QLatin1String(word));
    }
    addAll(registry, Platform::Ios, show, IosShow);
    addAll(registry, Platform::Ios, QStringLiteral("show ip "), IosShowIp);
    addAll(registry, Platform::Ios, clear, IosClear);
}

} // namespace vtd::sim::console
