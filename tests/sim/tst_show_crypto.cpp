#include "sim/console/device_console.h"
#include "tests/example_project.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/ike/ike_daemon.h"
#include "sim/output/pix_show_crypto_isakmp_sa.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

#include <memory>

using namespace vtd::sim;
using vtd::model::Ipv4Address;
using vtd::sim::console::DeviceConsoles;

// The crypto console commands on the built-in example: rain-lan-host pings 12.0.0.1, so rain
// starts Main Mode and Quick Mode with snow; the show commands then print the SAs in PIX 6.2's
// format (reference: output-formats.md sections 5 to 7) and the debug switches decide what the
// transcripts get.

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

struct Run
{
    Run() : network(sim)
    {
        network.build(example());
        consoles = std::make_unique<DeviceConsoles>(network);
    }
    ~Run() { consoles.reset(); }

    QString ping(const char *from, const char *to)
    {
        devices::PingSession session(*network.node(QString::fromLatin1(from)),
                                     *Ipv4Address::parse(QString::fromLatin1(to)));
        session.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(20));
        return session.result();
    }
    bool connectClient()
    {
        auto *control = network.node(QStringLiteral("vpnclient"))->extension<VpnControl>();
        bool connected = false;
        control->connect({}, {}, [&](const VpnControl::ConnectOutcome &o) { connected = o.connected; });
        sim.runUntil(sim.now() + SimTime::fromSeconds(30));
        return connected;
    }
    QString on(const char *node, const char *cli)
    {
        return consoles->execute(QString::fromLatin1(node), QString::fromLatin1(cli));
    }

    Simulator sim{7};
    devices::SimNetwork network;
    std::unique_ptr<DeviceConsoles> consoles;
};

} // namespace

class TstShowCrypto : public QObject
{
    Q_OBJECT

private slots:
    void isakmpSaColumns()
    {
        output::PixIsakmpSaRow row;
        row.dst = *Ipv4Address::parse(QStringLiteral("10.48.66.156"));
        row.src = *Ipv4Address::parse(QStringLiteral("193.0.0.5"));
        row.state = QStringLiteral("QM_IDLE");
        row.created = 1;
        QCOMPARE(output::renderPixShowCryptoIsakmpSa({row}),
                 QStringLiteral("Total     : 1\n"
                                "Embryonic : 0\n"
                                "        dst            src         state     pending    created\n"
                                "    10.48.66.156       193.0.0.5    QM_IDLE        0           1\n"));
    }

    void isakmpSaAfterPing()
    {
        Run run;
        QCOMPARE(run.on("rain", "show crypto isakmp sa"),
                 QStringLiteral("Total     : 0\nEmbryonic : 0\n"
                                "        dst            src         state     pending    created\n"));
        run.ping("rain-lan-host", "12.0.0.1");  // 12.0.0.1 is a client's pool address: no answer
        // rain initiated: dst is snow (responder), src rain; one Quick Mode completed.
        const QString rain = run.on("rain", "sh cry isa sa");
        QVERIFY2(rain.contains(QStringLiteral("\n       193.0.0.5    10.48.66.156    QM_IDLE        0           1\n")),
                 qPrintable(rain));
        const QString snow = run.on("snow", "show crypto isakmp sa");
        QVERIFY2(snow.contains(QStringLiteral("\n       193.0.0.5    10.48.66.156    QM_IDLE        0           1\n")),
                 qPrintable(snow));
    }

