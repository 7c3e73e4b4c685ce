// PIX 6.2 dialect parser: abbreviations as the device accepts them, diagnostics with the right
// line and a message a network engineer understands, and the 6.2/6.3 feature boundary.
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"
#include "model/diagnostic_catalog.h"

#include <QTest>

using namespace vtd;
using namespace vtd::gen::pix62;

namespace {

const QString kHeader62 = QStringLiteral(
    "PIX Version 6.2(2)\n"
    "nameif ethernet0 outside security0\n"
    "nameif ethernet1 inside security100\n");

QString header(const QString &version)
{
    QString text = kHeader62;
    return text.replace(QStringLiteral("6.2(2)"), version);
}

QStringList lines(const model::Diagnostics &diagnostics)
{
    QStringList list;
    for (const model::Diagnostic &d : diagnostics) {
        if (d.code != QLatin1String("pix.no-end"))
            list << model::diagnosticLine(d);
    }
    return list;
}

} // namespace

class TstPix62Parse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void abbreviationsPrintInFull_data();
    void abbreviationsPrintInFull();
    void malformedLinesAreReported_data();
    void malformedLinesAreReported();
    void unknownInterfaceIsAWarning();
    void missingEndIsReportedOnTheLastLine();
    void features63_data();
    void features63();
    void singleLineWithVersion();
    void namesResolveInAccessLists();
    void lineNumberInsertsIntoTheAccessList();
};

void TstPix62Parse::abbreviationsPrintInFull_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("printed");
    const auto row = [](const char *typed, const char *printed) {
        QTest::newRow(typed) << QString::fromLatin1(typed) << QString::fromLatin1(printed);
    };
    row("isakmp policy 10 encrypt 3des", "isakmp policy 10 encryption 3des");
    row("isakmp policy 10 auth pre", "isakmp policy 10 authentication pre-share");
    row("isa pol 10 hash md5", "isakmp policy 10 hash md5");
    row("ISAKMP POLICY 10 GROUP 2", "isakmp policy 10 group 2");
    row("isakmp policy 10 lif 3600", "isakmp policy 10 lifetime 3600");
    row("int e3 auto shut", "interface ethernet3 auto shutdown");
    row("interface eth1 100full", "interface ethernet1 100full");
    row("nameif e2 dmz sec50", "nameif ethernet2 dmz security50");
    row("ip add inside 10.0.0.1 255.255.255.0", "ip address inside 10.0.0.1 255.255.255.0");
    row("access-l acl permit tcp any host 10.0.0.5 eq 80", "access-list acl permit tcp any host 10.0.0.5 eq www");
    row("access-list acl permit 50 any any", "access-list acl permit esp any any");
    row("access-list acl per icmp any any 0", "access-list acl permit icmp any any echo-reply");
    row("access-list acl deny udp any any ra 500 501", "access-list acl deny udp any any range isakmp 501");
    row("cry ipsec trans TS esp-des esp-md5", "crypto ipsec transform-set TS esp-des esp-md5-hmac");
    row("crypto ipsec transform-set TS ah-sha", "crypto ipsec transform-set TS ah-sha-hmac");
    row("crypto ipsec sec lifetime sec 3600", "crypto ipsec security-association lifetime seconds 3600");
    row("crypto map M 10 ipsec-i", "crypto map M 10 ipsec-isakmp");
    row("crypto map M 10 ipsec-isakmp dyn D", "crypto map M 10 ipsec-isakmp dynamic D");
    row("crypto map M 10 set pe 1.2.3.4", "crypto map M 10 set peer 1.2.3.4");
    row("crypto map M 10 match add acl", "crypto map M 10 match address acl");
    row("crypto map M 10 set pf", "crypto map M 10 set pfs");
    row("crypto map M 10 set pfs group1", "crypto map M 10 set pfs group1");
    row("crypto map M 10 set security lifetime sec 3600 kil 5000", "crypto map M 10 set security-association lifetime seconds 3600 kilobytes 5000");
    row("crypto map M int outside", "crypto map M interface outside");
    row("crypto map M client auth partner", "crypto map M client authentication partner");
    row("crypto map M client conf add init", "crypto map M client configuration address initiate");
    row("crypto dyn D 10 set trans TS", "crypto dynamic-map D 10 set transform-set TS");
    row("isakmp ena outside", "isakmp enable outside");
    row("isakmp id add", "isakmp identity address");
    row("isakmp key abc add 1.2.3.4 net 255.255.255.0 no-x no-c", "isakmp key abc address 1.2.3.4 netmask 255.255.255.0 no-xauth no-config-mode");
    row("isakmp key abc address 0.0.0.0 netmask 0.0.0.0", "isakmp key abc address 0.0.0.0 netmask 0.0.0.0");
    row("isakmp key abc address 10.0.0.1", "isakmp key abc address 10.0.0.1");
    row("vpng G addr P", "vpngroup G address-pool P");
    row("vpngroup G idle 600", "vpngroup G idle-time 600");
    row("vpngroup G pass pw", "vpngroup G password pw");
    row("nat (inside) 0 acc no-nat", "nat (inside) 0 access-list no-nat");
    row("nat (inside) 1 0 0", "nat (inside) 1 0.0.0.0 0.0.0.0 0 0");
    row("nat (inside) 0 10.0.0.0 255.255.255.0", "nat (inside) 0 10.0.0.0 255.255.255.0 0 0");
    row("route outside 0 0 1.2.3.4", "route outside 0.0.0.0 0.0.0.0 1.2.3.4 1");
    row("global (outside) 1 int", "global (outside) 1 interface");
    row("access-g acl in int outside", "access-group acl in interface outside");
    row("sysopt conn permit-i", "sysopt connection permit-ipsec");
    row("no sysopt route dnat", "no sysopt route dnat");
    row("fixup prot ftp 21", "fixup protocol ftp 21");
    row("no fixup protocol smtp 25", "no fixup protocol smtp 25");
    row("host snow", "hostname snow");
    row("timeout xlate 3:00", "timeout xlate 3:00:00");
    row("static (inside,outside) 1.1.1.1 10.0.0.1", "static (inside,outside) 1.1.1.1 10.0.0.1 netmask 255.255.255.255 0 0");
    row("floodguard disable", "no floodguard enable");
    row("pager lin 24", "pager lines 24");
    row("failover ip add outside 0.0.0.0", "failover ip address outside 0.0.0.0");
    row("ip local pool P 12.0.0.1-12.0.0.9", "ip local pool P 12.0.0.1-12.0.0.9");
    row("enable pass 8Ry2YjIyt7RRXU24 encr", "enable password 8Ry2YjIyt7RRXU24 encrypted");
}

