#include "sim/devices/pix/pix_drop_codes.h"
#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/pix/pix_ingress_stage.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/icmp_message.h"

#include "generators/pix62/pix62_parser.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// A PIX with outside (0), dmz (50) and inside (100); acl-out on outside only, icmp rules on
// outside only. Packets are handed to the stage (or the node) as if they arrived.

namespace {

const char *const Config = "nameif ethernet0 outside security0\n"
                           "nameif ethernet1 inside security100\n"
                           "nameif ethernet2 dmz security50\n"
                           "ip address outside 193.0.0.1 255.255.255.0\n"
                           "ip address inside 10.0.0.1 255.255.255.0\n"
                           "ip address dmz 172.16.0.1 255.255.255.0\n"
                           "access-list acl-out permit icmp any host 10.0.0.5\n"
                           "access-list acl-out deny icmp any any\n"
                           "access-list acl-out permit ip any any\n"
                           "icmp permit host 193.0.0.9 outside\n"
                           "icmp deny any outside\n"
                           "access-group acl-out in interface outside\n";

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

net::Packet echo(const char *from, const char *to, std::uint8_t type = net::icmp_type::EchoRequest,
                 std::uint16_t id = 7)
{
    net::Ipv4Header header;
    header.source = addr(from);
    header.destination = addr(to);
    auto message = net::IcmpMessage::echoRequest(id, 1, QByteArray("abcd"));
    message.type = type;
    return net::Packet::icmp(header, message);
}

net::Packet udp(const char *from, const char *to)
{
    net::Ipv4Header header;
    header.source = addr(from);
    header.destination = addr(to);
    header.protocol = 17;
    return net::Packet::build(header, QByteArray::fromHex("04000035000c0000abcd"));
}

/** The PIX node, its firewall state and its stage. */
struct Fixture
{
    Fixture() : sim(1), node(sim, QStringLiteral("pix"), SimNode::Role::Router)
    {
        sim.addTraceSink(&recorder);
        const auto parsed = vtd::gen::pix62::parsePixConfig(QString::fromLatin1(Config));
        for (const auto &pix : parsed.config.interfaces()) {
            auto &interface = node.addInterface(pix.name, pix.hardware);
            const auto prefix = vtd::model::Ipv4Prefix::fromMask(*pix.address, pix.mask);
            interface.setAddress(*prefix);
            node.routingTable().addConnected(pix.name, *prefix);
        }
        firewall = std::make_shared<pix::PixFirewall>(parsed.config);
        node.addExtension(firewall);
        stage = std::make_unique<pix::PixIngressStage>(firewall);
    }
    StageVerdict run(const char *ifName, net::Packet packet)
    {
        return stage->process(node, packet, *node.interface(QString::fromLatin1(ifName)));
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNode node;
    std::shared_ptr<pix::PixFirewall> firewall;
    std::unique_ptr<pix::PixIngressStage> stage;
};

} // namespace

class TstPixAclStage : public QObject
{
    Q_OBJECT
private slots:
    void decides_data();
    void decides();
    void countsHitsPerEntry();
    void deniedPacketIsTracedWithItsCode();
    void echoReplyReturnsThroughLowerLevel();
    void firewallIsFoundByNode();
};

void TstPixAclStage::decides_data()
{
    QTest::addColumn<QString>("ifName");
    QTest::addColumn<net::Packet>("packet");
    QTest::addColumn<QString>("code"); // empty = passes
    const QString acl = QString::fromLatin1(pix::drop_code::AclDenied);
    const QString level = QString::fromLatin1(pix::drop_code::SecurityLevel);
    const QString icmp = QString::fromLatin1(pix::drop_code::IcmpDenied);
    QTest::newRow("acl permit icmp to 10.0.0.5") << "outside" << echo("8.8.8.8", "10.0.0.5") << "";
    QTest::newRow("acl deny icmp elsewhere") << "outside" << echo("8.8.8.8", "10.0.0.6") << acl;
    QTest::newRow("acl permits low to high") << "outside" << udp("8.8.8.8", "10.0.0.6") << "";
    QTest::newRow("high to low passes") << "inside" << echo("10.0.0.5", "172.16.0.9") << "";
    QTest::newRow("low to high dropped") << "dmz" << echo("172.16.0.9", "10.0.0.5") << level;
    QTest::newRow("unsolicited reply dropped") << "dmz" << echo("172.16.0.9", "10.0.0.5", 0) << level;
    QTest::newRow("icmp to box permitted host") << "outside" << echo("193.0.0.9", "193.0.0.1") << "";
    QTest::newRow("icmp to box denied") << "outside" << echo("193.0.0.8", "193.0.0.1") << icmp;
    QTest::newRow("icmp to box without rules") << "dmz" << echo("172.16.0.9", "172.16.0.1") << "";
    QTest::newRow("udp to box not icmp-filtered") << "outside" << udp("193.0.0.8", "193.0.0.1") << "";
}

void TstPixAclStage::decides()
{
    QFETCH(QString, ifName);
    QFETCH(net::Packet, packet);
    QFETCH(QString, code);
    Fixture f;
    const StageVerdict verdict = f.run(ifName.toLatin1().constData(), packet);
    QCOMPARE(verdict.kind == StageVerdict::Kind::Drop, !code.isEmpty());
    QCOMPARE(verdict.code, code);
    const auto decisions = f.recorder.ofType<DecisionTrace>();
    QCOMPARE(decisions.size(), std::size_t(1));
    QCOMPARE(decisions.front().stage, QStringLiteral("pix-ingress"));
    QCOMPARE(decisions.front().outcome, code.isEmpty() ? QStringLiteral("permit") : QStringLiteral("deny"));
}

void TstPixAclStage::countsHitsPerEntry()
{
    Fixture f;
    f.run("outside", echo("8.8.8.8", "10.0.0.5"));
    f.run("outside", echo("8.8.8.8", "10.0.0.5"));
    f.run("outside", echo("8.8.8.8", "10.0.0.6"));
    f.run("outside", udp("8.8.8.8", "10.0.0.6"));
    f.run("inside", echo("10.0.0.5", "8.8.8.8")); // no access-group on inside: no hit
    QCOMPARE(f.firewall->hitCounts().value(QStringLiteral("acl-out")), (QList<quint64>{2, 1, 1}));
}

void TstPixAclStage::deniedPacketIsTracedWithItsCode()
{
    Fixture f;
    f.node.addIngressStage(std::make_unique<pix::PixIngressStage>(f.firewall));
    f.node.receive(*f.node.interface(QStringLiteral("outside")), echo("8.8.8.8", "10.0.0.6"));
    const auto drops = f.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().stage, QStringLiteral("pix-ingress"));
    QCOMPARE(drops.front().code, QStringLiteral("pix.acl-denied"));
    QCOMPARE(drops.front().params.value(QStringLiteral("acl")), QStringLiteral("acl-out"));
    QCOMPARE(drops.front().params.value(QStringLiteral("interface")), QStringLiteral("outside"));
    QCOMPARE(drops.front().params.value(QStringLiteral("entry")),
             QStringLiteral("access-list acl-out deny icmp any any"));
}

void TstPixAclStage::echoReplyReturnsThroughLowerLevel()
{
    Fixture f;
    QCOMPARE(f.run("inside", echo("10.0.0.5", "172.16.0.9", net::icmp_type::EchoRequest, 42)).kind,
             StageVerdict::Kind::Continue);
    QCOMPARE(f.run("dmz", echo("172.16.0.9", "10.0.0.5", net::icmp_type::EchoReply, 42)).kind,
             StageVerdict::Kind::Continue);
    // another identifier is not the same flow
    QCOMPARE(f.run("dmz", echo("172.16.0.9", "10.0.0.5", net::icmp_type::EchoReply, 43)).code,
             QString::fromLatin1(pix::drop_code::SecurityLevel));
}

void TstPixAclStage::firewallIsFoundByNode()
{
    Fixture f;
    QCOMPARE(pix::PixFirewall::of(f.node), f.firewall.get());
    Simulator sim(1);
    SimNode router(sim, QStringLiteral("r"), SimNode::Role::Router);
    QCOMPARE(pix::PixFirewall::of(router), nullptr);
}

QTEST_GUILESS_MAIN(TstPixAclStage)
#include "tst_pix_acl_stage.moc"
