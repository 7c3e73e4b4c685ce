#include "ios_test_packets.h"

#include "sim/devices/ios/ios_access_lists.h"
#include "sim/devices/ios/ios_device.h"
#include "sim/devices/ios/ios_drop_codes.h"
#include "sim/devices/ios/ios_nat_table.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/lan_segment.h"

#include "generators/ios122/ios122_parser.h"

#include <QtTest>

#include <memory>
#include <vector>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using namespace ios_test;

// .5, .9, .20, .70 --192.168.1.0/24-- [Et0/0 inside  r  Et0/1 outside]--200.1.1.0/24-- out2 .2, out3 .3
//
// Rules: list 30 (192.168.1.64/26) to Et0/2, which has no address; route map nonat PATs the LAN
// to Et0/1 except toward 200.1.1.3 (the "VPN" peer, denied by access list 120); 192.168.1.9
// has a static translation to 200.1.1.9. out3 routes back through r, out2 knows only its LAN.

namespace {

const char *const Config = "hostname r\n"
                           "interface Ethernet0/0\n"
                           " ip address 192.168.1.1 255.255.255.0\n"
                           " ip nat inside\n"
                           "interface Ethernet0/1\n"
                           " ip address 200.1.1.1 255.255.255.0\n"
                           " ip nat outside\n"
                           "interface Ethernet0/2\n"
                           " no ip address\n"
                           "ip nat inside source list 30 interface Ethernet0/2 overload\n"
                           "ip nat inside source route-map nonat interface Ethernet0/1 overload\n"
                           "ip nat inside source static 192.168.1.9 200.1.1.9\n"
                           "ip classless\n"
                           "access-list 30 permit 192.168.1.64 0.0.0.63\n"
                           "access-list 120 deny   ip 192.168.1.0 0.0.0.255 host 200.1.1.3\n"
                           "access-list 120 permit ip 192.168.1.0 0.0.0.255 any\n"
                           "route-map nonat permit 10\n"
                           " match ip address 120\n"
                           "end\n";

/** The router, five hosts on two LAN segments, and what each host received. */
struct Net
{
    Net() : sim(1), inside(sim), outside(sim)
    {
        sim.addTraceSink(&recorder);
        const auto parsed = vtd::gen::ios122::parseIosConfig(QString::fromLatin1(Config));
        router = ios::buildIosDevice(sim, QStringLiteral("r"), parsed.config);
        inside.attach(*router->interface(QStringLiteral("Ethernet0/0")));
        outside.attach(*router->interface(QStringLiteral("Ethernet0/1")));
        for (const char *host : {"192.168.1.5", "192.168.1.9", "192.168.1.20", "192.168.1.70"})
            addHost(inside, host, 24, "192.168.1.1");
        addHost(outside, "200.1.1.2", 24, nullptr);
        addHost(outside, "200.1.1.3", 24, "200.1.1.1");
    }
    void addHost(net::LanSegment &lan, const char *address, int length, const char *gateway)
    {
        auto host = std::make_unique<SimNode>(sim, QString::fromLatin1(address), SimNode::Role::EndSystem);
        net::SimInterface &eth = host->addInterface(QStringLiteral("eth0"), QStringLiteral("eth0"));
        const vtd::model::Ipv4Prefix prefix(addr(address), length);
        eth.setAddress(prefix);
        host->routingTable().addConnected(QStringLiteral("eth0"), prefix);
        if (gateway)
            host->routingTable().addStatic(vtd::model::Ipv4Prefix(), addr(gateway), QStringLiteral("eth0"));
        lan.attach(eth);
        SimNode *raw = host.get();
        host->addLocalListener([this, raw](const net::Packet &p) { received.push_back({raw->name(), p}); });
        hosts.push_back(std::move(host));
    }
    SimNode &host(const char *address)
    {
        for (auto &node : hosts) {
            if (node->name() == QLatin1String(address))
                return *node;
        }
        Q_ASSERT(false);
        return *hosts.front();
    }
    QString ping(const char *from, const char *to)
    {
        PingSession session(host(from), addr(to));
        session.start();
        sim.runAll();
        return session.result();
    }
    /** Sources of what `address` received. */
    QStringList sourcesAt(const char *address) const
    {
        QStringList out;
        for (const auto &[name, packet] : received) {
            if (name == QLatin1String(address))
                out << packet.source().toString();
        }
        return out;
    }
    std::vector<DecisionTrace> decisions(const char *stage) const
    {
        std::vector<DecisionTrace> out;
        for (const DecisionTrace &d : recorder.ofType<DecisionTrace>()) {
            if (d.stage == QLatin1String(stage))
                out.push_back(d);
        }
        return out;
    }
    ios::IosNatTable &table() const { return *ios::IosNatTable::of(*router); }

    Simulator sim;
    TraceRecorder recorder;
    net::LanSegment inside;
    net::LanSegment outside;
    std::unique_ptr<SimNode> router;
    std::vector<std::unique_ptr<SimNode>> hosts;
    std::vector<std::pair<QString, net::Packet>> received;
};

} // namespace

