// PIX 6.2 dialect: every typed field of every statement is changed at least once; the writer
// prints the change on the line its line map names, and the text parses back to the same value.
#include "generators/pix62/pix62_order.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace vtd;
using namespace vtd::model;
using namespace vtd::gen::pix62;

namespace {

/** Changes the nth statement of type T that satisfies pred; returns its index. */
template <class T>
qsizetype change(PixConfig &c, const std::function<void(T &)> &f, int nth = 0,
                 const std::function<bool(const T &)> &pred = {})
{
    for (qsizetype i = 0; i < c.statements.size(); ++i) {
        T *s = std::get_if<T>(&c.statements[i]);
        if (s && (!pred || pred(*s)) && nth-- == 0) {
            f(*s);
            return i;
        }
    }
    return -1;
}

/** Changes the first map line (of a crypto map when dynamic is false) holding alternative L. */
template <class L>
qsizetype changeMapLine(PixConfig &c, bool dynamic, const std::function<void(L &)> &f)
{
    for (qsizetype i = 0; i < c.statements.size(); ++i) {
        MapEntryLine *line = nullptr;
        if (auto *s = std::get_if<CryptoMapEntryCmd>(&c.statements[i]); s && !dynamic)
            line = &s->line;
        if (auto *d = std::get_if<DynamicMapEntryCmd>(&c.statements[i]); d && dynamic)
            line = &d->line;
        if (L *l = line ? std::get_if<L>(line) : nullptr) {
            f(*l);
            return i;
        }
    }
    return -1;
}

template <class A>
qsizetype changePolicy(PixConfig &c, A value)
{
    return change<IsakmpPolicyCmd>(c, [value](IsakmpPolicyCmd &p) { p.attribute = value; }, 0,
                                   [](const IsakmpPolicyCmd &p) { return std::holds_alternative<A>(p.attribute); });
}

template <class A>
qsizetype changeGroup(PixConfig &c, A value)
{
    return change<VpngroupCmd>(c, [value](VpngroupCmd &g) { g.attribute = value; }, 0,
                               [](const VpngroupCmd &g) { return std::holds_alternative<A>(g.attribute); });
}

Ipv4Address ip(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

struct FieldChange
{
    const char *field;
    std::function<qsizetype(PixConfig &)> apply;
    const char *line;   ///< what the writer prints for the changed statement
};

using Entry = AccessListEntry;
using Acl = AccessListCmd;

const QList<FieldChange> &fieldChanges();

} // namespace

class TstPix62Fields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseParsesCleanly();
    void everyField_data();
    void everyField();
};

namespace {

PixConfig base()
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/pix62/every-command.cfg"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read every-command.cfg");
    return parsePixConfig(QString::fromUtf8(file.readAll())).config;
}

} // namespace

void TstPix62Fields::baseParsesCleanly()
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/pix62/every-command.cfg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const PixParseResult parsed = parsePixConfig(text);
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.config.all<VerbatimCmd>().size(), 1);  // the blank line
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Revealed, true}).text.split(u'\n'), text.split(u'\n'));
}

void TstPix62Fields::everyField_data()
{
    QTest::addColumn<int>("row");
    for (int i = 0; i < fieldChanges().size(); ++i)
        QTest::newRow(fieldChanges().at(i).field) << i;
}

void TstPix62Fields::everyField()
{
    QFETCH(int, row);
    const FieldChange &change = fieldChanges().at(row);
    PixConfig config = base();
    const PixConfig before = config;
    const qsizetype index = change.apply(config);
    QVERIFY2(index >= 0, "no statement to change");
    QVERIFY2(config != before, "the change changed nothing");
    const PixWriteResult written = writePixConfig(config, {SecretMode::Revealed, true});
    const int line = written.lineMap.lineOfStatement(index);
    QVERIFY(line > 0);
    QCOMPARE(written.text.section(u'\n', line - 1, line - 1), QString::fromLatin1(change.line));
    QCOMPARE(written.lineMap.statementAtLine(line), index);
    PixConfig expected = config;
    sortCanonical(expected);
    const PixParseResult reparsed = parsePixConfig(written.text);
    QCOMPARE(reparsed.config, expected);
}

