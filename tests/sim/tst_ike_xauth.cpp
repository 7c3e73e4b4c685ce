#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"
#include "sim/ike/vpn_client_daemon.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// XAUTH on the seed network: snow's dynamic crypto map toOUT gains `client authentication
// RADIUS` and the RADIUS group a server at 10.0.0.2 (snow-lan-host, which carries the accounts).
// The VPN Client then gets transform 5 (DES/SHA/XAUTH pre-share) instead of 7, answers the
// gateway's CFG_REQUEST with the user `connect` gives, and only after XAUTH_STATUS OK pulls its
// address with Mode Config; a refused user leaves no SA at all.

namespace {

const QString AuthLine = QStringLiteral("crypto map toOUT client authentication RADIUS");
const QString ServerLine = QStringLiteral("aaa-server RADIUS (inside) host %1 radiuskey timeout 5");

struct Setup
{
    bool xauth = true;
    QString server = QStringLiteral("10.0.0.2");
};

vtd::model::Project exampleWith(const Setup &setup)
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                        vtd::resources::builtinExampleName());
    vtd::model::Project project = *read.project;
    for (const vtd::model::Node &node : project.nodes()) {
        vtd::model::Node &edited = *project.node(node.id);
        if (node.name == QLatin1String("snow-lan-host"))
            edited.host.aaaUsers = {{QStringLiteral("alice"), QStringLiteral("wonderland")},
                                    {QStringLiteral("bob"), QStringLiteral("builder")}};
        if (node.name != QLatin1String("snow") || !setup.xauth)
            continue;
        const QString protocol = QStringLiteral("aaa-server RADIUS protocol radius\n");
        const QString map = QStringLiteral("crypto map toOUT interface outside\n");
        if (!edited.configText.contains(protocol) || !edited.configText.contains(map))
            qFatal("the example's snow changed");
        edited.configText.replace(protocol, protocol + ServerLine.arg(setup.server) + QLatin1Char('\n'));
        edited.configText.replace(map, AuthLine + QLatin1Char('\n') + map);
    }
    return project;
}

struct Run
{
    explicit Run(const vtd::model::Project &project) : sim(7), network(sim)
    {
        sim.addTraceSink(&recorder);
        network.build(project);
        auto *daemon = ike::IkeDaemon::of(*network.node(QStringLiteral("snow")));
        daemon->debug().setOn(ike::IkeDebug::Category::Isakmp, true);
        daemon->debug().setOn(ike::IkeDebug::Category::Ipsec, true);
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
    QList<vtd::model::Diagnostic> diagnostics(const QString &code) const
    {
        QList<vtd::model::Diagnostic> found;
        for (const DiagnosticTrace &trace : recorder.ofType<DiagnosticTrace>()) {
            if (trace.diagnostic.code == code)
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

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

qsizetype indexOfPrefix(const QStringList &lines, const QString &prefix)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(prefix))
            return i;
    }
    return -1;
}

} // namespace

class TstIkeXauth : public QObject
{
    Q_OBJECT
private slots:
    void connect_data();
    void connect();
    void rightCredentialsCarryTraffic();
    void xauthRunsBeforeModeConfig();
    void refusalDeletesTheIkeSa_data();
    void refusalDeletesTheIkeSa();
};

void TstIkeXauth::connect_data()
{
    QTest::addColumn<bool>("xauth");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("reason");      // part of the failed connect's reason
    QTest::addColumn<QString>("diagnostic");  // the code snow reports; empty: none of XAUTH's
    QTest::addColumn<QString>("detail");      // a parameter value the diagnostic carries
    QTest::addColumn<int>("transform");       // the phase-1 transform snow accepts

    const QString server = QStringLiteral("10.0.0.2");
    QTest::newRow("right credentials") << true << server << "alice" << "wonderland" << true << QString() << QString()
                                       << QString() << 5;
    QTest::newRow("wrong password") << true << server << "alice" << "looking-glass" << false
                                    << "refused user \"alice\"" << "ike.xauth-failed" << "wrong password" << 5;
    QTest::newRow("unknown user") << true << server << "carol" << "x" << false << "refused user \"carol\""
                                  << "ike.xauth-failed" << "the server has no such user" << 5;
    QTest::newRow("no credentials") << true << server << QString() << QString() << false << "none were given"
                                    << "ike.xauth-cancelled" << "VPNclient" << 5;
    QTest::newRow("server not there") << true << "10.0.0.99" << "alice" << "wonderland" << false
                                      << "refused user \"alice\"" << "ike.aaa-server-unreachable"
                                      << "no host at that address runs an AAA service" << 5;
    QTest::newRow("xauth not configured") << false << server << "alice" << "wonderland" << true << QString()
                                          << QString() << QString() << 7;
}

