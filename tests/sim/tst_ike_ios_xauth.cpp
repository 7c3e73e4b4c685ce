#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"
#include "sim/ike/vpn_client_daemon.h"
#include "sim/scenario/vpn_control.h"

#include "model/project.h"

#include "project_builder.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;
using vtd::model::NodeKind;

// XAUTH on an IOS 12.2 router (Easy VPN server): a VPN Client dials the router `gw`, whose
// dynamic crypto map `vpn` has `client authentication list LIST`. The method list decides where
// the user is checked: `local` = the router's `username` lines, `group radius|tacacs+` = the AAA
// host at the `radius-server host` / `tacacs-server host` address (aaa-host, which carries
// accounts), `none` = anyone. Without `aaa new-model`
// or without the list, every user is refused. The group key, pool and the address the client
// gets come from `crypto isakmp client configuration group` and `ip local pool`.
//
//   vpnclient 200.1.1.10 ---- (200.1.1.1 Ethernet0/0 | Ethernet0/1 10.2.2.1) gw ---- 10.2.2.0/24
//                                                                   lan-host 10.2.2.2, aaa-host 10.2.2.5

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

/** What the router's configuration says about AAA. */
struct Setup
{
    bool newModel = true;
    QString methods = QStringLiteral("local");              ///< of `aaa authentication login userauth`
    QString mapList = QStringLiteral("userauth");           ///< the crypto map's list
    QString radiusHost = QStringLiteral("10.2.2.5");
};

QString aaaLines(const Setup &setup)
{
    QString text;
    if (setup.newModel)
        text += QStringLiteral("aaa new-model\n"
                               "aaa authentication login userauth %1\n"
                               "aaa authorization network groupauthor local\n")
                    .arg(setup.methods);
    return text + QStringLiteral("username alice password 0 wonderland\n");
}

QString routerConfig(const Setup &setup)
{
    return QStringLiteral("version 12.2\nhostname gw\n!\n") + aaaLines(setup)
           + QStringLiteral("!\n"
                            "crypto isakmp policy 10\n"
                            " hash md5\n"
                            " authentication pre-share\n"
                            " group 2\n"
                            "!\n"
                            "crypto isakmp client configuration group VPNclient\n"
                            " key vpnclient123\n"
                            " pool remote-VPN\n"
                            "!\n"
                            "crypto ipsec transform-set remote-TRANS esp-des esp-md5-hmac\n"
                            "!\n"
                            "crypto dynamic-map DYN 10\n"
                            " set transform-set remote-TRANS\n"
                            "!\n"
                            "crypto map vpn client authentication list %1\n"
                            "crypto map vpn isakmp authorization list groupauthor\n"
                            "crypto map vpn client configuration address respond\n"
                            "crypto map vpn 10 ipsec-isakmp dynamic DYN\n"
                            "!\n"
                            "interface Ethernet0/0\n"
                            " ip address 200.1.1.1 255.255.255.0\n"
                            " crypto map vpn\n"
                            "!\n"
                            "interface Ethernet0/1\n"
                            " ip address 10.2.2.1 255.255.255.0\n"
                            "!\n"
                            "ip local pool remote-VPN 10.8.8.1 10.8.8.20\n"
                            "ip classless\n"
                            "ip route 10.8.8.0 255.255.255.0 Ethernet0/0\n"
                            "radius-server host %2 key radiuskey\n"
                            "tacacs-server host 10.2.2.5 key tackey\n"
                            "end\n")
                 .arg(setup.mapList, setup.radiusHost);
}

const char *const ClientProfile = "[main]\n"
                                  "Description=gw (IOS Easy VPN server), group VPNclient\n"
                                  "Host=200.1.1.1\n"
                                  "AuthType=1\n"
                                  "GroupName=VPNclient\n"
                                  "GroupPwd=vpnclient123\n"
                                  "enc_GroupPwd=\n"
                                  "Username=\n"
                                  "SaveUserPassword=0\n"
                                  "UserPassword=\n"
                                  "enc_UserPassword=\n"
                                  "EnableNat=0\n"
                                  "PeerTimeout=90\n";

