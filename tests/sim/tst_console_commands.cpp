// Device consoles: the show/clear commands on the built-in example (Cisco note 16060) against
// the seed's listings, the abbreviation rule, the devices' error texts, transcripts and the
// command registry other layers extend.

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
using vtd::sim::console::CommandContext;
using vtd::sim::console::DeviceConsoles;
using vtd::sim::console::Platform;

namespace {

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(relative);
    return QString::fromUtf8(file.readAll());
}

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

/** One run of the example with its consoles. */
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

    Simulator sim{1};
    devices::SimNetwork network;
    std::unique_ptr<DeviceConsoles> consoles;
};

/** The lines of `text` without those starting with one of `prefixes`. */
QStringList linesWithout(const QString &text, const QStringList &prefixes)
{
    QStringList kept;
    for (const QString &line : text.split(u'\n')) {
        if (std::none_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return line.startsWith(p); }))
            kept << line;
    }
    return kept;
}

} // namespace

class TstConsoleCommands : public QObject
{
    Q_OBJECT

private slots:
    void pixShowRouteIsTheSeeds_data();
    void pixShowRouteIsTheSeeds();
    void pixShowVersion();
    void iosShowVersion();
    void iosShowIpRoute();
    void accessListCountsHits();
    void xlateAndClearXlate();
    void showInterface();
    void errors_data();
    void errors();
    void transcriptRecordsPromptAndOutput();
    void hostsHaveNoConsole();
    void registryTakesNewCommands();
    void consoleTraceLinesJoinTheTranscript();
};

void TstConsoleCommands::pixShowRouteIsTheSeeds_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("cli");
    for (const char *cli : {"show route", "sh ro", "sho rou", "SHOW ROUTE"}) {
        QTest::addRow("snow %s", cli) << QStringLiteral("snow") << QString::fromLatin1(cli);
        QTest::addRow("rain %s", cli) << QStringLiteral("rain") << QString::fromLatin1(cli);
    }
}

// The 127.0.0.1 placeholder lines included: the parity rule reproduces both samples.
void TstConsoleCommands::pixShowRouteIsTheSeeds()
{
    QFETCH(QString, node);
    QFETCH(QString, cli);
    Run run;
    QCOMPARE(run.consoles->execute(node, cli), readData(QStringLiteral("seed/expected/%1-show-route.txt").arg(node)));
}

// Serial number and activation key are not in the project (derived from the node name).
void TstConsoleCommands::pixShowVersion()
{
    Run run;
    run.sim.runUntil(SimTime::fromSeconds(11 * 60 + 19));
    const QStringList skip{QStringLiteral("Serial Number:"), QStringLiteral("Activation Key:")};
    for (const QString &node : {QStringLiteral("snow"), QStringLiteral("rain")}) {
        const QString shown = run.consoles->execute(node, QStringLiteral("sh ver"));
        QString expected = readData(QStringLiteral("seed/expected/%1-show-version.txt").arg(node));
        if (node == QLatin1String("rain")) // the seed took rain's listing at another moment
            expected.replace(QRegularExpression(QStringLiteral("rain up [^\n]*")), QStringLiteral("rain up 11 mins 19 secs"));
        QCOMPARE(linesWithout(shown, skip), linesWithout(expected, skip));
        QVERIFY(shown.contains(QLatin1String("\nSerial Number: ")));
    }
}

void TstConsoleCommands::iosShowVersion()
{
    Run run;
    run.sim.runUntil(SimTime::fromSeconds(17LL * 86400 + 22 * 3600 + 32 * 60 + 5));
    QCOMPARE(run.consoles->execute(QStringLiteral("carrion"), QStringLiteral("show version")),
             readData(QStringLiteral("seed/expected/carrion-show-version.txt")));
}

void TstConsoleCommands::iosShowIpRoute()
{
    Run run;
    const QString shown = run.consoles->execute(QStringLiteral("carrion"), QStringLiteral("sh ip ro"));
    QVERIFY2(shown.startsWith(QLatin1String("Codes: C - connected, S - static")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("\nGateway of last resort is not set\n\n")));
    QVERIFY(shown.endsWith(QLatin1String("     193.0.0.0/30 is subnetted, 2 subnets\n"
                                         "C       193.0.0.0 is directly connected, Ethernet5/1\n"
                                         "C       193.0.0.4 is directly connected, Ethernet5/2\n")));
    QVERIFY(shown.contains(QLatin1String("C       10.48.66.0 is directly connected, Ethernet5/0\n")));
}

