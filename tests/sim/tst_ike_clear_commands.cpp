// The selective clear commands on a gateway with two tunnels: only the named peer's, map's or
// SA's pairs go (IOS: also one IKE SA by conn-id), only that peer gets the DELETE, the other
// tunnel keeps carrying traffic, and `show crypto ipsec sa` lists what is left. A bad argument
// gets the device's error line and clears nothing.
//
// PIX 6.2, the built-in example: snow has `vpn-intf2` (LAN to LAN with rain 10.48.66.156 on
// intf2, snow's address there 193.0.0.5) and `toOUT` (the VPN Client 10.48.66.76).
// IOS 12.2, built here: router (200.1.1.2) with map `vpn` entry 10 to pixa (200.1.1.1) and
// entry 20 to pixb (200.1.1.3), all three on one segment.

#include "sim/console/device_console.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include "project_builder.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;
using vtd::model::NodeKind;

namespace {

Ipv4Address addr(const QString &text)
{
    return *Ipv4Address::parse(text);
}

vtd::model::Project example()
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                        vtd::resources::builtinExampleName());
    Q_ASSERT(read.project);
    return *read.project;
}

QString pixConfig(const char *name, const char *outside, const char *inside, const char *lan)
{
    return QStringLiteral("PIX Version 6.2(2)\n"
                          "nameif ethernet0 outside security0\n"
                          "nameif ethernet1 inside security100\n"
                          "hostname %1\n"
                          "access-list acl-out permit icmp any any\n"
                          "access-list to-router permit ip %4 255.255.255.0 10.2.2.0 255.255.255.0\n"
                          "interface ethernet0 auto\n"
                          "interface ethernet1 auto\n"
                          "ip address outside %2 255.255.255.0\n"
                          "ip address inside %3 255.255.255.0\n"
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
                          "isakmp key cisco123 address 200.1.1.2 netmask 255.255.255.255\n"
                          "isakmp identity address\n"
                          "isakmp policy 10 authentication pre-share\n"
                          "isakmp policy 10 encryption des\n"
                          "isakmp policy 10 hash sha\n"
                          "isakmp policy 10 group 2\n"
                          "isakmp policy 10 lifetime 86400\n"
                          ": end\n")
        .arg(QLatin1String(name), QLatin1String(outside), QLatin1String(inside), QLatin1String(lan));
}

const char *const RouterConfig = "version 12.2\n"
                                 "hostname router\n"
                                 "!\n"
                                 "crypto isakmp policy 10\n"
                                 " encryption des\n"
                                 " hash sha\n"
                                 " authentication pre-share\n"
                                 " group 2\n"
                                 "crypto isakmp key cisco123 address 200.1.1.1\n"
                                 "crypto isakmp key cisco123 address 200.1.1.3\n"
                                 "!\n"
                                 "crypto ipsec transform-set TRANS esp-des esp-sha-hmac\n"
                                 "!\n"
                                 "crypto map vpn 10 ipsec-isakmp\n"
                                 " set peer 200.1.1.1\n"
                                 " set transform-set TRANS\n"
                                 " match address 110\n"
                                 "crypto map vpn 20 ipsec-isakmp\n"
                                 " set peer 200.1.1.3\n"
                                 " set transform-set TRANS\n"
                                 " match address 120\n"
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
                                 "ip route 10.3.3.0 255.255.255.0 200.1.1.3\n"
                                 "access-list 110 permit ip 10.2.2.0 0.0.0.255 10.1.1.0 0.0.0.255\n"
                                 "access-list 120 permit ip 10.2.2.0 0.0.0.255 10.3.3.0 0.0.0.255\n"
                                 "end\n";

/** The IOS router between two PIX firewalls, each with a LAN and a host on it. */
struct IosBuilder : vtd::test::ProjectBuilder
{
    void pix(const char *name, const char *outside, const char *inside, const char *lan, vtd::model::NodeId wan)
    {
        const auto id = node(NodeKind::PixFirewall, QLatin1String(name), QStringLiteral("PIX-525"));
        project.node(id)->configText = pixConfig(name, outside, inside, lan);
        link(id, QStringLiteral("ethernet0"), wan);
        link(id, QStringLiteral("ethernet1"),
             lanWithHost(QLatin1String(lan) + QStringLiteral("/24"), QLatin1String(name) + QStringLiteral("-host"),
                         qPrintable(QString::fromLatin1(inside).section(u'.', 0, 2) + QStringLiteral(".2")), inside));
    }
};

