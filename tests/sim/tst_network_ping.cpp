#include "sim/devices/packet_stage.h"
#include "tests/example_project.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/drop_codes.h"
#include "sim/net/icmp_message.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using namespace vtd::sim::time_literals;
using vtd::model::Ipv4Address;

// The built-in example (Cisco note 16060), as the simulator wires it:
//
//   snow-lan-host .2 --10.0.0.0/24-- [inside 10.0.0.1  snow  outside 193.0.0.1]--193.0.0.0/30--[193.0.0.2 Et5/1]
//                                    [intf2 193.0.0.5]----------193.0.0.4/30----------------[193.0.0.6 Et5/2] carrion
//                                                                                           [10.48.66.44 Et5/0]
//                                                                                                  |
//   rain-lan-host .2 --11.0.0.0/24-- [inside 11.0.0.1  rain  outside 10.48.66.156]--10.48.66.0/24--+-- vpnclient .76
//
// carrion has no static routes; the PIXes run as plain routers (no NAT/ACL pipeline yet), so
// the pings below stay on paths that need no translation.

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

/** One run: simulator, recorder and the network built from a project. */
struct Run
{
    explicit Run(const vtd::model::Project &project, std::uint64_t seed = 1) : sim(seed), network(sim)
    {
        sim.addTraceSink(&recorder);
        diagnostics = network.build(project);
    }

    QString ping(const QString &from, const char *to, PingOptions options = {})
    {
        SimNode *source = network.node(from);
        if (!source)
            return QStringLiteral("<no node %1>").arg(from);
        PingSession session(*source, addr(to), options);
        session.start();
        sim.runAll();
        return session.isFinished() ? session.result() : QStringLiteral("<unfinished>");
    }

    std::vector<DropTrace> drops(const QString &code) const
    {
        std::vector<DropTrace> out;
        for (const DropTrace &drop : recorder.ofType<DropTrace>()) {
            if (drop.code == code)
                out.push_back(drop);
        }
        return out;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
    vtd::model::Diagnostics diagnostics;
};

/** Drops every ICMP packet it sees: the shape of a future ACL stage. */
class DropIcmpStage final : public PacketStage
{
public:
    QString name() const override { return QStringLiteral("test-acl"); }
    StageVerdict process(SimNode &, net::Packet &packet, net::SimInterface &) override
    {
        if (packet.protocol() != net::ip_protocol::Icmp)
            return StageVerdict::proceed();
        return StageVerdict::drop(QStringLiteral("test.blocked"), {{QStringLiteral("why"), QStringLiteral("icmp")}});
    }
};

/** Takes every packet over, as a crypto map would before IKE has an SA. */
class ConsumeStage final : public PacketStage
{
public:
    QString name() const override { return QStringLiteral("test-protect"); }
    StageVerdict process(SimNode &, net::Packet &, net::SimInterface &) override
    {
        ++taken;
        return StageVerdict::consumed();
    }
    int taken = 0;
};

} // namespace

class TstNetworkPing : public QObject
{
    Q_OBJECT

private slots:
    void buildsTheExample();
    void pingsWithoutTranslation_data();
    void pingsWithoutTranslation();
    void pingPacesEchoesByReplies();
    void iosStaticRouteByNextHop();
    void unroutedAddressIsDroppedAtTheRouter();
    void ttlExpiryAnswersTimeExceeded();
    void shutDownInterfaceCarriesNothing();
    void routesFollowLinkChangesMidRun();
    void listenersMayChangeWhileTheyHear();
    void ingressStageDropIsTraced();
    void egressStageCanConsume();
    void implicitHostJoinsConnectedSubnet();
    void sameSeedSameTrace();
};

