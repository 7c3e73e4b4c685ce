#include "sim/devices/crypto_map_hook.h"
#include "sim/devices/pix/pix_device.h"
#include "sim/devices/pix/pix_drop_codes.h"
#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/icmp_message.h"
#include "sim/net/lan_segment.h"
#include "sim/net/udp_datagram.h"

#include "generators/pix62/pix62_parser.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using namespace vtd::sim::time_literals;
using vtd::model::Ipv4Address;

// The whole PIX pipeline as buildPixDevice installs it, packets handed to the node as if they
// arrived. A CryptoMapHook double sits at the end of the egress path (CryptoMapEgressStage is
// the last stage): it records every packet it is shown, as translated, and consumes it.
//
//   inside 10.0.0.0/24 (100) - dmz 172.16.0.0/24 (50) - lab 192.168.9.0/24 (20) - outside (0)

namespace {

const char *const Config = "nameif ethernet0 outside security0\n"
                           "nameif ethernet1 inside security100\n"
                           "nameif ethernet2 dmz security50\n"
                           "nameif ethernet3 lab security20\n"
                           "ip address outside 193.0.0.1 255.255.255.0\n"
                           "ip address inside 10.0.0.1 255.255.255.0\n"
                           "ip address dmz 172.16.0.1 255.255.255.0\n"
                           "ip address lab 192.168.9.1 255.255.255.0\n"
                           "access-list no-nat permit ip 10.0.0.0 255.255.255.0 11.0.0.0 255.255.255.0\n"
                           "access-list acl-out permit icmp any any\n"
                           "access-list acl-out permit udp any host 193.0.0.100 eq 53\n"
                           "global (outside) 1 interface\n"
                           "global (dmz) 2 172.16.0.100-172.16.0.101\n"
                           "nat (inside) 0 access-list no-nat\n"
                           "nat (inside) 0 10.0.5.0 255.255.255.0 0 0\n"
                           "nat (inside) 1 10.0.0.0 255.255.0.0 0 0\n"
                           "nat (inside) 2 10.0.2.0 255.255.255.0 0 0\n"
                           "static (inside,outside) 193.0.0.100 10.0.0.53 netmask 255.255.255.255 0 0\n"
                           "access-group acl-out in interface outside\n"
                           "route inside 10.0.0.0 255.255.0.0 10.0.0.254 1\n"
                           "route outside 0.0.0.0 0.0.0.0 193.0.0.254 1\n";

Ipv4Address addr(const QString &text)
{
    return *Ipv4Address::parse(text);
}

net::Packet echo(const QString &from, const QString &to, std::uint16_t id = 7,
                 std::uint8_t type = net::icmp_type::EchoRequest)
{
    net::Ipv4Header header;
    header.source = addr(from);
    header.destination = addr(to);
    auto message = net::IcmpMessage::echoRequest(id, 1, QByteArray("abcd"));
    message.type = type;
    return net::Packet::icmp(header, message);
}

net::Packet udp(const QString &from, std::uint16_t srcPort, const QString &to, std::uint16_t dstPort)
{
    net::Ipv4Header header;
    header.source = addr(from);
    header.destination = addr(to);
    return net::Packet::udp(header, net::UdpDatagram{srcPort, dstPort, 0, 0, QByteArray("query")});
}

net::Packet gre(const QString &from, const QString &to)
{
    net::Ipv4Header header;
    header.source = addr(from);
    header.destination = addr(to);
    header.protocol = 47;
    return net::Packet::build(header, QByteArray(8, '\0'));
}

/** The IKE/IPsec layer's place, as a recorder: every packet about to leave is consumed. */
class RecordingHook : public CryptoMapHook
{
public:
    StageVerdict outbound(SimNode &, net::Packet &packet, net::SimInterface &egress) override
    {
        sent.push_back(packet);
        egresses << egress.name();
        return StageVerdict::consumed();
    }
    std::vector<net::Packet> sent;
    QStringList egresses;
};

/** The ICMP identifier or UDP source port of what the hook saw (-1: none). */
int sourcePort(const net::Packet &packet)
{
    const auto payload = packet.payload();
    return payload.size() >= 6 ? int(net::readU16(payload, packet.protocol() == 1 ? 4 : 0)) : -1;
}

struct Pix
{
    explicit Pix(const char *config = Config) : sim(1)
    {
        sim.addTraceSink(&recorder);
        const auto parsed = vtd::gen::pix62::parsePixConfig(QString::fromLatin1(config));
        diagnostics = parsed.diagnostics;
        node = pix::buildPixDevice(sim, QStringLiteral("pix"), parsed.config);
        for (net::SimInterface *interface : node->interfaces()) {
            segments.push_back(std::make_unique<net::LanSegment>(sim));
            segments.back()->attach(*interface);
        }
        hook = std::make_shared<RecordingHook>();
        node->addExtension(hook);
    }
    void arrive(const QString &ifName, net::Packet packet, bool decrypted = false)
    {
        packet.setTraceId(sim.allocatePacketId());
        if (decrypted)
            node->receiveDecrypted(*node->interface(ifName), packet);
        else
            node->receive(*node->interface(ifName), packet);
    }
    QStringList dropCodes() const
    {
        QStringList codes;
        for (const DropTrace &drop : recorder.ofType<DropTrace>())
            codes << drop.code;
        return codes;
    }
    pix::PixFirewall &firewall() const { return *pix::PixFirewall::of(*node); }

