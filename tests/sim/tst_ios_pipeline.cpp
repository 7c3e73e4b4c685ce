#include "ios_test_packets.h"

#include "sim/devices/crypto_map_hook.h"
#include "sim/devices/ios/ios_access_lists.h"
#include "sim/devices/ios/ios_device.h"
#include "sim/devices/packet_stage.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/lan_segment.h"

#include "generators/ios122/ios122_parser.h"

#include <QFile>
#include <QtTest>

#include <memory>
#include <vector>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using namespace ios_test;

// The order of the IOS stages around the crypto map: the crypto map is asked first on the way
// in (before the inbound ACL and NAT outside->inside) and last on the way out (after NAT
// inside->outside and the outbound ACL), as IOS orders its operations.

namespace {

const char *const Config = "hostname r\n"
                           "interface Ethernet0/0\n"
                           " ip address 192.168.1.1 255.255.255.0\n"
                           " ip nat inside\n"
                           "interface Ethernet0/1\n"
                           " ip address 200.1.1.1 255.255.255.0\n"
                           " ip access-group 101 in\n"
                           " ip access-group 102 out\n"
                           " ip nat outside\n"
                           " crypto map vpn\n"
                           "ip nat inside source route-map nonat interface Ethernet0/1 overload\n"
                           "ip route 0.0.0.0 0.0.0.0 200.1.1.2\n"
                           "access-list 101 deny   udp any any eq 69\n"
                           "access-list 101 permit ip any any\n"
                           "access-list 102 deny   udp any any eq 69\n"
                           "access-list 102 permit ip any any\n"
                           "access-list 110 permit ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255\n"
                           "access-list 120 deny   ip 192.168.1.0 0.0.0.255 10.0.0.0 0.0.0.255\n"
                           "access-list 120 permit ip 192.168.1.0 0.0.0.255 any\n"
                           "route-map nonat permit 10\n"
                           " match ip address 120\n"
                           "crypto map vpn 10 ipsec-isakmp\n"
                           " set peer 200.1.1.2\n"
                           " match address 110\n"
                           "end\n";

/** A stand-in for the IKE/IPsec layer: takes over traffic to 10.0.0.0/24 and notes what it
 *  saw and how far the ACLs had counted at that moment. */
class RecordingHook : public CryptoMapHook
{
public:
    StageVerdict outbound(SimNode &node, net::Packet &packet, net::SimInterface &) override
    {
        outbound_ << packet.source().toString() + QStringLiteral(">") + packet.destination().toString();
        outAclHits = ios::IosAccessLists::of(node)->matchCounts().value(QStringLiteral("102")).value(1);
        return (packet.destination().toUInt() >> 8) == (addr("10.0.0.0").toUInt() >> 8) ? StageVerdict::consumed()
                                                                                           : StageVerdict::proceed();
    }
    StageVerdict inbound(SimNode &node, net::Packet &packet, net::SimInterface &) override
    {
        inbound_ << packet.source().toString() + QStringLiteral(">") + packet.destination().toString();
        inAclHitsBefore = ios::IosAccessLists::of(node)->matchCounts().value(QStringLiteral("101")).value(1);
        return StageVerdict::proceed();
    }
    QStringList outbound_;
    QStringList inbound_;
    quint64 outAclHits = 0;
    quint64 inAclHitsBefore = 0;
};

/** Last on the egress path (after the crypto map): what would go on the wire. */
class WireStage final : public PacketStage
{
public:
    QString name() const override { return QStringLiteral("test-wire"); }
    StageVerdict process(SimNode &, net::Packet &packet, net::SimInterface &) override
    {
        sent << packet.source().toString() + QStringLiteral(">") + packet.destination().toString();
        return StageVerdict::consumed();
    }
    QStringList sent;
};

struct Fixture
{
    explicit Fixture(const QString &config = QString::fromLatin1(Config)) : sim(1)
    {
        sim.addTraceSink(&recorder);
        const auto parsed = vtd::gen::ios122::parseIosConfig(config);
        node = ios::buildIosDevice(sim, QStringLiteral("r"), parsed.config);
        node->addExtension(hook);
        for (net::SimInterface *interface : node->interfaces()) { // line protocol up everywhere
            lans.push_back(std::make_unique<net::LanSegment>(sim));
            lans.back()->attach(*interface);
        }
        auto stage = std::make_unique<WireStage>();
        wire = stage.get();
        node->addEgressStage(std::move(stage));
    }
    void arrive(const char *ifName, net::Packet packet)
    {
        packet.setTraceId(sim.allocatePacketId());
        node->receive(*node->interface(QString::fromLatin1(ifName)), packet);
    }

