#include "ios_test_packets.h"

#include "sim/devices/ios/ios_access_lists.h"
#include "sim/devices/ios/ios_acl_stage.h"
#include "sim/devices/ios/ios_device.h"
#include "sim/devices/ios/ios_drop_codes.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"

#include "generators/ios122/ios122_parser.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using namespace ios_test;
using Direction = ios::IosAccessLists::Direction;

// A router with a standard list in on Ethernet0/0, an extended list in and a named list out on
// Ethernet0/1, an undefined list on Ethernet0/2 and nothing on Ethernet0/3. Packets are handed
// to the stages as if they arrived (in) or were routed out (out) of the named interface.

namespace {

const char *const Config = "hostname r\n"
                           "interface Ethernet0/0\n"
                           " ip address 192.168.1.1 255.255.255.0\n"
                           " ip access-group 10 in\n"
                           "interface Ethernet0/1\n"
                           " ip address 200.1.1.1 255.255.255.0\n"
                           " ip access-group 101 in\n"
                           " ip access-group OUTF out\n"
                           "interface Ethernet0/2\n"
                           " ip address 172.16.0.1 255.255.255.0\n"
                           " ip access-group 150 in\n"
                           "interface Ethernet0/3\n"
                           " ip address 172.17.0.1 255.255.255.0\n"
                           "access-list 10 permit 192.168.1.0 0.0.0.127\n"
                           "access-list 10 deny   any\n"
                           "access-list 101 permit icmp any host 192.168.1.5 echo-reply\n"
                           "access-list 101 permit tcp any any established\n"
                           "access-list 101 deny   icmp any any\n"
                           "access-list 101 permit udp any host 200.1.1.1 eq isakmp\n"
                           "ip access-list extended OUTF\n"
                           " deny   udp any any eq tftp\n"
                           " permit ip any any\n"
                           "end\n";

/** The router (built as the simulator builds it) plus stand-alone stages on its own lists. */
struct Fixture
{
    Fixture() : sim(1)
    {
        sim.addTraceSink(&recorder);
        const auto parsed = vtd::gen::ios122::parseIosConfig(QString::fromLatin1(Config));
        node = ios::buildIosDevice(sim, QStringLiteral("r"), parsed.config);
        lists = std::make_shared<ios::IosAccessLists>(parsed.config);
        memo = std::make_shared<ios::IosArrivalMemo>();
        in = std::make_unique<ios::IosAclStage>(Direction::In, lists, memo);
        out = std::make_unique<ios::IosAclStage>(Direction::Out, lists, memo);
    }
    StageVerdict run(const QString &ifName, Direction direction, net::Packet packet, bool forwarded = true)
    {
        packet.setTraceId(42);
        if (forwarded)
            memo->remember(packet, QStringLiteral("Ethernet0/3"));
        auto &stage = direction == Direction::In ? *in : *out;
        return stage.process(*node, packet, *node->interface(ifName));
    }

    Simulator sim;
    TraceRecorder recorder;
    std::unique_ptr<SimNode> node;
    std::shared_ptr<ios::IosAccessLists> lists;
    std::shared_ptr<ios::IosArrivalMemo> memo;
    std::unique_ptr<ios::IosAclStage> in;
    std::unique_ptr<ios::IosAclStage> out;
};

} // namespace

class TstIosAclStage : public QObject
{
    Q_OBJECT
private slots:
    void decides_data();
    void decides();
    void countsMatchesPerEntry();
    void deniedPacketIsTracedWithItsCode();
    void routerOwnPacketsPassOutboundLists();
    void stateIsFoundByNode();
};

void TstIosAclStage::decides_data()
{
    QTest::addColumn<QString>("ifName");
    QTest::addColumn<int>("direction");
    QTest::addColumn<net::Packet>("packet");
    QTest::addColumn<QString>("outcome"); // empty: no decision traced
    QTest::addColumn<QString>("detail");
    const int in = int(Direction::In);
    const int out = int(Direction::Out);
    const QString e0 = QStringLiteral("Ethernet0/0");
    const QString e1 = QStringLiteral("Ethernet0/1");
    QTest::newRow("standard permit") << e0 << in << echo("192.168.1.5", "8.8.8.8") << "permit"
                                     << "access-list 10 permit 192.168.1.0 0.0.0.127";
    QTest::newRow("standard deny") << e0 << in << echo("192.168.1.200", "8.8.8.8") << "deny"
                                   << "access-list 10 deny   any";
    QTest::newRow("extended permit reply") << e1 << in << echo("8.8.8.8", "192.168.1.5", 0) << "permit"
                                           << "access-list 101 permit icmp any host 192.168.1.5 echo-reply";
    QTest::newRow("extended deny echo") << e1 << in << echo("8.8.8.8", "192.168.1.5") << "deny"
                                        << "access-list 101 deny   icmp any any";
    QTest::newRow("established ack") << e1 << in << tcp("8.8.8.8", "192.168.1.5", 80, 3000, 0x10) << "permit"
                                     << "access-list 101 permit tcp any any established";
    QTest::newRow("syn implicit deny") << e1 << in << tcp("8.8.8.8", "192.168.1.5", 3000, 80, 0x02) << "deny"
                                       << "access-list 101 implicit deny";
    QTest::newRow("to the router permitted") << e1 << in << udp("8.8.8.8", "200.1.1.1", 500, 500) << "permit"
                                             << "access-list 101 permit udp any host 200.1.1.1 eq isakmp";
    QTest::newRow("to the router denied") << e1 << in << udp("8.8.8.8", "200.1.1.1", 500, 501) << "deny"
                                          << "access-list 101 implicit deny";
    QTest::newRow("undefined list filters nothing")
        << QStringLiteral("Ethernet0/2") << in << echo("172.16.0.9", "8.8.8.8") << "permit"
        << "ip access-group 150 in: access list 150 is not defined, nothing is filtered";
    QTest::newRow("no access-group") << QStringLiteral("Ethernet0/3") << in << echo("172.17.0.9", "8.8.8.8")
                                     << "" << "";
    QTest::newRow("named out deny") << e1 << out << udp("172.17.0.9", "8.8.8.8", 2000, 69) << "deny"
                                    << "ip access-list OUTF: deny   udp any any eq tftp";
    QTest::newRow("named out permit") << e1 << out << udp("172.17.0.9", "8.8.8.8", 2000, 53) << "permit"
                                      << "ip access-list OUTF: permit ip any any";
    QTest::newRow("no out group") << e0 << out << udp("172.17.0.9", "192.168.1.5", 2000, 69) << "" << "";
}