    Simulator sim;
    TraceRecorder recorder;
    std::unique_ptr<SimNode> node;
    std::vector<std::unique_ptr<net::LanSegment>> segments;
    std::shared_ptr<RecordingHook> hook;
    vtd::model::Diagnostics diagnostics;
};

} // namespace

class TstPixNat : public QObject
{
    Q_OBJECT
private slots:
    void configIsRead();
    void translates_data();
    void translates();
    void replyReturnsThroughPat();
    void replyWithoutXlateStopsAtTheBox();
    void patKeysSlotsByIdentifier();
    void rangeRunsOut();
    void translationIsTraced();
    void cryptoHookSeesTranslatedPackets();
    void claimsGlobalAddresses();
};

void TstPixNat::configIsRead()
{
    Pix pix;
    QVERIFY2(pix.diagnostics.isEmpty(), qPrintable(pix.diagnostics.value(0).code));
}

// Egress interface chosen by the route; the expected source (and port) as the crypto hook
// sees it, or the drop code.
void TstPixNat::translates_data()
{
    QTest::addColumn<QString>("ifName");
    QTest::addColumn<net::Packet>("packet");
    QTest::addColumn<QString>("code");      // empty = reaches the hook
    QTest::addColumn<QString>("source");    // as the hook sees it
    QTest::addColumn<int>("port");          // ICMP id / UDP source port at the hook
    QTest::addColumn<QString>("destination");
    const QString noGroup = QString::fromLatin1(pix::drop_code::NoTranslationGroup);
    QTest::newRow("nat 0 access-list exempts") << "inside" << echo("10.0.0.2", "11.0.0.9") << "" << "10.0.0.2" << 7 << "11.0.0.9";
    QTest::newRow("exemption is per destination") << "inside" << echo("10.0.0.2", "12.0.0.9") << "" << "193.0.0.1" << 1024 << "12.0.0.9";
    QTest::newRow("PAT echo to interface") << "inside" << echo("10.0.1.2", "8.8.8.8") << "" << "193.0.0.1" << 1024 << "8.8.8.8";
    QTest::newRow("PAT udp to interface") << "inside" << udp("10.0.1.2", 5000, "8.8.8.8", 53) << "" << "193.0.0.1" << 1024 << "8.8.8.8";
    QTest::newRow("identity nat 0") << "inside" << echo("10.0.5.5", "8.8.8.8") << "" << "10.0.5.5" << 7 << "8.8.8.8";
    QTest::newRow("static outbound") << "inside" << echo("10.0.0.53", "8.8.8.8") << "" << "193.0.0.100" << 7 << "8.8.8.8";
    QTest::newRow("dynamic from range") << "inside" << echo("10.0.2.5", "172.16.0.9") << "" << "172.16.0.100" << 7 << "172.16.0.9";
    QTest::newRow("nat id without global on egress") << "inside" << echo("10.0.1.2", "172.16.0.9") << noGroup << "" << 0 << "";
    QTest::newRow("no nat rule for the source") << "inside" << echo("10.9.0.2", "8.8.8.8") << noGroup << "" << 0 << "";
    QTest::newRow("dmz has no nat at all") << "dmz" << echo("172.16.0.9", "192.168.9.9") << noGroup << "" << 0 << "";
    QTest::newRow("inbound without static") << "outside" << echo("8.8.8.8", "10.0.0.2") << noGroup << "" << 0 << "";
    QTest::newRow("inbound through static") << "outside" << udp("8.8.8.8", 3000, "193.0.0.100", 53) << "" << "8.8.8.8" << 3000 << "10.0.0.53";
    QTest::newRow("inbound static, acl denies port") << "outside" << udp("8.8.8.8", 3000, "193.0.0.100", 54)
                                                     << QString::fromLatin1(pix::drop_code::AclDenied) << "" << 0 << "";
    QTest::newRow("inbound exempt in return direction") << "outside" << echo("11.0.0.9", "10.0.0.2") << "" << "11.0.0.9" << 7 << "10.0.0.2";
    QTest::newRow("PAT cannot carry gre") << "inside" << gre("10.0.1.2", "8.8.8.8")
                                          << QString::fromLatin1(pix::drop_code::PatUnsupported) << "" << 0 << "";
}