using Builder = vtd::test::ProjectBuilder;

vtd::model::Project project(const Setup &setup)
{
    Builder b;
    const auto gw = b.node(NodeKind::IosRouter, QStringLiteral("gw"), QStringLiteral("IOS-ROUTER"));
    b.project.node(gw)->configText = routerConfig(setup);
    const auto client = b.host(NodeKind::VpnClient, QStringLiteral("vpnclient"), "200.1.1.10", "200.1.1.1");
    b.project.node(client)->profileText = QString::fromLatin1(ClientProfile);
    const auto lan = b.node(NodeKind::LanSegment, QStringLiteral("10.2.2.0/24"), QStringLiteral("LAN-SEGMENT"));
    const auto lanHost = b.host(NodeKind::Host, QStringLiteral("lan-host"), "10.2.2.2", "10.2.2.1");
    const auto aaaHost = b.host(NodeKind::Host, QStringLiteral("aaa-host"), "10.2.2.5", "10.2.2.1");
    b.project.node(aaaHost)->host.aaaUsers = {{QStringLiteral("bob"), QStringLiteral("builder")}};
    b.link(gw, QStringLiteral("Ethernet0/0"), client, QStringLiteral("eth0"));
    b.link(gw, QStringLiteral("Ethernet0/1"), lan);
    b.link(lanHost, QStringLiteral("eth0"), lan);
    b.link(aaaHost, QStringLiteral("eth0"), lan);
    return b.project;
}

struct Run
{
    explicit Run(const Setup &setup) : sim(7), network(sim)
    {
        sim.addTraceSink(&recorder);
        network.build(project(setup));
        auto *daemon = ike::IkeDaemon::of(*network.node(QStringLiteral("gw")));
        daemon->debug().setOn(ike::IkeDebug::Category::Isakmp, true);
    }
    QStringList console(const char *node) const
    {
        QStringList lines;
        for (const ConsoleTrace &line : recorder.ofType<ConsoleTrace>()) {
            if (line.node == QLatin1String(node))
                lines << line.text;
        }
        return lines;
    }
    QList<vtd::model::Diagnostic> diagnostics(const QString &prefix) const
    {
        QList<vtd::model::Diagnostic> found;
        for (const DiagnosticTrace &trace : recorder.ofType<DiagnosticTrace>()) {
            if (trace.diagnostic.code.startsWith(prefix))
                found << trace.diagnostic;
        }
        return found;
    }
    VpnControl *control(const char *node) const
    {
        return network.node(QString::fromLatin1(node))->extension<VpnControl>();
    }
    VpnControl::ConnectOutcome connect(const QString &user, const QString &password)
    {
        VpnControl::ConnectOutcome outcome{false, QStringLiteral("<no answer>")};
        control("vpnclient")->connect(user, password, [&](const VpnControl::ConnectOutcome &o) { outcome = o; });
        sim.runUntil(sim.now() + SimTime::fromSeconds(40));
        return outcome;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
};

} // namespace

class TstIkeIosXauth : public QObject
{
    Q_OBJECT
private slots:
    void connect_data();
    void connect();
    void debugInIosWording();
    void acceptedUserCarriesTraffic();
    void configureAddsTheMethodList();
};