// The echo replies from carrion come back in through intf2, whose access-group is acl-intf2.
void TstConsoleCommands::accessListCountsHits()
{
    Run run;
    const QString before = run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show access-list"));
    QVERIFY(before.contains(QLatin1String("access-list acl-intf2 permit icmp any any (hitcnt=0) \n")));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "193.0.0.6"), QStringLiteral("!!!!!"));
    const QString after = run.consoles->execute(QStringLiteral("snow"), QStringLiteral("sh access-l"));
    QVERIFY2(after.contains(QLatin1String("access-list acl-intf2 permit icmp any any (hitcnt=5) \n")), qPrintable(after));
    QVERIFY(after.contains(QLatin1String("access-list acl-out permit icmp any any (hitcnt=0) \n")));
}

void TstConsoleCommands::xlateAndClearXlate()
{
    Run run;
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show xlate")),
             QStringLiteral("0 in use, 0 most used\n"));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "193.0.0.6"), QStringLiteral("!!!!!"));
    const QString table = run.consoles->execute(QStringLiteral("snow"), QStringLiteral("sh xl"));
    QVERIFY2(table.startsWith(QLatin1String("1 in use, 1 most used\nPAT Global 193.0.0.5(")), qPrintable(table));
    QVERIFY(table.contains(QLatin1String(" Local 10.0.0.2(")));
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("clear xlate")), QString());
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show xlate")),
             QStringLiteral("0 in use, 0 most used\n"));
}

void TstConsoleCommands::showInterface()
{
    Run run;
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "193.0.0.6"), QStringLiteral("!!!!!"));
    const QString shown = run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show interface"));
    QVERIFY2(shown.startsWith(QLatin1String("interface ethernet0 \"outside\" is up, line protocol is up\n")), qPrintable(shown));
    QVERIFY(shown.contains(QLatin1String("interface ethernet3 \"intf3\" is administratively down, line protocol is down\n")));
    QVERIFY(shown.contains(QLatin1String("  IP address 193.0.0.5, subnet mask 255.255.255.252\n")));
    // 5 echo requests out of intf2 and 5 replies in, 128 bytes each (20 + 8 + 100).
    const qsizetype intf2 = shown.indexOf(QLatin1String("\"intf2\""));
    const QString block = shown.mid(intf2, shown.indexOf(QLatin1String("interface ethernet3")) - intf2);
    QVERIFY2(block.contains(QLatin1String("        5 packets input, 640 bytes, 0 no buffer\n")), qPrintable(block));
    QVERIFY(block.contains(QLatin1String("        5 packets output, 640 bytes, 0 underruns\n")));
}

void TstConsoleCommands::errors_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("cli");
    QTest::addColumn<QString>("expected");
    const QString pixHint = QStringLiteral("Type help or '?' for a list of available commands.\n");
    QTest::newRow("pix unknown") << "snow" << "frobnicate" << pixHint;
    QTest::newRow("pix unknown show") << "snow" << "show frobnicate" << pixHint;
    QTest::newRow("pix comment (seed)") << "rain" << "! client will now ping 11.0.0.2" << pixHint;
    QTest::newRow("pix ambiguous sh c") << "snow" << "sh c" << pixHint;
    QTest::newRow("pix incomplete") << "snow" << "show" << pixHint;
    QTest::newRow("pix not simulated") << "snow" << "sh conn" << "% Not simulated: show conn\n";
    QTest::newRow("pix empty line") << "snow" << "" << "";
    QTest::newRow("ios invalid word") << "carrion" << "show ip rute"
                                      << QString(QString(17, u' ') + "^\n% Invalid input detected at '^' marker.\n");
    QTest::newRow("ios trailing junk") << "carrion" << "show version junk"
                                       << QString(QString(22, u' ') + "^\n% Invalid input detected at '^' marker.\n");
    QTest::newRow("ios ambiguous") << "carrion" << "sh i" << "% Ambiguous command:  \"sh i\"\n";
    QTest::newRow("ios incomplete") << "carrion" << "show ip" << "% Incomplete command.\n";
    QTest::newRow("ios not simulated") << "carrion" << "sh clock" << "% Not simulated: show clock\n";
    QTest::newRow("ios comment") << "carrion" << "! note" << "";
}

