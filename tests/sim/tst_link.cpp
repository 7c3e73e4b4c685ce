#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/icmp_message.h"
#include "sim/net/lan_segment.h"
#include "sim/net/packet.h"
#include "sim/net/point_to_point_link.h"
#include "sim/net/sim_interface.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::net;
using namespace vtd::sim::time_literals;
using vtd::model::Ipv4Address;
using vtd::model::Ipv4Prefix;

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

Ipv4Prefix prefix(const char *text)
{
    return *Ipv4Prefix::parse(QString::fromLatin1(text));
}

Packet echo(Simulator &sim, const char *source, const char *destination, std::uint16_t sequence = 0)
{
    Ipv4Header h;
    h.source = addr(source);
    h.destination = addr(destination);
    Packet p = Packet::icmp(h, IcmpMessage::echoRequest(1, sequence, QByteArray(100, '\xab')));
    p.setTraceId(sim.allocatePacketId());
    return p;
}

/** Arrivals at one interface: (time, packet). */
struct Inbox
{
    std::vector<std::pair<SimTime, Packet>> packets;

    void listen(Simulator &sim, SimInterface &interface)
    {
        interface.setReceiveHandler([this, &sim](SimInterface &, const Packet &p) { packets.emplace_back(sim.now(), p); });
    }
};

//   snow intf2 193.0.0.5/30 ======== 193.0.0.6/30 Ethernet5/2 carrion     (cable, 1 ms)
struct Cable
{
    Simulator sim{7};
    TraceRecorder trace;
    SimInterface snow{sim, QStringLiteral("snow"), QStringLiteral("intf2")};
    SimInterface carrion{sim, QStringLiteral("carrion"), QStringLiteral("Ethernet5/2")};
    PointToPointLink link{sim};
    Inbox atSnow;
    Inbox atCarrion;

    Cable()
    {
        sim.addTraceSink(&trace);
        snow.setAddress(prefix("193.0.0.5/30"));
        carrion.setAddress(prefix("193.0.0.6/30"));
        link.attach(snow);
        link.attach(carrion);
        atSnow.listen(sim, snow);
        atCarrion.listen(sim, carrion);
    }
};

//   hostA .10 ---+
//   hostB .11 ---+--- LAN 10.0.0.0/24 (attached in this order)
//   third     ---+
struct ThreeOnALan
{
    Simulator sim;
    LanSegment lan{sim};
    SimInterface a{sim, QStringLiteral("hostA"), QStringLiteral("eth0")};
    SimInterface b{sim, QStringLiteral("hostB"), QStringLiteral("eth0")};
    SimInterface c;
    Inbox atA;
    Inbox atB;
    Inbox atC;

    ThreeOnALan(const QString &thirdNode, const QString &thirdInterface, const char *thirdAddress)
        : c(sim, thirdNode, thirdInterface)
    {
        a.setAddress(prefix("10.0.0.10/24"));
        b.setAddress(prefix("10.0.0.11/24"));
        c.setAddress(prefix(thirdAddress));
        for (SimInterface *i : {&a, &b, &c})
            lan.attach(*i);
        atA.listen(sim, a);
        atB.listen(sim, b);
        atC.listen(sim, c);
    }
};

QStringList dropCodes(const TraceRecorder &trace)
{
    QStringList codes;
    for (const DropTrace &d : trace.ofType<DropTrace>())
        codes << QStringLiteral("%1@%2 %3").arg(d.code, d.node, d.interface);
    return codes;
}

} // namespace

class TstLink : public QObject
{
    Q_OBJECT

private slots:
    void deliversAfterOneMillisecond();
    void delayIsConfigurable();
    void cableTakesTwoEndsOnly();
    void nextHopMustBeOwnedByPeer();
    void interfaceStates_data();
    void interfaceStates();
    void linkDownWhileInFlight();
    void lanDeliversToNextHopOwner();
    void lanPortDownAffectsOnlyThatPort();
    void addressClaimAnswersForExtraAddresses();
    void ownerFollowsEveryChange();
    void lossEdges();
    void lossRateIsSeededAndAttributed();
    void detachedOrDestroyedWhileInFlight();
    void traceIsByteIdenticalAcrossRuns();
};