vtd::model::Project iosProject()
{
    IosBuilder b;
    const auto wan = b.node(NodeKind::LanSegment, QStringLiteral("200.1.1.0/24"), QStringLiteral("LAN-SEGMENT"));
    const auto router = b.node(NodeKind::IosRouter, QStringLiteral("router"), QStringLiteral("IOS-ROUTER"));
    b.project.node(router)->configText = QString::fromLatin1(RouterConfig);
    b.link(router, QStringLiteral("Ethernet0/0"), wan);
    b.link(router, QStringLiteral("Ethernet0/1"),
           b.lanWithHost(QStringLiteral("10.2.2.0/24"), QStringLiteral("router-host"), "10.2.2.2", "10.2.2.1"));
    b.pix("pixa", "200.1.1.1", "10.1.1.1", "10.1.1.0", wan);
    b.pix("pixb", "200.1.1.3", "10.3.3.1", "10.3.3.0", wan);
    return b.project;
}

/** A network with both tunnels of the gateway up, its console and a trace of what follows. */
struct Run
{
    explicit Run(const vtd::model::Project &project, const char *gateway) : sim(7), network(sim), gateway(gateway)
    {
        sim.addTraceSink(&recorder);
        network.build(project);
        consoles = std::make_unique<console::DeviceConsoles>(network);
        on("debug crypto isakmp");
        on("debug crypto ipsec");
    }
    ~Run() { consoles.reset(); }

    QString on(const QString &cli) { return consoles->execute(QLatin1String(gateway), cli); }
    QString ping(const char *from, const char *to)
    {
        PingSession session(*network.node(QLatin1String(from)), addr(QLatin1String(to)));
        session.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(20));
        return session.result();
    }
    void connectClient()
    {
        network.node(QStringLiteral("vpnclient"))->extension<VpnControl>()->connect({}, {}, [](const auto &) {});
        sim.runUntil(sim.now() + SimTime::fromSeconds(10));
    }
    void runFor(int seconds) { sim.runUntil(sim.now() + SimTime::fromSeconds(seconds)); }
    ike::IkeDaemon &daemon(const char *node) const { return *ike::IkeDaemon::of(*network.node(QLatin1String(node))); }

    /** Our SPI of the pair with `peer`: "in" (inbound) or "out" (outbound). */
    std::uint32_t spi(const QString &peer, const QString &direction) const
    {
        const auto wanted = direction == QLatin1String("in") ? esp::EspDirection::Inbound : esp::EspDirection::Outbound;
        for (const esp::EspSa *sa : daemon(gateway).sad().all()) {
            if (sa->direction() == wanted && sa->peerAddress() == addr(peer))
                return sa->spi();
        }
        return 0;
    }
    /** How many SAs of the pair (inbound, outbound SPI) `show crypto ipsec sa` lists: 2 or 0
     *  (the static entries' blocks stay after a clear, without SAs). */
    static int listed(const QString &show, const std::pair<std::uint32_t, std::uint32_t> &spis)
    {
        const auto line = [](std::uint32_t spi) { return QStringLiteral("spi: 0x%1(%2)").arg(spi, 0, 16).arg(spi); };
        return int(show.contains(line(spis.first))) + int(show.contains(line(spis.second)));
    }
    std::pair<std::uint32_t, std::uint32_t> pairOf(const QString &peer) const
    {
        return {spi(peer, QStringLiteral("in")), spi(peer, QStringLiteral("out"))};
    }
    int connId(const QString &peer) const
    {
        for (const auto &sa : daemon(gateway).ikeSas()) {
            if (sa->isEstablished() && sa->peer == addr(peer))
                return sa->connId;
        }
        return 0;
    }
    /** "{in:PEER}", "{out:PEER}", "{conn:PEER}" in a command, filled in from the gateway. */
    QString fill(QString command) const
    {
        static const QRegularExpression slot(QStringLiteral("\\{(in|out|conn):([0-9.]+)\\}"));
        for (auto match = slot.match(command); match.hasMatch(); match = slot.match(command)) {
            const QString kind = match.captured(1);
            const QString value = kind == QLatin1String("conn") ? QString::number(connId(match.captured(2)))
                                                                : QString::number(spi(match.captured(2), kind));
            command.replace(match.capturedStart(), match.capturedLength(), value);
        }
        return command;
    }

    /** Peers whose SAs of `layer` ended on `node` for `reason`, in order, once each. */
    QStringList ended(const char *node, const char *layer, const char *reason) const
    {
        QStringList peers;
        for (const SaStateTrace &t : recorder.ofType<SaStateTrace>()) {
            if (t.node == QLatin1String(node) && t.protocol == QLatin1String(layer) && t.to.isEmpty()
                && t.reason == QLatin1String(reason) && !peers.contains(t.peer))
                peers << t.peer;
        }
        peers.sort();
        return peers;
    }
    /** Types a command at the gateway; informationalTo() looks at what follows it. */
    QString clear(const QString &command)
    {
        packetsBefore = recorder.ofType<PacketTrace>().size();
        return on(command);
    }
    /** Where the gateway sent Informational exchanges (ISAKMP exchange type 5) since clear(). */
    QStringList informationalTo() const
    {
        QStringList peers;
        const std::vector<PacketTrace> packets = recorder.ofType<PacketTrace>();
        for (std::size_t i = packetsBefore; i < packets.size(); ++i) {
            const PacketTrace &p = packets[i];
            if (p.node != QLatin1String(gateway) || p.direction != PacketDirection::Sent || p.bytes.size() < 20)
                continue;
            const int ihl = (std::uint8_t(p.bytes.at(0)) & 0x0f) * 4;
            const bool isakmp = p.bytes.at(9) == 17 && p.bytes.size() > ihl + 26
                                && std::uint8_t(p.bytes.at(ihl + 2)) == 1 && std::uint8_t(p.bytes.at(ihl + 3)) == 0xf4;
            if (!isakmp || p.bytes.at(ihl + 8 + 18) != 5)
                continue;
            const QString to = Ipv4Address(std::uint8_t(p.bytes.at(16)), std::uint8_t(p.bytes.at(17)),
                                           std::uint8_t(p.bytes.at(18)), std::uint8_t(p.bytes.at(19))).toString();
            if (!peers.contains(to))
                peers << to;
        }
        peers.sort();
        return peers;
    }

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
    std::unique_ptr<console::DeviceConsoles> consoles;
    const char *gateway;
    std::size_t packetsBefore = 0;
};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TstIkeClearCommands : public QObject
{
    Q_OBJECT
private slots:
    void pixClear_data();
    void pixClear();
    void iosClear_data();
    void iosClear();
    void badArguments_data();
    void badArguments();
};