void TstIkeIosXauth::connect_data()
{
    QTest::addColumn<bool>("newModel");
    QTest::addColumn<QString>("methods");
    QTest::addColumn<QString>("mapList");
    QTest::addColumn<QString>("radiusHost");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("diagnostic");  // the XAUTH code gw reports; empty: none
    QTest::addColumn<QString>("detail");      // a parameter value it carries

    const QString local = QStringLiteral("local");
    const QString radius = QStringLiteral("group radius");
    const QString list = QStringLiteral("userauth");
    const QString host = QStringLiteral("10.2.2.5");
    QTest::newRow("local") << true << local << list << host << "alice" << "wonderland" << true << QString() << QString();
    QTest::newRow("local, wrong password") << true << local << list << host << "alice" << "looking-glass" << false
                                           << "ike.xauth-ios-refused" << "wrong password";
    QTest::newRow("local, no such username") << true << local << list << host << "bob" << "builder" << false
                                             << "ike.xauth-ios-refused" << "the router has no `username bob` line";
    QTest::newRow("radius") << true << radius << list << host << "bob" << "builder" << true << QString() << QString();
    QTest::newRow("radius, wrong password") << true << radius << list << host << "bob" << "b0b" << false
                                            << "ike.xauth-ios-refused" << "group radius";
    QTest::newRow("radius rejects, no fallback") << true << "group radius local" << list << host << "alice"
                                                 << "wonderland" << false << "ike.xauth-ios-refused"
                                                 << "the radius server 10.2.2.5 has no such user";
    QTest::newRow("radius silent, local fallback") << true << "group radius local" << list << "10.2.2.99" << "alice"
                                                   << "wonderland" << true << QString() << QString();
    QTest::newRow("radius silent") << true << radius << list << "10.2.2.99" << "bob" << "builder" << false
                                   << "ike.xauth-ios-no-answer"
                                   << "group radius: no host at 10.2.2.99 runs an AAA service";
    QTest::newRow("radius not routed") << true << radius << list << "172.16.0.1" << "bob" << "builder" << false
                                       << "ike.xauth-ios-no-answer" << "group radius: no route to 172.16.0.1";
    QTest::newRow("tacacs+") << true << "group tacacs+" << list << host << "bob" << "builder" << true << QString()
                             << QString();
    QTest::newRow("unsimulated method") << true << "enable" << list << host << "alice" << "wonderland" << false
                                        << "ike.xauth-ios-no-answer" << "enable: method `enable` is not simulated for XAUTH";
    QTest::newRow("none") << true << "none" << list << host << "anyone" << "anything" << true << QString() << QString();
    QTest::newRow("unknown method list") << true << local << "vpnusers" << host << "alice" << "wonderland" << false
                                         << "ike.xauth-no-method-list" << "vpnusers";
    QTest::newRow("no aaa new-model") << false << local << list << host << "alice" << "wonderland" << false
                                      << "ike.xauth-no-aaa-new-model" << "userauth";
}

void TstIkeIosXauth::connect()
{
    QFETCH(bool, newModel);
    QFETCH(QString, methods);
    QFETCH(QString, mapList);
    QFETCH(QString, radiusHost);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, connected);
    QFETCH(QString, diagnostic);
    QFETCH(QString, detail);

    Run run(Setup{newModel, methods, mapList, radiusHost});
    const auto outcome = run.connect(user, password);
    const QStringList gw = run.console("gw");
    if (outcome.connected != connected || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES"))
        qWarning().noquote() << gw.join(QLatin1Char('\n'));
    QCOMPARE(outcome.connected, connected);
    if (!connected)
        QVERIFY2(outcome.reason.contains(QStringLiteral("refused user \"%1\"").arg(user)), qPrintable(outcome.reason));

    // XAUTH ran in every case: the router asked for a user before Mode Config.
    QCOMPARE(gw.filter(QStringLiteral("ISAKMP/xauth: request attribute XAUTH_USER_NAME_V2")).size(), 1);
    const QList<vtd::model::Diagnostic> xauth = run.diagnostics(QStringLiteral("ike.xauth-"));
    QCOMPARE(xauth.size(), diagnostic.isEmpty() ? 0 : 1);
    if (!diagnostic.isEmpty()) {
        QCOMPARE(xauth.front().code, diagnostic);
        QCOMPARE(xauth.front().node, QStringLiteral("gw"));
        QCOMPARE(xauth.front().params.value(QStringLiteral("user")), user);
        QCOMPARE(xauth.front().params.value(QStringLiteral("peer")), QStringLiteral("200.1.1.10"));
        QVERIFY2(xauth.front().params.values().contains(detail), qPrintable(xauth.front().params.values().join(u'|')));
    }
    QCOMPARE(run.control("gw")->ipsecSas().isEmpty(), !connected);
    auto *client = run.network.node(QStringLiteral("vpnclient"))->extension<ike::VpnClientDaemon>();
    QCOMPARE(client->assignedAddress().has_value(), connected);
    if (connected)
        QCOMPARE(*client->assignedAddress(), addr("10.8.8.1"));
}