void TstNetworkPing::buildsTheExample()
{
    Run run(example());
    QVERIFY(!vtd::model::hasErrors(run.diagnostics));
    QCOMPARE(run.network.nodes().size(), std::size_t(6));

    SimNode *snow = run.network.node(QStringLiteral("snow"));
    QVERIFY(snow);
    QCOMPARE(snow->interfaces().size(), std::size_t(6));
    net::SimInterface *outside = snow->interface(QStringLiteral("outside"));
    QVERIFY(outside);
    QCOMPARE(outside->address().toString(), QStringLiteral("193.0.0.1/30"));
    QVERIFY(outside->isOperational());
    QCOMPARE(snow->interfaceAtPort(QStringLiteral("ethernet0")), outside);
    // `interface ethernet3 auto shutdown` and the 127.0.0.1/32 placeholder.
    net::SimInterface *intf3 = snow->interface(QStringLiteral("intf3"));
    QVERIFY(intf3 && !intf3->isAdminUp() && !intf3->hasAddress());
    // connected routes for outside/inside/intf2, plus three `route` lines
    QCOMPARE(snow->routingTable().routes().size(), std::size_t(6));

    SimNode *carrion = run.network.node(QStringLiteral("carrion"));
    QVERIFY(carrion && carrion->role() == SimNode::Role::Router);
    QVERIFY(carrion->ownsAddress(addr("10.48.66.44")));
    QVERIFY(!carrion->interface(QStringLiteral("Serial0/0"))->isAdminUp());
    QVERIFY(carrion->routingTable().isClassless());

    SimNode *client = run.network.node(QStringLiteral("vpnclient"));
    QVERIFY(client && client->role() == SimNode::Role::EndSystem);
    const auto toInternet = client->routingTable().lookup(addr("8.8.8.8"));
    QVERIFY(toInternet);
    QCOMPARE(toInternet->nextHop, addr("10.48.66.44"));
}

void TstNetworkPing::pingsWithoutTranslation_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("snow LAN host to snow inside") << "snow-lan-host" << "10.0.0.1" << "!!!!!";
    QTest::newRow("rain LAN host to rain inside") << "rain-lan-host" << "11.0.0.1" << "!!!!!";
    QTest::newRow("vpnclient to carrion") << "vpnclient" << "10.48.66.44" << "!!!!!";
    QTest::newRow("vpnclient to rain outside") << "vpnclient" << "10.48.66.156" << "!!!!!";
    QTest::newRow("vpnclient through carrion") << "vpnclient" << "193.0.0.2" << "!!!!!";
    QTest::newRow("carrion to snow intf2") << "carrion" << "193.0.0.5" << "!!!!!";
    QTest::newRow("snow to carrion") << "snow" << "193.0.0.2" << "!!!!!";
}

void TstNetworkPing::pingsWithoutTranslation()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    Run run(example());
    QCOMPARE(run.ping(from, to.toLatin1().constData()), expected);
    QVERIFY(run.recorder.ofType<DropTrace>().empty());
}

// One echo per round trip: 1 ms there, 1 ms back, the next echo at once.
void TstNetworkPing::pingPacesEchoesByReplies()
{
    Run run(example());
    PingOptions options;
    options.count = 3;
    options.size = 36;
    PingSession session(*run.network.node(QStringLiteral("snow-lan-host")), addr("10.0.0.1"), options);
    bool done = false;
    session.start([&] { done = true; });
    run.sim.runAll();
    QVERIFY(done);
    QCOMPARE(session.sent(), 3);
    QCOMPARE(session.received(), 3);
    QCOMPARE(run.sim.now(), 6_ms);
    const auto sent = run.recorder.ofType<PacketTrace>();
    QVERIFY(!sent.empty());
    QCOMPARE(sent.front().bytes.size(), 20 + 8 + 36);
}

// carrion gets `ip route 11.0.0.0 255.255.255.0 10.48.66.156`: resolved through Ethernet5/0.
void TstNetworkPing::iosStaticRouteByNextHop()
{
    vtd::model::Project project = example();
    vtd::model::Node *carrionNode = project.node(project.nodeByName(QStringLiteral("carrion"))->id);
    const QString anchor = QStringLiteral("ip classless\n");
    QVERIFY(carrionNode->configText.contains(anchor));
    carrionNode->configText.replace(anchor, anchor + QStringLiteral("ip route 11.0.0.0 255.255.255.0 10.48.66.156\n"));
    Run run(project);
    const auto route = run.network.node(QStringLiteral("carrion"))->routingTable().lookup(addr("11.0.0.1"));
    QVERIFY(route);
    QCOMPARE(route->interface, QStringLiteral("Ethernet5/0"));
    QCOMPARE(route->nextHop, addr("10.48.66.156"));
    PingOptions options;
    options.source = addr("10.48.66.44");
    QCOMPARE(run.ping(QStringLiteral("carrion"), "11.0.0.1", options), QStringLiteral("!!!!!"));
    QVERIFY(run.recorder.ofType<DropTrace>().empty());
}