void TstIkeClearCommands::pixClear_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("cleared");  // peers whose IPsec SAs go (and get a DELETE)

    const QString rain = QStringLiteral("10.48.66.156");
    const QString client = QStringLiteral("10.48.66.76");
    QTest::newRow("all") << "clear crypto ipsec sa" << QStringList{rain, client};
    QTest::newRow("peer rain") << "clear crypto ipsec sa peer 10.48.66.156" << QStringList{rain};
    QTest::newRow("peer client") << "clear crypto ipsec sa peer 10.48.66.76" << QStringList{client};
    QTest::newRow("peer abbreviated") << "clear cry ipsec sa pe 10.48.66.156" << QStringList{rain};
    QTest::newRow("peer without SAs") << "clear crypto ipsec sa peer 10.9.9.9" << QStringList{};
    QTest::newRow("map vpn-intf2") << "clear crypto ipsec sa map vpn-intf2" << QStringList{rain};
    QTest::newRow("map toOUT") << "clear crypto ipsec sa map toOUT" << QStringList{client};
    QTest::newRow("map unknown") << "clear crypto ipsec sa map nomap" << QStringList{};
    QTest::newRow("entry inbound") << "clear crypto ipsec sa entry 193.0.0.5 esp {in:10.48.66.156}" << QStringList{rain};
    QTest::newRow("entry outbound") << "clear crypto ipsec sa entry 10.48.66.156 esp {out:10.48.66.156}"
                                    << QStringList{rain};
    QTest::newRow("entry wrong destination") << "clear crypto ipsec sa entry 10.48.66.76 esp {out:10.48.66.156}"
                                             << QStringList{};
    QTest::newRow("entry ah") << "clear crypto ipsec sa entry 193.0.0.5 ah {in:10.48.66.156}" << QStringList{};
}