void TstIosAclStage::decides()
{
    QFETCH(QString, ifName);
    QFETCH(int, direction);
    QFETCH(net::Packet, packet);
    QFETCH(QString, outcome);
    QFETCH(QString, detail);
    Fixture f;
    const StageVerdict verdict = f.run(ifName, Direction(direction), packet);
    const bool denied = outcome == QLatin1String("deny");
    QCOMPARE(verdict.kind, denied ? StageVerdict::Kind::Drop : StageVerdict::Kind::Continue);
    QCOMPARE(verdict.code, denied ? QString::fromLatin1(ios::drop_code::AclDenied) : QString());
    const auto decisions = f.recorder.ofType<DecisionTrace>();
    QCOMPARE(decisions.size(), std::size_t(outcome.isEmpty() ? 0 : 1));
    if (outcome.isEmpty())
        return;
    QCOMPARE(decisions.front().stage, Direction(direction) == Direction::In ? QStringLiteral("ios-acl-in")
                                                                             : QStringLiteral("ios-acl-out"));
    QCOMPARE(decisions.front().outcome, outcome);
    QCOMPARE(decisions.front().detail, detail);
}

void TstIosAclStage::countsMatchesPerEntry()
{
    Fixture f;
    const QString e1 = QStringLiteral("Ethernet0/1");
    f.run(e1, Direction::In, echo("8.8.8.8", "192.168.1.5", 0));
    f.run(e1, Direction::In, echo("8.8.8.8", "192.168.1.5", 0));
    f.run(e1, Direction::In, echo("8.8.8.8", "192.168.1.5"));
    f.run(e1, Direction::In, udp("8.8.8.8", "200.1.1.1", 500, 500));
    f.run(e1, Direction::In, udp("8.8.8.8", "200.1.1.1", 500, 501)); // implicit deny: no counter
    QCOMPARE(f.lists->matchCounts().value(QStringLiteral("101")), (QList<quint64>{2, 0, 1, 1}));
    QCOMPARE(f.lists->matchCounts().value(QStringLiteral("10")), (QList<quint64>{0, 0}));
    f.lists->clearCounters();
    QCOMPARE(f.lists->matchCounts().value(QStringLiteral("101")), (QList<quint64>{0, 0, 0, 0}));
}

void TstIosAclStage::deniedPacketIsTracedWithItsCode()
{
    Fixture f;
    net::Packet packet = echo("192.168.1.200", "8.8.8.8");
    f.node->receive(*f.node->interface(QStringLiteral("Ethernet0/0")), packet);
    const auto drops = f.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().stage, QStringLiteral("ios-acl-in"));
    QCOMPARE(drops.front().code, QStringLiteral("ios.acl-denied"));
    QCOMPARE(drops.front().params.value(QStringLiteral("acl")), QStringLiteral("10"));
    QCOMPARE(drops.front().params.value(QStringLiteral("interface")), QStringLiteral("Ethernet0/0"));
    QCOMPARE(drops.front().params.value(QStringLiteral("direction")), QStringLiteral("in"));
    QCOMPARE(drops.front().params.value(QStringLiteral("entry")), QStringLiteral("access-list 10 deny   any"));
    // the node's own lists counted it
    QCOMPARE(ios::IosAccessLists::of(*f.node)->matchCounts().value(QStringLiteral("10")), (QList<quint64>{0, 1}));
}

void TstIosAclStage::routerOwnPacketsPassOutboundLists()
{
    Fixture f;
    const StageVerdict verdict = f.run(QStringLiteral("Ethernet0/1"), Direction::Out,
                                       udp("200.1.1.1", "8.8.8.8", 2000, 69), false);
    QCOMPARE(verdict.kind, StageVerdict::Kind::Continue);
    QCOMPARE(f.lists->matchCounts().value(QStringLiteral("OUTF")), (QList<quint64>{0, 0}));
}

void TstIosAclStage::stateIsFoundByNode()
{
    Fixture f;
    QVERIFY(ios::IosAccessLists::of(*f.node));
    QCOMPARE(ios::IosAccessLists::of(*f.node)->accessGroup(QStringLiteral("Ethernet0/1"), Direction::Out),
             QStringLiteral("OUTF"));
    QVERIFY(ios::IosAccessLists::of(*f.node)->isStandard(QStringLiteral("10")));
    Simulator sim(1);
    SimNode plain(sim, QStringLiteral("p"), SimNode::Role::Router);
    QCOMPARE(ios::IosAccessLists::of(plain), nullptr);
}

QTEST_GUILESS_MAIN(TstIosAclStage)
#include "tst_ios_acl_stage.moc"