void TstLink::deliversAfterOneMillisecond()
{
    Cable c;
    c.sim.runUntil(5_ms);
    const Packet p = echo(c.sim, "193.0.0.5", "193.0.0.6");
    QVERIFY(c.snow.send(p, addr("193.0.0.6")));
    QVERIFY(c.snow.isOperational());
    c.sim.runAll();
    QCOMPARE(c.atCarrion.packets.size(), std::size_t(1));
    QCOMPARE(c.atCarrion.packets[0].first, 6_ms);
    QCOMPARE(c.atCarrion.packets[0].second.bytes(), p.bytes());
    QCOMPARE(c.atCarrion.packets[0].second.traceId(), p.traceId());
    QCOMPARE(c.trace.lines(), (QStringList{
        QStringLiteral("5.000000 snow intf2 sent #1 icmp 193.0.0.5 > 193.0.0.6 echo request id=1 seq=0 len=100"),
        QStringLiteral("6.000000 carrion Ethernet5/2 recv #1 icmp 193.0.0.5 > 193.0.0.6 echo request id=1 seq=0 len=100")}));
    QCOMPARE(c.trace.ofType<PacketTrace>().front().bytes, p.bytes());
}

void TstLink::delayIsConfigurable()
{
    Cable c;
    QCOMPARE(c.link.delay(), 1_ms);
    c.link.setDelay(250_us);
    c.carrion.send(echo(c.sim, "193.0.0.6", "193.0.0.5"), addr("193.0.0.5"));
    c.sim.runAll();
    QCOMPARE(c.atSnow.packets.size(), std::size_t(1));
    QCOMPARE(c.atSnow.packets[0].first, 250_us);
}

void TstLink::cableTakesTwoEndsOnly()
{
    Cable c;
    SimInterface third(c.sim, QStringLiteral("rain"), QStringLiteral("outside"));
    QVERIFY(!c.link.attach(third));
    PointToPointLink other(c.sim);
    QVERIFY(!other.attach(c.snow)); // already attached elsewhere
    QCOMPARE(c.link.ports().size(), std::size_t(2));
}

void TstLink::nextHopMustBeOwnedByPeer()
{
    // rain's `route outside 10.0.0.0 ... 193.0.0.5` case: a gateway nobody on the wire owns.
    Cable c;
    QVERIFY(!c.snow.send(echo(c.sim, "10.0.0.2", "11.0.0.2"), addr("193.0.0.7")));
    c.sim.runAll();
    QVERIFY(c.atCarrion.packets.empty());
    const auto drops = c.trace.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops[0].code, QStringLiteral("link.next-hop-unresolved"));
    QCOMPARE(drops[0].stage, QStringLiteral("link"));
    QCOMPARE(drops[0].params.value(QStringLiteral("next_hop")), QStringLiteral("193.0.0.7"));
    QCOMPARE(drops[0].params.value(QStringLiteral("interface")), QStringLiteral("intf2"));
    QVERIFY(c.trace.ofType<PacketTrace>().empty()); // never put on the wire
}

void TstLink::interfaceStates_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expectedDrop");
    QTest::newRow("sender-shutdown") << "snow-shutdown" << "link.interface-shutdown@snow intf2";
    QTest::newRow("sender-cable-out") << "snow-cable" << "link.down@snow intf2";
    QTest::newRow("peer-shutdown-drops-carrier") << "carrion-shutdown" << "link.down@snow intf2";
    QTest::newRow("peer-cable-out") << "carrion-cable" << "link.down@snow intf2";
    QTest::newRow("sender-unlinked") << "snow-detach" << "link.unlinked@snow intf2";
}

void TstLink::interfaceStates()
{
    QFETCH(QString, change);
    QFETCH(QString, expectedDrop);
    Cable c;
    if (change == QLatin1String("snow-shutdown"))
        c.snow.setAdminUp(false);
    else if (change == QLatin1String("snow-cable"))
        c.snow.setCableConnected(false);
    else if (change == QLatin1String("carrion-shutdown"))
        c.carrion.setAdminUp(false);
    else if (change == QLatin1String("carrion-cable"))
        c.carrion.setCableConnected(false);
    else
        c.link.detach(c.snow);
    QVERIFY(!c.snow.isOperational());
    QVERIFY(!c.snow.send(echo(c.sim, "193.0.0.5", "193.0.0.6"), addr("193.0.0.6")));
    c.sim.runAll();
    QVERIFY(c.atCarrion.packets.empty());
    QCOMPARE(dropCodes(c.trace), QStringList{expectedDrop});
}

