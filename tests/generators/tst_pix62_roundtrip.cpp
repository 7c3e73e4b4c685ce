// PIX 6.2 dialect: the seed configurations round-trip byte for byte, their typed views say
// what the configurations say, and a configuration built from the model alone is complete.
#include "generators/pix62/pix62_defaults.h"
#include "generators/pix62/pix62_order.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"
#include "model/diagnostic_catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace vtd;
using namespace vtd::gen::pix62;
using model::Ipv4Address;

namespace {

QString seedText(const QString &name)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/%1.cfg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read seed config %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

QStringList codes(const model::Diagnostics &diagnostics)
{
    QStringList list;
    for (const model::Diagnostic &d : diagnostics)
        list << QStringLiteral("%1:%2").arg(d.line).arg(d.code);
    return list;
}

} // namespace

class TstPix62RoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedIsByteExact_data();
    void seedIsByteExact();
    void seedDiagnosticsNameTheMaskedSecrets_data();
    void seedDiagnosticsNameTheMaskedSecrets();
    void seedIsFullyTyped_data();
    void seedIsFullyTyped();
    void snowViews();
    void rainViews();
    void checksumKeptWhileUnchanged();
    void checksumRecomputedAfterChange();
    void modelBuiltConfigIsCompleteAndParsesBack_data();
    void modelBuiltConfigIsCompleteAndParsesBack();
    void modelBuiltAdditionsGoToTheirCanonicalPlace();
    void windowsLineEndingsAreRead();
    void lineMapNamesElements_data();
    void lineMapNamesElements();
};

void TstPix62RoundTrip::seedIsByteExact_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("snow") << QStringLiteral("snow");
    QTest::newRow("rain") << QStringLiteral("rain");
}

void TstPix62RoundTrip::seedIsByteExact()
{
    QFETCH(QString, name);
    const QString text = seedText(name);
    const PixParseResult parsed = parsePixConfig(text, name + QStringLiteral(".cfg"));
    QCOMPARE(writePixConfig(parsed.config).text, text);
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Revealed, true}).text, text);
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Masked, false}).text, text);
    QVERIFY(!model::hasErrors(parsed.diagnostics));
}

void TstPix62RoundTrip::seedDiagnosticsNameTheMaskedSecrets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("snow") << QStringLiteral("snow")
                          << QStringList{QStringLiteral("96:pix.psk-masked"), QStringLiteral("105:pix.group-password-masked")};
    QTest::newRow("rain") << QStringLiteral("rain") << QStringList{QStringLiteral("81:pix.psk-masked")};
}

void TstPix62RoundTrip::seedDiagnosticsNameTheMaskedSecrets()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const PixParseResult parsed = parsePixConfig(seedText(name), name + QStringLiteral(".cfg"));
    QCOMPARE(codes(parsed.diagnostics), expected);
    const QString line = model::diagnosticLine(parsed.diagnostics.first());
    QVERIFY2(line.startsWith(name + QStringLiteral(".cfg:")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("--psk")), qPrintable(line));
}

void TstPix62RoundTrip::seedIsFullyTyped_data()
{
    seedIsByteExact_data();
}

void TstPix62RoundTrip::seedIsFullyTyped()
{
    QFETCH(QString, name);
    const PixParseResult parsed = parsePixConfig(seedText(name));
    for (qsizetype i = 0; i < parsed.config.statements.size(); ++i) {
        const auto *verbatim = std::get_if<model::VerbatimCmd>(&parsed.config.statements.at(i));
        QVERIFY2(!verbatim, qPrintable(QStringLiteral("line %1 kept verbatim: %2").arg(i + 1).arg(verbatim ? verbatim->text : QString())));
    }
    QCOMPARE(parsed.sourceLines.size(), parsed.config.statements.size());
}

