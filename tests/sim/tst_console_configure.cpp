// `configure NODE: LINE` on the built-in example: the line is read by the device's dialect,
// merged into its configuration, and the running node follows (routes, pipeline, show output).

#include "sim/console/device_console.h"
#include "tests/example_project.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using vtd::model::Severity;
using vtd::sim::console::DeviceConsoles;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

struct Run
{
    Run() : network(sim)
    {
        network.build(example());
        consoles = std::make_unique<DeviceConsoles>(network);
    }
    ~Run() { consoles.reset(); }

    QString ping(const QString &from, const char *to)
    {
        devices::PingSession session(*network.node(from), *vtd::model::Ipv4Address::parse(QString::fromLatin1(to)));
        session.start();
        sim.runAll();
        return session.result();
    }
    QString snow(const QString &cli) { return consoles->execute(QStringLiteral("snow"), cli); }
    vtd::model::Diagnostics configure(const char *node, const char *line)
    {
        return consoles->configure(QString::fromLatin1(node), QString::fromLatin1(line));
    }

    Simulator sim{1};
    devices::SimNetwork network;
    std::unique_ptr<DeviceConsoles> consoles;
};

const char *const IntfRoute = "route intf2 10.48.66.0 255.255.255.0 193.0.0.6 1";

} // namespace

class TstConsoleConfigure : public QObject
{
    Q_OBJECT

private slots:
    void routeChangesTheShowAndThePath();
    void noRouteRestoresThePath();
    void abbreviatedLinesAreRead();
    void refusedLines_data();
    void refusedLines();
    void nothingToRemoveIsAWarning();
    void noAccessListRemovesTheList();
    void hostnameIsReplaced();
    void xlatesSurviveAReconfigure();
    void iosIpRouteAndNoForm();
    void iosUnmodelledNoFormIsKept();
    void iosRedefinitionReplaces();
    void transcriptShowsConfigLines();
};

// snow-lan-host -> 10.48.66.44 leaves by outside, where nat 1 has no global: dropped. A route
// through intf2 sends it out where `global (intf2) 1 interface` translates it: delivered.
void TstConsoleConfigure::routeChangesTheShowAndThePath()
{
    Run run;
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "10.48.66.44"), QStringLiteral("....."));
    const QString before = run.snow(QStringLiteral("show route"));
    const auto diagnostics = run.configure("snow", IntfRoute);
    QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnostics.isEmpty() ? QString() : diagnostics.front().code));
    const QString after = run.snow(QStringLiteral("show route"));
    QVERIFY(!before.contains(QLatin1String("intf2 10.48.66.0 ")));
    QVERIFY2(after.contains(QLatin1String("\nintf2 10.48.66.0 255.255.255.0 193.0.0.6 1 OTHER static\n")), qPrintable(after));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "10.48.66.44"), QStringLiteral("!!!!!"));
    QVERIFY(run.network.modelNode(QStringLiteral("snow"))->configText.contains(QLatin1String(IntfRoute)));
}

void TstConsoleConfigure::noRouteRestoresThePath()
{
    Run run;
    QVERIFY(run.configure("snow", IntfRoute).isEmpty());
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "10.48.66.44"), QStringLiteral("!!!!!"));
    const QString withRoute = run.snow(QStringLiteral("show route"));
    QVERIFY(run.configure("snow", "no route intf2 10.48.66.0 255.255.255.0 193.0.0.6 1").isEmpty());
    const QString without = run.snow(QStringLiteral("show route"));
    QVERIFY(withRoute.contains(QLatin1String("intf2 10.48.66.0 ")));
    QVERIFY(!without.contains(QLatin1String("intf2 10.48.66.0 ")));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "10.48.66.44"), QStringLiteral("....."));
}

void TstConsoleConfigure::abbreviatedLinesAreRead()
{
    Run run;
    const auto found = run.configure("snow", "route intf2 10.48.66.0 255.255.255.0 193.0.0.6");
    QVERIFY(run.configure("snow", "hostn blizzard").isEmpty());
    QVERIFY(run.snow(QStringLiteral("sh ver")).contains(QLatin1String("\nblizzard up ")));
    QVERIFY2(found.isEmpty(), qPrintable(found.isEmpty() ? QString() : found.front().code + u' ' + found.front().params.value(QStringLiteral("word"))));
    QVERIFY(run.snow(QStringLiteral("sh route")).contains(QLatin1String("\nintf2 10.48.66.0 255.255.255.0 193.0.0.6 1 OTHER static\n")));
}

void TstConsoleConfigure::refusedLines_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("codePrefix");
    QTest::newRow("pix unknown command") << "snow" << "frobnicate 1 2" << "pix.";
    QTest::newRow("pix bad address") << "snow" << "route intf2 10.48.66.300 255.255.255.0 193.0.0.6" << "pix.";
    QTest::newRow("pix missing words") << "snow" << "route intf2" << "pix.";
    QTest::newRow("ios unknown command") << "carrion" << "frobnicate 1 2" << "ios.";
    QTest::newRow("ios bad route") << "carrion" << "ip route 12.0.0.0 255.255.255.0" << "ios.";
}

void TstConsoleConfigure::refusedLines()
{
    QFETCH(QString, node);
    QFETCH(QString, line);
    QFETCH(QString, codePrefix);
    Run run;
    const QString configBefore = run.network.modelNode(node)->configText;
    const auto diagnostics = run.consoles->configure(node, line);
    QVERIFY(!diagnostics.isEmpty());
    QVERIFY(vtd::model::hasErrors(diagnostics));
    QVERIFY2(diagnostics.front().code.startsWith(codePrefix), qPrintable(diagnostics.front().code));
    QCOMPARE(diagnostics.front().node, node);
    QCOMPARE(run.network.modelNode(node)->configText, configBefore);
}

