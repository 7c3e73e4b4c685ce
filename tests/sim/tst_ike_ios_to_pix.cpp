#include "sim/console/device_console.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"

#include "model/project.h"

#include "project_builder.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;
using vtd::model::NodeKind;

// An IOS 12.2 router and a PIX 6.2 build a LAN-to-LAN tunnel: the router's configuration
// (crypto isakmp policy / key, transform set, crypto map on the interface) is read by the IOS
// dialect into the same IKE daemon the PIX runs. Either side may initiate; the first echo is
// lost while IKE runs, the others pass through ESP (`.!!!!`). The router prints its debug and
// show output in IOS 12.2's layout.
//
//   pix-lan-host 10.1.1.2 - pix (10.1.1.1 | 200.1.1.1) ---- (200.1.1.2 | 10.2.2.1) router - router-lan-host 10.2.2.2

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

QString pixConfig(const QString &key)
{
    return QStringLiteral("PIX Version 6.2(2)\n"
                          "nameif ethernet0 outside security0\n"
                          "nameif ethernet1 inside security100\n"
                          "hostname pix\n"
                          "access-list acl-out permit icmp any any\n"
                          "access-list to-router permit ip 10.1.1.0 255.255.255.0 10.2.2.0 255.255.255.0\n"
                          "interface ethernet0 auto\n"
                          "interface ethernet1 auto\n"
                          "ip address outside 200.1.1.1 255.255.255.0\n"
                          "ip address inside 10.1.1.1 255.255.255.0\n"
                          "nat (inside) 0 access-list to-router\n"
                          "access-group acl-out in interface outside\n"
                          "route outside 10.2.2.0 255.255.255.0 200.1.1.2 1\n"
                          "sysopt connection permit-ipsec\n"
                          "crypto ipsec transform-set TRANS esp-des esp-sha-hmac\n"
                          "crypto map vpn 10 ipsec-isakmp\n"
                          "crypto map vpn 10 match address to-router\n"
                          "crypto map vpn 10 set peer 200.1.1.2\n"
                          "crypto map vpn 10 set transform-set TRANS\n"
                          "crypto map vpn interface outside\n"
                          "isakmp enable outside\n"
                          "isakmp key %1 address 200.1.1.2 netmask 255.255.255.255\n"
                          "isakmp identity address\n"
                          "isakmp policy 10 authentication pre-share\n"
                          "isakmp policy 10 encryption des\n"
                          "isakmp policy 10 hash sha\n"
                          "isakmp policy 10 group 2\n"
                          "isakmp policy 10 lifetime 86400\n"
                          ": end\n")
        .arg(key);
}

const char *const RouterConfig = "version 12.2\n"
                                 "hostname router\n"
                                 "!\n"
                                 "crypto isakmp policy 10\n"
                                 " encryption des\n"
                                 " hash sha\n"
                                 " authentication pre-share\n"
                                 " group 2\n"
                                 " lifetime 86400\n"
                                 "crypto isakmp key cisco123 address 200.1.1.1\n"
                                 "!\n"
                                 "crypto ipsec transform-set TRANS esp-des esp-sha-hmac\n"
                                 "!\n"
                                 "crypto map vpn 10 ipsec-isakmp\n"
                                 " set peer 200.1.1.1\n"
                                 " set transform-set TRANS\n"
                                 " match address 110\n"
                                 "!\n"
                                 "interface Ethernet0/0\n"
                                 " ip address 200.1.1.2 255.255.255.0\n"
                                 " crypto map vpn\n"
                                 "!\n"
                                 "interface Ethernet0/1\n"
                                 " ip address 10.2.2.1 255.255.255.0\n"
                                 "!\n"
                                 "ip classless\n"
                                 "ip route 10.1.1.0 255.255.255.0 200.1.1.1\n"
                                 "access-list 110 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255\n"
                                 "end\n";

using Builder = vtd::test::ProjectBuilder;

vtd::model::Project project(const QString &pixKey)
{
    Builder b;
    const auto pix = b.node(NodeKind::PixFirewall, QStringLiteral("pix"), QStringLiteral("PIX-525"));
    b.project.node(pix)->configText = pixConfig(pixKey);
    const auto router = b.node(NodeKind::IosRouter, QStringLiteral("router"), QStringLiteral("IOS-ROUTER"));
    b.project.node(router)->configText = QString::fromLatin1(RouterConfig);
    const auto pixLan = b.node(NodeKind::LanSegment, QStringLiteral("10.1.1.0/24"), QStringLiteral("LAN-SEGMENT"));
    const auto routerLan = b.node(NodeKind::LanSegment, QStringLiteral("10.2.2.0/24"), QStringLiteral("LAN-SEGMENT"));
    const auto pixHost = b.host(QStringLiteral("pix-lan-host"), "10.1.1.2", "10.1.1.1");
    const auto routerHost = b.host(QStringLiteral("router-lan-host"), "10.2.2.2", "10.2.2.1");
    b.link(pix, QStringLiteral("ethernet0"), router, QStringLiteral("Ethernet0/0"));
    b.link(pix, QStringLiteral("ethernet1"), pixLan);
    b.link(pixHost, QStringLiteral("eth0"), pixLan);
    b.link(router, QStringLiteral("Ethernet0/1"), routerLan);
    b.link(routerHost, QStringLiteral("eth0"), routerLan);
    return b.project;
}

