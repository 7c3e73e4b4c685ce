#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QTest>

using namespace vtd;
using namespace vtd::model;
using namespace vtd::gen::ios122;

namespace {

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const auto &d : diagnostics)
        out << d.code + u'@' + QString::number(d.line);
    return out;
}

} // namespace

/** What IOS accepts as input (abbreviations, short interface names) and what it refuses, with
 *  the line of each diagnostic. */
class TstIos122Syntax : public QObject
{
    Q_OBJECT

private slots:
    void abbreviationsAreWrittenInFull_data();
    void abbreviationsAreWrittenInFull();
    void interfaceNames_data();
    void interfaceNames();
    void diagnosticsHaveTheRightLine_data();
    void diagnosticsHaveTheRightLine();
    void diagnosticLineFormat();
    void crlfIsAccepted();
    void typedValuesOfAbbreviatedInput();
    void everyIosCodeHasATemplate();
    void singleConfigureLines();
};

void TstIos122Syntax::abbreviationsAreWrittenInFull_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("written");
    auto row = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QString::fromLatin1(in) + QStringLiteral("end\n") << QString::fromLatin1(out) + QStringLiteral("end\n");
    };
    row("int/no shut/ip add", "int e0/0\n no shut\n ip add 10.0.0.1 255.0.0.0\n desc  two  spaces\n",
        "interface Ethernet0/0\n no shutdown\n ip address 10.0.0.1 255.0.0.0\n description two  spaces\n");
    row("shut/no ip addr/encap", "interface fa0/0.10 point\n encap dot1q 10\n no ip addr\n shut\n",
        "interface FastEthernet0/0.10 point-to-point\n encapsulation dot1Q 10\n no ip address\n shutdown\n");
    row("ip nat/access-group/crypto map", "int s0/0\n ip nat out\n ip access-g 101 in\n cry map vpn\n",
        "interface Serial0/0\n ip nat outside\n ip access-group 101 in\n crypto map vpn\n");
    row("hostname", "host r1\n", "hostname r1\n");
    row("isakmp policy", "cry isa pol 10\n enc 3des\n ha md5\n auth pre\n gr 2\n life 3600\n",
        "crypto isakmp policy 10\n encr 3des\n hash md5\n authentication pre-share\n group 2\n lifetime 3600\n");
    row("isakmp aes", "crypto isakmp policy 5\n encryption aes 256\n", "crypto isakmp policy 5\n encr aes 256\n");
    row("isakmp key 0", "cry isa key 0 abc add 1.2.3.4 255.255.255.255 no-x\n",
        "crypto isakmp key 0 abc address 1.2.3.4 255.255.255.255 no-xauth\n");
    row("isakmp identity", "crypto isakmp ident host\n", "crypto isakmp identity hostname\n");
    row("transform-set", "cry ips trans T esp-d esp-sha\n mode tun\n",
        "crypto ipsec transform-set T esp-des esp-sha-hmac\n mode tunnel\n");
    row("esp-aes", "crypto ipsec transform-set A esp-aes 256 esp-md5\n", "crypto ipsec transform-set A esp-aes 256 esp-md5-hmac\n");
    row("sa lifetime", "cry ips sec life sec 7200\n", "crypto ipsec security-association lifetime seconds 7200\n");
    row("crypto map", "cry map vpn 10 ipsec-isa\n set pe 1.2.3.4\n set sec life kil 5000\n set trans T\n set pfs\n mat add 101\n",
        "crypto map vpn 10 ipsec-isakmp\n set peer 1.2.3.4\n set security-association lifetime kilobytes 5000\n"
        " set transform-set T\n set pfs\n match address 101\n");
    row("crypto map default kind", "crypto map vpn 10\n", "crypto map vpn 10 ipsec-isakmp\n");
    row("crypto map dynamic", "crypto map vpn 30 ipsec-isakmp dyn DYN\n", "crypto map vpn 30 ipsec-isakmp dynamic DYN\n");
    row("crypto map options", "cry map vpn local e0/1\ncry map vpn cl conf add resp\ncry map vpn cl auth list u\n",
        "crypto map vpn local-address Ethernet0/1\ncrypto map vpn client configuration address respond\n"
        "crypto map vpn client authentication list u\n");
    row("dynamic-map", "cry dyn D 10\n set trans T\n", "crypto dynamic-map D 10\n set transform-set T\n");
    row("ip route", "ip route 0.0.0.0 0.0.0.0 e0/1\nip route 10.0.0.0 255.0.0.0 Serial 0/0 10.1.1.1 250 perm\n",
        "ip route 0.0.0.0 0.0.0.0 Ethernet0/1\nip route 10.0.0.0 255.0.0.0 Serial0/0 10.1.1.1 250 permanent\n");
    row("access-list", "access-l 101 per tc any host 1.1.1.1 eq ww\naccess-list 101 deny u any any ra 1 2 log\n",
        "access-list 101 permit tcp any host 1.1.1.1 eq www\naccess-list 101 deny   udp any any range 1 2 log\n");
    row("standard access-list", "access-list 10 permit host 1.1.1.1\naccess-list 10 per 10.0.0.0 0.0.0.255\n",
        "access-list 10 permit 1.1.1.1\naccess-list 10 permit 10.0.0.0 0.0.0.255\n");
    row("named access-list", "ip access-l ext VPN\n per ip any any\n rem x  y\n",
        "ip access-list extended VPN\n permit ip any any\n remark x  y\n");
    row("nat", "ip nat ins so li 1 int e0/1 over\n", "ip nat inside source list 1 interface Ethernet0/1 overload\n");
    row("route-map", "route-map nonat\n mat ip add 120 121\n", "route-map nonat permit 10\n match ip address 120 121\n");
    row("line", "line con 0\n pass x y\n login\nline vty 0 4\n login loc\n",
        "line con 0\n password x y\n login\nline vty 0 4\n login local\n");
    row("username", "user bob priv 1 pass 7 0822455D0A16\n", "username bob privilege 1 password 7 0822455D0A16\n");
    row("banner without type", "banner #hi#\n", "banner motd #hi#\n");
    row("sub-line indentation", "interface e0/0\n   shutdown\n", "interface Ethernet0/0\n shutdown\n");
}

