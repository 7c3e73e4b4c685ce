#include "generators/ios122/ios122_builder.h"
#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_secrets.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QTest>

using namespace vtd;
using namespace vtd::gen::ios122;

// The lines an IOS 12.2 router needs to check VPN Client users with XAUTH (aaa new-model,
// method lists, usernames, RADIUS/TACACS+ hosts, Easy VPN server groups, address pools) are
// read without findings and written back byte for byte. aaa new-model, the login/network method
// lists, the server host lines and the client configuration group blocks are typed (server and
// group keys are secrets: masked for display, unknown when imported masked, restored when
// applied back); `ip local pool` stays verbatim, which the simulator reads as such
// (sim/ike/ios_ike_config.cpp).

namespace {

QString lines(const model::Diagnostics &diagnostics)
{
    QStringList out;
    for (const auto &d : diagnostics)
        out << model::diagnosticLine(d);
    return out.join(u'\n');
}

} // namespace

class TstIos122Aaa : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void usernamesAreTyped();
    void typedFields();
    void wrongLines_data();
    void wrongLines();
    void serverKeysAreSecrets();
    void clientGroupIsTyped();
    void groupKeysAreSecrets();
    void builderOrder();
};

void TstIos122Aaa::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("new-model") << "aaa new-model\n";
    QTest::newRow("login local") << "aaa authentication login userauth local\n";
    QTest::newRow("login radius then local") << "aaa authentication login userauth group radius local\n";
    QTest::newRow("login tacacs+") << "aaa authentication login vpn group tacacs+\n";
    QTest::newRow("login default") << "aaa authentication login default local\n";
    QTest::newRow("authorization network") << "aaa authorization network groupauthor local\n";
    QTest::newRow("radius host") << "radius-server host 10.0.0.2 key radiuskey\n";
    QTest::newRow("radius host ports") << "radius-server host 10.0.0.2 auth-port 1645 acct-port 1646 key k\n";
    QTest::newRow("tacacs host") << "tacacs-server host 10.0.0.3 key tackey\n";
    QTest::newRow("client group") << "crypto isakmp client configuration group VPNclient\n"
                                     " key vpnclient123\n"
                                     " dns 10.0.0.53 10.0.0.54\n"
                                     " wins 10.0.0.55\n"
                                     " domain example.com\n"
                                     " pool remote-VPN\n"
                                     " acl 150\n";
    QTest::newRow("local pool") << "ip local pool remote-VPN 10.1.2.1 10.1.2.254\n";
    QTest::newRow("map options") << "crypto map vpn client authentication list userauth\n"
                                    "crypto map vpn isakmp authorization list groupauthor\n"
                                    "crypto map vpn client configuration address respond\n";
}