    void ipsecSaFlowsAndCounters()
    {
        Run run;
        run.ping("rain-lan-host", "12.0.0.1");
        const QString snow = run.on("snow", "show crypto ipsec sa");
        QVERIFY2(snow.startsWith(QStringLiteral("interface: ")), qPrintable(snow));
        QVERIFY(snow.contains(QStringLiteral("    Crypto map tag: vpn-intf2, local addr. 193.0.0.5\n")));
        QVERIFY(snow.contains(QStringLiteral("   local  ident (addr/mask/prot/port): (12.0.0.0/255.255.255.0/0/0)\n"
                                             "   remote ident (addr/mask/prot/port): (11.0.0.0/255.255.255.0/0/0)\n"
                                             "   current_peer: 10.48.66.156\n"
                                             "     PERMIT, flags={origin_is_acl,}\n")));
        QVERIFY(snow.contains(QStringLiteral("     path mtu 1500, ipsec overhead 56, media mtu 1500\n")));
        QVERIFY(snow.contains(QStringLiteral("        transform: esp-des esp-sha-hmac ,\n")));
        QVERIFY(snow.contains(QStringLiteral("        slot: 0, conn id: 1, crypto map: vpn-intf2\n")));
        QVERIFY(snow.contains(QStringLiteral("        slot: 0, conn id: 2, crypto map: vpn-intf2\n")));
        // The permit line without traffic is listed with no SA.
        QVERIFY(snow.contains(QStringLiteral("   local  ident (addr/mask/prot/port): (10.0.0.0/255.255.255.0/0/0)\n")));
        QVERIFY(snow.contains(QStringLiteral("     current outbound spi: 0\n")));

        // Counters follow the SAs: each passing echo is decapsulated once on snow.
        const auto *daemon = ike::IkeDaemon::of(*run.network.node(QStringLiteral("snow")));
        std::uint64_t decaps = 0;
        for (const esp::EspSa *sa : daemon->sad().all())
            decaps += sa->counters().decaps;
        QVERIFY(decaps > 0);
        QVERIFY(snow.contains(QStringLiteral("    #pkts decaps: %1, #pkts decrypt: %1, #pkts verify %1\n").arg(decaps)));
    }

    void clearRemovesSas()
    {
        Run run;
        run.ping("rain-lan-host", "12.0.0.1");
        QCOMPARE(run.on("rain", "clear crypto ipsec sa"), QString());
        QVERIFY(!run.on("rain", "show crypto ipsec sa").contains(QStringLiteral("spi: 0x")));
        QCOMPARE(run.on("rain", "clear crypto isakmp sa"), QString());
        QVERIFY(run.on("rain", "show crypto isakmp sa").startsWith(QStringLiteral("Total     : 0\n")));
    }

    void debugSwitches()
    {
        Run run;
        const QString none = run.on("snow", "show debug");
        QVERIFY(none.startsWith(QStringLiteral("debug fover status\n\ttx\tOff\n")));
        QVERIFY(none.endsWith(QStringLiteral("\tfmsg\tOff\n")));
        QCOMPARE(run.on("snow", "debug crypto isakmp"), QString());
        QCOMPARE(run.on("snow", "debug crypto ipsec 1"), QString());
        run.on("snow", "debug crypto engine");
        QVERIFY(run.on("snow", "sh debug")
                    .startsWith(QStringLiteral("debug crypto ipsec 1\ndebug crypto isakmp 1\ndebug crypto engine\n"
                                               "debug fover status\n")));
        run.on("snow", "no debug crypto ipsec");
        QVERIFY(run.on("snow", "show debug").startsWith(QStringLiteral("debug crypto isakmp 1\ndebug crypto engine\n")));
        run.on("snow", "undebug all");
        QVERIFY(run.on("snow", "show debug").startsWith(QStringLiteral("debug fover status\n")));
    }