void TstIos122Syntax::abbreviationsAreWrittenInFull()
{
    QFETCH(QString, input);
    QFETCH(QString, written);
    const auto parsed = parseIosConfig(input);
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(codes(parsed.diagnostics).join(u' ')));
    QCOMPARE(writeIosConfig(parsed.config).text, written);
    QCOMPARE(parseIosConfig(written).config, parsed.config);
}

void TstIos122Syntax::interfaceNames_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("full");
    QTest::newRow("e") << "e0/0" << "Ethernet0/0";
    QTest::newRow("eth") << "eth1" << "Ethernet1";
    QTest::newRow("fa") << "fa0/1" << "FastEthernet0/1";
    QTest::newRow("f") << "f0/1" << "FastEthernet0/1";
    QTest::newRow("s") << "s0/0" << "Serial0/0";
    QTest::newRow("se-sub") << "se0/0.100" << "Serial0/0.100";
    QTest::newRow("gi") << "gi0/1" << "GigabitEthernet0/1";
    QTest::newRow("hs") << "hs9/1/0" << "Hssi9/1/0";
    QTest::newRow("lo") << "lo0" << "Loopback0";
    QTest::newRow("tu") << "tu10" << "Tunnel10";
    QTest::newRow("po") << "po1" << "Port-channel1";
    QTest::newRow("pos") << "pos2/0" << "POS2/0";
    QTest::newRow("vl") << "vl10" << "Vlan10";
    QTest::newRow("di") << "di1" << "Dialer1";
    QTest::newRow("case") << "ETHERNET5/1" << "Ethernet5/1";
    QTest::newRow("serial-channel") << "Serial1/0:1" << "Serial1/0:1";
    QTest::newRow("spaced") << "FastEthernet 0/1" << "FastEthernet0/1";
}