void TstLink::linkDownWhileInFlight()
{
    Cable c;
    c.snow.send(echo(c.sim, "193.0.0.5", "193.0.0.6", 1), addr("193.0.0.6"));
    c.sim.schedule(500_us, [&] { c.carrion.setCableConnected(false); });
    c.sim.runAll();
    QVERIFY(c.atCarrion.packets.empty());
    QCOMPARE(dropCodes(c.trace), QStringList{QStringLiteral("link.down@carrion Ethernet5/2")});
    QCOMPARE(c.trace.ofType<DropTrace>().front().time, 1_ms);
    c.carrion.setCableConnected(true);
    QVERIFY(c.snow.send(echo(c.sim, "193.0.0.5", "193.0.0.6", 2), addr("193.0.0.6")));
    c.sim.runAll();
    QCOMPARE(c.atCarrion.packets.size(), std::size_t(1));
}

void TstLink::lanDeliversToNextHopOwner()
{
    // The third port is snow's inside interface, .1.
    ThreeOnALan l(QStringLiteral("snow"), QStringLiteral("inside"), "10.0.0.1/24");
    // To a remote destination through the gateway: only the gateway gets it.
    QVERIFY(l.a.send(echo(l.sim, "10.0.0.10", "11.0.0.2"), addr("10.0.0.1")));
    // Directly to a neighbour.
    QVERIFY(l.c.send(echo(l.sim, "11.0.0.2", "10.0.0.11"), addr("10.0.0.11")));
    l.sim.runAll();
    QCOMPARE(l.atC.packets.size(), std::size_t(1));
    QCOMPARE(l.atB.packets.size(), std::size_t(1));
    QVERIFY(l.atA.packets.empty());
    QVERIFY(!l.a.send(echo(l.sim, "10.0.0.10", "10.0.0.99"), addr("10.0.0.99")));
}

void TstLink::lanPortDownAffectsOnlyThatPort()
{
    ThreeOnALan l(QStringLiteral("hostC"), QStringLiteral("eth0"), "10.0.0.12/24");
    TraceRecorder trace;
    l.sim.addTraceSink(&trace);
    l.b.setCableConnected(false);
    QVERIFY(l.a.isOperational());
    QVERIFY(!l.b.isOperational());
    QVERIFY(l.a.send(echo(l.sim, "10.0.0.10", "10.0.0.12"), addr("10.0.0.12")));
    QVERIFY(!l.a.send(echo(l.sim, "10.0.0.10", "10.0.0.11"), addr("10.0.0.11"))); // no ARP reply
    l.sim.runAll();
    QCOMPARE(dropCodes(trace), QStringList{QStringLiteral("link.next-hop-unresolved@hostA eth0")});
}

void TstLink::addressClaimAnswersForExtraAddresses()
{
    // A PIX answers ARP for its global/static addresses (proxy ARP), not only its own.
    Cable c;
    c.snow.setAddressClaim([](Ipv4Address a) { return a == Ipv4Address(193, 0, 0, 4); });
    QVERIFY(c.snow.ownsAddress(addr("193.0.0.5")));
    QVERIFY(c.snow.ownsAddress(addr("193.0.0.4")));
    QVERIFY(!c.snow.ownsAddress(addr("193.0.0.7")));
    QVERIFY(c.carrion.send(echo(c.sim, "193.0.0.6", "193.0.0.4"), addr("193.0.0.4")));
    c.sim.runAll();
    QCOMPARE(c.atSnow.packets.size(), std::size_t(1));
}

void TstLink::ownerFollowsEveryChange()
{
    // The segment remembers who owns an address (as ARP does); each change of an address,
    // a claim, a port state or the attached ports must show in the next delivery.
    ThreeOnALan l(QStringLiteral("hostC"), QStringLiteral("eth0"), "10.0.0.12/24");
    const auto sendTo11 = [&] {
        const bool sent = l.a.send(echo(l.sim, "10.0.0.10", "10.0.0.11"), addr("10.0.0.11"));
        l.sim.runAll();
        return sent;
    };
    QVERIFY(sendTo11());
    QCOMPARE(l.atB.packets.size(), std::size_t(1));
    // The address moves from B to C.
    l.b.setAddress(prefix("10.0.0.21/24"));
    l.c.setAddress(prefix("10.0.0.11/24"));
    QVERIFY(sendTo11());
    QCOMPARE(l.atC.packets.size(), std::size_t(1));
    // B, attached first, claims it by proxy ARP: first attached wins.
    l.b.setAddressClaim([](Ipv4Address address) { return address == Ipv4Address(10, 0, 0, 11); });
    QVERIFY(sendTo11());
    QCOMPARE(l.atB.packets.size(), std::size_t(2));
    // B's port goes down, then B is shut: C answers again.
    l.b.setCableConnected(false);
    QVERIFY(sendTo11());
    QCOMPARE(l.atC.packets.size(), std::size_t(2));
    l.b.setCableConnected(true);
    l.b.setAdminUp(false);
    QVERIFY(sendTo11());
    QCOMPARE(l.atC.packets.size(), std::size_t(3));
    // C leaves the segment: nobody owns the address until B is up again.
    l.lan.detach(l.c);
    QVERIFY(!sendTo11());
    l.b.setAdminUp(true);
    QVERIFY(sendTo11());
    QCOMPARE(l.atB.packets.size(), std::size_t(3));
}