class TstIosNat : public QObject
{
    Q_OBJECT
private slots:
    void insideDecision_data();
    void insideDecision();
    void patTranslatesAndReturns();
    void routeMapExemptionLeavesVpnTrafficUntranslated();
    void staticTranslatesBothWays();
    void patPicksAnotherPortWhenTaken();
    void returnWithoutTranslationReachesTheRouter();
    void icmpErrorReachesTheInsideHost();
    void rowsExpireAfterTheirIdleTimeout();
};

void TstIosNat::insideDecision_data()
{
    QTest::addColumn<net::Packet>("packet");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("dropCode");
    QTest::newRow("pat") << udp("192.168.1.5", "200.1.1.2", 5000, 9) << "translate"
                         << "192.168.1.5:5000 -> 200.1.1.1:5000, new translation by "
                            "ip nat inside source route-map nonat interface Ethernet0/1 overload"
                         << "";
    QTest::newRow("route-map exempt") << udp("192.168.1.5", "200.1.1.3", 5000, 9) << "exempt"
                                      << "route-map nonat permit 10: access-list 120 deny   ip 192.168.1.0 "
                                         "0.0.0.255 host 200.1.1.3"
                                      << "";
    QTest::newRow("static") << udp("192.168.1.9", "200.1.1.3", 5000, 9) << "translate"
                            << "192.168.1.9 -> 200.1.1.9 by ip nat inside source static 192.168.1.9 200.1.1.9"
                            << "";
    QTest::newRow("no address") << udp("192.168.1.70", "200.1.1.2", 5000, 9) << "drop"
                                << "ip nat inside source list 30 interface Ethernet0/2 overload: the interface "
                                   "has no address"
                                << QString::fromLatin1(ios::drop_code::NatNoAddress);
    QTest::newRow("gre exempt from pat") << net::Packet::build(header("192.168.1.5", "200.1.1.2", 47), "abcd")
                                         << "exempt"
                                         << "ip nat inside source route-map nonat interface Ethernet0/1 "
                                            "overload: protocol 47 has no port for PAT"
                                         << "";
}

void TstIosNat::insideDecision()
{
    QFETCH(net::Packet, packet);
    QFETCH(QString, outcome);
    QFETCH(QString, detail);
    QFETCH(QString, dropCode);
    Net n;
    packet.setTraceId(n.sim.allocatePacketId());
    n.router->receive(*n.router->interface(QStringLiteral("Ethernet0/0")), packet);
    const auto decided = n.decisions("ios-nat-inside");
    QCOMPARE(decided.size(), std::size_t(1));
    QCOMPARE(decided.front().outcome, outcome);
    QCOMPARE(decided.front().detail, detail);
    const auto drops = n.recorder.ofType<DropTrace>();
    QCOMPARE(drops.empty(), dropCode.isEmpty());
    if (!dropCode.isEmpty()) {
        QCOMPARE(drops.front().code, dropCode);
        QCOMPARE(drops.front().stage, QStringLiteral("ios-nat-inside"));
    }
}

void TstIosNat::patTranslatesAndReturns()
{
    Net n;
    QCOMPARE(n.ping("192.168.1.5", "200.1.1.2"), QStringLiteral("!!!!!"));
    QCOMPARE(n.sourcesAt("200.1.1.2"), QStringList(5, QStringLiteral("200.1.1.1")));
    QCOMPARE(n.sourcesAt("192.168.1.5"), QStringList(5, QStringLiteral("200.1.1.2")));
    QCOMPARE(n.table().translations().size(), std::size_t(1));
    const ios::IosNatTranslation &row = n.table().translations().front();
    QCOMPARE(row.protocol, 1);
    QCOMPARE(row.insideLocal, addr("192.168.1.5"));
    QCOMPARE(row.insideGlobal, addr("200.1.1.1"));
    QCOMPARE(row.globalPort, row.localPort); // the echo identifier was free
    QCOMPARE(row.outside, addr("200.1.1.2"));
    QCOMPARE(n.decisions("ios-nat-outside").size(), std::size_t(5));
    QCOMPARE(n.decisions("ios-nat-outside").front().outcome, QStringLiteral("untranslate"));
    QVERIFY(n.recorder.ofType<DropTrace>().empty());
    n.table().clear();
    QVERIFY(n.table().translations().empty());
}

void TstIosNat::routeMapExemptionLeavesVpnTrafficUntranslated()
{
    Net n;
    QCOMPARE(n.ping("192.168.1.5", "200.1.1.3"), QStringLiteral("!!!!!"));
    QCOMPARE(n.sourcesAt("200.1.1.3"), QStringList(5, QStringLiteral("192.168.1.5")));
    QVERIFY(n.table().translations().empty());
    QCOMPARE(n.decisions("ios-nat-inside").size(), std::size_t(5));
    QCOMPARE(n.decisions("ios-nat-inside").front().outcome, QStringLiteral("exempt"));
    QCOMPARE(n.decisions("ios-nat-outside").size(), std::size_t(0));
    // access list 30 was looked at first each time (implicit deny), then 120 denied
    const auto *lists = ios::IosAccessLists::of(*n.router);
    QCOMPARE(lists->matchCounts().value(QStringLiteral("120")), (QList<quint64>{5, 0}));
}