void TstIos122Syntax::interfaceNames()
{
    QFETCH(QString, typed);
    QFETCH(QString, full);
    const auto parsed = parseIosConfig(QStringLiteral("interface ") + typed + QStringLiteral("\nend\n"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(codes(parsed.diagnostics).join(u' ')));
    QCOMPARE(parsed.config.interfaces().value(0)->name, full);
    QVERIFY(parsed.config.interfaceNamed(full));
}

void TstIos122Syntax::diagnosticsHaveTheRightLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char *name, const char *text, QStringList expected) {
        QTest::newRow(name) << QString::fromLatin1(text) << expected;
    };
    row("unknown command", "hostname a\nfrobnicate now\nend\n", {"ios.unknown-command@2"});
    row("ambiguous", "hostname a\nen\nend\n", {"ios.ambiguous-keyword@2"});
    row("ambiguous keyword inside", "interface e0/0\n ip a 1.1.1.1 255.0.0.0\nend\n", {"ios.ambiguous-keyword@2"});
    row("bad address", "!\ninterface e0/0\n ip address 10.0.0.300 255.0.0.0\nend\n", {"ios.bad-address@3"});
    row("bad mask", "interface e0/0\n ip address 10.0.0.1 255.0.255.0\nend\n", {"ios.bad-mask@2"});
    row("incomplete", "interface\nend\n", {"ios.incomplete-command@1"});
    row("incomplete key", "crypto isakmp key abc address\nend\n", {"ios.incomplete-command@1"});
    row("unknown subcommand", "interface e0/0\n frob\nend\n", {"ios.unknown-subcommand@2"});
    row("orphan", "hostname a\n shutdown\nend\n", {"ios.orphan-subcommand@2"});
    row("missing end", "hostname a\ninterface e0/0\n", {"ios.missing-end@2"});
    row("empty text", "", {"ios.missing-end@1"});
    row("text after end", "end\n\nhostname b\nhostname c\n", {"ios.text-after-end@3"});
    row("unterminated banner", "hostname a\nbanner motd ^C\nhello\n", {"ios.unterminated-banner@2", "ios.missing-end@3"});
    row("banner without text", "banner motd\nend\n", {"ios.incomplete-command@1"});
    row("text after banner", "banner motd #hi# there\nend\n", {"ios.extra-input@1"});
    row("bad number", "crypto isakmp policy 0\nend\n", {"ios.bad-number@1"});
    row("bad lifetime", "crypto isakmp policy 1\n lifetime 30\nend\n", {"ios.bad-number@2"});
    row("bad group", "crypto isakmp policy 1\n group 7\nend\n", {"ios.unexpected-keyword@2"});
    row("bad encryption", "crypto isakmp policy 1\n encr blowfish\nend\n", {"ios.unexpected-keyword@2"});
    row("extra input", "hostname a b\nend\n", {"ios.extra-input@1"});
    row("unmodelled option", "access-list 101 permit ip any any precedence 5\nend\n", {"ios.unmodelled-option@1"});
    row("bad interface name", "interface 0/0\nend\n", {"ios.bad-interface-name@1"});
    row("unknown interface type", "interface Foo0/0\nend\n", {"ios.unknown-interface-type@1"});
    row("bad transform set", "crypto ipsec transform-set T esp-des esp-3des\nend\n", {"ios.bad-transform-set@1"});
    row("bad transform", "crypto ipsec transform-set T esp-blowfish\nend\n", {"ios.unexpected-keyword@1"});
    row("bad pfs group", "crypto map m 10 ipsec-isakmp\n set pfs group7\nend\n", {"ios.extra-input@2"});
    row("peer by name", "crypto map m 10 ipsec-isakmp\n set peer hub.example.net\nend\n", {"ios.unmodelled-option@2"});
    row("bad port", "access-list 101 permit tcp any any eq 70000\nend\n", {"ios.bad-number@1"});
    row("bad port name", "access-list 101 permit udp any any eq www\nend\n", {"ios.unexpected-keyword@1"});
    row("bad wildcard", "access-list 101 permit ip 10.0.0.0 any\nend\n", {"ios.bad-address@1"});
    row("bad vlan", "interface fa0/0.5\n encapsulation dot1Q 5000\nend\n", {"ios.bad-number@2"});
    row("psk masked", "hostname a\ncrypto isakmp key ******** address 10.0.0.2\nend\n", {"ios.psk-masked@2"});
    row("line password masked", "line vty 0 4\n password ********\n login\nend\n", {"ios.password-masked@2"});
    row("user password masked", "username u password 0 ********\nend\n", {"ios.password-masked@1"});
    row("several", "hostname a\nxyzzy\ninterface e0/0\n ip address 1.2.3.4\n bogus\nend\n",
        {"ios.unknown-command@2", "ios.incomplete-command@4", "ios.unknown-subcommand@5"});
    row("unmodelled lines are quiet", "router ospf 1\n network 10.0.0.0 0.0.0.255 area 0\nip cef\nno ip domain-lookup\n"
                                      "interface e0/0\n no ip route-cache\n bandwidth 64\nend\n", {});
}