// vpnclient -> carrion (default gateway) -> nowhere: carrion has no route to 8.8.8.8.
void TstNetworkPing::unroutedAddressIsDroppedAtTheRouter()
{
    Run run(example());
    PingOptions options;
    options.count = 2;
    QCOMPARE(run.ping(QStringLiteral("vpnclient"), "8.8.8.8", options), QStringLiteral(".."));
    const auto drops = run.drops(QString::fromLatin1(net::drop_code::NoRoute));
    QCOMPARE(drops.size(), std::size_t(2));
    QCOMPARE(drops.front().node, QStringLiteral("carrion"));
    QCOMPARE(drops.front().stage, QStringLiteral("route"));
    QCOMPARE(drops.front().params.value(QStringLiteral("destination")), QStringLiteral("8.8.8.8"));
    QCOMPARE(run.sim.now(), 4_s); // two timeouts of 2 s
}

// vpnclient --TTL 1--> carrion: dropped there, ICMP time exceeded back from 10.48.66.44.
void TstNetworkPing::ttlExpiryAnswersTimeExceeded()
{
    Run run(example());
    SimNode *client = run.network.node(QStringLiteral("vpnclient"));
    std::vector<net::Packet> received;
    client->addLocalListener([&](const net::Packet &p) { received.push_back(p); });
    net::Ipv4Header header;
    header.destination = addr("193.0.0.1");
    header.ttl = 1;
    QVERIFY(client->send(net::Packet::icmp(header, net::IcmpMessage::echoRequest(7, 0, QByteArray(8, 'x')))));
    run.sim.runAll();

    const auto drops = run.drops(QString::fromLatin1(net::drop_code::TtlExpired));
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().node, QStringLiteral("carrion"));
    QCOMPARE(drops.front().interface, QStringLiteral("Ethernet5/0"));
    QCOMPARE(received.size(), std::size_t(1));
    QCOMPARE(received.front().source(), addr("10.48.66.44"));
    const auto message = net::IcmpMessage::decode(received.front().payload());
    QVERIFY(message);
    QCOMPARE(message->type, net::icmp_type::TimeExceeded);
    QCOMPARE(message->quotedHeader()->destination, addr("193.0.0.1"));
}

// carrion's Ethernet5/0 shut down in its configuration: nothing crosses it either way.
void TstNetworkPing::shutDownInterfaceCarriesNothing()
{
    vtd::model::Project project = example();
    vtd::model::Node *carrionNode = project.node(project.nodeByName(QStringLiteral("carrion"))->id);
    const QString block = QStringLiteral("interface Ethernet5/0\n ip address 10.48.66.44 255.255.255.0\n");
    QVERIFY(carrionNode->configText.contains(block));
    carrionNode->configText.replace(block, block + QStringLiteral(" shutdown\n"));
    Run run(project);
    SimNode *carrion = run.network.node(QStringLiteral("carrion"));
    QVERIFY(!carrion->interface(QStringLiteral("Ethernet5/0"))->isAdminUp());

    PingOptions options;
    options.count = 1;
    QCOMPARE(run.ping(QStringLiteral("vpnclient"), "10.48.66.44", options), QStringLiteral("."));
    QCOMPARE(run.drops(QString::fromLatin1(net::drop_code::NextHopUnresolved)).size(), std::size_t(1));
    // From carrion itself, the connected route through the shut interface is withdrawn.
    options.source = addr("193.0.0.2");
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("."));
    const auto noRoute = run.drops(QString::fromLatin1(net::drop_code::NoRoute));
    QCOMPARE(noRoute.size(), std::size_t(1));
    QCOMPARE(noRoute.front().node, QStringLiteral("carrion"));
}

void TstNetworkPing::routesFollowLinkChangesMidRun()
{
    // A node's routes hear the interface states only when some link state changed: a route
    // used before a shutdown must be gone after it, and back after `no shutdown`.
    Run run(example());
    net::SimInterface *toClient = run.network.node(QStringLiteral("carrion"))->interface(QStringLiteral("Ethernet5/0"));
    PingOptions options;
    options.count = 1;
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("!"));
    toClient->setAdminUp(false);
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("."));
    QCOMPARE(run.drops(QString::fromLatin1(net::drop_code::NoRoute)).size(), std::size_t(1));
    toClient->setAdminUp(true);
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("!"));
    // The cable too: pulled at the client's end, carrion's side keeps its carrier on the segment.
    toClient->setCableConnected(false);
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("."));
    QCOMPARE(run.drops(QString::fromLatin1(net::drop_code::NoRoute)).size(), std::size_t(2));
    toClient->setCableConnected(true);
    QCOMPARE(run.ping(QStringLiteral("carrion"), "10.48.66.76", options), QStringLiteral("!"));
}