void TstConsoleCommands::errors()
{
    QFETCH(QString, node);
    QFETCH(QString, cli);
    QFETCH(QString, expected);
    Run run;
    QCOMPARE(run.consoles->execute(node, cli), expected);
}

void TstConsoleCommands::transcriptRecordsPromptAndOutput()
{
    Run run;
    const QString route = run.consoles->execute(QStringLiteral("rain"), QStringLiteral("sh route"));
    run.consoles->execute(QStringLiteral("rain"), QStringLiteral("sh junk"));
    run.consoles->appendLine(QStringLiteral("rain"), QStringLiteral("ISAKMP (0): beginning Main Mode exchange"));
    QCOMPARE(run.consoles->transcripts().value(QStringLiteral("rain")),
             QStringLiteral("rain# sh route\n") + route
                 + QStringLiteral("rain# sh junk\nType help or '?' for a list of available commands.\n"
                                  "ISAKMP (0): beginning Main Mode exchange\n"));
    QVERIFY(!run.consoles->transcripts().contains(QStringLiteral("snow")));
}

void TstConsoleCommands::hostsHaveNoConsole()
{
    Run run;
    QCOMPARE(run.consoles->execute(QStringLiteral("snow-lan-host"), QStringLiteral("show route")), QString());
    QCOMPARE(run.consoles->execute(QStringLiteral("nosuchnode"), QStringLiteral("show route")), QString());
    QVERIFY(run.consoles->transcripts().isEmpty());
    const auto refused = run.consoles->configure(QStringLiteral("snow-lan-host"), QStringLiteral("hostname x"));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.front().code, QStringLiteral("console.no-device-console"));
}

// How the IKE/IPsec layer adds `show crypto ...`: no change to the dispatcher.
void TstConsoleCommands::registryTakesNewCommands()
{
    Run run;
    QStringList seenArguments;
    run.consoles->commands().add(Platform::Pix, QStringLiteral("show crypto isakmp sa"),
                                 [](CommandContext &context) { return context.node.name() + QStringLiteral(" sa\n"); });
    run.consoles->commands().add(Platform::Pix, QStringLiteral("debug crypto isakmp"),
                                 [&seenArguments](CommandContext &context) {
                                     seenArguments = context.arguments;
                                     return QString();
                                 }, true);
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show crypto isa sa")), QStringLiteral("snow sa\n"));
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("sh cry isakmp sa")), QStringLiteral("snow sa\n"));
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("debug cry isa 1")), QString());
    QCOMPARE(seenArguments, QStringList{QStringLiteral("1")});
    QCOMPARE(run.consoles->execute(QStringLiteral("snow"), QStringLiteral("show crypto dynamic-map")),
             QStringLiteral("% Not simulated: show crypto\n"));
    // Registered for the PIX only: the router keeps its own (IOS layout, no SA on carrion).
    QCOMPARE(run.consoles->execute(QStringLiteral("carrion"), QStringLiteral("show crypto isakmp sa")),
             QStringLiteral("dst             src             state          conn-id   slot\n"));
}

void TstConsoleCommands::consoleTraceLinesJoinTheTranscript()
{
    Run run;
    run.sim.trace().onConsoleLine(ConsoleTrace{SimTime::fromSeconds(1), QStringLiteral("snow"), QStringLiteral("OAK_MM exchange")});
    run.consoles->appendText(QStringLiteral("snow"), QStringLiteral("ISAKMP (0): atts are acceptable."));
    run.consoles->appendLine(QStringLiteral("snow"), QStringLiteral("IPSEC(key_engine): got a queue event...\n"));
    QCOMPARE(run.consoles->transcripts().value(QStringLiteral("snow")),
             QStringLiteral("OAK_MM exchange\nISAKMP (0): atts are acceptable.IPSEC(key_engine): got a queue event...\n"));
}

QTEST_GUILESS_MAIN(TstConsoleCommands)
#include "tst_console_commands.moc"