void TstConsoleConfigure::nothingToRemoveIsAWarning()
{
    Run run;
    const QString before = run.snow(QStringLiteral("show route"));
    const auto diagnostics = run.configure("snow", "no route intf2 10.99.0.0 255.255.0.0 193.0.0.6 1");
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.front().code, QStringLiteral("console.nothing-to-remove"));
    QCOMPARE(diagnostics.front().severity, Severity::Warning);
    QCOMPARE(run.snow(QStringLiteral("show route")), before);
}

void TstConsoleConfigure::noAccessListRemovesTheList()
{
    Run run;
    QVERIFY(run.snow(QStringLiteral("show access-list")).contains(QLatin1String("access-list acl-intf2 ")));
    QVERIFY(run.configure("snow", "no access-list acl-intf2").isEmpty());
    QVERIFY(!run.snow(QStringLiteral("show access-list")).contains(QLatin1String("access-list acl-intf2 ")));
    QVERIFY(run.configure("snow", "access-list acl-intf2 permit icmp any any echo-reply").isEmpty());
    QVERIFY(run.snow(QStringLiteral("show access-list"))
                .contains(QLatin1String("access-list acl-intf2 permit icmp any any echo-reply (hitcnt=0) \n")));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "193.0.0.6"), QStringLiteral("!!!!!"));
}

void TstConsoleConfigure::hostnameIsReplaced()
{
    Run run;
    QVERIFY(run.configure("snow", "hostname blizzard").isEmpty());
    const QString version = run.snow(QStringLiteral("show version"));
    QVERIFY2(version.contains(QLatin1String("\nblizzard up ")), qPrintable(version));
    QCOMPARE(run.network.modelNode(QStringLiteral("snow"))->configText.count(QLatin1String("\nhostname ")), 1);
}

void TstConsoleConfigure::xlatesSurviveAReconfigure()
{
    Run run;
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "193.0.0.6"), QStringLiteral("!!!!!"));
    QVERIFY(run.snow(QStringLiteral("show xlate")).startsWith(QLatin1String("1 in use")));
    QVERIFY(run.configure("snow", IntfRoute).isEmpty());
    QVERIFY(run.snow(QStringLiteral("show xlate")).startsWith(QLatin1String("1 in use")));
}

void TstConsoleConfigure::iosIpRouteAndNoForm()
{
    Run run;
    const QString carrion = QStringLiteral("carrion");
    QVERIFY(run.configure("carrion", "ip route 10.0.0.0 255.255.255.0 193.0.0.5").isEmpty());
    const QString with = run.consoles->execute(carrion, QStringLiteral("show ip route"));
    QVERIFY2(with.contains(QLatin1String("S       10.0.0.0 [1/0] via 193.0.0.5\n")), qPrintable(with));
    QVERIFY(run.configure("carrion", "no ip route 10.0.0.0 255.255.255.0 193.0.0.5").isEmpty());
    QVERIFY(!run.consoles->execute(carrion, QStringLiteral("show ip route")).contains(QLatin1String("via 193.0.0.5")));
}

void TstConsoleConfigure::iosUnmodelledNoFormIsKept()
{
    Run run;
    QVERIFY(run.configure("carrion", "no ip classless").isEmpty());
    QVERIFY2(run.network.modelNode(QStringLiteral("carrion"))->configText.contains(QLatin1String("\nno ip classless\n")), qPrintable(run.network.modelNode(QStringLiteral("carrion"))->configText));
    QVERIFY(!run.network.node(QStringLiteral("carrion"))->routingTable().isClassless());
    QVERIFY(run.configure("carrion", "ip classless").isEmpty());
    QVERIFY(!run.network.modelNode(QStringLiteral("carrion"))->configText.contains(QLatin1String("no ip classless")));
    QVERIFY(run.network.node(QStringLiteral("carrion"))->routingTable().isClassless());
}

void TstConsoleConfigure::iosRedefinitionReplaces()
{
    // A method list or a user given again is redefined, as on IOS; another name is added.
    Run run;
    for (const char *line : {"aaa new-model", "aaa authentication login vpnusers group radius local",
                             "aaa authentication login vpnusers local", "aaa authorization network vpnusers local",
                             "aaa authentication login console none", "username alice password 0 first",
                             "username alice password 0 second", "username bob password 0 third"})
        QVERIFY2(run.configure("carrion", line).isEmpty(), line);
    const QString config = run.network.modelNode(QStringLiteral("carrion"))->configText;
    QCOMPARE(config.count(QLatin1String("aaa authentication login vpnusers")), 1);
    QCOMPARE(config.count(QLatin1String("username alice ")), 1);
    for (const char *kept : {"\naaa authentication login vpnusers local\n", "\naaa authorization network vpnusers local\n",
                             "\naaa authentication login console none\n", "\nusername alice password 0 second\n",
                             "\nusername bob password 0 third\n"})
        QVERIFY2(config.contains(QLatin1String(kept)), qPrintable(config));
}

void TstConsoleConfigure::transcriptShowsConfigLines()
{
    Run run;
    run.configure("snow", IntfRoute);
    run.configure("snow", "frobnicate");
    QCOMPARE(run.consoles->transcripts().value(QStringLiteral("snow")),
             QStringLiteral("snow(config)# %1\nsnow(config)# frobnicate\n"
                            "Type help or '?' for a list of available commands.\n").arg(QLatin1String(IntfRoute)));
}

QTEST_GUILESS_MAIN(TstConsoleConfigure)
#include "tst_console_configure.moc"