void TstPixNat::translates()
{
    QFETCH(QString, ifName);
    QFETCH(net::Packet, packet);
    QFETCH(QString, code);
    QFETCH(QString, source);
    QFETCH(int, port);
    QFETCH(QString, destination);
    Pix pix;
    pix.arrive(ifName, packet);
    if (!code.isEmpty()) {
        QCOMPARE(pix.dropCodes(), QStringList{code});
        QVERIFY(pix.hook->sent.empty());
        return;
    }
    QCOMPARE(pix.dropCodes(), QStringList());
    QCOMPARE(pix.hook->sent.size(), std::size_t(1));
    const net::Packet &out = pix.hook->sent.front();
    QCOMPARE(out.source().toString(), source);
    QCOMPARE(out.destination().toString(), destination);
    QCOMPARE(sourcePort(out), port);
    // Still a valid datagram: IP header and transport checksums recomputed.
    const auto decoded = net::Packet::fromBytes(out.bytes());
    QVERIFY(bool(decoded));
    if (out.protocol() == net::ip_protocol::Icmp)
        QVERIFY(net::IcmpMessage::decode(out.payload()));
    if (out.protocol() == net::ip_protocol::Udp)
        QVERIFY(net::UdpDatagram::decode(out.payload(), out.source(), out.destination()));
}

// 10.0.1.2 echo id 7 leaves as 193.0.0.1 id 1024; the reply to 193.0.0.1 id 1024 comes back
// in as 10.0.1.2 id 7, and acl-out (permit icmp any any) lets it in.
void TstPixNat::replyReturnsThroughPat()
{
    Pix pix;
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.8.8")));
    pix.arrive(QStringLiteral("outside"), echo(QStringLiteral("8.8.8.8"), QStringLiteral("193.0.0.1"), 1024,
                                               net::icmp_type::EchoReply));
    QCOMPARE(pix.dropCodes(), QStringList());
    QCOMPARE(pix.hook->sent.size(), std::size_t(2));
    const net::Packet &reply = pix.hook->sent.back();
    QCOMPARE(pix.hook->egresses.back(), QStringLiteral("inside"));
    QCOMPARE(reply.destination().toString(), QStringLiteral("10.0.1.2"));
    const auto message = net::IcmpMessage::decode(reply.payload());
    QVERIFY(message);
    QCOMPARE(message.value().type, net::icmp_type::EchoReply);
    QCOMPARE(int(message.value().restOfHeader >> 16), 7);
    QCOMPARE(pix.firewall().accessLists().size(), qsizetype(2));
    QCOMPARE(pix.firewall().hitCounts().value(QStringLiteral("acl-out")).value(0), quint64(1));
}

// A reply whose identifier has no slot is for the PIX itself (193.0.0.1): no icmp rule
// refuses it, and nothing is forwarded inside.
void TstPixNat::replyWithoutXlateStopsAtTheBox()
{
    Pix pix;
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.8.8")));
    pix.arrive(QStringLiteral("outside"), echo(QStringLiteral("8.8.8.8"), QStringLiteral("193.0.0.1"), 1025,
                                               net::icmp_type::EchoReply));
    QCOMPARE(pix.hook->sent.size(), std::size_t(1));
}

