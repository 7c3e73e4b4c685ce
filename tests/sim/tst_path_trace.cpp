// vpnsim trace's engine on the built-in example: topology first (Boost.Graph), then one probe
// through the real pipelines, with every hop and decision and the exact drop.

#include "sim/analysis/path_trace.h"
#include "tests/example_project.h"
#include "sim/analysis/topology_graph.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

using namespace vtd::sim::analysis;
using Outcome = PathTraceResult::Outcome;
using Protocol = ProbeSpec::Protocol;

namespace {

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

PathTraceResult trace(const QString &from, const QString &to, ProbeSpec probe = {})
{
    return tracePath(example(), {from, to, probe});
}

QString joined(const PathTraceResult &result)
{
    return result.lines.join(u'\n');
}

} // namespace

class TstPathTrace : public QObject
{
    Q_OBJECT

private slots:
    void translatedPingIsDelivered();
    void missingTranslationGroupIsTheDrop();
    void protocols_data();
    void protocols();
    void implicitHostEndpoint();
    void deviceAddressAsSource();
    void unknownEndpointIsInvalid();
    void isolatedNodeHasNoPhysicalPath();
    void topologyShortestPath();
    void sameInputSameLines();
    void tunnelledProbeIsRetried();
};

void TstPathTrace::translatedPingIsDelivered()
{
    const PathTraceResult result = trace(QStringLiteral("snow-lan-host"), QStringLiteral("193.0.0.6"));
    const QString text = joined(result);
    QCOMPARE(result.outcome, Outcome::Delivered);
    QVERIFY2(text.startsWith(QLatin1String("trace icmp echo from snow-lan-host (10.0.0.2) to carrion (193.0.0.6)\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\ntopology: snow-lan-host - ")) && text.contains(QLatin1String(" - snow - carrion\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("snow [route] next-hop: ")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("route candidate ")));
    QVERIFY2(text.contains(QLatin1String("carrion Ethernet5/2: received icmp 193.0.0.5 > 193.0.0.6")), qPrintable(text));
    QVERIFY(result.lines.last().startsWith(QLatin1String("result: delivered to carrion (193.0.0.6) after ")));
    QVERIFY(result.diagnostics.isEmpty());
}

// Out through outside, where nat 1 has no global: snow drops it, as a PIX 6.2 does.
void TstPathTrace::missingTranslationGroupIsTheDrop()
{
    const PathTraceResult result = trace(QStringLiteral("snow-lan-host"), QStringLiteral("10.48.66.44"));
    const QString text = joined(result);
    QCOMPARE(result.outcome, Outcome::Dropped);
    QVERIFY2(text.contains(QLatin1String("DROPPED pix.no-translation-group: ")), qPrintable(text));
    QVERIFY2(result.lines.last().startsWith(QLatin1String("result: dropped at snow outside by ")), qPrintable(result.lines.last()));
    QVERIFY(result.lines.last().endsWith(QLatin1String("[pix.no-translation-group]")));
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.front().code, QStringLiteral("pix.no-translation-group"));
    QCOMPARE(result.diagnostics.front().node, QStringLiteral("snow"));
}

void TstPathTrace::protocols_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("summary");
    QTest::newRow("icmp") << int(Protocol::Icmp) << 0 << "trace icmp echo from" << "icmp 193.0.0.5 > 193.0.0.6";
    QTest::newRow("udp default") << int(Protocol::Udp) << 0 << "trace udp port 33434 from" << "udp 193.0.0.5:";
    QTest::newRow("udp 500") << int(Protocol::Udp) << 500 << "trace udp port 500 from" << "> 193.0.0.6:500";
    QTest::newRow("tcp 23") << int(Protocol::Tcp) << 23 << "trace tcp port 23 (SYN) from" << "193.0.0.6";
}

void TstPathTrace::protocols()
{
    QFETCH(int, protocol);
    QFETCH(int, port);
    QFETCH(QString, first);
    QFETCH(QString, summary);
    ProbeSpec probe;
    probe.protocol = Protocol(protocol);
    probe.port = port;
    const PathTraceResult result = trace(QStringLiteral("snow-lan-host"), QStringLiteral("193.0.0.6"), probe);
    const QString text = joined(result);
    QVERIFY2(text.startsWith(first), qPrintable(text));
    QCOMPARE(result.outcome, Outcome::Delivered);
    QVERIFY2(text.contains(QLatin1String("carrion Ethernet5/2: received ")) && text.contains(summary), qPrintable(text));
}

void TstPathTrace::implicitHostEndpoint()
{
    const PathTraceResult result = trace(QStringLiteral("10.0.0.9"), QStringLiteral("193.0.0.6"));
    QCOMPARE(result.outcome, Outcome::Delivered);
    QVERIFY2(result.lines.first().contains(QLatin1String("from host-10.0.0.9 (10.0.0.9)")), qPrintable(result.lines.first()));
}

void TstPathTrace::deviceAddressAsSource()
{
    const PathTraceResult result = trace(QStringLiteral("193.0.0.6"), QStringLiteral("snow"));
    QCOMPARE(result.outcome, Outcome::Delivered);
    QVERIFY2(joined(result).contains(QLatin1String("carrion Ethernet5/1: sent icmp 193.0.0.6 > 193.0.0.1 echo request")), qPrintable(joined(result)));
}

void TstPathTrace::unknownEndpointIsInvalid()
{
    const PathTraceResult result = trace(QStringLiteral("snow-lan-host"), QStringLiteral("nowhere"));
    QCOMPARE(result.outcome, Outcome::Invalid);
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics.front().code, QStringLiteral("trace.unknown-endpoint"));
    QCOMPARE(trace(QStringLiteral("8.8.8.8"), QStringLiteral("snow")).outcome, Outcome::Invalid);
}