void TstIos122Aaa::roundTrip()
{
    QFETCH(QString, text);
    const QString config = QStringLiteral("version 12.2\nhostname gw\n!\n") + text + QStringLiteral("!\nend\n");
    const auto parsed = parseIosConfig(config, QStringLiteral("gw.cfg"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    QCOMPARE(writeIosConfig(parsed.config).text, config);
}

void TstIos122Aaa::usernamesAreTyped()
{
    const auto parsed = parseIosConfig(QStringLiteral("username alice password 0 wonderland\n"
                                                      "username bob secret 5 $1$abcd$0123456789abcdefghij\n"
                                                      "end\n"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    const auto users = parsed.config.all<model::IosUsername>();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0]->name, QStringLiteral("alice"));
    QCOMPARE(users[0]->value, QStringLiteral("wonderland"));
    QVERIFY(users[0]->isCleartext());
    QVERIFY(users[1]->secretKeyword);
    QVERIFY(!users[1]->isCleartext());
}

void TstIos122Aaa::typedFields()
{
    const auto parsed = parseIosConfig(QStringLiteral("aaa new-model\n"
                                                      "aaa authentication login userauth group radius local\n"
                                                      "aaa authorization network groupauthor local\n"
                                                      "aaa session-id common\n"
                                                      "radius-server host 10.0.0.2 auth-port 1645 acct-port 1646 key 7 0822455D0A16\n"
                                                      "radius-server retransmit 3\n"
                                                      "tacacs-server host 10.0.0.3 key tac key\n"
                                                      "end\n"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    const auto &config = parsed.config;
    QCOMPARE(config.all<model::IosAaaNewModel>().size(), 1);
    const auto lists = config.all<model::IosAaaMethodList>();
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists[0]->service, model::IosAaaMethodList::Service::AuthenticationLogin);
    QCOMPARE(lists[0]->list, QStringLiteral("userauth"));
    QCOMPARE(lists[0]->methods, (QStringList{QStringLiteral("group radius"), QStringLiteral("local")}));
    QCOMPARE(lists[1]->service, model::IosAaaMethodList::Service::AuthorizationNetwork);
    QCOMPARE(lists[1]->methods, QStringList{QStringLiteral("local")});
    const auto hosts = config.all<model::IosAaaServerHost>();
    QCOMPARE(hosts.size(), 2);
    QCOMPARE(hosts[0]->protocol, model::IosAaaServerHost::Protocol::Radius);
    QCOMPARE(hosts[0]->address.toString(), QStringLiteral("10.0.0.2"));
    QCOMPARE(hosts[0]->authPort, 1645);
    QCOMPARE(hosts[0]->acctPort, 1646);
    QCOMPARE(hosts[0]->keyEncryption, 7);
    QCOMPARE(hosts[0]->key, QStringLiteral("0822455D0A16"));
    QCOMPARE(hosts[1]->protocol, model::IosAaaServerHost::Protocol::Tacacs);
    QCOMPARE(hosts[1]->key, QStringLiteral("tac key"));   // the rest of the line, as IOS takes it
    // accounting, session-id and the global radius-server settings stay verbatim
    QCOMPARE(config.all<model::IosVerbatim>().size(), 2);
}

void TstIos122Aaa::wrongLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    QTest::newRow("list without method") << "aaa authentication login userauth" << "ios.incomplete-command";
    QTest::newRow("host without address") << "radius-server host" << "ios.incomplete-command";
    QTest::newRow("host bad address") << "tacacs-server host 10.0.0.300 key k" << "ios.bad-address";
    QTest::newRow("key without value") << "radius-server host 10.0.0.2 key" << "ios.incomplete-command";
}

void TstIos122Aaa::wrongLines()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    const auto parsed = parseIosConfig(line + QStringLiteral("\nend\n"));
    QCOMPARE(parsed.diagnostics.size(), 1);
    QCOMPARE(parsed.diagnostics.front().code, code);
    // the line is kept as written
    QCOMPARE(writeIosConfig(parsed.config).text, line + QStringLiteral("\nend\n"));
}

void TstIos122Aaa::serverKeysAreSecrets()
{
    const QString text = QStringLiteral("radius-server host 10.0.0.2 key radiuskey\nend\n");
    const auto parsed = parseIosConfig(text);
    QCOMPARE(writeIosConfig(parsed.config, IosWriteOptions{true}).text,
             QStringLiteral("radius-server host 10.0.0.2 key ********\nend\n"));
    QVERIFY(unknownIosSecrets(parsed.config).isEmpty());

    // Imported masked: unknown, reported, and restored from the stored configuration.
    auto masked = parseIosConfig(QStringLiteral("radius-server host 10.0.0.2 key ********\nend\n"));
    QCOMPARE(masked.diagnostics.size(), 1);
    QCOMPARE(masked.diagnostics.front().code, QStringLiteral("ios.password-masked"));
    QCOMPARE(unknownIosSecrets(masked.config),
             (QList<IosUnknownSecret>{{IosUnknownSecret::Kind::AaaServerKey, QStringLiteral("radius-server host 10.0.0.2")}}));
    QCOMPARE(restoreIosSecrets(masked.config, parsed.config), 1);
    QCOMPARE(writeIosConfig(masked.config).text, text);
}

void TstIos122Aaa::clientGroupIsTyped()
{
    const auto parsed = parseIosConfig(QStringLiteral("crypto isakmp client configuration group VPNclient\n"
                                                      " key vpnclient123\n"
                                                      " dns 10.0.0.53 10.0.0.54\n"
                                                      " domain example.com\n"
                                                      " pool remote-VPN\n"
                                                      " acl 150\n"
                                                      "crypto isakmp client configuration address-pool local remote-VPN\n"
                                                      "end\n"));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(lines(parsed.diagnostics)));
    const auto groups = parsed.config.all<model::IosClientGroup>();
    QCOMPARE(groups.size(), 1);
    const model::IosClientGroup &group = *groups.front();
    using Kind = model::IosClientGroupSetting::Kind;
    QCOMPARE(group.name, QStringLiteral("VPNclient"));
    QVERIFY(group.key());
    QCOMPARE(group.key()->value, QStringLiteral("vpnclient123"));
    QCOMPARE(group.setting(Kind::Dns), (QStringList{QStringLiteral("10.0.0.53"), QStringLiteral("10.0.0.54")}));
    QCOMPARE(group.setting(Kind::Domain), QStringList{QStringLiteral("example.com")});
    QCOMPARE(group.setting(Kind::Pool), QStringList{QStringLiteral("remote-VPN")});
    QVERIFY(group.setting(Kind::Wins).isEmpty());
    QCOMPARE(group.commands.size(), 5);
    QVERIFY(std::holds_alternative<model::IosVerbatim>(group.commands.last()));   // acl: not modelled
    // the global address-pool line stays verbatim
    QCOMPARE(parsed.config.all<model::IosVerbatim>().size(), 1);
}

