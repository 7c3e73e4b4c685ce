#include "sim/net/routing_table.h"

#include <QtTest>

using namespace vtd::sim::net;
using vtd::model::Ipv4Address;
using vtd::model::Ipv4Prefix;
using Verdict = RouteExplanation::Verdict;

namespace {

Ipv4Address addr(const QString &text)
{
    return *Ipv4Address::parse(text);
}

Ipv4Prefix prefix(const QString &text)
{
    return *Ipv4Prefix::parse(text);
}

// snow's table as its `show route` prints it in the seed:
//   outside 0.0.0.0 0.0.0.0 193.0.0.2 1 OTHER static
//   inside 10.0.0.0 255.255.255.0 10.0.0.1 1 CONNECT static
//   intf2 10.48.66.156 255.255.255.255 193.0.0.6 1 OTHER static
//   intf2 11.0.0.0 255.255.255.0 193.0.0.6 1 OTHER static
//   outside 193.0.0.0 255.255.255.252 193.0.0.1 1 CONNECT static
//   intf2 193.0.0.4 255.255.255.252 193.0.0.5 1 CONNECT static
RoutingTable snowTable()
{
    RoutingTable t;
    t.addConnected(QStringLiteral("outside"), prefix(QStringLiteral("193.0.0.1/30")), 1);
    t.addConnected(QStringLiteral("inside"), prefix(QStringLiteral("10.0.0.1/24")), 1);
    t.addConnected(QStringLiteral("intf2"), prefix(QStringLiteral("193.0.0.5/30")), 1);
    t.addStatic(prefix(QStringLiteral("0.0.0.0/0")), addr(QStringLiteral("193.0.0.2")), QStringLiteral("outside"), 1);
    t.addStatic(prefix(QStringLiteral("10.48.66.156/32")), addr(QStringLiteral("193.0.0.6")), QStringLiteral("intf2"), 1);
    t.addStatic(prefix(QStringLiteral("11.0.0.0/24")), addr(QStringLiteral("193.0.0.6")), QStringLiteral("intf2"), 1);
    return t;
}

QString describe(const std::optional<RouteResult> &r)
{
    return r ? QStringLiteral("%1 %2").arg(r->interface, r->nextHop.toString()) : QStringLiteral("none");
}

} // namespace

class TstRoutingTable : public QObject
{
    Q_OBJECT

private slots:
    void snowLongestPrefixMatch_data();
    void snowLongestPrefixMatch();
    void snowShowRouteOrder();
    void tieBreaks_data();
    void tieBreaks();
    void interfaceDownFallsBack();
    void recursiveResolution();
    void recursionLoopIsUnresolved();
    void classfulLookup_data();
    void classfulLookup();
    void explainListsEveryCandidate();
    void addRemove();
    void lookupFollowsEveryChange();
    void cacheAnswersManyDestinations();
};

void TstRoutingTable::snowLongestPrefixMatch_data()
{
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inside-host") << "10.0.0.5" << "inside 10.0.0.5";
    QTest::newRow("rain-lan") << "11.0.0.2" << "intf2 193.0.0.6";
    QTest::newRow("rain-host-route-beats-default") << "10.48.66.156" << "intf2 193.0.0.6";
    QTest::newRow("rain-neighbour-uses-default") << "10.48.66.44" << "outside 193.0.0.2";
    QTest::newRow("carrion-connected") << "193.0.0.6" << "intf2 193.0.0.6";
    QTest::newRow("outside-router") << "193.0.0.2" << "outside 193.0.0.2";
    QTest::newRow("between-subnets-default") << "193.0.0.9" << "outside 193.0.0.2";
    QTest::newRow("client-pool-default") << "12.0.0.1" << "outside 193.0.0.2";
    QTest::newRow("broadcast-of-inside") << "10.0.0.255" << "inside 10.0.0.255";
}

void TstRoutingTable::snowLongestPrefixMatch()
{
    QFETCH(QString, destination);
    QFETCH(QString, expected);
    QCOMPARE(describe(snowTable().lookup(addr(destination))), expected);
}

void TstRoutingTable::snowShowRouteOrder()
{
    QStringList networks;
    for (const Route &r : snowTable().sortedRoutes())
        networks << r.prefix.toString();
    QCOMPARE(networks, (QStringList{"0.0.0.0/0", "10.0.0.0/24", "10.48.66.156/32", "11.0.0.0/24",
                                    "193.0.0.0/30", "193.0.0.4/30"}));
}