void TstLink::lossEdges()
{
    Cable c;
    c.snow.setLossPercent(100);
    for (int i = 0; i < 20; ++i)
        QVERIFY(!c.snow.send(echo(c.sim, "193.0.0.5", "193.0.0.6", std::uint16_t(i)), addr("193.0.0.6")));
    c.sim.runAll();
    QVERIFY(c.atCarrion.packets.empty());
    QCOMPARE(c.trace.ofType<PacketTrace>().size(), std::size_t(20)); // sent, then lost on the wire
    QCOMPARE(c.trace.ofType<DropTrace>().front().code, QStringLiteral("link.loss"));
    QCOMPARE(c.trace.ofType<DropTrace>().front().params.value(QStringLiteral("percent")), QStringLiteral("100"));
    c.snow.setLossPercent(0);
    c.snow.setLossPercent(-3); // clamped
    QCOMPARE(c.snow.lossPercent(), 0.0);
    for (int i = 0; i < 20; ++i)
        QVERIFY(c.snow.send(echo(c.sim, "193.0.0.5", "193.0.0.6", std::uint16_t(i)), addr("193.0.0.6")));
    c.sim.runAll();
    QCOMPARE(c.atCarrion.packets.size(), std::size_t(20));
}

namespace {

// `loss 20% carrion Ethernet5/2`, then 1000 packets each way.
std::pair<int, int> lossRun(std::uint64_t seed, QStringList *drops)
{
    Simulator sim(seed);
    TraceRecorder trace;
    sim.addTraceSink(&trace);
    SimInterface snow(sim, QStringLiteral("snow"), QStringLiteral("intf2"));
    SimInterface carrion(sim, QStringLiteral("carrion"), QStringLiteral("Ethernet5/2"));
    snow.setAddress(prefix("193.0.0.5/30"));
    carrion.setAddress(prefix("193.0.0.6/30"));
    PointToPointLink link(sim);
    link.attach(snow);
    link.attach(carrion);
    carrion.setLossPercent(20);
    Inbox atSnow, atCarrion;
    atSnow.listen(sim, snow);
    atCarrion.listen(sim, carrion);
    for (int i = 0; i < 1000; ++i) {
        sim.schedule(SimTime::fromMilliseconds(i), [&, i] {
            snow.send(echo(sim, "193.0.0.5", "193.0.0.6", std::uint16_t(i)), addr("193.0.0.6"));
            carrion.send(echo(sim, "193.0.0.6", "193.0.0.5", std::uint16_t(i)), addr("193.0.0.5"));
        });
    }
    sim.runAll();
    if (drops)
        *drops = dropCodes(trace);
    return {int(atCarrion.packets.size()), int(atSnow.packets.size())};
}

} // namespace

void TstLink::lossRateIsSeededAndAttributed()
{
    QStringList drops;
    const auto [intoCarrion, intoSnow] = lossRun(7, &drops);
    QVERIFY2(intoCarrion > 740 && intoCarrion < 860, qPrintable(QString::number(intoCarrion)));
    QVERIFY2(intoSnow > 740 && intoSnow < 860, qPrintable(QString::number(intoSnow)));
    // Losses on the wire at carrion's port are reported at carrion, whichever way they went.
    QCOMPARE(drops.size(), 2000 - intoCarrion - intoSnow);
    QVERIFY(drops.count(QStringLiteral("link.loss@carrion Ethernet5/2")) == drops.size());
    // The same seed loses exactly the same packets; another seed differs.
    QCOMPARE(lossRun(7, nullptr), std::make_pair(intoCarrion, intoSnow));
    QVERIFY(lossRun(8, nullptr) != std::make_pair(intoCarrion, intoSnow));
}

