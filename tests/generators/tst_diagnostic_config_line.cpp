// A simulation finding points at the configuration line it is about (the Problems view jumps
// there): the seed's snow and rain, finding by finding.

#include "generators/diagnostic_config_line.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd;

class TestDiagnosticConfigLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineOfFinding_data();
    void lineOfFinding();

private:
    model::Project m_example;
};

void TestDiagnosticConfigLine::initTestCase()
{
    auto read = model::readProject(resources::builtinExampleProjectFile(), resources::builtinExampleName());
    QVERIFY(read.project);
    m_example = *read.project;
    // carrion as an XAUTH server for VPN Clients (not in the seed): the IOS findings' lines.
    const model::Node *found = m_example.nodeByName(QStringLiteral("carrion"));
    QVERIFY(found);
    model::Node *carrion = m_example.node(found->id);
    carrion->configText += QStringLiteral("aaa new-model\n"
                                          "aaa authentication login vpnusers local group radius\n"
                                          "username alice password 0 alicepass\n"
                                          "crypto map vpnmap client authentication list vpnusers\n"
                                          "radius-server host 10.1.1.5 key radkey\n");
}

void TestDiagnosticConfigLine::lineOfFinding_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("line"); // the text of the line expected; empty = none

    QTest::newRow("key mismatch: the peer's key") << "snow" << "ike.psk-mismatch" << "10.48.66.156"
                                                  << "isakmp key snowrain123 address 10.48.66.156 netmask 255.255.255.255";
    QTest::newRow("no proposal: the policies") << "snow" << "ike.no-proposal-chosen" << "10.48.66.156"
                                               << "isakmp policy 10 authentication pre-share";
    QTest::newRow("transform sets") << "rain" << "ike.no-transform-match" << "193.0.0.5"
                                    << "crypto map vpn-outside 10 set transform-set TRANS";
    QTest::newRow("proxies: match address") << "rain" << "ike.proxy-mismatch" << "193.0.0.5"
                                            << "crypto map vpn-outside 10 match address vpn-to-snow";
    QTest::newRow("silent peer: set peer") << "rain" << "ike.peer-not-responding" << "193.0.0.5"
                                           << "crypto map vpn-outside 10 set peer 193.0.0.5";
    QTest::newRow("misrouted: the default route") << "snow" << "ike.misrouted" << "10.48.66.156"
                                                  << "route outside 0.0.0.0 0.0.0.0 193.0.0.2 1";
    QTest::newRow("pool") << "snow" << "ike.no-address-pool" << "12.0.0.1" << "vpngroup VPNclient address-pool remote-VPN";
    QTest::newRow("IOS XAUTH without aaa new-model") << "carrion" << "ike.xauth-no-aaa-new-model" << "12.0.0.1"
                                                     << "crypto map vpnmap client authentication list vpnusers";
    QTest::newRow("IOS XAUTH list undefined") << "carrion" << "ike.xauth-no-method-list" << "12.0.0.1"
                                              << "crypto map vpnmap client authentication list vpnusers";
    QTest::newRow("IOS XAUTH refused: the method list") << "carrion" << "ike.xauth-ios-refused" << "12.0.0.1"
                                                        << "aaa authentication login vpnusers local group radius";
    QTest::newRow("IOS XAUTH no answer: the server") << "carrion" << "ike.xauth-ios-no-answer" << "12.0.0.1"
                                                     << "radius-server host 10.1.1.5 key radkey";
    QTest::newRow("missing isakmp enable: no line") << "snow" << "ike.not-enabled" << "10.48.66.156" << "";
    QTest::newRow("host: no configuration") << "vpnclient" << "ike.psk-mismatch" << "193.0.0.1" << "";
    QTest::newRow("unknown node") << "nosuch" << "ike.psk-mismatch" << "1.2.3.4" << "";
}

void TestDiagnosticConfigLine::lineOfFinding()
{
    QFETCH(QString, node);
    QFETCH(QString, code);
    QFETCH(QString, peer);
    QFETCH(QString, line);
    model::Diagnostic finding;
    finding.node = node;
    finding.code = code;
    finding.peer = peer;
    const int found = gen::configLineOf(m_example, finding);
    if (line.isEmpty()) {
        QCOMPARE(found, 0);
        return;
    }
    QVERIFY(found > 0);
    const model::Node *device = m_example.nodeByName(node);
    QCOMPARE(device->configText.split(u'\n').at(found - 1), line);
}

QTEST_GUILESS_MAIN(TestDiagnosticConfigLine)
#include "tst_diagnostic_config_line.moc"