void TstRoutingTable::tieBreaks_data()
{
    // Each row: routes as "prefix gateway interface metric distance", destination, winner.
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("expected");
    QTest::newRow("lower-metric-wins")
        << QStringList{"10.1.0.0/16 1.0.0.1 if1 5 1", "10.1.0.0/16 2.0.0.1 if2 2 1"} << "10.1.2.3" << "if2 2.0.0.1";
    QTest::newRow("equal-first-entry-wins")
        << QStringList{"10.1.0.0/16 1.0.0.1 if1 1 1", "10.1.0.0/16 2.0.0.1 if2 1 1"} << "10.1.2.3" << "if1 1.0.0.1";
    QTest::newRow("lower-distance-beats-lower-metric")
        << QStringList{"10.1.0.0/16 1.0.0.1 if1 0 200", "10.1.0.0/16 2.0.0.1 if2 9 1"} << "10.1.2.3" << "if2 2.0.0.1";
    QTest::newRow("longer-prefix-beats-metric")
        << QStringList{"10.0.0.0/8 1.0.0.1 if1 0 1", "10.1.0.0/16 2.0.0.1 if2 99 250"} << "10.1.2.3" << "if2 2.0.0.1";
    QTest::newRow("host-route")
        << QStringList{"0.0.0.0/0 1.0.0.1 if1 1 1", "10.1.2.3/32 2.0.0.1 if2 1 1"} << "10.1.2.3" << "if2 2.0.0.1";
    QTest::newRow("host-route-misses-neighbour")
        << QStringList{"0.0.0.0/0 1.0.0.1 if1 1 1", "10.1.2.3/32 2.0.0.1 if2 1 1"} << "10.1.2.4" << "if1 1.0.0.1";
    QTest::newRow("default-only") << QStringList{"0.0.0.0/0 1.0.0.1 if1 1 1"} << "255.255.255.255" << "if1 1.0.0.1";
    QTest::newRow("no-match") << QStringList{"10.0.0.0/8 1.0.0.1 if1 1 1"} << "11.0.0.1" << "none";
    QTest::newRow("empty-table") << QStringList{} << "1.2.3.4" << "none";
    QTest::newRow("non-canonical-prefix-is-masked")
        << QStringList{"10.1.2.99/24 1.0.0.1 if1 1 1"} << "10.1.2.7" << "if1 1.0.0.1";
}

void TstRoutingTable::tieBreaks()
{
    QFETCH(QStringList, routes);
    QFETCH(QString, destination);
    QFETCH(QString, expected);
    RoutingTable t;
    for (const QString &line : routes) {
        const QStringList f = line.split(QLatin1Char(' '));
        QVERIFY(t.addStatic(prefix(f[0]), addr(f[1]), f[2], f[3].toInt(), f[4].toInt()));
    }
    QCOMPARE(describe(t.lookup(addr(destination))), expected);
}

void TstRoutingTable::interfaceDownFallsBack()
{
    RoutingTable t = snowTable();
    t.setInterfaceUp(QStringLiteral("intf2"), false);
    QVERIFY(!t.isInterfaceUp(QStringLiteral("intf2")));
    // The host route and the connected subnet on intf2 are withdrawn: the default remains.
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("10.48.66.156")))), QStringLiteral("outside 193.0.0.2"));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("193.0.0.6")))), QStringLiteral("outside 193.0.0.2"));
    t.setInterfaceUp(QStringLiteral("outside"), false);
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("10.48.66.156")))), QStringLiteral("none"));
    t.setInterfaceUp(QStringLiteral("intf2"), true);
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("10.48.66.156")))), QStringLiteral("intf2 193.0.0.6"));
}

void TstRoutingTable::recursiveResolution()
{
    // IOS: ip route 0.0.0.0 0.0.0.0 10.1.1.254 ; ip route 172.16.0.0 255.240.0.0 192.168.9.9
    //      ip route 192.168.9.0 255.255.255.0 10.1.1.253 (two levels)
    RoutingTable t;
    t.addConnected(QStringLiteral("Ethernet0"), prefix(QStringLiteral("10.1.1.1/24")));
    t.addStatic(prefix(QStringLiteral("0.0.0.0/0")), addr(QStringLiteral("10.1.1.254")));
    t.addStatic(prefix(QStringLiteral("172.16.0.0/12")), addr(QStringLiteral("192.168.9.9")));
    t.addStatic(prefix(QStringLiteral("192.168.9.0/24")), addr(QStringLiteral("10.1.1.253")));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("8.8.8.8")))), QStringLiteral("Ethernet0 10.1.1.254"));
    const auto twoLevels = t.lookup(addr(QStringLiteral("172.20.0.1")));
    QCOMPARE(describe(twoLevels), QStringLiteral("Ethernet0 192.168.9.9"));
    QCOMPARE(twoLevels->route.prefix, prefix(QStringLiteral("172.16.0.0/12")));
    // Interface down: the recursion fails and so do the routes that depend on it.
    t.setInterfaceUp(QStringLiteral("Ethernet0"), false);
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("172.20.0.1")))), QStringLiteral("none"));
}