void TstPix62RoundTrip::snowViews()
{
    const model::PixConfig c = parsePixConfig(seedText(QStringLiteral("snow"))).config;
    QCOMPARE(c.version(), QStringLiteral("6.2(2)"));
    QCOMPARE(c.hostname(), QStringLiteral("snow"));
    const auto interfaces = c.interfaces();
    QCOMPARE(interfaces.size(), 6);
    QCOMPARE(interfaces.at(2).name, QStringLiteral("intf2"));
    QCOMPARE(interfaces.at(2).security, 10);
    QCOMPARE(interfaces.at(2).address, Ipv4Address(193, 0, 0, 5));
    QVERIFY(!interfaces.at(3).address);  // 127.0.0.1 placeholder
    QVERIFY(interfaces.at(3).shutdown);
    const auto maps = c.cryptoMaps();
    QCOMPARE(maps.size(), 2);
    QCOMPARE(maps.at(0).name, QStringLiteral("vpn-intf2"));
    QCOMPARE(maps.at(0).interfaces, QStringList{QStringLiteral("intf2")});
    QCOMPARE(maps.at(0).entries.at(0).settings.peers, QList<Ipv4Address>{Ipv4Address(10, 48, 66, 156)});
    QCOMPARE(maps.at(1).entries.at(0).kind, model::CryptoMapEntry::Kind::Dynamic);
    QCOMPARE(maps.at(1).entries.at(0).dynamicMap, QStringLiteral("DYN"));
    QCOMPARE(c.dynamicMaps().at(0).entries.at(0).settings.transformSets, QStringList{QStringLiteral("remote-TRANS")});
    const auto sets = c.transformSets();
    QCOMPARE(sets.at(1).transforms, (QList{model::IpsecTransform::EspDes, model::IpsecTransform::EspMd5Hmac}));
    const auto policies = c.isakmpPolicies();
    QCOMPARE(policies.size(), 1);
    QCOMPARE(policies.at(0).authentication, model::IkeAuthentication::PreShare);
    QCOMPARE(policies.at(0).group, model::DhGroup::Group2);
    QCOMPARE(c.isakmpIdentity(), model::IsakmpIdentityCmd::Kind::Address);
    QCOMPARE(c.presharedKeys().at(0).key, std::optional<QString>());
    QCOMPARE(c.vpnGroups().at(0).addressPool, QStringLiteral("remote-VPN"));
    QCOMPARE(c.accessList(QStringLiteral("vpn-intf2"))->entries.size(), 2);
    QVERIFY(c.sysoptEnabled(QStringLiteral("connection permit-ipsec")));
    QVERIFY(!c.sysoptEnabled(QStringLiteral("route dnat")));
    QCOMPARE(c.ipsecLifetime().seconds, 28800);
}

void TstPix62RoundTrip::rainViews()
{
    const model::PixConfig c = parsePixConfig(seedText(QStringLiteral("rain"))).config;
    QCOMPARE(c.isakmpIdentity(), model::IsakmpIdentityCmd::Kind::Hostname);
    QCOMPARE(c.isakmpEnabledInterfaces(), QStringList{QStringLiteral("outside")});
    QCOMPARE(c.all<model::RouteCmd>().size(), 3);
    QCOMPARE(c.all<model::NatCmd>().at(0)->accessList, QStringLiteral("vpn-to-snow"));
    QCOMPARE(c.all<model::IcmpCmd>().size(), 1);
}

void TstPix62RoundTrip::checksumKeptWhileUnchanged()
{
    const PixParseResult parsed = parsePixConfig(seedText(QStringLiteral("rain")));
    QVERIFY(writePixConfig(parsed.config).text.contains(QStringLiteral("Cryptochecksum:a2181c3b31cfcf3be90c24f622c17eed\n")));
}