namespace {

#define CHANGE(T, ...) [](PixConfig &c) { return change<T>(c, [](T &x) { __VA_ARGS__; }); }
#define CHANGE_NTH(T, n, ...) [](PixConfig &c) { return change<T>(c, [](T &x) { __VA_ARGS__; }, n); }

const QList<FieldChange> &fieldChanges()
{
    static const QList<FieldChange> changes = {
        // around the configuration
        {"frame.kind", CHANGE(OutputFrameCmd, x.kind = OutputFrameCmd::Kind::Ok), "[OK]"},
        {"comment.text", CHANGE(CommentCmd, x.text = QStringLiteral(" Written by hand")), ": Written by hand"},
        {"verbatim.text", CHANGE(VerbatimCmd, x.text = QStringLiteral("dhcpd enable inside")), "dhcpd enable inside"},
        // the box
        {"version", CHANGE(PixVersionCmd, x.version = QStringLiteral("6.3(5)")), "PIX Version 6.3(5)"},
        {"nameif.hardware", CHANGE_NTH(NameifCmd, 2, x.hardware = QStringLiteral("ethernet3")), "nameif ethernet3 dmz security50"},
        {"nameif.name", CHANGE_NTH(NameifCmd, 2, x.name = QStringLiteral("outside")), "nameif ethernet2 outside security50"},
        {"nameif.security", CHANGE_NTH(NameifCmd, 2, x.security = 42), "nameif ethernet2 dmz security42"},
        {"interface.hardware", CHANGE_NTH(InterfaceCmd, 2, x.hardware = QStringLiteral("ethernet4")), "interface ethernet4 auto shutdown"},
        {"interface.speed", CHANGE(InterfaceCmd, x.speed = QStringLiteral("10full")), "interface ethernet0 10full"},
        {"interface.shutdown", CHANGE(InterfaceCmd, x.shutdown = true), "interface ethernet0 auto shutdown"},
        {"mtu.ifName", CHANGE(MtuCmd, x.ifName = QStringLiteral("dmz")), "mtu dmz 1500"},
        {"mtu.bytes", CHANGE(MtuCmd, x.bytes = 1400), "mtu outside 1400"},
        {"ip address.ifName", CHANGE_NTH(IpAddressCmd, 1, x.ifName = QStringLiteral("dmz")), "ip address dmz 10.0.0.1 255.255.255.0"},
        {"ip address.address", CHANGE(IpAddressCmd, x.address = ip("193.0.0.9")), "ip address outside 193.0.0.9 255.255.255.252"},
        {"ip address.mask", CHANGE(IpAddressCmd, x.mask = ip("255.255.255.0")), "ip address outside 193.0.0.1 255.255.255.0"},
        {"password.kind", CHANGE(PasswordCmd, x.kind = PasswordCmd::Kind::Telnet), "passwd 8Ry2YjIyt7RRXU24 encrypted"},
        {"password.password", CHANGE(PasswordCmd, x.password = QStringLiteral("abcdefghijklmnop")), "enable password abcdefghijklmnop encrypted"},
        {"password.encrypted", CHANGE_NTH(PasswordCmd, 1, x.encrypted = false), "passwd 2KFQnbNIdI.2KYOU"},
        {"hostname", CHANGE(HostnameCmd, x.name = QStringLiteral("sleet")), "hostname sleet"},
        {"domain-name", CHANGE(DomainNameCmd, x.name = QStringLiteral("example.org")), "domain-name example.org"},
        {"fixup.enabled", CHANGE(FixupCmd, x.enabled = false), "no fixup protocol ftp 21"},
        {"fixup.protocol", CHANGE(FixupCmd, x.protocol = QStringLiteral("smtp")), "fixup protocol smtp 21"},
        {"fixup.option", CHANGE(FixupCmd, x.option = QStringLiteral("strict")), "fixup protocol ftp strict 21"},
        {"fixup.port", CHANGE(FixupCmd, x.port = 2121), "fixup protocol ftp 2121"},
        {"fixup.portEnd", CHANGE(FixupCmd, x.portEnd = 22), "fixup protocol ftp 21-22"},
        {"names.enabled", CHANGE(NamesCmd, x.enabled = false), "no names"},
        {"name.address", CHANGE_NTH(NameCmd, 1, x.address = ip("10.0.0.7")), "name 10.0.0.7 backup"},
        {"name.name", CHANGE_NTH(NameCmd, 1, x.name = QStringLiteral("www1")), "name 10.0.0.8 www1"},
        {"pager.enabled", CHANGE(PagerCmd, x.enabled = false; x.lines.reset()), "no pager"},
        {"pager.lines", CHANGE(PagerCmd, x.lines = 40), "pager lines 40"},
        {"logging.enabled", CHANGE(LoggingCmd, x.enabled = false), "no logging on"},
        {"logging.target", CHANGE_NTH(LoggingCmd, 1, x.target = QStringLiteral("buffered")), "logging buffered debugging"},
        {"logging.arguments", CHANGE_NTH(LoggingCmd, 1, x.arguments = QStringList{QStringLiteral("errors")}), "logging console errors"},
        {"icmp.action", CHANGE(IcmpCmd, x.action = AclAction::Deny), "icmp deny 10.0.0.0 255.255.255.0 echo inside"},
        {"icmp.source", CHANGE(IcmpCmd, x.source = AddressMatch::any()), "icmp permit any echo inside"},
        {"icmp.type", CHANGE(IcmpCmd, x.icmpType = 13), "icmp permit 10.0.0.0 255.255.255.0 timestamp-request inside"},
        {"icmp.ifName", CHANGE(IcmpCmd, x.ifName = QStringLiteral("dmz")), "icmp permit 10.0.0.0 255.255.255.0 echo dmz"},
        {"ip audit.attack", CHANGE(IpAuditCmd, x.attack = true), "ip audit attack action alarm"},
        {"ip audit.actions", CHANGE(IpAuditCmd, x.actions << QStringLiteral("reset")), "ip audit info action alarm reset"},
        {"pool.name", CHANGE(IpLocalPoolCmd, x.name = QStringLiteral("pool2")), "ip local pool pool2 12.0.0.1-12.0.0.34"},
        {"pool.first", CHANGE(IpLocalPoolCmd, x.first = ip("12.0.0.5")), "ip local pool pool1 12.0.0.5-12.0.0.34"},
        {"pool.last", CHANGE(IpLocalPoolCmd, x.last.reset()), "ip local pool pool1 12.0.0.1"},
        {"failover.enabled", CHANGE(FailoverCmd, x.enabled = true), "failover"},
        {"failover timeout", CHANGE(FailoverTimeoutCmd, x.timeout = HmsDuration{90}), "failover timeout 0:01:30"},
        {"failover poll", CHANGE(FailoverPollCmd, x.seconds = 5), "failover poll 5"},
        {"failover ip.ifName", CHANGE(FailoverIpAddressCmd, x.ifName = QStringLiteral("intf9")), "failover ip address intf9 0.0.0.0"},
        {"failover ip.address", CHANGE(FailoverIpAddressCmd, x.address = ip("193.0.0.2")), "failover ip address outside 193.0.0.2"},
        {"pdm.enabled", CHANGE(PdmHistoryCmd, x.enabled = false), "no pdm history enable"},
        {"arp.seconds", CHANGE(ArpTimeoutCmd, x.seconds = 600), "arp timeout 600"},
        {"timeout.name", CHANGE(TimeoutCmd, x.items[0].name = QStringLiteral("conn")), "timeout conn 3:00:00"},
        {"timeout.value", CHANGE(TimeoutCmd, x.items[0].value = HmsDuration{7200}), "timeout xlate 2:00:00"},
        {"timeout.qualifier", CHANGE_NTH(TimeoutCmd, 2, x.items[0].qualifier = QStringLiteral("inactivity")), "timeout uauth 0:05:00 inactivity"},
        {"timeout.items", CHANGE(TimeoutCmd, x.items << TimeoutItem{QStringLiteral("udp"), HmsDuration{60}, {}}), "timeout xlate 3:00:00 udp 0:01:00"},
        {"aaa protocol.tag", CHANGE(AaaServerProtocolCmd, x.tag = QStringLiteral("TAC")), "aaa-server TAC protocol tacacs+"},
        {"aaa protocol.protocol", CHANGE(AaaServerProtocolCmd, x.protocol = QStringLiteral("radius")), "aaa-server TACACS+ protocol radius"},
        {"aaa host.tag", CHANGE(AaaServerHostCmd, x.tag = QStringLiteral("TACACS+")), "aaa-server TACACS+ (inside) host 10.0.0.9 radkey timeout 5"},
        {"aaa host.ifName", CHANGE(AaaServerHostCmd, x.ifName = QStringLiteral("dmz")), "aaa-server partner (dmz) host 10.0.0.9 radkey timeout 5"},
        {"aaa host.host", CHANGE(AaaServerHostCmd, x.host = ip("10.0.0.10")), "aaa-server partner (inside) host 10.0.0.10 radkey timeout 5"},
        {"aaa host.hasKey", CHANGE(AaaServerHostCmd, x.hasKey = false; x.key.reset()), "aaa-server partner (inside) host 10.0.0.9 timeout 5"},
        {"aaa host.key", CHANGE(AaaServerHostCmd, x.key = QStringLiteral("other")), "aaa-server partner (inside) host 10.0.0.9 other timeout 5"},
        {"aaa host.timeout", CHANGE(AaaServerHostCmd, x.timeout = 10), "aaa-server partner (inside) host 10.0.0.9 radkey timeout 10"},
        {"http server.enabled", CHANGE(HttpServerCmd, x.enabled = false), "no http server enable"},
        {"snmp.enabled", CHANGE(SnmpServerCmd, x.enabled = true; x.value = QStringLiteral("Tokyo lab")), "snmp-server location Tokyo lab"},
        {"snmp.item", CHANGE(SnmpServerCmd, x.item = QStringLiteral("contact")), "no snmp-server contact"},
        {"snmp.value", CHANGE_NTH(SnmpServerCmd, 1, x.value = QStringLiteral("private")), "snmp-server community private"},
        {"floodguard.enabled", CHANGE(FloodguardCmd, x.enabled = false), "no floodguard enable"},
        {"sysopt.enabled", CHANGE_NTH(SysoptCmd, 1, x.enabled = false), "no sysopt connection permit-ipsec"},
        {"sysopt.option", CHANGE_NTH(SysoptCmd, 1, x.option = QStringLiteral("connection permit-pptp")), "sysopt connection permit-pptp"},
        {"sysopt.value", CHANGE(SysoptCmd, x.value = 1200), "sysopt connection tcpmss 1200"},
        {"management.service", CHANGE(ManagementAccessCmd, x.service = ManagementAccessCmd::Service::Ssh), "ssh 10.0.0.0 255.255.255.0 inside"},
        {"management.address", CHANGE(ManagementAccessCmd, x.address = ip("10.1.0.0")), "http 10.1.0.0 255.255.255.0 inside"},
        {"management.mask", CHANGE(ManagementAccessCmd, x.mask = ip("255.255.0.0")), "http 10.0.0.0 255.255.0.0 inside"},
        {"management.ifName", CHANGE(ManagementAccessCmd, x.ifName = QStringLiteral("dmz")), "http 10.0.0.0 255.255.255.0 dmz"},
        {"session timeout.service", CHANGE(SessionTimeoutCmd, x.service = SessionTimeoutCmd::Service::Ssh), "ssh timeout 5"},
        {"session timeout.minutes", CHANGE(SessionTimeoutCmd, x.minutes = 30), "telnet timeout 30"},
        {"terminal width", CHANGE(TerminalWidthCmd, x.columns = 132), "terminal width 132"},
        // access lists
        {"acl.name", CHANGE(Acl, x.name = QStringLiteral("acl-out")), "access-list acl-out permit tcp 10.0.0.0 255.255.255.0 host server eq www"},
        {"acl.line", CHANGE(Acl, x.line = 1), "access-list acl-in line 1 permit tcp 10.0.0.0 255.255.255.0 host server eq www"},
        {"acl.action", CHANGE(Acl, x.entry.action = AclAction::Deny), "access-list acl-in deny tcp 10.0.0.0 255.255.255.0 host server eq www"},
        {"acl.protocol.kind", CHANGE_NTH(Acl, 4, x.entry.protocol = AclProtocol{AclProtocol::Kind::Icmp, 0, {}}), "access-list vpn permit icmp 10.0.0.0 255.255.255.0 11.0.0.0 255.255.255.0"},
        {"acl.protocol.number", CHANGE_NTH(Acl, 3, x.entry.protocol.number = 47), "access-list acl-in permit gre host 1.1.1.1 any log"},
        {"acl.protocol.unnamed", CHANGE_NTH(Acl, 3, x.entry.protocol.number = 99), "access-list acl-in permit 99 host 1.1.1.1 any log"},
        {"acl.source.kind", CHANGE(Acl, x.entry.source = AddressMatch::any()), "access-list acl-in permit tcp any host server eq www"},
        {"acl.source.address", CHANGE(Acl, x.entry.source.address = ip("10.9.0.0")), "access-list acl-in permit tcp 10.9.0.0 255.255.255.0 host server eq www"},
        {"acl.source.mask", CHANGE(Acl, x.entry.source.mask = ip("255.255.0.0")), "access-list acl-in permit tcp 10.0.0.0 255.255.0.0 host server eq www"},
        {"acl.source.alias", CHANGE_NTH(Acl, 3, x.entry.source = AddressMatch::host(ip("10.0.0.5")); x.entry.source.alias = QStringLiteral("server")), "access-list acl-in permit esp host server any log"},
        {"acl.destination.alias", CHANGE(Acl, x.entry.destination.alias.clear()), "access-list acl-in permit tcp 10.0.0.0 255.255.255.0 host 10.0.0.5 eq www"},
        {"acl.destination", CHANGE_NTH(Acl, 4, x.entry.destination = AddressMatch::host(ip("11.0.0.9"))), "access-list vpn permit ip 10.0.0.0 255.255.255.0 host 11.0.0.9"},
        {"acl.sourcePort.op", CHANGE_NTH(Acl, 1, x.entry.sourcePort = PortMatch{PortOperator::Gt, 1000, 0, {}, {}}), "access-list acl-in deny udp any gt 1000 any neq domain"},
        {"acl.sourcePort.low", CHANGE_NTH(Acl, 1, x.entry.sourcePort.low = 1500), "access-list acl-in deny udp any range 1500 2000 any neq domain"},
        {"acl.sourcePort.high", CHANGE_NTH(Acl, 1, x.entry.sourcePort.high = 3000), "access-list acl-in deny udp any range 1000 3000 any neq domain"},
        {"acl.destinationPort.op", CHANGE(Acl, x.entry.destinationPort.op = PortOperator::Lt), "access-list acl-in permit tcp 10.0.0.0 255.255.255.0 host server lt www"},
        {"acl.destinationPort.low", CHANGE(Acl, x.entry.destinationPort.low = 443), "access-list acl-in permit tcp 10.0.0.0 255.255.255.0 host server eq https"},
        {"acl.destinationPort.none", CHANGE(Acl, x.entry.destinationPort = PortMatch{}), "access-list acl-in permit tcp 10.0.0.0 255.255.255.0 host server"},
        {"acl.icmpType", CHANGE_NTH(Acl, 2, x.entry.icmpType = 11), "access-list acl-in permit icmp any any time-exceeded"},
        {"acl.icmpType.number", CHANGE_NTH(Acl, 2, x.entry.icmpType = 40), "access-list acl-in permit icmp any any 40"},
        {"acl.log", CHANGE_NTH(Acl, 3, x.entry.log = false), "access-list acl-in permit esp host 1.1.1.1 any"},
        {"remark.name", CHANGE(AccessListRemarkCmd, x.name = QStringLiteral("vpn")), "access-list vpn remark allow web"},
        {"remark.line", CHANGE(AccessListRemarkCmd, x.line = 2), "access-list acl-in line 2 remark allow web"},
        {"remark.text", CHANGE(AccessListRemarkCmd, x.text = QStringLiteral("mail relay")), "access-list acl-in remark mail relay"},
        {"access-group.acl", CHANGE(AccessGroupCmd, x.acl = QStringLiteral("split")), "access-group split in interface outside"},
        {"access-group.ifName", CHANGE(AccessGroupCmd, x.ifName = QStringLiteral("dmz")), "access-group acl-in in interface dmz"},
        // translation and routes
        {"nat.ifName", CHANGE(NatCmd, x.ifName = QStringLiteral("dmz")), "nat (dmz) 0 access-list vpn"},
        {"nat.id", CHANGE_NTH(NatCmd, 1, x.id = 2), "nat (inside) 2 10.0.0.0 255.255.255.0 0 0"},
        {"nat.accessList", CHANGE(NatCmd, x.accessList = QStringLiteral("split")), "nat (inside) 0 access-list split"},
        {"nat.address", CHANGE_NTH(NatCmd, 1, x.address = ip("10.0.1.0")), "nat (inside) 1 10.0.1.0 255.255.255.0 0 0"},
        {"nat.mask", CHANGE_NTH(NatCmd, 1, x.mask = ip("255.255.0.0")), "nat (inside) 1 10.0.0.0 255.255.0.0 0 0"},
        {"nat.dns", CHANGE_NTH(NatCmd, 1, x.dns = true), "nat (inside) 1 10.0.0.0 255.255.255.0 dns 0 0"},
        {"nat.outside", CHANGE_NTH(NatCmd, 1, x.outside = true), "nat (inside) 1 10.0.0.0 255.255.255.0 outside 0 0"},
        {"nat.maxConns", CHANGE_NTH(NatCmd, 1, x.maxConns = 100), "nat (inside) 1 10.0.0.0 255.255.255.0 100 0"},
        {"nat.embryonicLimit", CHANGE_NTH(NatCmd, 1, x.embryonicLimit = 50), "nat (inside) 1 10.0.0.0 255.255.255.0 0 50"},
        {"nat.norandomseq", CHANGE_NTH(NatCmd, 1, x.norandomseq = true), "nat (inside) 1 10.0.0.0 255.255.255.0 0 0 norandomseq"},
        {"global.ifName", CHANGE(GlobalCmd, x.ifName = QStringLiteral("dmz")), "global (dmz) 1 interface"},
        {"global.id", CHANGE(GlobalCmd, x.id = 5), "global (outside) 5 interface"},
        {"global.interface", CHANGE(GlobalCmd, x.interface = false; x.first = ip("193.0.0.1")), "global (outside) 1 193.0.0.1"},
        {"global.first", CHANGE_NTH(GlobalCmd, 1, x.first = ip("172.16.0.11")), "global (dmz) 2 172.16.0.11-172.16.0.20 netmask 255.255.255.0"},
        {"global.last", CHANGE_NTH(GlobalCmd, 1, x.last.reset()), "global (dmz) 2 172.16.0.10 netmask 255.255.255.0"},
        {"global.netmask", CHANGE_NTH(GlobalCmd, 1, x.netmask.reset()), "global (dmz) 2 172.16.0.10-172.16.0.20"},
        {"static.realIf", CHANGE(StaticCmd, x.realIf = QStringLiteral("dmz")), "static (dmz,outside) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 0 0"},
        {"static.mappedIf", CHANGE(StaticCmd, x.mappedIf = QStringLiteral("dmz")), "static (inside,dmz) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 0 0"},
        {"static.portProtocol", CHANGE_NTH(StaticCmd, 1, x.portProtocol = AclProtocol::Kind::Udp), "static (inside,outside) udp interface 80 10.0.0.6 8080 netmask 255.255.255.255 0 0"},
        {"static.mappedInterface", CHANGE_NTH(StaticCmd, 1, x.mappedInterface = false; x.mapped = ip("193.0.0.4")), "static (inside,outside) tcp 193.0.0.4 www 10.0.0.6 8080 netmask 255.255.255.255 0 0"},
        {"static.mapped", CHANGE(StaticCmd, x.mapped = ip("193.0.0.4")), "static (inside,outside) 193.0.0.4 10.0.0.5 netmask 255.255.255.255 0 0"},
        {"static.mappedPort", CHANGE_NTH(StaticCmd, 1, x.mappedPort = 25), "static (inside,outside) tcp interface smtp 10.0.0.6 8080 netmask 255.255.255.255 0 0"},
        {"static.real", CHANGE(StaticCmd, x.real = ip("10.0.0.8")), "static (inside,outside) 193.0.0.3 10.0.0.8 netmask 255.255.255.255 0 0"},
        {"static.realPort", CHANGE_NTH(StaticCmd, 1, x.realPort = 80), "static (inside,outside) tcp interface www 10.0.0.6 www netmask 255.255.255.255 0 0"},
        {"static.netmask", CHANGE(StaticCmd, x.mapped = ip("193.0.0.0"); x.real = ip("10.0.0.0"); x.netmask = ip("255.255.255.252")), "static (inside,outside) 193.0.0.0 10.0.0.0 netmask 255.255.255.252 0 0"},
        {"static.dns", CHANGE(StaticCmd, x.dns = true), "static (inside,outside) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 dns 0 0"},
        {"static.norandomseq", CHANGE(StaticCmd, x.norandomseq = true), "static (inside,outside) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 0 0 norandomseq"},
        {"static.maxConns", CHANGE(StaticCmd, x.maxConns = 10), "static (inside,outside) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 10 0"},
        {"static.embryonicLimit", CHANGE(StaticCmd, x.embryonicLimit = 20), "static (inside,outside) 193.0.0.3 10.0.0.5 netmask 255.255.255.255 0 20"},
        {"conduit.entry", CHANGE(ConduitCmd, x.entry.destination = AddressMatch::network(ip("10.0.0.0"), ip("255.0.0.0"))), "conduit permit tcp host 193.0.0.3 eq smtp 10.0.0.0 255.0.0.0"},
        {"route.ifName", CHANGE(RouteCmd, x.ifName = QStringLiteral("dmz")), "route dmz 0.0.0.0 0.0.0.0 193.0.0.2 1"},
        {"route.network", CHANGE(RouteCmd, x.network = ip("20.0.0.0"); x.mask = ip("255.0.0.0")), "route outside 20.0.0.0 255.0.0.0 193.0.0.2 1"},
        {"route.mask", CHANGE(RouteCmd, x.mask = ip("255.255.255.255")), "route outside 0.0.0.0 255.255.255.255 193.0.0.2 1"},
        {"route.gateway", CHANGE(RouteCmd, x.gateway = ip("193.0.0.3")), "route outside 0.0.0.0 0.0.0.0 193.0.0.3 1"},
        {"route.metric", CHANGE(RouteCmd, x.metric = 2), "route outside 0.0.0.0 0.0.0.0 193.0.0.2 2"},
        // IPsec
        {"transform-set.name", CHANGE(TransformSetCmd, x.name = QStringLiteral("T2")), "crypto ipsec transform-set T2 esp-3des esp-sha-hmac"},
        {"transform-set.esp-only", CHANGE(TransformSetCmd, x.transforms = {IpsecTransform::EspNull}), "crypto ipsec transform-set TRANS esp-null"},
        {"transform-set.ah+esp", CHANGE_NTH(TransformSetCmd, 1, x.transforms = {IpsecTransform::AhShaHmac, IpsecTransform::EspAes192, IpsecTransform::EspMd5Hmac}),
         "crypto ipsec transform-set AH ah-sha-hmac esp-aes-192 esp-md5-hmac"},
        {"transform-set.aes", CHANGE(TransformSetCmd, x.transforms = {IpsecTransform::EspAes128, IpsecTransform::EspAes256}), "crypto ipsec transform-set TRANS esp-aes esp-aes-256"},
        {"transform-set.des", CHANGE(TransformSetCmd, x.transforms = {IpsecTransform::EspDes}), "crypto ipsec transform-set TRANS esp-des"},
        {"mode.name", CHANGE(TransformSetModeCmd, x.name = QStringLiteral("AH")), "crypto ipsec transform-set AH mode transport"},
        {"mode.mode", CHANGE(TransformSetModeCmd, x.mode = IpsecMode::Tunnel), "crypto ipsec transform-set TRANS mode tunnel"},
        {"ipsec lifetime.seconds", CHANGE(IpsecLifetimeCmd, x.lifetime.seconds = 3600), "crypto ipsec security-association lifetime seconds 3600 kilobytes 4608000"},
        {"ipsec lifetime.kilobytes", CHANGE(IpsecLifetimeCmd, x.lifetime.kilobytes.reset()), "crypto ipsec security-association lifetime seconds 28800"},
        {"dynamic.map", CHANGE(DynamicMapEntryCmd, x.map = QStringLiteral("DYN2")), "crypto dynamic-map DYN2 10 match address vpn"},
        {"dynamic.seq", CHANGE(DynamicMapEntryCmd, x.seq = 30), "crypto dynamic-map DYN 30 match address vpn"},
        {"dynamic.match", [](PixConfig &c) { return changeMapLine<MapMatchAddress>(c, true, [](MapMatchAddress &l) { l.acl = QStringLiteral("split"); }); },
         "crypto dynamic-map DYN 10 match address split"},
        {"dynamic.pfs", [](PixConfig &c) { return changeMapLine<MapSetPfs>(c, true, [](MapSetPfs &l) { l.group.reset(); }); },
         "crypto dynamic-map DYN 10 set pfs"},
        {"dynamic.peer", [](PixConfig &c) { return changeMapLine<MapSetPeer>(c, true, [](MapSetPeer &l) { l.peer = ip("3.3.3.3"); }); },
         "crypto dynamic-map DYN 10 set peer 3.3.3.3"},
        {"dynamic.transform-set", [](PixConfig &c) { return changeMapLine<MapSetTransformSet>(c, true, [](MapSetTransformSet &l) { l.names << QStringLiteral("AH"); }); },
         "crypto dynamic-map DYN 10 set transform-set TRANS AH"},
        {"dynamic.lifetime", [](PixConfig &c) { return changeMapLine<MapSetLifetime>(c, true, [](MapSetLifetime &l) { l.lifetime = SaLifetime{std::nullopt, 9000}; }); },
         "crypto dynamic-map DYN 10 set security-association lifetime kilobytes 9000"},
        {"map.map", CHANGE(CryptoMapEntryCmd, x.map = QStringLiteral("MAP2")), "crypto map MAP2 10 ipsec-isakmp"},
        {"map.seq", CHANGE(CryptoMapEntryCmd, x.seq = 5), "crypto map MAP 5 ipsec-isakmp"},
        {"map.dynamic", CHANGE_NTH(CryptoMapEntryCmd, 6, x.line = MapIpsecIsakmp{QStringLiteral("DYN3")}), "crypto map MAP 20 ipsec-isakmp dynamic DYN3"},
        {"map.static", CHANGE_NTH(CryptoMapEntryCmd, 6, x.line = MapIpsecIsakmp{}), "crypto map MAP 20 ipsec-isakmp"},
        {"map.match", [](PixConfig &c) { return changeMapLine<MapMatchAddress>(c, false, [](MapMatchAddress &l) { l.acl = QStringLiteral("split"); }); },
         "crypto map MAP 10 match address split"},
        {"map.pfs", [](PixConfig &c) { return changeMapLine<MapSetPfs>(c, false, [](MapSetPfs &l) { l.group = DhGroup::Group5; }); },
         "crypto map MAP 10 set pfs group5"},
        {"map.peer", [](PixConfig &c) { return changeMapLine<MapSetPeer>(c, false, [](MapSetPeer &l) { l.peer = ip("193.0.0.10"); }); },
         "crypto map MAP 10 set peer 193.0.0.10"},
        {"map.transform-set", [](PixConfig &c) { return changeMapLine<MapSetTransformSet>(c, false, [](MapSetTransformSet &l) { l.names = {QStringLiteral("AH")}; }); },
         "crypto map MAP 10 set transform-set AH"},
        {"map.lifetime", [](PixConfig &c) { return changeMapLine<MapSetLifetime>(c, false, [](MapSetLifetime &l) { l.lifetime.seconds = 1800; }); },
         "crypto map MAP 10 set security-association lifetime seconds 1800 kilobytes 10000"},
        {"client auth.map", CHANGE(CryptoMapClientAuthCmd, x.map = QStringLiteral("MAP9")), "crypto map MAP9 client authentication partner"},
        {"client auth.aaaTag", CHANGE(CryptoMapClientAuthCmd, x.aaaTag = QStringLiteral("TACACS+")), "crypto map MAP client authentication TACACS+"},
        {"client auth.local", CHANGE(CryptoMapClientAuthCmd, x.local = true), "crypto map MAP client authentication partner LOCAL"},
        {"client config.map", CHANGE(CryptoMapClientConfigCmd, x.map = QStringLiteral("MAP9")), "crypto map MAP9 client configuration address respond"},
        {"client config.mode", CHANGE(CryptoMapClientConfigCmd, x.mode = ClientConfigurationMode::Initiate), "crypto map MAP client configuration address initiate"},
        {"map interface.map", CHANGE(CryptoMapInterfaceCmd, x.map = QStringLiteral("MAP9")), "crypto map MAP9 interface outside"},
        {"map interface.ifName", CHANGE(CryptoMapInterfaceCmd, x.ifName = QStringLiteral("dmz")), "crypto map MAP interface dmz"},
        // IKE
        {"isakmp enable", CHANGE(IsakmpEnableCmd, x.ifName = QStringLiteral("dmz")), "isakmp enable dmz"},
        {"key.peer", CHANGE(IsakmpKeyCmd, x.key.peer = ip("193.0.0.7")), "isakmp key secret1 address 193.0.0.7 netmask 255.255.255.255 no-xauth no-config-mode"},
        {"key.netmask", CHANGE(IsakmpKeyCmd, x.key.netmask.reset()), "isakmp key secret1 address 193.0.0.6 no-xauth no-config-mode"},
        {"key.key", CHANGE(IsakmpKeyCmd, x.key.key = QStringLiteral("n3w-s3cret")), "isakmp key n3w-s3cret address 193.0.0.6 netmask 255.255.255.255 no-xauth no-config-mode"},
        {"key.noXauth", CHANGE(IsakmpKeyCmd, x.key.noXauth = false), "isakmp key secret1 address 193.0.0.6 netmask 255.255.255.255 no-config-mode"},
        {"key.noConfigMode", CHANGE(IsakmpKeyCmd, x.key.noConfigMode = false), "isakmp key secret1 address 193.0.0.6 netmask 255.255.255.255 no-xauth"},
        {"key.wildcard flags", CHANGE_NTH(IsakmpKeyCmd, 1, x.key.noXauth = true), "isakmp key secret2 address 0.0.0.0 netmask 0.0.0.0 no-xauth"},
        {"identity.kind", CHANGE(IsakmpIdentityCmd, x.kind = IsakmpIdentityCmd::Kind::Hostname), "isakmp identity hostname"},
        {"identity.keyId", CHANGE(IsakmpIdentityCmd, x.kind = IsakmpIdentityCmd::Kind::KeyId; x.keyId = QStringLiteral("hub")), "isakmp identity key-id hub"},
        {"keepalive.seconds", CHANGE(IsakmpKeepaliveCmd, x.seconds = 30), "isakmp keepalive 30 5"},
        {"keepalive.retry", CHANGE(IsakmpKeepaliveCmd, x.retry.reset()), "isakmp keepalive 10"},
        {"nat-traversal.seconds", CHANGE(IsakmpNatTraversalCmd, x.seconds.reset()), "isakmp nat-traversal"},
        {"client pool.pool", CHANGE(IsakmpClientPoolCmd, x.pool = QStringLiteral("pool2")), "isakmp client configuration address-pool local pool2 outside"},
        {"client pool.ifName", CHANGE(IsakmpClientPoolCmd, x.ifName.clear()), "isakmp client configuration address-pool local pool1"},
        {"policy.priority", CHANGE(IsakmpPolicyCmd, x.priority = 20), "isakmp policy 20 authentication pre-share"},
        {"policy.authentication", [](PixConfig &c) { return changePolicy(c, IkeAuthentication::RsaSig); }, "isakmp policy 10 authentication rsa-sig"},
        {"policy.encryption", [](PixConfig &c) { return changePolicy(c, IkeEncryption::TripleDes); }, "isakmp policy 10 encryption 3des"},
        {"policy.encryption aes", [](PixConfig &c) { return changePolicy(c, IkeEncryption::Aes128); }, "isakmp policy 10 encryption aes"},
        {"policy.encryption aes-192", [](PixConfig &c) { return changePolicy(c, IkeEncryption::Aes192); }, "isakmp policy 10 encryption aes-192"},
        {"policy.hash", [](PixConfig &c) { return changePolicy(c, IkeHash::Md5); }, "isakmp policy 10 hash md5"},
        {"policy.group", [](PixConfig &c) { return changePolicy(c, DhGroup::Group1); }, "isakmp policy 10 group 1"},
        {"policy.lifetime", [](PixConfig &c) { return changePolicy(c, IsakmpLifetime{3600}); }, "isakmp policy 10 lifetime 3600"},
        // VPN Client groups
        {"vpngroup.group", CHANGE(VpngroupCmd, x.group = QStringLiteral("grp2")), "vpngroup grp2 address-pool pool1"},
        {"vpngroup.address-pool", [](PixConfig &c) { return changeGroup(c, VgAddressPool{QStringLiteral("pool9")}); }, "vpngroup grp address-pool pool9"},
        {"vpngroup.dns-server", [](PixConfig &c) { return changeGroup(c, VgDnsServer{{ip("8.8.8.8")}}); }, "vpngroup grp dns-server 8.8.8.8"},
        {"vpngroup.wins-server", [](PixConfig &c) { return changeGroup(c, VgWinsServer{{ip("10.0.0.1"), ip("10.0.0.2")}}); }, "vpngroup grp wins-server 10.0.0.1 10.0.0.2"},
        {"vpngroup.default-domain", [](PixConfig &c) { return changeGroup(c, VgDefaultDomain{QStringLiteral("corp.example")}); }, "vpngroup grp default-domain corp.example"},
        {"vpngroup.split-tunnel", [](PixConfig &c) { return changeGroup(c, VgSplitTunnel{QStringLiteral("vpn")}); }, "vpngroup grp split-tunnel vpn"},
        {"vpngroup.idle-time", [](PixConfig &c) { return changeGroup(c, VgIdleTime{600}); }, "vpngroup grp idle-time 600"},
        {"vpngroup.max-time", [](PixConfig &c) { return changeGroup(c, VgMaxTime{7200}); }, "vpngroup grp max-time 7200"},
        {"vpngroup.password", [](PixConfig &c) { return changeGroup(c, VgPassword{QStringLiteral("s3cret")}); }, "vpngroup grp password s3cret"},
        {"vpngroup.pfs", CHANGE_NTH(VpngroupCmd, 8, x.attribute = VgPfs{}), "vpngroup grp pfs"},
    };
    return changes;
}

} // namespace

QTEST_GUILESS_MAIN(TstPix62Fields)
#include "tst_pix62_fields.moc"