struct Run
{
    explicit Run(const QString &pixKey) : sim(7), network(sim)
    {
        sim.addTraceSink(&recorder);
        network.build(project(pixKey));
        consoles = std::make_unique<console::DeviceConsoles>(network);
        on("router", "debug crypto isakmp");
        on("pix", "debug crypto isakmp");
    }
    ~Run() { consoles.reset(); }

    QString ping(const char *from, const char *to)
    {
        PingSession session(*network.node(QString::fromLatin1(from)), addr(to));
        session.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(20));
        return session.result();
    }
    QString on(const char *node, const char *cli)
    {
        return consoles->execute(QString::fromLatin1(node), QString::fromLatin1(cli));
    }
    QStringList console(const char *node) const
    {
        QStringList lines;
        for (const ConsoleTrace &line : recorder.ofType<ConsoleTrace>()) {
            if (line.node == QLatin1String(node))
                lines << line.text;
        }
        return lines;
    }
    bool hasDiagnostic(const char *code) const
    {
        for (const DiagnosticTrace &d : recorder.ofType<DiagnosticTrace>()) {
            if (d.diagnostic.code == QLatin1String(code))
                return true;
        }
        return false;
    }
    const ike::IkeSa *establishedSa(const char *node) const
    {
        for (const auto &sa : ike::IkeDaemon::of(*network.node(QString::fromLatin1(node)))->ikeSas()) {
            if (sa->isEstablished())
                return sa.get();
        }
        return nullptr;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
    std::unique_ptr<console::DeviceConsoles> consoles;
};

} // namespace

class TstIkeIosToPix : public QObject
{
    Q_OBJECT
private slots:
    void routerRunsIke();
    void tunnel_data();
    void tunnel();
    void routerShowOutput();
    void preSharedKeyMismatch();
};

void TstIkeIosToPix::routerRunsIke()
{
    Run run(QStringLiteral("cisco123"));
    const ike::IkeDaemon *daemon = ike::IkeDaemon::of(*run.network.node(QStringLiteral("router")));
    QVERIFY(daemon);
    QCOMPARE(daemon->config().bindings.size(), 1);
    const ike::CryptoMapBinding &binding = daemon->config().bindings.front();
    QCOMPARE(binding.interface, QStringLiteral("Ethernet0/0"));
    QCOMPARE(binding.peers, QList<Ipv4Address>{addr("200.1.1.1")});
    QCOMPARE(binding.lifetimeSeconds, std::uint64_t(3600)); // the IOS default
    QVERIFY(binding.acl.has_value());
    QVERIFY(daemon->config().isakmpEnabledOn(QStringLiteral("Ethernet0/1"))); // IOS: on everywhere
}

void TstIkeIosToPix::tunnel_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("initiator");
    QTest::newRow("router initiates") << "router-lan-host" << "10.1.1.2" << "router";
    QTest::newRow("pix initiates") << "pix-lan-host" << "10.2.2.2" << "pix";
}