void TstIkeIosXauth::debugInIosWording()
{
    Run run(Setup{});
    QVERIFY(run.connect(QStringLiteral("alice"), QStringLiteral("wonderland")).connected);
    const QStringList gw = run.console("gw");
    const QStringList initiating = gw.filter(QStringLiteral("ISAKMP (0:1): initiating peer config to 200.1.1.10. ID = "));
    QCOMPARE(initiating.size(), 2); // CFG_REQUEST, then CFG_SET
    const QStringList order{
        QStringLiteral("ISAKMP (0:1): SA has been authenticated with 200.1.1.10"),
        QStringLiteral("ISAKMP (0:1): Need XAUTH"),
        QStringLiteral("ISAKMP/xauth: request attribute XAUTH_TYPE_V2"),
        QStringLiteral("ISAKMP/xauth: request attribute XAUTH_USER_NAME_V2"),
        QStringLiteral("ISAKMP/xauth: request attribute XAUTH_USER_PASSWORD_V2"),
        initiating.at(0),
        QStringLiteral("ISAKMP: Config payload REPLY"),
        QStringLiteral("ISAKMP/xauth: reply attribute XAUTH_USER_NAME_V2"),
        QStringLiteral("ISAKMP/xauth: reply attribute XAUTH_USER_PASSWORD_V2"),
        initiating.at(1),
        QStringLiteral("ISAKMP: Config payload ACK"),
        QStringLiteral("ISAKMP: Config payload REQUEST"),
    };
    qsizetype from = 0;
    for (const QString &line : order) {
        const qsizetype at = gw.indexOf(line, from);
        if (at < 0)
            qWarning().noquote() << gw.join(QLatin1Char('\n'));
        QVERIFY2(at >= 0, qPrintable(line));
        from = at + 1;
    }
    // IOS prints the message ID as a signed 32-bit number, without the PIX's hexadecimal form.
    static const QRegularExpression id(QStringLiteral("ID = -?\\d+$"));
    for (const QString &line : initiating)
        QVERIFY2(id.match(line).hasMatch(), qPrintable(line));
    QVERIFY(gw.filter(QStringLiteral("CFG_")).isEmpty());
}

void TstIkeIosXauth::acceptedUserCarriesTraffic()
{
    Run run(Setup{true, QStringLiteral("group radius"), QStringLiteral("userauth"), QStringLiteral("10.2.2.5")});
    QVERIFY(run.connect(QStringLiteral("bob"), QStringLiteral("builder")).connected);
    const QList<IkeSaInfo> ike = run.control("gw")->ikeSas();
    QCOMPARE(ike.size(), 1);
    QCOMPARE(ike.front().auth, QStringLiteral("pre-share with XAUTH"));
    PingSession ping(*run.network.node(QStringLiteral("vpnclient")), addr("10.2.2.2"));
    ping.start();
    run.sim.runUntil(run.sim.now() + SimTime::fromSeconds(20));
    QCOMPARE(ping.result(), QStringLiteral("!!!!!")); // the client's Quick Mode ran at connect
}

void TstIkeIosXauth::configureAddsTheMethodList()
{
    Setup setup;
    setup.mapList = QStringLiteral("vpnusers");
    Run run(setup);
    QVERIFY(!run.connect(QStringLiteral("alice"), QStringLiteral("wonderland")).connected);
    QCOMPARE(run.diagnostics(QStringLiteral("ike.xauth-no-method-list")).size(), 1);

    // The router learns the list with `configure`; the next dial succeeds.
    QString text = routerConfig(setup);
    text.replace(QStringLiteral("aaa new-model\n"), QStringLiteral("aaa new-model\naaa authentication login vpnusers local\n"));
    run.network.reconfigure(QStringLiteral("gw"), text);
    QVERIFY(run.connect(QStringLiteral("alice"), QStringLiteral("wonderland")).connected);
    QCOMPARE(run.diagnostics(QStringLiteral("ike.xauth-")).size(), 1);
}

QTEST_GUILESS_MAIN(TstIkeIosXauth)
#include "tst_ike_ios_xauth.moc"