void TstLink::detachedOrDestroyedWhileInFlight()
{
    Simulator sim;
    TraceRecorder trace;
    sim.addTraceSink(&trace);
    SimInterface a(sim, QStringLiteral("a"), QStringLiteral("e0"));
    a.setAddress(prefix("10.0.0.1/24"));
    {
        auto b = std::make_unique<SimInterface>(sim, QStringLiteral("b"), QStringLiteral("e0"));
        b->setAddress(prefix("10.0.0.2/24"));
        LanSegment lan(sim);
        lan.attach(a);
        lan.attach(*b);
        QVERIFY(a.send(echo(sim, "10.0.0.1", "10.0.0.2"), addr("10.0.0.2")));
        b.reset(); // the receiver disappears with the packet on the wire
        sim.runAll();
        QCOMPARE(trace.ofType<PacketTrace>().size(), std::size_t(1)); // the send only

        auto c = std::make_unique<SimInterface>(sim, QStringLiteral("c"), QStringLiteral("e0"));
        c->setAddress(prefix("10.0.0.3/24"));
        lan.attach(*c);
        QVERIFY(a.send(echo(sim, "10.0.0.1", "10.0.0.3"), addr("10.0.0.3")));
        QCOMPARE(sim.pendingEvents(), std::size_t(1));
    } // the segment goes away with a packet in flight: its delivery is cancelled
    QCOMPARE(sim.pendingEvents(), std::size_t(0));
    QVERIFY(a.channel() == nullptr);
    sim.runAll();
    QVERIFY(!a.send(echo(sim, "10.0.0.1", "10.0.0.3"), addr("10.0.0.3")));
    QCOMPARE(trace.ofType<DropTrace>().back().code, QStringLiteral("link.unlinked"));
}

namespace {

// A small network that answers pings, with loss on one port: everything that can vary with
// the seed does. Returns the full trace with bytes.
//   h1 .10 --+-- LAN 10.0.0.0/24 --+-- .1 r1 .1 ==== .2 r2   (r1-r2 cable, loss 30% at r2)
QStringList pingPongTrace(std::uint64_t seed, std::uint64_t *fingerprint)
{
    Simulator sim(seed);
    TraceRecorder trace;
    sim.addTraceSink(&trace);
    LanSegment lan(sim);
    PointToPointLink cable(sim);
    SimInterface h1(sim, QStringLiteral("h1"), QStringLiteral("eth0"));
    SimInterface r1in(sim, QStringLiteral("r1"), QStringLiteral("e0"));
    SimInterface r1out(sim, QStringLiteral("r1"), QStringLiteral("e1"));
    SimInterface r2(sim, QStringLiteral("r2"), QStringLiteral("e0"));
    h1.setAddress(prefix("10.0.0.10/24"));
    r1in.setAddress(prefix("10.0.0.1/24"));
    r1out.setAddress(prefix("192.168.0.1/30"));
    r2.setAddress(prefix("192.168.0.2/30"));
    lan.attach(h1);
    lan.attach(r1in);
    cable.attach(r1out);
    cable.attach(r2);
    r2.setLossPercent(30);
    // r1 forwards (TTL - 1) between its ports; r2 answers echoes.
    r1in.setReceiveHandler([&](SimInterface &, const Packet &p) {
        Packet copy = p;
        copy.setTtl(std::uint8_t(p.ttl() - 1));
        r1out.send(copy, addr("192.168.0.2"));
    });
    r1out.setReceiveHandler([&](SimInterface &, const Packet &p) {
        Packet copy = p;
        copy.setTtl(std::uint8_t(p.ttl() - 1));
        r1in.send(copy, p.destination());
    });
    r2.setReceiveHandler([&](SimInterface &, const Packet &p) {
        Ipv4Header h;
        h.source = p.destination();
        h.destination = p.source();
        Packet reply = Packet::icmp(h, IcmpMessage::echoReply(*IcmpMessage::decode(p.payload())));
        reply.setTraceId(sim.allocatePacketId());
        r2.send(reply, addr("192.168.0.1"));
    });
    for (int i = 0; i < 50; ++i)
        sim.schedule(SimTime::fromMilliseconds(10 * i), [&, i] {
            h1.send(echo(sim, "10.0.0.10", "192.168.0.2", std::uint16_t(i)), addr("10.0.0.1"));
        });
    sim.runAll();
    *fingerprint = trace.fingerprint();
    return trace.lines(true);
}

} // namespace

void TstLink::traceIsByteIdenticalAcrossRuns()
{
    std::uint64_t first = 0, second = 0, other = 0;
    const QStringList a = pingPongTrace(7, &first);
    const QStringList b = pingPongTrace(7, &second);
    QVERIFY(a.size() > 200);
    QCOMPARE(a, b);
    QCOMPARE(first, second);
    QVERIFY(a.join(QLatin1Char('\n')).contains(QStringLiteral("link.loss")));
    const QStringList c = pingPongTrace(9, &other);
    QVERIFY(c != a);
    QVERIFY(other != first);
}

QTEST_GUILESS_MAIN(TstLink)
#include "tst_link.moc"
