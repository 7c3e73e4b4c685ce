#include "sim/bench/bench_configs.h"
#include "sim/bench/hub_spoke_bench.h"
#include "sim/bench/hub_spoke_project.h"

#include <QtTest>

using namespace vtd::sim::bench;

// The `vpnsim bench` network at a tiny size: the generated project has the expected nodes,
// every tunnel comes up, every echo comes back, and the report has its lines in order.

class TstBenchTopology : public QObject
{
    Q_OBJECT
private slots:
    void projectHasHubSpokesAndClients();
    void everyTunnelComesUp_data();
    void everyTunnelComesUp();
    void reportEndsWithOverhead();
};

void TstBenchTopology::projectHasHubSpokesAndClients()
{
    const HubSpokeProject generated = buildHubSpokeProject({3, 2, 1});
    const auto &project = generated.project;
    QVERIFY(project.nodeByName(QStringLiteral("hub")));
    QVERIFY(project.nodeByName(QStringLiteral("spoke2")));
    QVERIFY(project.nodeByName(QStringLiteral("client1")));
    QCOMPARE(generated.spokeHosts.size(), 3);
    QCOMPARE(generated.clients.size(), 2);
    // hub, its host, 2 segments; 3 x (spoke, LAN, host); 2 clients
    QCOMPARE(project.nodes().size(), std::size_t(4 + 9 + 2));
    const QString hub = project.nodeByName(QStringLiteral("hub"))->configText;
    QVERIFY(hub.contains(QStringLiteral("crypto map vpnmap 3 set peer 100.65.0.3")));
    QVERIFY(hub.contains(QStringLiteral("ip local pool benchpool 192.168.0.1-192.168.0.2")));
    QVERIFY(hub.contains(QStringLiteral("crypto map vpnmap 65535 ipsec-isakmp dynamic DYN")));
    QCOMPARE(BenchAddressPlan::spokeLanNetwork(300).toString(), QStringLiteral("10.1.44.0"));
}

void TstBenchTopology::everyTunnelComesUp_data()
{
    QTest::addColumn<int>("spokes");
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("pings");
    QTest::newRow("2 spokes, 2 clients") << 2 << 2 << 1;
    QTest::newRow("spokes only") << 3 << 0 << 2;
    QTest::newRow("clients only") << 0 << 3 << 2;
}

void TstBenchTopology::everyTunnelComesUp()
{
    QFETCH(int, spokes);
    QFETCH(int, clients);
    QFETCH(int, pings);
    const BenchResult result = runHubSpokeBench({spokes, clients, pings});
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    QCOMPARE(result.spokeTunnelsUp, spokes);
    QCOMPARE(result.clientTunnelsUp, clients);
    QCOMPARE(result.echoesSent, std::int64_t(spokes + clients) * pings);
    QCOMPARE(result.echoesReceived, result.echoesSent);
    // One exchange per tunnel (two key pairs, two shared secrets); each echo and each reply
    // is encrypted once and decrypted once.
    QCOMPARE(result.dhOperations, std::int64_t(spokes + clients) * 4);
    QCOMPARE(result.espPackets, result.echoesReceived * 4);
    QVERIFY(result.events > 0);
    QVERIFY(result.cryptoFloor.cpuSeconds > 0);
}

void TstBenchTopology::reportEndsWithOverhead()
{
    const QStringList lines = runHubSpokeBench({2, 2, 1}).report();
    const QStringList names = {
        QStringLiteral("tunnels_up"),          QStringLiteral("wall_time_seconds"),
        QStringLiteral("tunnels_per_second"),  QStringLiteral("events_per_second"),
        QStringLiteral("peak_memory_kib"),     QStringLiteral("crypto_floor_seconds"),
        QStringLiteral("simulation_cpu_seconds"), QStringLiteral("crypto_floor_cpu_seconds"),
    };
    for (const QString &name : names)
        QVERIFY2(!lines.filter(QRegularExpression(QStringLiteral("^%1: [0-9.]+$").arg(name))).isEmpty(), qPrintable(name));
    QVERIFY(lines.contains(QStringLiteral("tunnels_up: 4")));
    QVERIFY(QRegularExpression(QStringLiteral("^overhead_vs_crypto_floor_percent: -?[0-9]+\\.[0-9]$"))
                .match(lines.last()).hasMatch());
}

QTEST_GUILESS_MAIN(TstBenchTopology)
#include "tst_bench_topology.moc"