void TstIosNat::staticTranslatesBothWays()
{
    Net n;
    QCOMPARE(n.ping("192.168.1.9", "200.1.1.2"), QStringLiteral("!!!!!"));
    QCOMPARE(n.sourcesAt("200.1.1.2"), QStringList(5, QStringLiteral("200.1.1.9")));
    QCOMPARE(n.ping("200.1.1.2", "200.1.1.9"), QStringLiteral("!!!!!")); // from outside, by ARP alias
    QCOMPARE(n.sourcesAt("192.168.1.9").size(), 10);
    QVERIFY(n.table().translations().empty()); // statics are configuration, not rows
}

void TstIosNat::patPicksAnotherPortWhenTaken()
{
    Net n;
    for (const char *from : {"192.168.1.5", "192.168.1.9", "192.168.1.20"}) {
        net::Packet packet = udp(from, "200.1.1.2", 5000, 9);
        packet.setTraceId(n.sim.allocatePacketId());
        n.router->receive(*n.router->interface(QStringLiteral("Ethernet0/0")), packet);
    }
    n.sim.runAll();
    // .9 goes by its static; .5 keeps 5000; .20 finds 5000 taken on 200.1.1.1
    QCOMPARE(n.table().translations().size(), std::size_t(2));
    QCOMPARE(n.table().translations()[0].globalPort, 5000);
    QCOMPARE(n.table().translations()[1].insideLocal, addr("192.168.1.20"));
    QCOMPARE(n.table().translations()[1].globalPort, 1024);
    QCOMPARE(n.sourcesAt("200.1.1.2"),
             (QStringList{QStringLiteral("200.1.1.1"), QStringLiteral("200.1.1.9"), QStringLiteral("200.1.1.1")}));
}

void TstIosNat::returnWithoutTranslationReachesTheRouter()
{
    Net n;
    QCOMPARE(n.ping("200.1.1.2", "200.1.1.1"), QStringLiteral("!!!!!"));
    QCOMPARE(n.decisions("ios-nat-outside").size(), std::size_t(0));
}

void TstIosNat::icmpErrorReachesTheInsideHost()
{
    Net n;
    for (const char *from : {"192.168.1.5", "192.168.1.20"}) { // .20 gets 200.1.1.1:1024
        net::Packet packet = udp(from, "200.1.1.2", 5000, 9);
        packet.setTraceId(n.sim.allocatePacketId());
        n.router->receive(*n.router->interface(QStringLiteral("Ethernet0/0")), packet);
    }
    n.sim.runAll();
    const net::Packet offending = udp("200.1.1.1", "200.1.1.2", 1024, 9);
    net::Packet error = net::Packet::icmp(
        header("200.1.1.2", "200.1.1.1", 1),
        net::IcmpMessage::destinationUnreachable(net::unreachable_code::Port, offending.view()));
    error.setTraceId(n.sim.allocatePacketId());
    n.router->receive(*n.router->interface(QStringLiteral("Ethernet0/1")), error);
    n.sim.runAll();
    QCOMPARE(n.received.back().first, QStringLiteral("192.168.1.20"));
    const net::Packet &arrived = n.received.back().second;
    const auto message = net::IcmpMessage::decode(arrived.payload());
    QVERIFY(message);
    QCOMPARE(message->type, net::icmp_type::DestinationUnreachable);
    const auto quoted = message->quotedHeader();
    QVERIFY(quoted);
    QCOMPARE(quoted->source, addr("192.168.1.20"));
    QCOMPARE(net::readU16(net::viewOf(message->data), std::size_t(quoted->headerLength())), std::uint16_t(5000));
    QCOMPARE(n.decisions("ios-nat-outside").back().detail,
             QStringLiteral("ICMP error about 200.1.1.1:1024 -> 192.168.1.20:5000, translation by "
                            "ip nat inside source route-map nonat interface Ethernet0/1 overload"));
}

void TstIosNat::rowsExpireAfterTheirIdleTimeout()
{
    Net n;
    const auto idle = [&n](std::int64_t seconds) {
        n.sim.runUntil(n.sim.now() + SimTime::fromSeconds(seconds));
        n.table().expire(n.sim.now());
        return n.table().translations().size();
    };
    QCOMPARE(n.ping("192.168.1.5", "200.1.1.2"), QStringLiteral("!!!!!"));
    QCOMPARE(idle(59), std::size_t(1)); // icmp-timeout 60 s
    QCOMPARE(idle(2), std::size_t(0));
    net::Packet packet = udp("192.168.1.5", "200.1.1.2", 5000, 9);
    packet.setTraceId(n.sim.allocatePacketId());
    n.router->receive(*n.router->interface(QStringLiteral("Ethernet0/0")), packet);
    n.sim.runAll();
    QCOMPARE(idle(299), std::size_t(1)); // udp-timeout 300 s
    QCOMPARE(idle(2), std::size_t(0));
}

QTEST_GUILESS_MAIN(TstIosNat)
#include "tst_ios_nat.moc"
