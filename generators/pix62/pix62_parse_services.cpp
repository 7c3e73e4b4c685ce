// Parsers for the PIX's services and timers: fixup, failover, pdm, arp, timeout, AAA servers,
// SNMP, sysopt and management access (telnet/ssh/http/console).

#include "pix62_command_parsers.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {



std::optional<HmsDuration> duration(LineParser &p)
{
    if (p.failed())
        return std::nullopt;
    const auto d = HmsDuration::parse(p.peek());
    if (!d) {
        p.reportExpected(QStringLiteral("<hh:mm:ss>"));
        return std::nullopt;
    }
    p.take();
    return d;
}

/** "21" or "1718-1719" into port / portEnd. */
bool portRange(LineParser &p, std::optional<int> &port, std::optional<int> &portEnd)
{
    const QStringList ends = p.peek().split(u'-');
    bool ok1 = false;
    bool ok2 = true;
    const int first = ends.first().toInt(&ok1);
    const int last = ends.size() == 2 ? ends.last().toInt(&ok2) : first;
    if (ends.size() > 2 || !ok1 || !ok2 || first < 1 || last > 65535 || last < first) {
        p.fail(QStringLiteral("pix.bad-number"), {{QStringLiteral("value"), p.peek()},
                                                  {QStringLiteral("min"), QStringLiteral("1")},
                                                  {QStringLiteral("max"), QStringLiteral("65535")}});
        return false;
    }
    p.take();
    port = first;
    if (ends.size() == 2)
        portEnd = last;
    return true;
}

ParsedCommand managementAccess(LineParser &p, ManagementAccessCmd::Service service)
{
    ManagementAccessCmd c;
    c.service = service;
    const auto a = p.address(QStringLiteral("<ip_address>"));
    const auto m = p.netmask(QStringLiteral("<netmask>"));
    const auto ifName = p.word(kIfName);
    if (p.failed())
        return std::nullopt;
    c.address = *a;
    c.mask = *m;
    c.ifName = *ifName;
    return finished(p, c);
}

ParsedCommand sessionTimeout(LineParser &p, SessionTimeoutCmd::Service service, int max)
{
    p.setCommand(p.command() + QStringLiteral(" timeout"));
    const auto minutes = p.number(QStringLiteral("<minutes>"), service == SessionTimeoutCmd::Service::Console ? 0 : 1, max);
    return minutes ? finished(p, SessionTimeoutCmd{service, *minutes}) : std::nullopt;
}

} // namespace

ParsedCommand parseFixup(LineParser &p, bool negated)
{
    static const QStringList protocols = QStringLiteral(
        "ctiqbe dns esp-ike ftp h323 http icmp ils mgcp pptp rsh rtsp sip skinny smtp snmp "
        "sqlnet tftp").split(u' ');
    static const QStringList options = QStringLiteral("h225 ras udp maximum-length error strict").split(u' ');
    p.keyword({QStringLiteral("protocol")});
    const auto protocol = p.keyword(protocols);
    if (p.failed())
        return std::nullopt;
    p.setCommand(QStringLiteral("fixup protocol ") + *protocol);
    FixupCmd c;
    c.enabled = !negated;
    c.protocol = *protocol;
    if (const auto option = p.optionalKeyword(options))
        c.option = *option;
    if (!p.atEnd() && !portRange(p, c.port, c.portEnd))
        return std::nullopt;
    return finished(p, c);
}

ParsedCommand parseFailover(LineParser &p, bool negated)
{
    if (p.atEnd())
        return PixCommand(FailoverCmd{!negated});
    if (negated)
        return notModelled(p);
    const auto sub = p.keyword({QStringLiteral("timeout"), QStringLiteral("poll"), QStringLiteral("ip"),
                                QStringLiteral("active"), QStringLiteral("link"), QStringLiteral("lan"),
                                QStringLiteral("mac"), QStringLiteral("replication"), QStringLiteral("reset")});
    if (!sub)
        return std::nullopt;
    p.setCommand(QStringLiteral("failover ") + *sub);
    if (*sub == QLatin1String("timeout")) {
        const auto d = duration(p);
        return d ? finished(p, FailoverTimeoutCmd{*d}) : std::nullopt;
    }
    if (*sub == QLatin1String("poll")) {
        const auto s = p.number(QStringLiteral("<seconds>"), 3, 15);
        return s ? finished(p, FailoverPollCmd{*s}) : std::nullopt;
    }
    if (*sub != QLatin1String("ip"))
        return notModelled(p);
    p.keyword({QStringLiteral("address")});
    p.setCommand(QStringLiteral("failover ip address"));
    const auto ifName = p.word(kIfName);
    const auto a = p.address(QStringLiteral("<ip_address>"));
    if (p.failed())
        return std::nullopt;
    return finished(p, FailoverIpAddressCmd{*ifName, *a});
}

ParsedCommand parsePdm(LineParser &p, bool negated)
{
    const auto sub = p.keyword({QStringLiteral("history"), QStringLiteral("location"),
                                QStringLiteral("logging"), QStringLiteral("disconnect")});
    if (!sub)
        return std::nullopt;
    if (*sub != QLatin1String("history"))
        return notModelled(p);
    p.setCommand(QStringLiteral("pdm history"));
    if (!p.keyword({QStringLiteral("enable")}))
        return std::nullopt;
    return finished(p, PdmHistoryCmd{!negated});
}

ParsedCommand parseArp(LineParser &p, bool)
{
    if (!p.optionalKeyword({QStringLiteral("timeout")}))
        return notModelled(p);
    p.setCommand(QStringLiteral("arp timeout"));
    const auto s = p.number(QStringLiteral("<seconds>"), 1, 1215752191);
    return s ? finished(p, ArpTimeoutCmd{*s}) : std::nullopt;
}