    Simulator sim;
    TraceRecorder recorder;
    std::vector<std::unique_ptr<net::LanSegment>> lans; // outlives the node's interfaces
    std::unique_ptr<SimNode> node;
    std::shared_ptr<RecordingHook> hook = std::make_shared<RecordingHook>();
    WireStage *wire = nullptr;
};

QString readSeed(const char *file)
{
    QFile f(QStringLiteral(VTD_TEST_DATA "/seed/configs/") + QString::fromLatin1(file));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstIosPipeline : public QObject
{
    Q_OBJECT
private slots:
    void cryptoMapSeesTranslatedPackets();
    void cryptoMapSeesExemptedVpnTraffic();
    void outboundAclRunsBeforeTheCryptoMap();
    void cryptoMapIsAskedFirstOnArrival();
    void withoutCryptoMapTheHookIsNotAsked();
    void seedCarrionForwardsWithoutDecisions();
};

void TstIosPipeline::cryptoMapSeesTranslatedPackets()
{
    Fixture f;
    f.arrive("Ethernet0/0", udp("192.168.1.5", "8.8.8.8", 5000, 53));
    QCOMPARE(f.hook->outbound_, QStringList{QStringLiteral("200.1.1.1>8.8.8.8")});
    QCOMPARE(f.hook->outAclHits, quint64(1)); // the outbound ACL had already counted it
    QCOMPARE(f.wire->sent, QStringList{QStringLiteral("200.1.1.1>8.8.8.8")});
}

void TstIosPipeline::cryptoMapSeesExemptedVpnTraffic()
{
    Fixture f;
    f.arrive("Ethernet0/0", udp("192.168.1.5", "10.0.0.7", 5000, 53));
    QCOMPARE(f.hook->outbound_, QStringList{QStringLiteral("192.168.1.5>10.0.0.7")});
    QVERIFY(f.wire->sent.isEmpty()); // the hook took it over
}

void TstIosPipeline::outboundAclRunsBeforeTheCryptoMap()
{
    Fixture f;
    f.arrive("Ethernet0/0", udp("192.168.1.5", "8.8.8.8", 5000, 69));
    QVERIFY(f.hook->outbound_.isEmpty());
    const auto drops = f.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().stage, QStringLiteral("ios-acl-out"));
    QCOMPARE(drops.front().params.value(QStringLiteral("entry")), QStringLiteral("access-list 102 deny   udp any any eq 69"));
}

void TstIosPipeline::cryptoMapIsAskedFirstOnArrival()
{
    Fixture f;
    // a reply to a translated flow: the hook sees it before the ACL counts it and before NAT
    // (the stage asks the hook on every interface: the hook knows where its maps are)
    f.arrive("Ethernet0/0", udp("192.168.1.5", "8.8.8.8", 5000, 53));
    f.arrive("Ethernet0/1", udp("8.8.8.8", "200.1.1.1", 53, 5000));
    QCOMPARE(f.hook->inbound_, (QStringList{QStringLiteral("192.168.1.5>8.8.8.8"), QStringLiteral("8.8.8.8>200.1.1.1")}));
    QCOMPARE(f.hook->inAclHitsBefore, quint64(0));
    QCOMPARE(ios::IosAccessLists::of(*f.node)->matchCounts().value(QStringLiteral("101")).value(1), quint64(1));
    QCOMPARE(f.wire->sent.last(), QStringLiteral("8.8.8.8>192.168.1.5"));
    // a packet the inbound ACL denies was still shown to the crypto map first
    f.arrive("Ethernet0/1", udp("8.8.8.8", "200.1.1.1", 53, 69));
    QCOMPARE(f.hook->inbound_.size(), 3);
    QCOMPARE(f.recorder.ofType<DropTrace>().back().stage, QStringLiteral("ios-acl-in"));
}

void TstIosPipeline::withoutCryptoMapTheHookIsNotAsked()
{
    QString config = QString::fromLatin1(Config);
    config.remove(QStringLiteral(" crypto map vpn\n"));
    Fixture f(config);
    f.arrive("Ethernet0/0", udp("192.168.1.5", "10.0.0.7", 5000, 53));
    f.arrive("Ethernet0/1", udp("10.0.0.7", "192.168.1.5", 53, 5000));
    QVERIFY(f.hook->outbound_.isEmpty());
    QVERIFY(f.hook->inbound_.isEmpty());
    QCOMPARE(f.wire->sent, (QStringList{QStringLiteral("192.168.1.5>10.0.0.7"), QStringLiteral("10.0.0.7>192.168.1.5")}));
}

// The seed's carrion has no access-group, NAT or crypto map: it forwards as a plain router and
// its pipeline decides nothing (only the route is traced).
void TstIosPipeline::seedCarrionForwardsWithoutDecisions()
{
    const QString text = readSeed("carrion.cfg");
    QVERIFY(!text.isEmpty());
    Fixture f(text);
    f.arrive("Ethernet5/1", echo("193.0.0.1", "10.48.66.156"));
    f.arrive("Ethernet5/0", echo("10.48.66.156", "193.0.0.1", 0));
    QCOMPARE(f.wire->sent, (QStringList{QStringLiteral("193.0.0.1>10.48.66.156"), QStringLiteral("10.48.66.156>193.0.0.1")}));
    for (const DecisionTrace &d : f.recorder.ofType<DecisionTrace>())
        QCOMPARE(d.stage, QStringLiteral("route"));
    QVERIFY(f.recorder.ofType<DropTrace>().empty());
    QVERIFY(f.hook->inbound_.isEmpty() && f.hook->outbound_.isEmpty());
    QVERIFY(ios::IosAccessLists::of(*f.node)->accessLists().isEmpty());
}

QTEST_GUILESS_MAIN(TstIosPipeline)
#include "tst_ios_pipeline.moc"