void TstIkeClearCommands::pixClear()
{
    QFETCH(QString, command);
    QFETCH(QStringList, cleared);
    const QString rain = QStringLiteral("10.48.66.156");
    const QString client = QStringLiteral("10.48.66.76");

    Run run(example(), "snow");
    QCOMPARE(run.ping("rain-lan-host", "10.0.0.2"), QStringLiteral(".!!!!"));
    run.connectClient();
    QVERIFY(run.ping("vpnclient", "10.0.0.2").endsWith(QStringLiteral("!!!!")));  // the client's tunnel works
    const auto rainSpis = run.pairOf(rain);
    const auto clientSpis = run.pairOf(client);
    const QString before = run.on(QStringLiteral("show crypto ipsec sa"));
    QCOMPARE(Run::listed(before, rainSpis) + Run::listed(before, clientSpis), 4);

    QCOMPARE(run.clear(run.fill(command)), QString());
    const QString left = run.on(QStringLiteral("show crypto ipsec sa"));
    QCOMPARE(Run::listed(left, rainSpis), cleared.contains(rain) ? 0 : 2);
    QCOMPARE(Run::listed(left, clientSpis), cleared.contains(client) ? 0 : 2);
    run.runFor(2);

    QCOMPARE(run.ended("snow", "ipsec", "cleared"), sorted(cleared));
    QCOMPARE(run.informationalTo(), sorted(cleared));  // the DELETE goes only to the named peers
    QCOMPARE(run.ended("rain", "ipsec", "deleted by peer"),
             cleared.contains(rain) ? QStringList{QStringLiteral("193.0.0.5")} : QStringList{});
    QVERIFY(run.ended("snow", "ike", "cleared").isEmpty());  // IKE SAs stay

    // The other tunnel never stopped; a cleared one negotiates again (Quick Mode only).
    QCOMPARE(run.ping("rain-lan-host", "10.0.0.2"),
             cleared.contains(rain) ? QStringLiteral(".!!!!") : QStringLiteral("!!!!!"));
    if (!cleared.contains(client))
        QCOMPARE(run.ping("vpnclient", "10.0.0.2"), QStringLiteral("!!!!!"));
}

void TstIkeClearCommands::iosClear_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("layer");        // "ipsec" or "ike"
    QTest::addColumn<QStringList>("cleared");  // peers whose SAs of the layer go

    const QString a = QStringLiteral("200.1.1.1");
    const QString b = QStringLiteral("200.1.1.3");
    QTest::newRow("all") << "clear crypto sa" << "ipsec" << QStringList{a, b};
    QTest::newRow("peer a") << "clear crypto sa peer 200.1.1.1" << "ipsec" << QStringList{a};
    QTest::newRow("peer b abbreviated") << "clear cry sa p 200.1.1.3" << "ipsec" << QStringList{b};
    QTest::newRow("map vpn") << "clear crypto sa map vpn" << "ipsec" << QStringList{a, b};
    QTest::newRow("map unknown") << "clear crypto sa map other" << "ipsec" << QStringList{};
    QTest::newRow("entry inbound a") << "clear crypto sa entry 200.1.1.2 esp {in:200.1.1.1}" << "ipsec"
                                     << QStringList{a};
    QTest::newRow("entry outbound b") << "clear crypto sa entry 200.1.1.3 esp {out:200.1.1.3}" << "ipsec"
                                      << QStringList{b};
    QTest::newRow("isakmp all") << "clear crypto isakmp" << "ike" << QStringList{a, b};
    QTest::newRow("isakmp conn-id a") << "clear crypto isakmp {conn:200.1.1.1}" << "ike" << QStringList{a};
    QTest::newRow("isakmp conn-id b") << "clear crypto isakmp {conn:200.1.1.3}" << "ike" << QStringList{b};
    QTest::newRow("isakmp unknown conn-id") << "clear crypto isakmp 99" << "ike" << QStringList{};
}

void TstIkeClearCommands::iosClear()
{
    QFETCH(QString, command);
    QFETCH(QString, layer);
    QFETCH(QStringList, cleared);
    const QString a = QStringLiteral("200.1.1.1");
    const QString b = QStringLiteral("200.1.1.3");

    Run run(iosProject(), "router");
    QCOMPARE(run.ping("router-host", "10.1.1.2"), QStringLiteral(".!!!!"));
    QCOMPARE(run.ping("router-host", "10.3.3.2"), QStringLiteral(".!!!!"));
    QCOMPARE(run.on(QStringLiteral("show crypto isakmp sa")).count(QStringLiteral("QM_IDLE")), 2);

    const auto spisA = run.pairOf(a);
    const auto spisB = run.pairOf(b);
    QCOMPARE(run.clear(run.fill(command)), QString());
    const QByteArray ikeLayer = layer.toLatin1();
    if (layer == QLatin1String("ipsec")) {
        const QString left = run.on(QStringLiteral("show crypto ipsec sa"));
        QCOMPARE(Run::listed(left, spisA), cleared.contains(a) ? 0 : 2);
        QCOMPARE(Run::listed(left, spisB), cleared.contains(b) ? 0 : 2);
    } else {
        QCOMPARE(run.on(QStringLiteral("show crypto isakmp sa")).count(QStringLiteral("QM_IDLE")), 2 - cleared.size());
    }
    run.runFor(2);

    QCOMPARE(run.ended("router", ikeLayer.constData(), "cleared"), sorted(cleared));
    QCOMPARE(run.informationalTo(), sorted(cleared));
    const QString router = QStringLiteral("200.1.1.2");
    QCOMPARE(run.ended("pixa", ikeLayer.constData(), "deleted by peer"),
             cleared.contains(a) ? QStringList{router} : QStringList{});
    QCOMPARE(run.ended("pixb", ikeLayer.constData(), "deleted by peer"),
             cleared.contains(b) ? QStringList{router} : QStringList{});

    // IPsec SAs outlive a cleared IKE SA; a cleared IPsec pair negotiates again.
    const bool lostA = layer == QLatin1String("ipsec") && cleared.contains(a);
    const bool lostB = layer == QLatin1String("ipsec") && cleared.contains(b);
    QCOMPARE(run.ping("router-host", "10.1.1.2"), lostA ? QStringLiteral(".!!!!") : QStringLiteral("!!!!!"));
    QCOMPARE(run.ping("router-host", "10.3.3.2"), lostB ? QStringLiteral(".!!!!") : QStringLiteral("!!!!!"));
}