void TstIos122Syntax::diagnosticsHaveTheRightLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto parsed = parseIosConfig(text, QStringLiteral("r.cfg"));
    QCOMPARE(codes(parsed.diagnostics), expected);
    // Nothing is dropped: whatever was read is written back, line for line.
    QCOMPARE(parsed.sourceMap.lineCount(), int(text.count(u'\n')) + (text.endsWith(u'\n') || text.isEmpty() ? 0 : 1));
    for (const auto &d : parsed.diagnostics) {
        QCOMPARE(d.file, QStringLiteral("r.cfg"));
        QVERIFY2(diagnosticTemplate(d.code), qPrintable(d.code));
        QVERIFY2(!diagnosticMessage(d).contains(u'{'), qPrintable(diagnosticMessage(d)));
    }
}

void TstIos122Syntax::diagnosticLineFormat()
{
    const auto parsed = parseIosConfig(QStringLiteral("hostname a\ncrypto isakmp key ******** address 10.0.0.2\n"
                                                      "interface e0/0\n ip address 10.0.0.300 255.0.0.0\nend\n"),
                                       QStringLiteral("r1.cfg"));
    QCOMPARE(parsed.diagnostics.size(), 2);
    QCOMPARE(diagnosticLine(parsed.diagnostics.at(0)),
             QStringLiteral("r1.cfg:2: warning: the pre-shared key for peer 10.0.0.2 was imported masked (********) and is "
                            "unknown; supply it (--psk DEVICE:10.0.0.2=KEY) [ios.psk-masked]"));
    QCOMPARE(parsed.diagnostics.at(0).peer, QStringLiteral("10.0.0.2"));
    QCOMPARE(diagnosticLine(parsed.diagnostics.at(1)),
             QStringLiteral("r1.cfg:4: error: \"10.0.0.300\" is not an IPv4 address (interface address); the line is kept as "
                            "written [ios.bad-address]"));
    // the malformed line is kept in its block, verbatim
    const auto *i = parsed.config.interfaceNamed(QStringLiteral("Ethernet0/0"));
    QCOMPARE(i->commands.size(), 1);
    QCOMPARE(std::get<IosVerbatim>(i->commands.at(0)).text, QStringLiteral(" ip address 10.0.0.300 255.0.0.0"));
}

void TstIos122Syntax::crlfIsAccepted()
{
    const auto parsed = parseIosConfig(QStringLiteral("hostname a\r\ninterface e0/0\r\n shutdown\r\nend\r\n"));
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(writeIosConfig(parsed.config).text, QStringLiteral("hostname a\ninterface Ethernet0/0\n shutdown\nend\n"));
}

