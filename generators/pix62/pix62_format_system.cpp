// Printing the PIX's own settings.

#include "pix62_format.h"
#include "pix62_keywords.h"
#include "pix62_password_hash.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

QString no(bool enabled)
{
    return enabled ? QString() : QStringLiteral("no ");
}

} // namespace

QString secretText(const std::optional<QString> &secret, SecretMode mode)
{
    return secret && mode == SecretMode::Revealed ? *secret : QStringLiteral("********");
}

QString formatCommand(const PixCommand &command, SecretMode secrets)
{
    return std::visit([secrets](const auto &c) { return formatLine(c, secrets); }, command);
}

QString formatLine(const OutputFrameCmd &c, SecretMode)
{
    return c.kind == OutputFrameCmd::Kind::Building ? QStringLiteral("Building configuration...")
                                                    : QStringLiteral("[OK]");
}

QString formatLine(const CommentCmd &c, SecretMode) { return u':' + c.text; }
QString formatLine(const CryptochecksumCmd &c, SecretMode) { return QStringLiteral("Cryptochecksum:") + c.digest; }
QString formatLine(const VerbatimCmd &c, SecretMode) { return c.text; }
QString formatLine(const PixVersionCmd &c, SecretMode) { return QStringLiteral("PIX Version ") + c.version; }

QString formatLine(const NameifCmd &c, SecretMode)
{
    return QStringLiteral("nameif %1 %2 security%3").arg(c.hardware, c.name).arg(c.security);
}

QString formatLine(const InterfaceCmd &c, SecretMode)
{
    return QStringLiteral("interface %1 %2").arg(c.hardware, c.speed) + (c.shutdown ? QStringLiteral(" shutdown") : QString());
}

QString formatLine(const MtuCmd &c, SecretMode) { return QStringLiteral("mtu %1 %2").arg(c.ifName).arg(c.bytes); }

QString formatLine(const IpAddressCmd &c, SecretMode)
{
    return QStringLiteral("ip address %1 %2 %3").arg(c.ifName, c.address.toString(), c.mask.toString());
}

QString formatLine(const PasswordCmd &c, SecretMode secrets)
{
    const QString head = c.kind == PasswordCmd::Kind::Enable ? QStringLiteral("enable password ") : QStringLiteral("passwd ");
    // A cleartext password is a secret; the device itself only ever shows the stored hash.
    if (!c.encrypted && secrets == SecretMode::Masked)
        return head + pixPasswordHash(c.password) + QStringLiteral(" encrypted");
    return head + c.password + (c.encrypted ? QStringLiteral(" encrypted") : QString());
}

QString formatLine(const HostnameCmd &c, SecretMode) { return QStringLiteral("hostname ") + c.name; }
QString formatLine(const DomainNameCmd &c, SecretMode) { return QStringLiteral("domain-name ") + c.name; }

QString formatLine(const FixupCmd &c, SecretMode)
{
    QString line = no(c.enabled) + QStringLiteral("fixup protocol ") + c.protocol;
    if (!c.option.isEmpty())
        line += u' ' + c.option;
    if (c.port)
        line += u' ' + QString::number(*c.port);
    if (c.port && c.portEnd)
        line += u'-' + QString::number(*c.portEnd);
    return line;
}

QString formatLine(const NamesCmd &c, SecretMode) { return no(c.enabled) + QStringLiteral("names"); }
QString formatLine(const NameCmd &c, SecretMode) { return QStringLiteral("name %1 %2").arg(c.address.toString(), c.name); }

QString formatLine(const PagerCmd &c, SecretMode)
{
    if (!c.enabled)
        return QStringLiteral("no pager");
    return c.lines ? QStringLiteral("pager lines %1").arg(*c.lines) : QStringLiteral("pager");
}

QString formatLine(const LoggingCmd &c, SecretMode)
{
    QStringList words = {no(c.enabled) + QStringLiteral("logging"), c.target};
    return (words + c.arguments).join(u' ');
}

QString formatLine(const IcmpCmd &c, SecretMode)
{
    QString line = QStringLiteral("icmp ") + (c.action == AclAction::Permit ? QStringLiteral("permit ") : QStringLiteral("deny "));
    line += formatAddressMatch(c.source);
    if (c.icmpType)
        line += u' ' + icmpTypeName(*c.icmpType);
    return line + u' ' + c.ifName;
}