void TstPix62RoundTrip::checksumRecomputedAfterChange()
{
    model::PixConfig c = parsePixConfig(seedText(QStringLiteral("rain"))).config;
    c.all<model::HostnameCmd>().first()->name = QStringLiteral("drizzle");
    const QString text = writePixConfig(c).text;
    QVERIFY(!text.contains(QStringLiteral("a2181c3b31cfcf3be90c24f622c17eed")));
    QVERIFY(text.contains(QStringLiteral("Cryptochecksum:") + pixChecksum(c) + u'\n'));
    QCOMPARE(pixChecksum(c).size(), 32);
    // The rule: MD5 over the lines before the checksum line.
    const QString body = text.left(text.indexOf(QStringLiteral("Cryptochecksum:")));
    QCOMPARE(pixChecksum(c), QString::fromLatin1(QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Md5).toHex()));
    // Written again, the new text is stable.
    const PixParseResult reparsed = parsePixConfig(text);
    QCOMPARE(writePixConfig(reparsed.config).text, text);
}

void TstPix62RoundTrip::modelBuiltConfigIsCompleteAndParsesBack_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("ports");
    QTest::newRow("6.2 PIX 525") << QStringLiteral("6.2(2)") << 6;
    QTest::newRow("6.2 PIX 506E") << QStringLiteral("6.2(2)") << 2;
    QTest::newRow("6.3") << QStringLiteral("6.3(3)") << 3;
}