void TstIos122Syntax::typedValuesOfAbbreviatedInput()
{
    const auto config = parseIosConfig(QStringLiteral(
        "cry isa pol 10\n auth pre\n gr 2\ncry isa key sec add 10.0.0.2\ncry ips trans T esp-3des esp-md5\n mode trans\n"
        "cry map vpn 10 ipsec-isa\n set peer 10.0.0.2\n set trans T\n set pfs\n mat add 101\n"
        "access-list 101 permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255\n"
        "int e0/1\n cry map vpn\nend\n")).config;
    const auto policies = config.isakmpPolicies();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.at(0).authentication, IkeAuthentication::PreShare);
    QCOMPARE(policies.at(0).group, DhGroup::Group2);
    QCOMPARE(policies.at(0).encryption, IkeEncryption::Des);     // the IOS default
    QCOMPARE(policies.at(0).lifetimeSeconds, 86400);
    QCOMPARE(config.presharedKeys().value(0).key, std::optional<QString>(QStringLiteral("sec")));
    QCOMPARE(config.transformSets().value(0).effectiveMode(), IpsecMode::Transport);
    const auto maps = config.cryptoMaps();
    QCOMPARE(maps.size(), 1);
    QCOMPARE(maps.at(0).interfaces, QStringList{QStringLiteral("Ethernet0/1")});
    const auto settings = maps.at(0).entries.value(0).settings;
    QCOMPARE(settings.pfs.enabled, true);
    QCOMPARE(settings.pfs.effectiveGroup(), DhGroup::Group1);    // `set pfs` alone means group 1
    QCOMPARE(settings.matchAddress, QStringLiteral("101"));
    const auto acl = config.accessList(QStringLiteral("101"));
    QVERIFY(acl);
    // wildcards are stored as netmasks
    QCOMPARE(acl->entries.value(0).source.mask, Ipv4Address(255, 255, 255, 0));
    QVERIFY(acl->entries.value(0).matches(6, Ipv4Address(192, 168, 1, 9), 1000, Ipv4Address(10, 0, 0, 1), 80));
    QCOMPARE(config.ipsecLifetime().seconds, std::optional<int>(3600));
}

void TstIos122Syntax::everyIosCodeHasATemplate()
{
    for (const QString &code : diagnosticCodes()) {
        if (code.startsWith(QStringLiteral("ios.")))
            QVERIFY(!QString::fromUtf8(diagnosticTemplate(code)).isEmpty());
    }
    QVERIFY(diagnosticCodes().contains(QStringLiteral("ios.missing-end")));
}

void TstIos122Syntax::singleConfigureLines()
{
    const auto route = parseIosLine(QStringLiteral("ip route 10.0.0.0 255.0.0.0 e0/1"), QStringLiteral("s.txt"), 7);
    QVERIFY(route.diagnostics.isEmpty());
    QCOMPARE(std::get<IosIpRoute>(route.statement).interface, QStringLiteral("Ethernet0/1"));
    const auto no = parseIosLine(QStringLiteral("no crypto isakmp key abc address 1.2.3.4"));
    QVERIFY(no.diagnostics.isEmpty());
    QCOMPARE(std::get<IosVerbatim>(no.statement).text, QStringLiteral("no crypto isakmp key abc address 1.2.3.4"));
    const auto bad = parseIosLine(QStringLiteral("ip route 10.0.0.0 255.0.0.0"), QStringLiteral("s.txt"), 7);
    QCOMPARE(codes(bad.diagnostics), QStringList{QStringLiteral("ios.incomplete-command@7")});
    QCOMPARE(bad.diagnostics.first().file, QStringLiteral("s.txt"));
    QVERIFY(std::holds_alternative<IosVerbatim>(bad.statement));
    QVERIFY(std::holds_alternative<IosInterface>(parseIosLine(QStringLiteral("int s0/0")).statement));
}

QTEST_GUILESS_MAIN(TstIos122Syntax)
#include "tst_ios122_syntax.moc"