ParsedCommand parseTimeout(LineParser &p, bool)
{
    static const QStringList items = QStringLiteral(
        "xlate conn half-closed udp rpc h225 h323 mgcp sip sip_media uauth icmp").split(u' ');
    TimeoutCmd c;
    do {
        const auto name = p.keyword(items);
        const auto value = duration(p);
        if (p.failed())
            return std::nullopt;
        TimeoutItem item{*name, *value, {}};
        if (*name == QLatin1String("uauth")) {
            if (const auto q = p.optionalKeyword({QStringLiteral("absolute"), QStringLiteral("inactivity")}))
                item.qualifier = *q;
        }
        c.items << item;
    } while (!p.atEnd());
    return PixCommand(c);
}

ParsedCommand parseAaaServer(LineParser &p, bool)
{
    const auto tag = p.word(QStringLiteral("<group_tag>"));
    if (!tag)
        return std::nullopt;
    p.setCommand(QStringLiteral("aaa-server ") + *tag);
    if (p.optionalKeyword({QStringLiteral("protocol")})) {
        const auto protocol = p.keyword({QStringLiteral("tacacs+"), QStringLiteral("radius"), QStringLiteral("local")});
        return protocol ? finished(p, AaaServerProtocolCmd{*tag, *protocol}) : std::nullopt;
    }
    if (!p.peek().startsWith(u'('))
        return notModelled(p);
    AaaServerHostCmd c;
    c.tag = *tag;
    const auto ifName = parseParenthesizedInterface(p);
    p.keyword({QStringLiteral("host")});
    const auto host = p.address(QStringLiteral("<ip_address>"));
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.host = *host;
    if (!p.atEnd() && p.peek().compare(QStringLiteral("timeout"), Qt::CaseInsensitive) != 0) {
        c.hasKey = true;
        const QString key = p.take();
        c.key = key == QLatin1String("********") ? std::nullopt : std::optional(key);
    }
    if (p.optionalKeyword({QStringLiteral("timeout")}))
        c.timeout = p.number(QStringLiteral("<seconds>"), 1, 30);
    if (p.failed())
        return std::nullopt;
    return finished(p, c);
}

ParsedCommand parseHttp(LineParser &p, bool negated)
{
    if (p.optionalKeyword({QStringLiteral("server")})) {
        p.setCommand(QStringLiteral("http server"));
        if (!p.keyword({QStringLiteral("enable")}))
            return std::nullopt;
        return finished(p, HttpServerCmd{!negated});
    }
    if (negated)
        return notModelled(p);
    return managementAccess(p, ManagementAccessCmd::Service::Http);
}

ParsedCommand parseSnmpServer(LineParser &p, bool negated)
{
    const auto item = p.keyword({QStringLiteral("location"), QStringLiteral("contact"), QStringLiteral("community"),
                                 QStringLiteral("host"), QStringLiteral("enable")});
    if (!item)
        return std::nullopt;
    SnmpServerCmd c{!negated, *item, {}};
    if (*item == QLatin1String("enable")) {
        if (!p.keyword({QStringLiteral("traps")}))
            return std::nullopt;
        c.item = QStringLiteral("enable traps");
    }
    QStringList rest;
    while (!p.atEnd())
        rest << p.take();
    c.value = rest.join(u' ');
    return PixCommand(c);
}

ParsedCommand parseSysopt(LineParser &p, bool negated)
{
    static const QList<QPair<QString, QStringList>> options = {
        {QStringLiteral("connection"), QStringLiteral("permit-ipsec permit-pptp permit-l2tp tcpmss timewait enforcesubnet").split(u' ')},
        {QStringLiteral("route"), {QStringLiteral("dnat")}},
        {QStringLiteral("nodnsalias"), {QStringLiteral("inbound"), QStringLiteral("outbound")}},
        {QStringLiteral("security"), {QStringLiteral("fragguard")}},
        {QStringLiteral("uauth"), {QStringLiteral("allow-http-cache")}},
        {QStringLiteral("ipsec"), {QStringLiteral("pl-compatible")}},
        {QStringLiteral("radius"), {QStringLiteral("ignore-secret")}},
    };
    QStringList firsts;
    for (const auto &o : options)
        firsts << o.first;
    const auto first = p.keyword(firsts);
    if (!first)
        return std::nullopt;
    const auto it = std::ranges::find(options, *first, &QPair<QString, QStringList>::first);
    const auto second = p.keyword(it->second);
    if (!second)
        return std::nullopt;
    SysoptCmd c{!negated, *first + u' ' + *second, std::nullopt};
    p.setCommand(QStringLiteral("sysopt ") + c.option);
    if (*second == QLatin1String("tcpmss") && !negated)
        c.value = p.number(QStringLiteral("<bytes>"), 28, 65535);
    if (p.failed())
        return std::nullopt;
    return finished(p, c);
}

ParsedCommand parseTelnet(LineParser &p, bool)
{
    if (p.optionalKeyword({QStringLiteral("timeout")}))
        return sessionTimeout(p, SessionTimeoutCmd::Service::Telnet, 1440);
    return managementAccess(p, ManagementAccessCmd::Service::Telnet);
}

ParsedCommand parseSsh(LineParser &p, bool)
{
    if (p.optionalKeyword({QStringLiteral("timeout")}))
        return sessionTimeout(p, SessionTimeoutCmd::Service::Ssh, 60);
    return managementAccess(p, ManagementAccessCmd::Service::Ssh);
}

ParsedCommand parseConsole(LineParser &p, bool)
{
    if (!p.keyword({QStringLiteral("timeout")}))
        return std::nullopt;
    return sessionTimeout(p, SessionTimeoutCmd::Service::Console, 60);
}

} // namespace vtd::gen::pix62