void TstPix62RoundTrip::modelBuiltConfigIsCompleteAndParsesBack()
{
    QFETCH(QString, version);
    QFETCH(int, ports);
    QStringList hardware;
    for (int i = 0; i < ports; ++i)
        hardware << QStringLiteral("ethernet%1").arg(i);
    const model::PixConfig built = defaultPixConfig(hardware, version, QStringLiteral("hail"));
    const QString text = writePixConfig(built).text;
    const PixParseResult parsed = parsePixConfig(text, QStringLiteral("hail.cfg"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(codes(parsed.diagnostics).join(u',')));
    QCOMPARE(parsed.config, built);
    QCOMPARE(writePixConfig(parsed.config).text, text);
    QVERIFY(text.startsWith(QStringLiteral("PIX Version ") + version + u'\n'));
    QVERIFY(text.endsWith(QStringLiteral("\n: end\n")));
    for (const char *expected : {"fixup protocol ftp 21\n", "timeout uauth 0:05:00 absolute\n", "no failover\n",
                                 "ip audit attack action alarm\n", "pdm history enable\n", "arp timeout 14400\n",
                                 "aaa-server RADIUS protocol radius\n", "snmp-server community public\n",
                                 "floodguard enable\n", "no sysopt route dnat\n", "ssh timeout 5\n",
                                 "terminal width 80\n"})
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    QCOMPARE(text.count(QStringLiteral("\nip address ")), ports);
    QCOMPARE(text.count(QStringLiteral("failover ip address ")), ports);
    const qsizetype nameif = text.indexOf(QStringLiteral("nameif ethernet0"));
    const qsizetype interface = text.indexOf(QStringLiteral("interface ethernet0"));
    QCOMPARE(nameif < interface, version.startsWith(QStringLiteral("6.2")));
}

void TstPix62RoundTrip::modelBuiltAdditionsGoToTheirCanonicalPlace()
{
    // Statements moved out of place come back to where the device prints them.
    const QString snow = seedText(QStringLiteral("snow"));
    const model::PixConfig seed = parsePixConfig(snow).config;
    model::PixConfig moved;
    QList<model::PixCommand> tail;
    for (const model::PixCommand &s : seed.statements) {
        const bool move = std::holds_alternative<model::HostnameCmd>(s) || std::holds_alternative<model::PagerCmd>(s)
            || std::holds_alternative<model::IsakmpPolicyCmd>(s) || std::holds_alternative<model::FixupCmd>(s)
            || std::holds_alternative<model::MtuCmd>(s) || std::holds_alternative<model::SysoptCmd>(s)
            || std::holds_alternative<model::TimeoutCmd>(s) || std::holds_alternative<model::NameifCmd>(s);
        (move ? tail : moved.statements) << s;
    }
    moved.statements = tail + moved.statements;
    QCOMPARE(writePixConfig(moved, {SecretMode::Masked, false}).text.size(), snow.size());
    // Not the imported statements any more (reordered), so the checksum is this program's.
    QCOMPARE(writePixConfig(moved).text, QString(snow).replace(QStringLiteral("c5ad37a1288a0be866edc1dc1c09fcc9"), pixChecksum(moved)));

    // New typed statements are inserted where the device would print them.
    model::PixConfig c = seed;
    const auto at = [&c](qsizetype i) { return writePixConfig(c, {SecretMode::Masked, false}).text.section(u'\n', int(i), int(i)); };
    model::RouteCmd route{QStringLiteral("inside"), Ipv4Address(20, 0, 0, 0), Ipv4Address(255, 0, 0, 0), Ipv4Address(10, 0, 0, 254), 1};
    QCOMPARE(at(insertCanonical(c, route)), QStringLiteral("route inside 20.0.0.0 255.0.0.0 10.0.0.254 1"));
    QCOMPARE(at(insertCanonical(c, route) - 1), QStringLiteral("route inside 20.0.0.0 255.0.0.0 10.0.0.254 1"));
    const qsizetype peer = insertCanonical(c, model::CryptoMapEntryCmd{QStringLiteral("vpn-intf2"), 20, model::MapSetPeer{Ipv4Address(1, 2, 3, 4)}});
    QCOMPARE(at(peer + 1), QStringLiteral("crypto map vpn-intf2 interface intf2"));
    const qsizetype pfs = insertCanonical(c, model::CryptoMapEntryCmd{QStringLiteral("vpn-intf2"), 10, model::MapSetPfs{model::DhGroup::Group2}});
    QCOMPARE(at(pfs - 1), QStringLiteral("crypto map vpn-intf2 10 match address vpn-intf2"));
    const qsizetype acl = insertCanonical(c, model::AccessListCmd{QStringLiteral("new"), std::nullopt, {}});
    QCOMPARE(at(acl), QStringLiteral("access-list new permit ip any any"));
    QCOMPARE(at(acl + 1), QStringLiteral("no pager"));
    QCOMPARE(writePixConfig(c).text, writePixConfig(c, {SecretMode::Masked, false}).text);
}

void TstPix62RoundTrip::windowsLineEndingsAreRead()
{
    QString text = seedText(QStringLiteral("rain"));
    text.replace(u'\n', QStringLiteral("\r\n"));
    const PixParseResult parsed = parsePixConfig(text);
    QCOMPARE(writePixConfig(parsed.config).text, seedText(QStringLiteral("rain")));
}

void TstPix62RoundTrip::lineMapNamesElements_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::newRow("version") << "PIX Version" << 1;
    QTest::newRow("acl entry 1") << "access-list vpn-intf2" << 23;
    QTest::newRow("acl entry 2") << "access-list vpn-intf2 #2" << 24;
    QTest::newRow("mtu") << "mtu intf2" << 39;
    QTest::newRow("set peer") << "crypto map vpn-intf2 10 set peer" << 89;
    QTest::newRow("policy") << "isakmp policy 10 encryption" << 99;
    QTest::newRow("group password") << "vpngroup VPNclient password" << 105;
    QTest::newRow("absent") << "crypto map vpn-intf2 20 set peer" << 0;
}

void TstPix62RoundTrip::lineMapNamesElements()
{
    QFETCH(QString, key);
    QFETCH(int, line);
    const PixParseResult parsed = parsePixConfig(seedText(QStringLiteral("snow")));
    const PixWriteResult written = writePixConfig(parsed.config);
    QCOMPARE(written.lineMap.lineOfKey(key), line);
    QCOMPARE(written.lineMap.entries.size(), parsed.config.statements.size());
    if (line > 0) {
        const qsizetype statement = written.lineMap.statementAtLine(line);
        QCOMPARE(written.lineMap.lineOfStatement(statement), line);
        QCOMPARE(parsed.sourceLines.at(statement), line);
    }
}

QTEST_GUILESS_MAIN(TstPix62RoundTrip)
#include "tst_pix62_roundtrip.moc"