void TstPixNat::patKeysSlotsByIdentifier()
{
    Pix pix;
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.8.8"), 7));
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.3"), QStringLiteral("8.8.8.8"), 7));
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.4.4"), 7));
    QCOMPARE(pix.hook->sent.size(), std::size_t(3));
    QCOMPARE(sourcePort(pix.hook->sent[0]), 1024);
    QCOMPARE(sourcePort(pix.hook->sent[1]), 1025);
    QCOMPARE(sourcePort(pix.hook->sent[2]), 1024); // same host, same identifier: same slot
    const auto table = pix.firewall().showXlate(pix.sim.now());
    QCOMPARE(table.entries.size(), qsizetype(2));
    QCOMPARE(table.entries.front().local.toString(), QStringLiteral("10.0.1.3")); // newest first
    QVERIFY(table.entries.front().pat);
    pix.firewall().clearXlate();
    QCOMPARE(pix.firewall().showXlate(pix.sim.now()).entries.size(), qsizetype(0));
}

// global (dmz) 2 172.16.0.100-172.16.0.101: two hosts get an address each, the third none.
void TstPixNat::rangeRunsOut()
{
    Pix pix;
    for (const char *host : {"10.0.2.5", "10.0.2.6", "10.0.2.7", "10.0.2.5"})
        pix.arrive(QStringLiteral("inside"), echo(QString::fromLatin1(host), QStringLiteral("172.16.0.9")));
    QCOMPARE(pix.hook->sent.size(), std::size_t(3));
    QCOMPARE(pix.hook->sent[1].source().toString(), QStringLiteral("172.16.0.101"));
    QCOMPARE(pix.hook->sent[2].source().toString(), QStringLiteral("172.16.0.100"));
    const auto drops = pix.recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    QCOMPARE(drops.front().code, QString::fromLatin1(pix::drop_code::GlobalExhausted));
    QCOMPARE(drops.front().params.value(QStringLiteral("nat_id")), QStringLiteral("2"));
    QCOMPARE(drops.front().stage, QString::fromLatin1(pix::stage_name::Nat));
}

void TstPixNat::translationIsTraced()
{
    Pix pix;
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.8.8")));
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("172.16.0.9")));
    QStringList decisions;
    for (const DecisionTrace &d : pix.recorder.ofType<DecisionTrace>()) {
        if (d.stage == QLatin1String(pix::stage_name::Nat))
            decisions << d.outcome + QStringLiteral(": ") + d.detail;
    }
    QCOMPARE(decisions,
             QStringList({"new xlate: nat (inside) 1 10.0.0.0 255.255.0.0 0 0: PAT Global 193.0.0.1(1024) Local 10.0.1.2(7)",
                          "drop: no translation group: nat (inside) 1 has no global (dmz) 1"}));
    const auto drop = pix.recorder.ofType<DropTrace>().front();
    QCOMPARE(drop.params.value(QStringLiteral("from")), QStringLiteral("inside"));
    QCOMPARE(drop.params.value(QStringLiteral("to")), QStringLiteral("dmz"));
    QCOMPARE(drop.params.value(QStringLiteral("protocol")), QStringLiteral("icmp"));
}

// CryptoMapIngressStage first, CryptoMapEgressStage last: the crypto map sees the packet as
// NAT left it (translated, or exempted and untouched), never before.
void TstPixNat::cryptoHookSeesTranslatedPackets()
{
    Pix pix;
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.1.2"), QStringLiteral("8.8.8.8")));
    pix.arrive(QStringLiteral("inside"), echo(QStringLiteral("10.0.0.2"), QStringLiteral("11.0.0.9")));
    QCOMPARE(pix.hook->sent.size(), std::size_t(2));
    QCOMPARE(pix.hook->sent[0].source().toString(), QStringLiteral("193.0.0.1"));
    QCOMPARE(pix.hook->sent[1].source().toString(), QStringLiteral("10.0.0.2"));
    QCOMPARE(pix.hook->egresses, QStringList({"outside", "outside"}));
}

void TstPixNat::claimsGlobalAddresses()
{
    Pix pix;
    net::SimInterface *dmz = pix.node->interface(QStringLiteral("dmz"));
    net::SimInterface *outside = pix.node->interface(QStringLiteral("outside"));
    QVERIFY(dmz->ownsAddress(addr(QStringLiteral("172.16.0.101"))));
    QVERIFY(!dmz->ownsAddress(addr(QStringLiteral("172.16.0.102"))));
    QVERIFY(outside->ownsAddress(addr(QStringLiteral("193.0.0.100"))));
    QVERIFY(!outside->ownsAddress(addr(QStringLiteral("172.16.0.100"))));
}

QTEST_GUILESS_MAIN(TstPixNat)
#include "tst_pix_nat.moc"