void TstPix62Parse::abbreviationsPrintInFull()
{
    QFETCH(QString, typed);
    QFETCH(QString, printed);
    const PixLineParseResult parsed = parsePixLine(typed, QStringLiteral("6.3(3)"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics).join(u'\n')));
    QVERIFY(!std::holds_alternative<model::VerbatimCmd>(parsed.command));
    QCOMPARE(formatCommand(parsed.command, SecretMode::Revealed), printed);
    QCOMPARE(parsePixLine(printed, QStringLiteral("6.3(3)")).command, parsed.command);
}

void TstPix62Parse::malformedLinesAreReported_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *line, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(line) << QString::fromLatin1(expected);
    };
    row("netmask", "access-list acl-out permit ip 10.0.0.0 255.255.0.255 any",
        "t.cfg:4: error: access-list acl-out: \"255.255.0.255\" is not a valid netmask; the line is kept as written [pix.bad-netmask]");
    row("unknown", "frobnicate now",
        "t.cfg:4: error: \"frobnicate\" is not a PIX command; the line is kept as written [pix.unknown-command]");
    row("ambiguous command", "na inside",
        "t.cfg:4: error: na: \"na\" is ambiguous here, it may mean name, nameif, names, nat; the line is kept as written [pix.ambiguous]");
    row("ambiguous keyword", "isakmp policy 10 encryption aes-",
        "t.cfg:4: error: isakmp policy 10: \"aes-\" is ambiguous here, it may mean aes-192, aes-256; the line is kept as written [pix.ambiguous]");
    row("unexpected", "isakmp policy 10 encryption blowfish",
        "t.cfg:4: error: isakmp policy 10: expected des|3des|aes|aes-192|aes-256 but found \"blowfish\"; the line is kept as written [pix.unexpected]");
    row("missing", "route outside 10.0.0.0 255.255.255.0",
        "t.cfg:4: error: route: the line ends where <gateway_ip> was expected; the line is kept as written [pix.missing]");
    row("extra", "mtu outside 1500 jumbo",
        "t.cfg:4: error: mtu: unexpected \"jumbo\" after the end of the command; the line is kept as written [pix.extra-words]");
    row("address", "ip address inside 10.0.0.300 255.255.255.0",
        "t.cfg:4: error: ip address: \"10.0.0.300\" is not a valid IP address; the line is kept as written [pix.bad-address]");
    row("number", "mtu outside 70000",
        "t.cfg:4: error: mtu: \"70000\" is not a number from 64 to 65535; the line is kept as written [pix.bad-number]");
    row("hardware", "nameif ethernetX dmz security50",
        "t.cfg:4: error: nameif: \"ethernetX\" is not a PIX hardware interface such as ethernet0; the line is kept as written [pix.bad-hardware]");
    row("address/mask", "access-list a permit ip 10.0.0.1 255.255.255.0 any",
        "t.cfg:4: error: access-list a: address 10.0.0.1 has bits outside netmask 255.255.255.0 (did you mean 10.0.0.0?); the PIX refuses this, the line is kept as written [pix.address-mask]");
    row("undefined name", "access-list a permit ip host server any",
        "t.cfg:4: error: access-list a: \"server\" is neither an IP address nor a name defined with \"name\"; the line is kept as written [pix.bad-name]");
    row("not modelled", "dhcpd enable inside",
        "t.cfg:4: warning: dhcpd: this command is not modelled by the program; the line is kept as written and ignored by the simulation [pix.not-modelled]");
    row("no form", "no crypto map M 10",
        "t.cfg:4: warning: no crypto: this command is not modelled by the program; the line is kept as written and ignored by the simulation [pix.not-modelled]");
    row("security", "nameif ethernet2 dmz security200",
        "t.cfg:4: error: nameif: \"security200\" is not a number from security0 to security100; the line is kept as written [pix.bad-number]");
    row("masked key", "isakmp key ******** address 10.0.0.2 netmask 255.255.255.255",
        "t.cfg:4: warning: the pre-shared key for peer 10.0.0.2 was imported masked (********) and is unknown; supply it with --psk DEVICE:10.0.0.2=KEY [pix.psk-masked]");
    row("masked group", "vpngroup VPNclient password ********",
        "t.cfg:4: warning: the password of vpngroup VPNclient was imported masked (********) and is unknown; supply it with --group-password DEVICE:VPNclient=PASSWORD [pix.group-password-masked]");
}

