#include "sim/devices/pix/pix_device.h"
#include "sim/devices/pix/pix_drop_codes.h"
#include "sim/devices/pix/pix_ingress_stage.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/icmp_message.h"
#include "sim/net/udp_datagram.h"

#include "generators/pix62/pix62_parser.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// `sysopt connection permit-ipsec`: a datagram the IPsec layer decrypted (re-injected with
// SimNode::receiveDecrypted) skips the access-group of the interface it came in on; a clear
// one, or any without the sysopt, is checked as usual. The seed's snow: acl-out permits only
// ICMP, so the client's UDP to the LAN needs the sysopt.

namespace {

const char *const Config = "nameif ethernet0 outside security0\n"
                           "nameif ethernet1 inside security100\n"
                           "ip address outside 193.0.0.1 255.255.255.252\n"
                           "ip address inside 10.0.0.1 255.255.255.0\n"
                           "access-list acl-out permit icmp any any\n"
                           "access-list no-nat-inside permit ip 10.0.0.0 255.255.255.0 12.0.0.0 255.255.255.0\n"
                           "nat (inside) 0 access-list no-nat-inside\n"
                           "access-group acl-out in interface outside\n";

net::Packet udpToLan()
{
    net::Ipv4Header header;
    header.source = *Ipv4Address::parse(QStringLiteral("12.0.0.1"));
    header.destination = *Ipv4Address::parse(QStringLiteral("10.0.0.2"));
    return net::Packet::udp(header, net::UdpDatagram{1500, 53, 0, 0, QByteArray("query")});
}

} // namespace

class TstPixSysopt : public QObject
{
    Q_OBJECT
private slots:
    void decryptedBypassesAccessGroup_data();
    void decryptedBypassesAccessGroup();
};

void TstPixSysopt::decryptedBypassesAccessGroup_data()
{
    QTest::addColumn<bool>("sysopt");
    QTest::addColumn<bool>("decrypted");
    QTest::addColumn<QString>("code"); // empty = delivered to the inside host
    QTest::addColumn<QString>("decision");
    const QString denied = QString::fromLatin1(pix::drop_code::AclDenied);
    QTest::newRow("sysopt, decrypted") << true << true << "" << "permit: sysopt connection permit-ipsec: decrypted on outside";
    QTest::newRow("sysopt, clear") << true << false << denied << "deny: access-list acl-out implicit deny";
    QTest::newRow("no sysopt, decrypted") << false << true << denied << "deny: access-list acl-out implicit deny";
    QTest::newRow("no sysopt, clear") << false << false << denied << "deny: access-list acl-out implicit deny";
}

void TstPixSysopt::decryptedBypassesAccessGroup()
{
    QFETCH(bool, sysopt);
    QFETCH(bool, decrypted);
    QFETCH(QString, code);
    QFETCH(QString, decision);
    Simulator sim(1);
    TraceRecorder recorder;
    sim.addTraceSink(&recorder);
    QString text = QString::fromLatin1(Config);
    if (sysopt)
        text += QStringLiteral("sysopt connection permit-ipsec\n");
    const auto parsed = vtd::gen::pix62::parsePixConfig(text);
    auto node = pix::buildPixDevice(sim, QStringLiteral("snow"), parsed.config);
    // No cable is attached: a packet that passes every ingress stage ends at the route lookup.
    net::SimInterface &outside = *node->interface(QStringLiteral("outside"));
    net::Packet packet = udpToLan();
    packet.setTraceId(sim.allocatePacketId());
    if (decrypted)
        node->receiveDecrypted(outside, packet);
    else
        node->receive(outside, packet);

    QStringList decisions;
    for (const DecisionTrace &d : recorder.ofType<DecisionTrace>()) {
        if (d.stage == QLatin1String(pix::stage_name::Ingress))
            decisions << d.outcome + QStringLiteral(": ") + d.detail;
    }
    QCOMPARE(decisions, QStringList{decision});
    const auto drops = recorder.ofType<DropTrace>();
    QCOMPARE(drops.size(), std::size_t(1));
    if (code.isEmpty()) {
        QCOMPARE(drops.front().stage, QStringLiteral("route")); // past every PIX stage
    } else {
        QCOMPARE(drops.front().code, code);
    }
}

QTEST_GUILESS_MAIN(TstPixSysopt)
#include "tst_pix_sysopt.moc"