void TstRoutingTable::recursionLoopIsUnresolved()
{
    RoutingTable t;
    t.addStatic(prefix(QStringLiteral("0.0.0.0/0")), addr(QStringLiteral("1.1.1.1")));
    t.addStatic(prefix(QStringLiteral("1.1.1.0/24")), addr(QStringLiteral("2.2.2.2")));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("9.9.9.9")))), QStringLiteral("none"));
    const RouteExplanation e = t.explain(addr(QStringLiteral("9.9.9.9")));
    QCOMPARE(e.candidates.size(), std::size_t(1));
    QCOMPARE(e.candidates.front().verdict, Verdict::GatewayUnresolved);
}

void TstRoutingTable::classfulLookup_data()
{
    QTest::addColumn<bool>("classless");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("expected");
    QTest::newRow("classless-subnet-uses-default") << true << "10.2.2.2" << "Serial0 192.168.1.2";
    QTest::newRow("classful-known-major-no-default") << false << "10.2.2.2" << "none";
    QTest::newRow("classful-known-subnet") << false << "10.1.1.9" << "Ethernet0 10.1.1.9";
    QTest::newRow("classful-other-major-uses-default") << false << "172.16.0.1" << "Serial0 192.168.1.2";
    QTest::newRow("classful-class-c-subnetted") << false << "192.168.1.200" << "none";
}

void TstRoutingTable::classfulLookup()
{
    QFETCH(bool, classless);
    QFETCH(QString, destination);
    QFETCH(QString, expected);
    RoutingTable t;
    t.setClassless(classless);
    t.addConnected(QStringLiteral("Ethernet0"), prefix(QStringLiteral("10.1.1.1/24")));
    t.addConnected(QStringLiteral("Serial0"), prefix(QStringLiteral("192.168.1.1/30")));
    t.addStatic(prefix(QStringLiteral("0.0.0.0/0")), addr(QStringLiteral("192.168.1.2")), QStringLiteral("Serial0"));
    QCOMPARE(describe(t.lookup(addr(destination))), expected);
}

void TstRoutingTable::explainListsEveryCandidate()
{
    RoutingTable t = snowTable();
    t.addStatic(prefix(QStringLiteral("10.48.66.0/24")), addr(QStringLiteral("193.0.0.2")), QStringLiteral("outside"), 1);
    t.addStatic(prefix(QStringLiteral("10.48.66.156/32")), addr(QStringLiteral("193.0.0.2")), QStringLiteral("outside"), 3);
    const RouteExplanation e = t.explain(addr(QStringLiteral("10.48.66.156")));
    QCOMPARE(e.candidates.size(), std::size_t(4));
    QCOMPARE(e.candidates[0].verdict, Verdict::ShorterPrefix);  // default
    QCOMPARE(e.candidates[1].verdict, Verdict::Selected);       // host route via intf2, metric 1
    QCOMPARE(e.candidates[2].verdict, Verdict::ShorterPrefix);  // the /24
    QCOMPARE(e.candidates[3].verdict, Verdict::HigherMetric);   // host route via outside, metric 3
    const QStringList lines = e.lines();
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("S 0.0.0.0/0 via 193.0.0.2 outside [1/1]: shorter prefix"));
    QCOMPARE(lines[1], QStringLiteral("S 10.48.66.156/32 via 193.0.0.6 intf2 [1/1]: selected"));
    QCOMPARE(lines[4], QStringLiteral("10.48.66.156 via intf2 next hop 193.0.0.6"));
    QCOMPARE(t.explain(addr(QStringLiteral("1.1.1.1"))).lines().last(), QStringLiteral("1.1.1.1 via outside next hop 193.0.0.2"));

    RoutingTable empty;
    QCOMPARE(empty.explain(addr(QStringLiteral("1.1.1.1"))).lines(), QStringList{QStringLiteral("no route to 1.1.1.1")});
    RoutingTable down = snowTable();
    down.setInterfaceUp(QStringLiteral("inside"), false);
    QCOMPARE(down.explain(addr(QStringLiteral("10.0.0.9"))).lines(),
             (QStringList{QStringLiteral("C 10.0.0.0/24 inside [0/1]: interface down"),
                          QStringLiteral("S 0.0.0.0/0 via 193.0.0.2 outside [1/1]: selected"),
                          QStringLiteral("10.0.0.9 via outside next hop 193.0.0.2")}));
}

