#include "sim/devices/ping_session.h"
#include "tests/example_project.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/ike/ike_daemon.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;
using vtd::model::Ipv4Address;

// rain initiates towards snow (the example's snow has the host route to rain via intf2):
// rain-lan-host 11.0.0.2 -> 12.0.0.1 matches rain's `vpn-to-snow`, so rain runs Main Mode
// and Quick Mode with 193.0.0.5, and the echoes after the first leave rain inside ESP.

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

/** The example without snow's host route to rain through intf2 (the document's mistake). */
vtd::model::Project misrouted()
{
    vtd::model::Project project = example();
    for (const vtd::model::Node &node : project.nodes()) {
        if (node.name != QLatin1String("snow"))
            continue;
        QString &text = project.node(node.id)->configText;
        const QString before = text;
        text.remove(QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1\n"));
        Q_ASSERT(text != before);
    }
    return project;
}

struct Run
{
    explicit Run(const vtd::model::Project &project = example()) : sim(7), network(sim)
    {
        sim.addTraceSink(&recorder);
        network.build(project);
        for (const char *name : {"snow", "rain"}) {
            auto *daemon = ike::IkeDaemon::of(*network.node(QString::fromLatin1(name)));
            Q_ASSERT(daemon);
            daemon->debug().setOn(ike::IkeDebug::Category::Isakmp, true);
            daemon->debug().setOn(ike::IkeDebug::Category::Ipsec, true);
            daemon->debug().setOn(ike::IkeDebug::Category::Syslog, true);
        }
    }
    QString ping(const char *from, const char *to)
    {
        PingSession session(*network.node(QString::fromLatin1(from)), addr(to));
        session.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(20));
        return session.result();
    }
    QList<vtd::model::Diagnostic> diagnostics(const char *code) const
    {
        QList<vtd::model::Diagnostic> out;
        for (const DiagnosticTrace &d : recorder.ofType<DiagnosticTrace>()) {
            if (d.diagnostic.code == QLatin1String(code))
                out << d.diagnostic;
        }
        return out;
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

    Simulator sim;
    TraceRecorder recorder;
    SimNetwork network;
};

const ike::IkeSa *establishedSa(const SimNode &node)
{
    for (const auto &sa : ike::IkeDaemon::of(node)->ikeSas()) {
        if (sa->isEstablished())
            return sa.get();
    }
    return nullptr;
}

} // namespace

class TstIkePixToPix : public QObject
{
    Q_OBJECT
private slots:
    void rainInitiatesAndTheTunnelCarriesTheEchoes();
    void misroutedRepliesLeaveNoSa();
};

void TstIkePixToPix::rainInitiatesAndTheTunnelCarriesTheEchoes()
{
    Run run;
    run.ping("rain-lan-host", "12.0.0.1");
    const ike::IkeSa *rainSa = establishedSa(*run.network.node(QStringLiteral("rain")));
    const ike::IkeSa *snowSa = establishedSa(*run.network.node(QStringLiteral("snow")));
    if (!rainSa || !snowSa || qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES")) {
        qWarning().noquote() << run.console("rain").join(QLatin1Char('\n'));
        qWarning().noquote() << run.console("snow").join(QLatin1Char('\n'));
    }
    QVERIFY(rainSa);
    QVERIFY(snowSa);
    QCOMPARE(rainSa->peer, addr("193.0.0.5"));
    QCOMPARE(snowSa->peer, addr("10.48.66.156"));
    QVERIFY(rainSa->initiator);
    QCOMPARE(rainSa->keys->skeyidE(), snowSa->keys->skeyidE());

    auto &rainSad = ike::IkeDaemon::of(*run.network.node(QStringLiteral("rain")))->sad();
    auto &snowSad = ike::IkeDaemon::of(*run.network.node(QStringLiteral("snow")))->sad();
    QCOMPARE(rainSad.size(), std::size_t(2));
    QCOMPARE(snowSad.size(), std::size_t(2));
    quint64 encaps = 0, decaps = 0;
    for (const auto *sa : rainSad.all())
        encaps += sa->counters().encaps;
    for (const auto *sa : snowSad.all())
        decaps += sa->counters().decaps;
    QCOMPARE(encaps, quint64(4)); // the first echo was lost while IKE ran
    QCOMPARE(decaps, quint64(4));

    const QStringList rain = run.console("rain");
    QVERIFY(rain.contains(QStringLiteral("ISAKMP (0): beginning Main Mode exchange")));
    QVERIFY(rain.contains(QStringLiteral("ISAKMP (0): SA has been authenticated")));
    const QStringList snow = run.console("snow");
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): SA is doing pre-shared key authentication using id type ID_IPV4_ADDR")));
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): Creating IPSec SAs")));
}

// Misrouting (a) of the document: rain initiates, snow answers from outside (193.0.0.1).
void TstIkePixToPix::misroutedRepliesLeaveNoSa()
{
    Run run(misrouted());
    QCOMPARE(run.ping("rain-lan-host", "12.0.0.1"), QStringLiteral("....."));
    QVERIFY(!establishedSa(*run.network.node(QStringLiteral("rain"))));
    QVERIFY(!establishedSa(*run.network.node(QStringLiteral("snow"))));
    const auto unexpected = run.diagnostics("ike.reply-from-unexpected-address");
    QVERIFY(!unexpected.isEmpty());
    QCOMPARE(unexpected.front().node, QStringLiteral("rain"));
    QCOMPARE(unexpected.front().params.value(QStringLiteral("expected")), QStringLiteral("193.0.0.5"));
    QCOMPARE(unexpected.front().params.value(QStringLiteral("actual")), QStringLiteral("193.0.0.1"));
    const auto misrouted = run.diagnostics("ike.misrouted");
    QCOMPARE(misrouted.size(), 1);
    QCOMPARE(misrouted.front().node, QStringLiteral("snow"));
    QCOMPARE(misrouted.front().suggestion, QStringLiteral("route intf2 10.48.66.156 255.255.255.255 193.0.0.6 1"));
}

QTEST_GUILESS_MAIN(TstIkePixToPix)
#include "tst_ike_pix_to_pix.moc"
