// Parsers for the PIX's own settings: interfaces, passwords, names, fixups, paging, logging.

#include "pix62_command_parsers.h"
#include "pix62_keywords.h"

#include <QRegularExpression>

namespace vtd::gen::pix62 {

using namespace model;

namespace {


/** "security0" (or an abbreviation such as "sec0") -> 0. */
std::optional<int> parseSecurity(LineParser &p)
{
    static const QRegularExpression re(QStringLiteral("^([a-z]+)(\\d{1,3})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(p.peek());
    const bool prefixOk = m.hasMatch() && QStringLiteral("security").startsWith(m.captured(1), Qt::CaseInsensitive);
    if (!prefixOk) {
        p.reportExpected(QStringLiteral("security<0-100>"));
        return std::nullopt;
    }
    const int level = m.captured(2).toInt();
    if (level > 100) {
        p.fail(QStringLiteral("pix.bad-number"), {{QStringLiteral("value"), p.peek()},
                                                  {QStringLiteral("min"), QStringLiteral("security0")},
                                                  {QStringLiteral("max"), QStringLiteral("security100")}});
        return std::nullopt;
    }
    p.take();
    return level;
}


ParsedCommand parseIpAddress(LineParser &p)
{
    IpAddressCmd c;
    const auto ifName = p.word(kIfName);
    if (ifName && p.peek().compare(QStringLiteral("dhcp"), Qt::CaseInsensitive) == 0)
        return notModelled(p);
    const auto a = p.address(QStringLiteral("<ip_address>"));
    const auto m = p.netmask(QStringLiteral("<netmask>"));
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.address = *a;
    c.mask = *m;
    return finished(p, c);
}

ParsedCommand parseIpAudit(LineParser &p)
{
    const auto kind = p.keyword({QStringLiteral("info"), QStringLiteral("attack"), QStringLiteral("name"),
                                 QStringLiteral("interface"), QStringLiteral("signature")});
    if (kind && *kind != QLatin1String("info") && *kind != QLatin1String("attack"))
        return notModelled(p);
    p.keyword({QStringLiteral("action")});
    IpAuditCmd c;
    c.attack = kind == QLatin1String("attack");
    while (!p.failed() && !p.atEnd()) {
        if (const auto a = p.keyword({QStringLiteral("alarm"), QStringLiteral("drop"), QStringLiteral("reset")}))
            c.actions << *a;
    }
    if (p.failed())
        return std::nullopt;
    return finished(p, c);
}

ParsedCommand parseIpLocalPool(LineParser &p)
{
    p.keyword({QStringLiteral("pool")});
    const auto name = p.word(QStringLiteral("<pool_name>"));
    const auto range = p.addressRange(QStringLiteral("<first_ip>[-<last_ip>]"));
    if (p.failed())
        return std::nullopt;
    IpLocalPoolCmd c;
    c.name = *name;
    c.first = range->first;
    c.last = range->second;
    return finished(p, c);
}

} // namespace

std::optional<QString> parseHardware(LineParser &p)
{
    static const QRegularExpression re(QStringLiteral("^([a-z-]+)(\\d{1,2})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(p.peek());
    if (m.hasMatch()) {
        for (const QString &full : {QStringLiteral("ethernet"), QStringLiteral("gb-ethernet")}) {
            if (full.startsWith(m.captured(1), Qt::CaseInsensitive)) {
                p.take();
                return full + m.captured(2);
            }
        }
    }
    if (p.atEnd())
        p.reportExpected(QStringLiteral("<hardware_id>"));
    else
        p.fail(QStringLiteral("pix.bad-hardware"), {{QStringLiteral("value"), p.peek()}});
    return std::nullopt;
}

std::optional<QString> parseParenthesizedInterface(LineParser &p)
{
    const QString w = p.peek();
    if (w.size() > 2 && w.startsWith(u'(') && w.endsWith(u')') && !w.contains(u',')) {
        p.take();
        return w.mid(1, w.size() - 2);
    }
    p.reportExpected(QStringLiteral("(<if_name>)"));
    return std::nullopt;
}

ParsedCommand notModelled(LineParser &p)
{
    p.fail(QStringLiteral("pix.not-modelled"), {}, Severity::Warning);
    return std::nullopt;
}

ParsedCommand parseNameif(LineParser &p, bool)
{
    NameifCmd c;
    const auto hw = parseHardware(p);
    const auto name = p.word(kIfName);
    const auto security = p.failed() ? std::nullopt : parseSecurity(p);
    if (p.failed())
        return std::nullopt;
    c.hardware = *hw;
    c.name = *name;
    c.security = *security;
    return finished(p, c);
}

ParsedCommand parseInterface(LineParser &p, bool)
{
    static const QStringList speeds = QStringLiteral(
        "auto 10baset 10full 100basetx 100full 1000auto 1000full 1000sxfull 1000basesx aui bnc "
        "4mbps 16mbps").split(u' ');
    InterfaceCmd c;
    const auto hw = parseHardware(p);
    const auto speed = p.keyword(speeds);
    if (p.failed())
        return std::nullopt;
    c.hardware = *hw;
    c.speed = *speed;
    c.shutdown = p.optionalKeyword({QStringLiteral("shutdown")}).has_value();
    return finished(p, c);
}

ParsedCommand parseMtu(LineParser &p, bool)
{
    MtuCmd c;
    const auto ifName = p.word(kIfName);
    const auto bytes = p.number(QStringLiteral("<bytes>"), 64, 65535);
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.bytes = *bytes;
    return finished(p, c);
}

ParsedCommand parseIp(LineParser &p, bool)
{
    const auto sub = p.keyword({QStringLiteral("address"), QStringLiteral("audit"), QStringLiteral("local"),
                                QStringLiteral("verify")});
    if (!sub)
        return std::nullopt;
    p.setCommand(QStringLiteral("ip ") + *sub);
    if (*sub == QLatin1String("address"))
        return parseIpAddress(p);
    if (*sub == QLatin1String("audit"))
        return parseIpAudit(p);
    if (*sub == QLatin1String("local"))
        return parseIpLocalPool(p);
    return notModelled(p);
}

ParsedCommand parseEnable(LineParser &p, bool)
{
    if (!p.keyword({QStringLiteral("password")}))
        return std::nullopt;
    p.setCommand(QStringLiteral("enable password"));
    const auto pw = p.word(QStringLiteral("<password>"));
    if (!pw)
        return std::nullopt;
    PasswordCmd c{PasswordCmd::Kind::Enable, *pw, p.optionalKeyword({QStringLiteral("encrypted")}).has_value()};
    return finished(p, c);
}

ParsedCommand parsePasswd(LineParser &p, bool)
{
    const auto pw = p.word(QStringLiteral("<password>"));
    if (!pw)
        return std::nullopt;
    PasswordCmd c{PasswordCmd::Kind::Telnet, *pw, p.optionalKeyword({QStringLiteral("encrypted")}).has_value()};
    return finished(p, c);
}

ParsedCommand parseHostname(LineParser &p, bool)
{
    const auto name = p.word(QStringLiteral("<name>"));
    return name ? finished(p, HostnameCmd{*name}) : std::nullopt;
}

ParsedCommand parseDomainName(LineParser &p, bool)
{
    const auto name = p.word(QStringLiteral("<name>"));
    return name ? finished(p, DomainNameCmd{*name}) : std::nullopt;
}

ParsedCommand parseNames(LineParser &p, bool negated)
{
    return finished(p, NamesCmd{!negated});
}

ParsedCommand parseName(LineParser &p, bool)
{
    const auto a = p.address(QStringLiteral("<ip_address>"));
    const auto name = p.word(QStringLiteral("<name>"));
    if (p.failed())
        return std::nullopt;
    return finished(p, NameCmd{*a, *name});
}

ParsedCommand parsePager(LineParser &p, bool negated)
{
    PagerCmd c;
    c.enabled = !negated;
    if (!negated && p.optionalKeyword({QStringLiteral("lines")}))
        c.lines = p.number(QStringLiteral("<lines>"), 0, 512);
    if (p.failed())
        return std::nullopt;
    return finished(p, c);
}

ParsedCommand parseLogging(LineParser &p, bool negated)
{
    static const QStringList targets = QStringLiteral(
        "on timestamp standby console monitor buffered trap history facility host queue "
        "device-id message").split(u' ');
    const auto target = p.keyword(targets);
    if (!target)
        return std::nullopt;
    LoggingCmd c{!negated, *target, {}};
    while (!p.atEnd())
        c.arguments << p.take();
    return PixCommand(c);
}

ParsedCommand parseFloodguard(LineParser &p, bool negated)
{
    const auto word = p.keyword({QStringLiteral("enable"), QStringLiteral("disable")});
    if (!word)
        return std::nullopt;
    return finished(p, FloodguardCmd{!negated && *word == QLatin1String("enable")});
}

ParsedCommand parseTerminal(LineParser &p, bool)
{
    if (!p.keyword({QStringLiteral("width")}))
        return std::nullopt;
    p.setCommand(QStringLiteral("terminal width"));
    const auto columns = p.number(QStringLiteral("<columns>"), 40, 511);
    return columns ? finished(p, TerminalWidthCmd{*columns}) : std::nullopt;
}

} // namespace vtd::gen::pix62