void TstIkeIosToPix::tunnel()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, initiator);
    Run run(QStringLiteral("cisco123"));
    const QString result = run.ping(from.toLatin1().constData(), to.toLatin1().constData());
    if (result != QLatin1String(".!!!!") || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES")) {
        qWarning().noquote() << run.console("router").join(QLatin1Char('\n'));
        qWarning().noquote() << run.console("pix").join(QLatin1Char('\n'));
    }
    QCOMPARE(result, QStringLiteral(".!!!!"));
    const ike::IkeSa *routerSa = run.establishedSa("router");
    const ike::IkeSa *pixSa = run.establishedSa("pix");
    QVERIFY(routerSa && pixSa);
    QCOMPARE(routerSa->initiator, initiator == QLatin1String("router"));
    QCOMPARE(routerSa->keys->skeyidE(), pixSa->keys->skeyidE());

    const QString dst = initiator == QLatin1String("router") ? QStringLiteral("200.1.1.1") : QStringLiteral("200.1.1.2");
    const QString src = initiator == QLatin1String("router") ? QStringLiteral("200.1.1.2") : QStringLiteral("200.1.1.1");
    QCOMPARE(run.on("router", "show crypto isakmp sa"),
             QStringLiteral("dst             src             state          conn-id   slot\n")
                 + dst.leftJustified(16) + src.leftJustified(16) + QStringLiteral("QM_IDLE              1      0\n"));
    QVERIFY(run.on("pix", "show crypto isakmp sa").contains(QStringLiteral("QM_IDLE")));

    // IOS 12.2 debug wording: the SA number in the prefix, packets sent and received.
    const QStringList router = run.console("router");
    QVERIFY(router.contains(QStringLiteral("ISAKMP (0:1): atts are acceptable. Next payload is 0")));
    QVERIFY(router.contains(QStringLiteral("ISAKMP (0:1): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR")));
    QVERIFY(router.contains(QStringLiteral("ISAKMP (0:1): SA has been authenticated with 200.1.1.1")));
    QVERIFY(!router.contains(QStringLiteral("return status is IKMP_NO_ERROR")));
    if (initiator == QLatin1String("router")) {
        QVERIFY(router.contains(QStringLiteral("ISAKMP (0:1): beginning Main Mode exchange")));
        QVERIFY(router.contains(QStringLiteral("ISAKMP (0:1): sending packet to 200.1.1.1 (I) MM_NO_STATE")));
    } else {
        QVERIFY(router.contains(QStringLiteral("ISAKMP (0:0): received packet from 200.1.1.1 (N) NEW SA")));
    }
    // The PIX keeps its own wording.
    QVERIFY(run.console("pix").contains(QStringLiteral("ISAKMP (0): SA has been authenticated")));
}

void TstIkeIosToPix::routerShowOutput()
{
    Run run(QStringLiteral("cisco123"));
    QCOMPARE(run.ping("router-lan-host", "10.1.1.2"), QStringLiteral(".!!!!"));
    const QString ipsec = run.on("router", "show crypto ipsec sa");
    QVERIFY2(ipsec.startsWith(QStringLiteral("interface: Ethernet0/0\n"
                                             "    Crypto map tag: vpn, local addr. 200.1.1.2\n")),
             qPrintable(ipsec));
    QVERIFY(ipsec.contains(QStringLiteral("   local  ident (addr/mask/prot/port): (10.2.2.0/255.255.255.0/0/0)\n"
                                          "   remote ident (addr/mask/prot/port): (10.1.1.0/255.255.255.0/0/0)\n"
                                          "   current_peer: 200.1.1.1\n")));
    QVERIFY(ipsec.contains(QStringLiteral("        slot: 0, conn id: 2000, flow_id: 1, crypto map: vpn\n")));
    QVERIFY(ipsec.contains(QStringLiteral("    #pkts encaps: 4, #pkts encrypt: 4, #pkts digest 4\n")));
    QCOMPARE(run.on("router", "show crypto map"),
             QStringLiteral("Crypto Map \"vpn\" 10 ipsec-isakmp\n"
                            "        Peer = 200.1.1.1\n"
                            "        Extended IP access list 110\n"
                            "            access-list 110 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255\n"
                            "        Current peer: 200.1.1.1\n"
                            "        Security association lifetime: 4608000 kilobytes/3600 seconds\n"
                            "        PFS (Y/N): N\n"
                            "        Transform sets={ TRANS, }\n"
                            "        Interfaces using crypto map vpn:\n"
                            "                Ethernet0/0\n"
                            "\n"));
    QCOMPARE(run.on("router", "show debugging"),
             QStringLiteral("Cryptographic Subsystem:\n  Crypto ISAKMP debugging is on\n"));
    QCOMPARE(run.on("router", "clear crypto sa"), QString());
    QVERIFY(!run.on("router", "show crypto ipsec sa").contains(QStringLiteral("spi: 0x")));
    QCOMPARE(run.on("router", "clear crypto isakmp"), QString());
    QCOMPARE(run.on("router", "show crypto isakmp sa"),
             QStringLiteral("dst             src             state          conn-id   slot\n"));
}

void TstIkeIosToPix::preSharedKeyMismatch()
{
    Run run(QStringLiteral("wrongkey"));
    QCOMPARE(run.ping("router-lan-host", "10.1.1.2"), QStringLiteral("....."));
    QVERIFY(!run.establishedSa("router"));
    QVERIFY(!run.establishedSa("pix"));
    QVERIFY(run.hasDiagnostic("ike.psk-mismatch"));
}

QTEST_GUILESS_MAIN(TstIkeIosToPix)
#include "tst_ike_ios_to_pix.moc"