void TstRoutingTable::addRemove()
{
    RoutingTable t = snowTable();
    QCOMPARE(t.routes().size(), std::size_t(6));
    QVERIFY(!t.addStatic(prefix(QStringLiteral("11.0.0.0/24")), addr(QStringLiteral("193.0.0.6")), QStringLiteral("intf2"), 1));
    QVERIFY(!t.addConnected(QStringLiteral("inside"), prefix(QStringLiteral("10.0.0.77/24")), 1));
    // `no route intf2 11.0.0.0 255.255.255.0 193.0.0.6 1`
    Route r{prefix(QStringLiteral("11.0.0.0/24")), addr(QStringLiteral("193.0.0.6")), QStringLiteral("intf2"), 1, 1, RouteOrigin::Static};
    QVERIFY(t.remove(r));
    QVERIFY(!t.remove(r));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("11.0.0.2")))), QStringLiteral("outside 193.0.0.2"));
    t.removeConnected(QStringLiteral("inside"));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("10.0.0.5")))), QStringLiteral("outside 193.0.0.2"));
    QCOMPARE(t.routes().size(), std::size_t(4));
    t.clear();
    QVERIFY(t.routes().empty());
}

void TstRoutingTable::lookupFollowsEveryChange()
{
    // lookup() remembers its answers; every change of the table must show in the next one.
    RoutingTable t = snowTable();
    const Ipv4Address rain = addr(QStringLiteral("10.48.66.156"));
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("intf2 193.0.0.6"));
    Route host{prefix(QStringLiteral("10.48.66.156/32")), addr(QStringLiteral("193.0.0.6")), QStringLiteral("intf2"), 1, 1,
               RouteOrigin::Static};
    QVERIFY(t.remove(host));
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("outside 193.0.0.2"));
    QVERIFY(t.addStatic(host.prefix, host.gateway, host.interface, 1));
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("intf2 193.0.0.6"));
    t.setInterfaceUp(QStringLiteral("intf2"), false);
    t.setInterfaceUp(QStringLiteral("intf2"), false);  // no change: the answer stays right
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("outside 193.0.0.2"));
    t.setInterfaceUp(QStringLiteral("intf2"), true);
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("intf2 193.0.0.6"));
    t.removeConnected(QStringLiteral("intf2"));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("193.0.0.6")))), QStringLiteral("outside 193.0.0.2"));
    // Without ip classless a subnetted major network may not use the default route.
    RoutingTable ios;
    ios.addConnected(QStringLiteral("Ethernet0"), prefix(QStringLiteral("10.1.1.1/24")));
    ios.addStatic(prefix(QStringLiteral("0.0.0.0/0")), addr(QStringLiteral("10.1.1.254")), QStringLiteral("Ethernet0"));
    QCOMPARE(describe(ios.lookup(addr(QStringLiteral("10.2.2.2")))), QStringLiteral("Ethernet0 10.1.1.254"));
    ios.setClassless(false);
    QCOMPARE(describe(ios.lookup(addr(QStringLiteral("10.2.2.2")))), QStringLiteral("none"));
    t.clear();
    QCOMPARE(describe(t.lookup(rain)), QStringLiteral("none"));
}

void TstRoutingTable::cacheAnswersManyDestinations()
{
    // A hub asks for thousands of destinations: the cache grows, shares the answers of a route,
    // and keeps each connected destination its own next hop, asked in any order, twice.
    RoutingTable t = snowTable();
    t.addConnected(QStringLiteral("wan"), prefix(QStringLiteral("172.16.0.1/16")));
    const auto expected = [](std::uint32_t i) {
        return i % 2 == 0 ? QStringLiteral("wan ") + Ipv4Address(0xac100000u + i).toString()
                          : QStringLiteral("outside 193.0.0.2");
    };
    const auto destination = [](std::uint32_t i) {
        return i % 2 == 0 ? Ipv4Address(0xac100000u + i) : Ipv4Address(0x08000000u + i);
    };
    for (int round = 0; round < 2; ++round) {
        for (std::uint32_t n = 0; n < 5000; ++n) {
            const std::uint32_t i = round == 0 ? n : (n * 7919) % 5000;
            const auto hit = t.find(destination(i));
            QVERIFY(hit);
            QCOMPARE(*hit->interface + QLatin1Char(' ') + hit->nextHop.toString(), expected(i));
            QCOMPARE(describe(t.lookup(destination(i))), expected(i));
        }
    }
    // Address 0 is a key like any other (an empty slot is marked by its answer).
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("0.0.0.0")))), QStringLiteral("outside 193.0.0.2"));
    QCOMPARE(describe(t.lookup(addr(QStringLiteral("0.0.0.0")))), QStringLiteral("outside 193.0.0.2"));
    t.clear();
    QVERIFY(!t.find(destination(2)));
}

QTEST_GUILESS_MAIN(TstRoutingTable)
#include "tst_routing_table.moc"