    // `show crypto map` (no seed sample; layout unverified, see output-formats-unverified.md):
    // configuration values, the current peer from the live SAs, hit counters as `show access-list`.
    void cryptoMap_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        const QString rainMap = QStringLiteral(
            "\n"
            "Crypto Map: \"vpn-outside\" interfaces: { outside }\n"
            "\n"
            "Crypto Map \"vpn-outside\" 10 ipsec-isakmp\n"
            "        Peer = 193.0.0.5\n"
            "        access-list vpn-to-snow; 2 elements\n"
            "        access-list vpn-to-snow permit ip 11.0.0.0 255.255.255.0 10.0.0.0 255.255.255.0 (hitcnt=N)\n"
            "        access-list vpn-to-snow permit ip 11.0.0.0 255.255.255.0 12.0.0.0 255.255.255.0 (hitcnt=N)\n"
            "        Current peer: 193.0.0.5\n"
            "        Security association lifetime: 4608000 kilobytes/28800 seconds\n"
            "        PFS (Y/N): N\n"
            "        Transform sets={ TRANS, }\n");
        const QString snowStatic = QStringLiteral(
            "\n"
            "Crypto Map: \"vpn-intf2\" interfaces: { intf2 }\n"
            "\n"
            "Crypto Map \"vpn-intf2\" 10 ipsec-isakmp\n"
            "        Peer = 10.48.66.156\n"
            "        access-list vpn-intf2; 2 elements\n"
            "        access-list vpn-intf2 permit ip 10.0.0.0 255.255.255.0 11.0.0.0 255.255.255.0 (hitcnt=N)\n"
            "        access-list vpn-intf2 permit ip 12.0.0.0 255.255.255.0 11.0.0.0 255.255.255.0 (hitcnt=N)\n"
            "        Current peer: 10.48.66.156\n"
            "        Security association lifetime: 4608000 kilobytes/28800 seconds\n"
            "        PFS (Y/N): N\n"
            "        Transform sets={ TRANS, }\n"
            "\n"
            "Crypto Map: \"toOUT\" interfaces: { outside }\n"
            "\n"
            "Crypto Map \"toOUT\" 10 ipsec-isakmp\n"
            "        Dynamic map template tag: DYN\n");
        QTest::newRow("rain static map, no SA") << "rain" << "" << rainMap;
        QTest::newRow("rain static map, after ping") << "rain" << "ping" << rainMap;
        QTest::newRow("snow static and dynamic map, no SA") << "snow" << "" << snowStatic;
        QTest::newRow("snow dynamic map in use by the VPN Client")
            << "snow" << "connect"
            << snowStatic
                   + QStringLiteral("        Dynamic (created from dynamic map DYN/10)\n"
                                    "        Current peer: 10.48.66.76\n"
                                    "        Security association lifetime: 4608000 kilobytes/28800 seconds\n"
                                    "        PFS (Y/N): N\n"
                                    "        Transform sets={ remote-TRANS, }\n");
    }

    void cryptoMap()
    {
        QFETCH(QString, node);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        Run run;
        if (action == QLatin1String("ping"))
            run.ping("rain-lan-host", "12.0.0.1");
        else if (action == QLatin1String("connect"))
            QVERIFY(run.connectClient());
        QString shown = run.on(node.toLatin1().constData(), "show crypto map");
        shown.replace(QRegularExpression(QStringLiteral("\\(hitcnt=\\d+\\)")), QStringLiteral("(hitcnt=N)"));
        if (shown != expected)
            qWarning().noquote() << shown;
        QCOMPARE(shown, expected);
        QCOMPARE(run.on(node.toLatin1().constData(), "sh cry map"), run.on(node.toLatin1().constData(), "show crypto map"));
    }

    // The hit counters are the ones `show access-list` prints for the same list.
    void cryptoMapHitCountsFollowTheAccessList()
    {
        Run run;
        run.ping("rain-lan-host", "12.0.0.1");
        const QString acl = run.on("rain", "show access-list");
        const QRegularExpression line(QStringLiteral("access-list vpn-to-snow (permit ip 11\\.0\\.0\\.0 [^(]*\\(hitcnt=\\d+\\))"));
        auto it = line.globalMatch(acl);
        int seen = 0;
        const QString map = run.on("rain", "show crypto map");
        while (it.hasNext()) {
            QVERIFY2(map.contains(it.next().captured(1)), qPrintable(map));
            ++seen;
        }
        QCOMPARE(seen, 2);
    }

    void transcriptHasDebugLinesOnlyWhenOn()
    {
        Run run;
        run.on("snow", "debug crypto isakmp");
        run.ping("rain-lan-host", "12.0.0.1");
        const auto transcripts = run.consoles->transcripts();
        const QString snow = transcripts.value(QStringLiteral("snow"));
        QVERIFY2(snow.contains(QStringLiteral("crypto_isakmp_process_block: src 10.48.66.156, dest 193.0.0.5")),
                 qPrintable(snow));
        QVERIFY(snow.indexOf(QStringLiteral("snow# debug crypto isakmp")) < snow.indexOf(QStringLiteral("crypto_isakmp")));
        QVERIFY(!transcripts.value(QStringLiteral("rain")).contains(QStringLiteral("crypto_isakmp_process_block")));
    }
};

QTEST_GUILESS_MAIN(TstShowCrypto)
#include "tst_show_crypto.moc"