QString formatLine(const IpAuditCmd &c, SecretMode)
{
    return QStringLiteral("ip audit %1 action").arg(c.attack ? QStringLiteral("attack") : QStringLiteral("info"))
        + (c.actions.isEmpty() ? QString() : u' ' + c.actions.join(u' '));
}

QString formatLine(const IpLocalPoolCmd &c, SecretMode)
{
    return QStringLiteral("ip local pool %1 %2").arg(c.name, c.first.toString())
        + (c.last ? u'-' + c.last->toString() : QString());
}

QString formatLine(const FailoverCmd &c, SecretMode) { return no(c.enabled) + QStringLiteral("failover"); }
QString formatLine(const FailoverTimeoutCmd &c, SecretMode) { return QStringLiteral("failover timeout ") + c.timeout.toString(); }
QString formatLine(const FailoverPollCmd &c, SecretMode) { return QStringLiteral("failover poll %1").arg(c.seconds); }

QString formatLine(const FailoverIpAddressCmd &c, SecretMode)
{
    return QStringLiteral("failover ip address %1 %2").arg(c.ifName, c.address.toString());
}

QString formatLine(const PdmHistoryCmd &c, SecretMode) { return no(c.enabled) + QStringLiteral("pdm history enable"); }
QString formatLine(const ArpTimeoutCmd &c, SecretMode) { return QStringLiteral("arp timeout %1").arg(c.seconds); }

QString formatLine(const TimeoutCmd &c, SecretMode)
{
    QString line = QStringLiteral("timeout");
    for (const TimeoutItem &item : c.items) {
        line += u' ' + item.name + u' ' + item.value.toString();
        if (!item.qualifier.isEmpty())
            line += u' ' + item.qualifier;
    }
    return line;
}

QString formatLine(const AaaServerProtocolCmd &c, SecretMode)
{
    return QStringLiteral("aaa-server %1 protocol %2").arg(c.tag, c.protocol);
}

QString formatLine(const AaaServerHostCmd &c, SecretMode secrets)
{
    QString line = QStringLiteral("aaa-server %1 (%2) host %3").arg(c.tag, c.ifName, c.host.toString());
    if (c.hasKey)
        line += u' ' + secretText(c.key, secrets);
    if (c.timeout)
        line += QStringLiteral(" timeout %1").arg(*c.timeout);
    return line;
}

QString formatLine(const HttpServerCmd &c, SecretMode) { return no(c.enabled) + QStringLiteral("http server enable"); }

QString formatLine(const SnmpServerCmd &c, SecretMode)
{
    return no(c.enabled) + QStringLiteral("snmp-server ") + c.item + (c.value.isEmpty() ? QString() : u' ' + c.value);
}

QString formatLine(const FloodguardCmd &c, SecretMode) { return no(c.enabled) + QStringLiteral("floodguard enable"); }

QString formatLine(const SysoptCmd &c, SecretMode)
{
    return no(c.enabled) + QStringLiteral("sysopt ") + c.option + (c.value ? u' ' + QString::number(*c.value) : QString());
}

QString formatLine(const ManagementAccessCmd &c, SecretMode)
{
    const QString service = c.service == ManagementAccessCmd::Service::Telnet ? QStringLiteral("telnet")
                          : c.service == ManagementAccessCmd::Service::Ssh    ? QStringLiteral("ssh")
                                                                              : QStringLiteral("http");
    return QStringLiteral("%1 %2 %3 %4").arg(service, c.address.toString(), c.mask.toString(), c.ifName);
}

QString formatLine(const SessionTimeoutCmd &c, SecretMode)
{
    const QString service = c.service == SessionTimeoutCmd::Service::Telnet ? QStringLiteral("telnet")
                          : c.service == SessionTimeoutCmd::Service::Ssh    ? QStringLiteral("ssh")
                                                                            : QStringLiteral("console");
    return QStringLiteral("%1 timeout %2").arg(service).arg(c.minutes);
}

QString formatLine(const TerminalWidthCmd &c, SecretMode) { return QStringLiteral("terminal width %1").arg(c.columns); }

} // namespace vtd::gen::pix62