void TstIkeXauth::connect()
{
    QFETCH(bool, xauth);
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, connected);
    QFETCH(QString, reason);
    QFETCH(QString, diagnostic);
    QFETCH(QString, detail);
    QFETCH(int, transform);

    Run run(exampleWith(Setup{xauth, server}));
    const auto outcome = run.connect(user, password);
    const QStringList snow = run.console("snow");
    if (outcome.connected != connected || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES"))
        qWarning().noquote() << snow.join(QLatin1Char('\n'));
    QCOMPARE(outcome.connected, connected);
    QVERIFY2(outcome.reason.contains(reason), qPrintable(outcome.reason));

    // The transform the policy accepted: 5 with XAUTH, 7 (the seed's) without.
    const qsizetype accepted = indexOfPrefix(snow, QStringLiteral("ISAKMP (0): atts are acceptable."));
    QVERIFY(accepted > 0);
    QCOMPARE(snow.mid(0, accepted).filter(QStringLiteral("Checking ISAKMP transform")).last(),
             QStringLiteral("ISAKMP (0): Checking ISAKMP transform %1 against priority 10 policy").arg(transform));
    QCOMPARE(snow.filter(QStringLiteral("initiating peer config")).isEmpty(), !xauth);

    const QStringList xauthCodes{QStringLiteral("ike.xauth-failed"), QStringLiteral("ike.xauth-cancelled"),
                                 QStringLiteral("ike.aaa-server-unreachable"), QStringLiteral("ike.aaa-no-server")};
    for (const QString &code : xauthCodes)
        QCOMPARE(run.diagnostics(code).size(), code == diagnostic ? 1 : 0);
    if (!diagnostic.isEmpty()) {
        const vtd::model::Diagnostic found = run.diagnostics(diagnostic).front();
        QCOMPARE(found.node, QStringLiteral("snow"));
        QVERIFY2(found.params.values().contains(detail), qPrintable(found.params.values().join(u'|')));
        if (!user.isEmpty())
            QCOMPARE(found.params.value(QStringLiteral("user")), user);
    }

    // A refused user keeps neither an IKE SA nor IPsec SAs on snow; an accepted one has both.
    const QList<IkeSaInfo> ike = run.control("snow")->ikeSas();
    const bool clientSa = std::any_of(ike.begin(), ike.end(), [](const IkeSaInfo &sa) {
        return sa.peer == addr("10.48.66.76") && sa.state == QLatin1String("QM_IDLE");
    });
    QCOMPARE(clientSa, connected);
    QCOMPARE(run.control("snow")->ipsecSas().isEmpty(), !connected);
    QCOMPARE(run.control("vpnclient")->ipsecSas().isEmpty(), !connected);
    auto *client = run.network.node(QStringLiteral("vpnclient"))->extension<ike::VpnClientDaemon>();
    QCOMPARE(client->assignedAddress().has_value(), connected);
    if (connected)
        QCOMPARE(*client->assignedAddress(), addr("12.0.0.1"));
}

void TstIkeXauth::rightCredentialsCarryTraffic()
{
    Run run(exampleWith(Setup{}));
    QVERIFY(run.connect(QStringLiteral("bob"), QStringLiteral("builder")).connected);
    const QList<IkeSaInfo> ike = run.control("snow")->ikeSas();
    QCOMPARE(ike.size(), 1);
    QCOMPARE(ike.front().auth, QStringLiteral("pre-share with XAUTH"));
    QCOMPARE(run.console("snow").filter(QStringLiteral("ISAKMP (0): Creating IPSec SAs")).size(), 2);

    PingSession ping(*run.network.node(QStringLiteral("vpnclient")), addr("11.0.0.2"));
    ping.start();
    run.sim.runUntil(run.sim.now() + SimTime::fromSeconds(20));
    QCOMPARE(ping.result(), QStringLiteral(".!!!!"));
}

