#include "pix62_defaults.h"

#include "pix62_checks.h"
#include "pix62_order.h"
#include "pix62_order_keys.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

HmsDuration hms(int h, int m, int s)
{
    return HmsDuration{h * 3600 + m * 60 + s};
}

TimeoutItem item(const char *name, HmsDuration value, const char *qualifier = "")
{
    return TimeoutItem{QString::fromLatin1(name), value, QString::fromLatin1(qualifier)};
}

FixupCmd fixup(const char *protocol, int port, const char *option = "", std::optional<int> portEnd = {})
{
    return FixupCmd{true, QString::fromLatin1(protocol), QString::fromLatin1(option), port, portEnd};
}

/** 6.2's nine default fixups [seed]; 6.3's set from 6.3 sample configurations [unverified]. */
QList<FixupCmd> defaultFixups(bool is63)
{
    if (!is63)
        return {fixup("ftp", 21), fixup("http", 80), fixup("h323", 1720), fixup("rsh", 514), fixup("rtsp", 554),
                fixup("smtp", 25), fixup("sqlnet", 1521), fixup("sip", 5060), fixup("skinny", 2000)};
    return {fixup("dns", 512, "maximum-length"), fixup("ftp", 21), fixup("h323", 1720, "h225"),
            fixup("h323", 1718, "ras", 1719), fixup("http", 80), fixup("rsh", 514), fixup("rtsp", 554),
            fixup("sip", 5060), fixup("sip", 5060, "udp"), fixup("skinny", 2000), fixup("smtp", 25),
            fixup("sqlnet", 1521), fixup("tftp", 69)};
}

/** The timeout lines: 6.2 [seed]; 6.3 splits the conn line and adds h225/mgcp [unverified]. */
QList<TimeoutCmd> defaultTimeouts(bool is63)
{
    QList<TimeoutCmd> lines = {TimeoutCmd{{item("xlate", hms(3, 0, 0))}}};
    TimeoutCmd conn{{item("conn", hms(1, 0, 0)), item("half-closed", hms(0, 10, 0)), item("udp", hms(0, 2, 0)),
                     item("rpc", hms(0, 10, 0))}};
    if (is63) {
        conn.items << item("h225", hms(1, 0, 0));
        lines << conn << TimeoutCmd{{item("h323", hms(0, 5, 0)), item("mgcp", hms(0, 5, 0)),
                                     item("sip", hms(0, 30, 0)), item("sip_media", hms(0, 2, 0))}};
    } else {
        conn.items << item("h323", hms(0, 5, 0)) << item("sip", hms(0, 30, 0)) << item("sip_media", hms(0, 2, 0));
        lines << conn;
    }
    lines << TimeoutCmd{{item("uauth", hms(0, 5, 0), "absolute")}};
    return lines;
}

void addInterfaces(QList<PixCommand> &s, const QList<NameifCmd> &names)
{
    for (const NameifCmd &n : names)
        s << n << InterfaceCmd{n.hardware, QStringLiteral("auto"), true};
    for (const NameifCmd &n : names)
        s << MtuCmd{n.name, 1500} << IpAddressCmd{n.name, Ipv4Address(127, 0, 0, 1), Ipv4Address(0xffffffffu)};
}

void addServices(QList<PixCommand> &s, const QList<NameifCmd> &names, bool is63)
{
    s << IpAuditCmd{false, {QStringLiteral("alarm")}} << IpAuditCmd{true, {QStringLiteral("alarm")}};
    s << FailoverCmd{false} << FailoverTimeoutCmd{HmsDuration{0}} << FailoverPollCmd{15};
    for (const NameifCmd &n : names)
        s << FailoverIpAddressCmd{n.name, Ipv4Address()};
    s << PdmHistoryCmd{true} << ArpTimeoutCmd{14400};
    for (const TimeoutCmd &t : defaultTimeouts(is63))
        s << t;
    s << AaaServerProtocolCmd{QStringLiteral("TACACS+"), QStringLiteral("tacacs+")}
      << AaaServerProtocolCmd{QStringLiteral("RADIUS"), QStringLiteral("radius")};
    if (is63)
        s << AaaServerProtocolCmd{QStringLiteral("LOCAL"), QStringLiteral("local")};
    s << SnmpServerCmd{false, QStringLiteral("location"), {}} << SnmpServerCmd{false, QStringLiteral("contact"), {}}
      << SnmpServerCmd{true, QStringLiteral("community"), QStringLiteral("public")}
      << SnmpServerCmd{false, QStringLiteral("enable traps"), {}};
    s << FloodguardCmd{true} << SysoptCmd{false, QStringLiteral("route dnat"), std::nullopt};
    s << SessionTimeoutCmd{SessionTimeoutCmd::Service::Telnet, 5} << SessionTimeoutCmd{SessionTimeoutCmd::Service::Ssh, 5};
    if (is63)
        s << SessionTimeoutCmd{SessionTimeoutCmd::Service::Console, 0};
    s << TerminalWidthCmd{80};
}

} // namespace

NameifCmd defaultNameif(const QString &hardware)
{
    const int slot = hardwareRank(hardware);
    if (slot == 0)
        return NameifCmd{hardware, QStringLiteral("outside"), 0};
    if (slot == 1)
        return NameifCmd{hardware, QStringLiteral("inside"), 100};
    return NameifCmd{hardware, QStringLiteral("intf%1").arg(slot % 100), std::min(99, (slot % 100) * 5)};
}

PixConfig defaultPixConfig(const QStringList &hardwareInterfaces, const QString &version, const QString &hostname)
{
    const auto parsed = parsePixVersion(version);
    const bool is63 = parsed && *parsed >= PixVersion{6, 3};
    QList<NameifCmd> names;
    for (const QString &hw : hardwareInterfaces)
        names << defaultNameif(hw);
    PixConfig config;
    QList<PixCommand> &st = config.statements;
    st << PixVersionCmd{version};
    st << PasswordCmd{PasswordCmd::Kind::Enable, QStringLiteral("8Ry2YjIyt7RRXU24"), true}
       << PasswordCmd{PasswordCmd::Kind::Telnet, QStringLiteral("2KFQnbNIdI.2KYOU"), true};
    st << HostnameCmd{hostname};
    for (const FixupCmd &f : defaultFixups(is63))
        st << f;
    st << NamesCmd{true} << PagerCmd{true, 24};
    addInterfaces(st, names);
    addServices(st, names, is63);
    st << CryptochecksumCmd{} << CommentCmd{QStringLiteral(" end")};
    sortCanonical(config);
    return config;
}

} // namespace vtd::gen::pix62