void TstNetworkPing::listenersMayChangeWhileTheyHear()
{
    // A listener removed while a packet is being delivered hears no more; one added then hears
    // from the next packet on.
    Run run(example());
    SimNode *client = run.network.node(QStringLiteral("vpnclient"));
    int heardByFirst = 0;
    int heardByAdded = 0;
    int firstId = 0;
    firstId = client->addLocalListener([&](const net::Packet &) {
        ++heardByFirst;
        client->removeLocalListener(firstId);
        client->addLocalListener([&](const net::Packet &) { ++heardByAdded; });
    });
    PingOptions options;
    options.count = 2;
    QCOMPARE(run.ping(QStringLiteral("vpnclient"), "10.48.66.44", options), QStringLiteral("!!"));
    QCOMPARE(heardByFirst, 1);
    QCOMPARE(heardByAdded, 1);
}

void TstNetworkPing::ingressStageDropIsTraced()
{
    Run run(example());
    run.network.node(QStringLiteral("carrion"))->addIngressStage(std::make_unique<DropIcmpStage>());
    PingOptions options;
    options.count = 2;
    QCOMPARE(run.ping(QStringLiteral("vpnclient"), "10.48.66.44", options), QStringLiteral(".."));
    const auto drops = run.drops(QStringLiteral("test.blocked"));
    QCOMPARE(drops.size(), std::size_t(2));
    QCOMPARE(drops.front().node, QStringLiteral("carrion"));
    QCOMPARE(drops.front().interface, QStringLiteral("Ethernet5/0"));
    QCOMPARE(drops.front().stage, QStringLiteral("test-acl"));
    QCOMPARE(drops.front().params.value(QStringLiteral("why")), QStringLiteral("icmp"));
    QCOMPARE(run.recorder.ofType<DropTrace>().size(), std::size_t(2));
}

void TstNetworkPing::egressStageCanConsume()
{
    Run run(example());
    auto stage = std::make_unique<ConsumeStage>();
    ConsumeStage *consume = stage.get();
    run.network.node(QStringLiteral("carrion"))->addEgressStage(std::move(stage));
    PingOptions options;
    options.count = 1;
    QCOMPARE(run.ping(QStringLiteral("vpnclient"), "193.0.0.1", options), QStringLiteral("."));
    QCOMPARE(consume->taken, 1);
    QVERIFY(run.recorder.ofType<DropTrace>().empty());
}

void TstNetworkPing::implicitHostJoinsConnectedSubnet()
{
    Run run(example());
    QCOMPARE(run.network.ensureEndpoint(addr("10.0.0.2")), run.network.node(QStringLiteral("snow-lan-host")));
    QVERIFY(!run.network.ensureEndpoint(addr("8.8.8.8")));
    SimNode *implicit = run.network.ensureEndpoint(addr("10.0.0.9"));
    QVERIFY(implicit);
    QCOMPARE(implicit->name(), QStringLiteral("host-10.0.0.9"));
    QCOMPARE(run.network.ensureEndpoint(addr("10.0.0.9")), implicit);
    QCOMPARE(run.ping(implicit->name(), "10.0.0.1"), QStringLiteral("!!!!!"));
    QCOMPARE(run.ping(QStringLiteral("snow-lan-host"), "10.0.0.9"), QStringLiteral("!!!!!"));
}

void TstNetworkPing::sameSeedSameTrace()
{
    auto fingerprint = [](std::uint64_t seed) {
        Run run(example(), seed);
        run.ping(QStringLiteral("vpnclient"), "193.0.0.5");
        run.ping(QStringLiteral("vpnclient"), "8.8.8.8");
        run.ping(QStringLiteral("snow-lan-host"), "10.0.0.1");
        return std::make_pair(run.recorder.fingerprint(), run.recorder.events().size());
    };
    const auto first = fingerprint(42);
    QVERIFY(first.second > 40);
    QCOMPARE(fingerprint(42), first);
}

QTEST_GUILESS_MAIN(TstNetworkPing)
#include "tst_network_ping.moc"