void TstIkeXauth::xauthRunsBeforeModeConfig()
{
    Run run(exampleWith(Setup{}));
    QVERIFY(run.connect(QStringLiteral("alice"), QStringLiteral("wonderland")).connected);
    const QStringList snow = run.console("snow");
    const QStringList initiating = snow.filter(QStringLiteral("ISAKMP (0:0): initiating peer config to 10.48.66.76. ID = "));
    QCOMPARE(initiating.size(), 2); // CFG_REQUEST, then CFG_SET
    const QStringList order{
        initiating.at(0),
        QStringLiteral("ISAKMP: Config payload CFG_REPLY"),
        QStringLiteral("ISAKMP/xauth: reply attribute XAUTH_TYPE"),
        QStringLiteral("ISAKMP/xauth: reply attribute XAUTH_USER_NAME"),
        QStringLiteral("ISAKMP/xauth: reply attribute XAUTH_USER_PASSWORD"),
        initiating.at(1),
        QStringLiteral("ISAKMP: Config payload CFG_ACK"),
        QStringLiteral("ISAKMP: Config payload CFG_REQUEST"),
        QStringLiteral("ISAKMP (0:0): checking request:"),
    };
    qsizetype from = 0;
    for (const QString &line : order) {
        const qsizetype at = snow.indexOf(line, from);
        QVERIFY2(at >= 0, qPrintable(line));
        from = at + 1;
    }
    // "ID = 1234 (0x4d2)": the decimal and hexadecimal forms of one message ID.
    const QStringList id = initiating.at(0).section(QStringLiteral("ID = "), 1).split(QLatin1Char(' '));
    QCOMPARE(QStringLiteral("(0x%1)").arg(id.at(0).toULongLong(), 0, 16), id.at(1));
}

void TstIkeXauth::refusalDeletesTheIkeSa_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");     // the SA end snow traces
    QTest::addColumn<bool>("afterAck");      // snow deletes after the client's CFG_ACK
    QTest::addColumn<QString>("outcome");    // the client's failed connect says this

    const QString server = QStringLiteral("10.0.0.2");
    QTest::newRow("wrong password") << server << "alice" << "looking-glass" << "XAUTH failed" << true
                                    << "refused user \"alice\"; it deleted the IKE SA";
    QTest::newRow("server not there") << "10.0.0.99" << "alice" << "wonderland" << "XAUTH failed" << true
                                      << "refused user \"alice\"; it deleted the IKE SA";
    QTest::newRow("cancelled") << server << QString() << QString() << "XAUTH cancelled" << false << "none were given";
}

void TstIkeXauth::refusalDeletesTheIkeSa()
{
    QFETCH(QString, server);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, reason);
    QFETCH(bool, afterAck);
    QFETCH(QString, outcome);

    Run run(exampleWith(Setup{true, server}));
    const SimTime start = run.sim.now();
    SimTime finishedAt;
    VpnControl::ConnectOutcome result{true, QString()};
    run.control("vpnclient")->connect(user, password, [&](const VpnControl::ConnectOutcome &o) {
        result = o;
        finishedAt = run.sim.now();
    });
    run.sim.runUntil(start + SimTime::fromSeconds(40));
    QVERIFY(!result.connected);
    QVERIFY2(result.reason.contains(outcome), qPrintable(result.reason));
    // The DELETE ends the wait: the client does not sit out a timer.
    QVERIFY(finishedAt - start < SimTime::fromSeconds(5));

    // snow: CFG_SET status 0 (or the cancelling reply), [CFG_ACK], then the DELETE of the IKE SA.
    const QStringList snow = run.console("snow");
    const qsizetype ack = snow.indexOf(QStringLiteral("ISAKMP: Config payload CFG_ACK"));
    QCOMPARE(ack >= 0, afterAck);
    const qsizetype deleting = indexOfPrefix(snow, QStringLiteral("ISAKMP (0): deleting SA: src "));
    const qsizetype sending = indexOfPrefix(snow, QStringLiteral("ISAKMP (0): sending DELETE payload protocol 1, spi size 16"));
    QVERIFY2(deleting > ack && sending > deleting, qPrintable(snow.join(u'\n')));

    QStringList ends;
    for (const SaStateTrace &t : run.recorder.ofType<SaStateTrace>()) {
        if (t.node == QLatin1String("snow") && t.protocol == QLatin1String("ike") && t.to.isEmpty())
            ends << t.reason;
    }
    QCOMPARE(ends, QStringList{reason});
    QVERIFY(run.control("snow")->ikeSas().isEmpty() || run.control("snow")->ikeSas().front().state != QLatin1String("QM_IDLE"));
}

QTEST_GUILESS_MAIN(TstIkeXauth)
#include "tst_ike_xauth.moc"