void TstIkeClearCommands::badArguments_data()
{
    QTest::addColumn<bool>("ios");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("reply");

    const QString pixHint = QStringLiteral("Type help or '?' for a list of available commands.\n");
    const QString invalid = QStringLiteral("^\n% Invalid input detected at '^' marker.\n");
    QTest::newRow("pix peer not an address") << false << "clear crypto ipsec sa peer 10.48.66" << pixHint;
    QTest::newRow("pix peer missing") << false << "clear crypto ipsec sa peer" << pixHint;
    QTest::newRow("pix unknown form") << false << "clear crypto ipsec sa bogus" << pixHint;
    QTest::newRow("pix entry protocol") << false << "clear crypto ipsec sa entry 193.0.0.5 gre 300" << pixHint;
    QTest::newRow("pix entry spi") << false << "clear crypto ipsec sa entry 193.0.0.5 esp 0x12" << pixHint;
    QTest::newRow("pix extra word") << false << "clear crypto ipsec sa map vpn-intf2 now" << pixHint;
    QTest::newRow("pix isakmp argument") << false << "clear crypto isakmp sa 1" << pixHint;
    QTest::newRow("pix counters") << false << "clear crypto ipsec sa counters"
                                  << "% Not simulated: clear crypto ipsec sa counters\n";
    // "router# " is 8 columns: the caret stands under the word the router refuses.
    QTest::newRow("ios peer not an address") << true << "clear crypto sa peer 200.1.1"
                                             << QString(8 + 21, u' ') + invalid;
    QTest::newRow("ios peer missing") << true << "clear crypto sa peer" << "% Incomplete command.\n";
    QTest::newRow("ios unknown form") << true << "clear crypto sa bogus" << QString(8 + 16, u' ') + invalid;
    QTest::newRow("ios entry spi") << true << "clear crypto sa entry 200.1.1.2 esp 12"
                                   << QString(8 + 36, u' ') + invalid;
    QTest::newRow("ios entry incomplete") << true << "clear crypto sa entry 200.1.1.2" << "% Incomplete command.\n";
    QTest::newRow("ios conn-id") << true << "clear crypto isakmp one" << QString(8 + 20, u' ') + invalid;
    QTest::newRow("ios conn-id extra") << true << "clear crypto isakmp 1 2" << QString(8 + 22, u' ') + invalid;
    QTest::newRow("ios counters") << true << "clear crypto sa counters" << "% Not simulated: clear crypto sa counters\n";
}

void TstIkeClearCommands::badArguments()
{
    QFETCH(bool, ios);
    QFETCH(QString, command);
    QFETCH(QString, reply);

    Run run(ios ? iosProject() : example(), ios ? "router" : "snow");
    QCOMPARE(run.ping(ios ? "router-host" : "rain-lan-host", ios ? "10.1.1.2" : "10.0.0.2"), QStringLiteral(".!!!!"));
    QCOMPARE(run.clear(command), reply);
    run.runFor(2);
    QVERIFY(run.ended(run.gateway, "ipsec", "cleared").isEmpty());
    QVERIFY(run.ended(run.gateway, "ike", "cleared").isEmpty());
    QVERIFY(run.informationalTo().isEmpty());
}

QTEST_GUILESS_MAIN(TstIkeClearCommands)
#include "tst_ike_clear_commands.moc"
