#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QTest>

using namespace vtd;
using namespace vtd::gen::ios122;

// The lines an IOS 12.2 router needs to check VPN Client users with XAUTH (aaa new-model,
// method lists, usernames, RADIUS/TACACS+ hosts, Easy VPN server groups, address pools) are
// read without findings and written back byte for byte, as the simulator reads them from the
// configuration (sim/ike/ios_aaa.cpp, ios_ike_config.cpp).

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
                                     " dns 10.0.0.53\n"
                                     " domain example.com\n"
                                     " pool remote-VPN\n";
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

QTEST_GUILESS_MAIN(TstIos122Aaa)
#include "tst_ios122_aaa.moc"