void TstPathTrace::isolatedNodeHasNoPhysicalPath()
{
    vtd::model::Project project = example();
    vtd::model::Node island;
    island.id = project.allocateNodeId();
    island.kind = vtd::model::NodeKind::Host;
    island.name = QStringLiteral("island");
    island.host.address = *vtd::model::Ipv4Address::parse(u"172.16.0.5");
    island.host.mask = *vtd::model::Ipv4Address::parse(u"255.255.255.0");
    project.insertNode(island);
    const PathTraceResult result = tracePath(project, {QStringLiteral("island"), QStringLiteral("snow"), {}});
    QCOMPARE(result.outcome, Outcome::Dropped);
    QCOMPARE(result.diagnostics.front().code, QStringLiteral("trace.no-physical-path"));
    QVERIFY(joined(result).contains(QLatin1String("topology: no physical path")));
}

void TstPathTrace::topologyShortestPath()
{
    const vtd::model::Project project = example();
    const TopologyGraph graph(project);
    const auto snow = project.nodeByName(QStringLiteral("snow"))->id;
    const auto rain = project.nodeByName(QStringLiteral("rain"))->id;
    const auto path = graph.shortestPath(snow, rain);
    QVERIFY(path);
    QCOMPARE(path->first(), QStringLiteral("snow"));
    QCOMPARE(path->last(), QStringLiteral("rain"));
    QVERIFY(path->contains(QStringLiteral("carrion")));
    QVERIFY(graph.connected(rain, snow));
}

void TstPathTrace::sameInputSameLines()
{
    const PathTraceResult first = trace(QStringLiteral("snow-lan-host"), QStringLiteral("rain-lan-host"));
    const PathTraceResult second = trace(QStringLiteral("snow-lan-host"), QStringLiteral("rain-lan-host"));
    QCOMPARE(first.lines, second.lines);
}

// The first echo is lost while IKE negotiates (as `.!!!!`); the second one decides, and the
// trace follows it into ESP across carrion and out of rain decrypted.
void TstPathTrace::tunnelledProbeIsRetried()
{
    const PathTraceResult result = trace(QStringLiteral("snow-lan-host"), QStringLiteral("rain-lan-host"));
    const QString text = joined(result);
    QCOMPARE(result.outcome, Outcome::Delivered);
    QVERIFY2(text.contains(QLatin1String("DROPPED ipsec.no-sa")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("\nprobe 2, sent at 5000 ms:\n")));
    QVERIFY(text.contains(QLatin1String("snow [crypto-map] protect: crypto map vpn-intf2 10")));
    QVERIFY(text.contains(QLatin1String("carrion Ethernet5/0: sent esp 193.0.0.5 > 10.48.66.156")));
    QVERIFY(text.contains(QLatin1String("rain inside: sent icmp 10.0.0.2 > 11.0.0.2 echo request")));
    QVERIFY(result.lines.last().startsWith(QLatin1String("result: delivered to rain-lan-host (11.0.0.2)")));
}

QTEST_GUILESS_MAIN(TstPathTrace)
#include "tst_path_trace.moc"