void TstPix62Parse::malformedLinesAreReported()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const QString text = kHeader62 + line + QStringLiteral("\n: end\n");
    const PixParseResult parsed = parsePixConfig(text, QStringLiteral("t.cfg"));
    QCOMPARE(lines(parsed.diagnostics), QStringList{expected});
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Revealed, true}).text, text);
}

void TstPix62Parse::unknownInterfaceIsAWarning()
{
    const PixParseResult parsed = parsePixConfig(kHeader62 + QStringLiteral("mtu outside 1500\nmtu dmz 1500\n: end\n"), QStringLiteral("t.cfg"));
    QCOMPARE(lines(parsed.diagnostics), QStringList{QStringLiteral(
        "t.cfg:5: warning: no interface is named \"dmz\" (see the nameif lines); the PIX refuses this line [pix.unknown-interface]")});
    QVERIFY(std::holds_alternative<model::MtuCmd>(parsed.config.statements.at(4)));
}

void TstPix62Parse::missingEndIsReportedOnTheLastLine()
{
    const PixParseResult parsed = parsePixConfig(kHeader62 + QStringLiteral("hostname rain\n"), QStringLiteral("t.cfg"));
    QCOMPARE(parsed.diagnostics.size(), 1);
    QCOMPARE(parsed.diagnostics.first().code, QStringLiteral("pix.no-end"));
    QCOMPARE(parsed.diagnostics.first().line, 4);
}

void TstPix62Parse::features63_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<bool>("error");
    QTest::newRow("ike aes") << "isakmp policy 10 encryption aes" << "encryption aes" << true;
    QTest::newRow("ike aes-256") << "isakmp policy 10 encryption aes-256" << "encryption aes-256" << true;
    QTest::newRow("ike group 5") << "isakmp policy 10 group 5" << "group 5" << true;
    QTest::newRow("esp-aes") << "crypto ipsec transform-set T esp-aes esp-sha-hmac" << "esp-aes" << true;
    QTest::newRow("esp-aes-192") << "crypto ipsec transform-set T esp-aes-192" << "esp-aes-192" << true;
    QTest::newRow("pfs group5") << "crypto map M 10 set pfs group5" << "set pfs group5" << true;
    QTest::newRow("dynamic pfs group5") << "crypto dynamic-map D 10 set pfs group5" << "set pfs group5" << true;
    QTest::newRow("nat-t") << "isakmp nat-traversal 20" << "isakmp nat-traversal" << true;
    QTest::newRow("remark") << "access-list a remark web servers" << "access-list ... remark" << false;
    QTest::newRow("line") << "access-list a line 1 permit ip any any" << "access-list ... line" << false;
}