void TstIos122Aaa::groupKeysAreSecrets()
{
    const QString text = QStringLiteral("crypto isakmp client configuration group VPNclient\n"
                                        " key vpnclient123\n"
                                        " pool remote-VPN\n"
                                        "end\n");
    const auto parsed = parseIosConfig(text);
    QVERIFY(writeIosConfig(parsed.config, IosWriteOptions{true}).text.contains(QStringLiteral("\n key ********\n")));
    QString maskedText = text;
    maskedText.replace(QStringLiteral("vpnclient123"), QStringLiteral("********"));
    auto masked = parseIosConfig(maskedText);
    QCOMPARE(masked.diagnostics.size(), 1);
    QCOMPARE(masked.diagnostics.front().code, QStringLiteral("ios.password-masked"));
    QCOMPARE(unknownIosSecrets(masked.config),
             (QList<IosUnknownSecret>{{IosUnknownSecret::Kind::ClientGroupKey, QStringLiteral("VPNclient")}}));
    QCOMPARE(restoreIosSecretsInText(maskedText, text), text);
    QCOMPARE(restoreIosSecrets(masked.config, parsed.config), 1);
    QCOMPARE(writeIosConfig(masked.config).text, text);
}

void TstIos122Aaa::builderOrder()
{
    // Users, then AAA after them; server lines after the access lists, before the lines.
    const auto parsed = parseIosConfig(QStringLiteral("radius-server host 10.0.0.2 key k\n"
                                                      "aaa authorization network groupauthor local\n"
                                                      "aaa authentication login userauth local\n"
                                                      "username alice password 0 wonderland\n"
                                                      "aaa new-model\n"
                                                      "access-list 110 permit ip any any\n"
                                                      "crypto isakmp client configuration group VPNclient\n"
                                                      " key vpnclient123\n"
                                                      "crypto isakmp key cisco123 address 200.1.1.2\n"
                                                      "end\n"));
    const QString built = writeIosConfig(completeIosConfig(parsed.config)).text;
    const QStringList order{QStringLiteral("username alice"), QStringLiteral("aaa new-model"),
                            QStringLiteral("aaa authentication login userauth local"),
                            QStringLiteral("aaa authorization network groupauthor local"),
                            QStringLiteral("crypto isakmp key cisco123"),
                            QStringLiteral("crypto isakmp client configuration group VPNclient\n key vpnclient123\n"),
                            QStringLiteral("access-list 110"), QStringLiteral("radius-server host 10.0.0.2 key k"),
                            QStringLiteral("line con 0")};
    qsizetype from = 0;
    for (const QString &line : order) {
        const qsizetype at = built.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(line + QStringLiteral(" in\n") + built));
        from = at;
    }
}

QTEST_GUILESS_MAIN(TstIos122Aaa)
#include "tst_ios122_aaa.moc"