void TstPix62Parse::features63()
{
    QFETCH(QString, line);
    QFETCH(QString, feature);
    QFETCH(bool, error);
    const QString body = line + QStringLiteral("\n: end\n");
    const PixParseResult old = parsePixConfig(header(QStringLiteral("6.2(2)")) + body, QStringLiteral("t.cfg"));
    QCOMPARE(old.diagnostics.size(), 1);
    const model::Diagnostic &d = old.diagnostics.first();
    QCOMPARE(d.code, QStringLiteral("pix.needs-63"));
    QCOMPARE(d.line, 4);
    QCOMPARE(d.severity, error ? model::Severity::Error : model::Severity::Warning);
    QCOMPARE(model::diagnosticMessage(d),
             QStringLiteral("\"%1\" needs PIX 6.3 or later, but line 1 says PIX Version 6.2(2)").arg(feature));
    QVERIFY(!std::holds_alternative<model::VerbatimCmd>(old.config.statements.at(3)));  // still typed
    const PixParseResult newer = parsePixConfig(header(QStringLiteral("6.3(1)")) + body, QStringLiteral("t.cfg"));
    QVERIFY(newer.diagnostics.isEmpty());
}

void TstPix62Parse::singleLineWithVersion()
{
    const PixLineParseResult old = parsePixLine(QStringLiteral("isakmp policy 5 group 5"), QStringLiteral("6.2(2)"), QStringLiteral("scenario.txt"), 7);
    QCOMPARE(old.diagnostics.size(), 1);
    QCOMPARE(old.diagnostics.first().line, 7);
    QVERIFY(parsePixLine(QStringLiteral("isakmp policy 5 group 5"), QStringLiteral("6.3(1)")).diagnostics.isEmpty());
    const PixLineParseResult bad = parsePixLine(QStringLiteral("isakmp policy x group 5"));
    QVERIFY(std::holds_alternative<model::VerbatimCmd>(bad.command));
    QCOMPARE(bad.diagnostics.first().code, QStringLiteral("pix.bad-number"));
    const PixLineParseResult other = parsePixLine(QStringLiteral("PIX Version 9.1(1)"), {}, {}, 1);
    QCOMPARE(other.diagnostics.first().code, QStringLiteral("pix.unsupported-version"));
}

void TstPix62Parse::namesResolveInAccessLists()
{
    const QString text = kHeader62 + QStringLiteral("names\nname 10.0.0.5 web\naccess-list a permit tcp any host web eq www\n: end\n");
    const PixParseResult parsed = parsePixConfig(text);
    QVERIFY(parsed.diagnostics.isEmpty());
    const auto acl = parsed.config.accessList(QStringLiteral("a"));
    QCOMPARE(acl->entries.first().destination.address, model::Ipv4Address(10, 0, 0, 5));
    QCOMPARE(acl->entries.first().destination.alias, QStringLiteral("web"));
    QCOMPARE(writePixConfig(parsed.config).text, text);
}

void TstPix62Parse::lineNumberInsertsIntoTheAccessList()
{
    const QString text = header(QStringLiteral("6.3(1)"))
        + QStringLiteral("access-list a permit ip any host 1.1.1.1\naccess-list a permit ip any host 2.2.2.2\n"
                         "access-list a line 2 deny ip any host 3.3.3.3\naccess-list a line 9 deny ip any any\n: end\n");
    const PixParseResult parsed = parsePixConfig(text);
    QVERIFY(parsed.diagnostics.isEmpty());
    const auto entries = parsed.config.accessList(QStringLiteral("a"))->entries;
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).destination.address, model::Ipv4Address(3, 3, 3, 3));
    QCOMPARE(entries.at(3).action, model::AclAction::Deny);
    QCOMPARE(writePixConfig(parsed.config).text, text);
}

QTEST_GUILESS_MAIN(TstPix62Parse)
#include "tst_pix62_parse.moc"
