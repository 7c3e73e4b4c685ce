#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"

#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::time_literals;

namespace {

/** Counts packet-sent records only: a sink may override just what it needs. */
class SentCounter final : public TraceSink
{
public:
    void onPacketSent(const PacketTrace &) override { ++sent; }
    int sent = 0;
};

PacketTrace samplePacket()
{
    return PacketTrace{1_ms, 3, QStringLiteral("snow"), QStringLiteral("intf2"), PacketDirection::Sent,
                       QByteArray::fromHex("4500"), QStringLiteral("icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100")};
}

} // namespace

class TstTraceRecorder : public QObject
{
    Q_OBJECT

private slots:
    void formatsEveryKind_data();
    void formatsEveryKind();
    void bytesOnRequest();
    void fanoutForwardsInOrder();
    void simulatorTracingSwitch();
    void ofTypeAndFingerprint();
};

void TstTraceRecorder::formatsEveryKind_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("line");
    QTest::newRow("sent") << 0 << "1.000000 snow intf2 sent #3 icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100";
    QTest::newRow("drop") << 1 << "10000.000000 snow intf2 drop #4 [nat] nat.no-translation-group icmp 10.0.0.2 > 10.48.66.44 {interface=outside}";
    QTest::newRow("decision") << 2 << "2.500000 snow decide #4 [ingress-acl] permit: access-list acl-intf2 permit icmp any any";
    QTest::newRow("console") << 3 << "3.000000 rain console ISAKMP (0): beginning Main Mode exchange";
    QTest::newRow("sa") << 4 << "4.000000 snow sa ike 193.0.0.5 <-> 10.48.66.156 - -> MM_NO_STATE";
    QTest::newRow("diagnostic") << 5 << "12000.000000 rain diagnostic error ike.reply-from-unexpected-address peer=193.0.0.5 {actual=193.0.0.1 expected=193.0.0.5}";
}

void TstTraceRecorder::formatsEveryKind()
{
    QFETCH(int, kind);
    QFETCH(QString, line);
    TraceRecorder recorder;
    TraceSink &sink = recorder;
    switch (kind) {
    case 0:
        sink.onPacketSent(samplePacket());
        break;
    case 1:
        sink.onPacketDropped(DropTrace{10_s, 4, QStringLiteral("snow"), QStringLiteral("intf2"), QStringLiteral("nat"),
                                       QStringLiteral("nat.no-translation-group"), {{QStringLiteral("interface"), QStringLiteral("outside")}},
                                       QByteArray(), QStringLiteral("icmp 10.0.0.2 > 10.48.66.44")});
        break;
    case 2:
        sink.onDecision(DecisionTrace{2500_us, 4, QStringLiteral("snow"), QStringLiteral("ingress-acl"), QStringLiteral("permit"),
                                      QStringLiteral("access-list acl-intf2 permit icmp any any")});
        break;
    case 3:
        sink.onConsoleLine(ConsoleTrace{3_ms, QStringLiteral("rain"), QStringLiteral("ISAKMP (0): beginning Main Mode exchange")});
        break;
    case 4:
        sink.onSaStateChanged(SaStateTrace{4_ms, QStringLiteral("snow"), QStringLiteral("ike"), QStringLiteral("193.0.0.5"),
                                           QStringLiteral("10.48.66.156"), QString(), QStringLiteral("MM_NO_STATE"), QString()});
        break;
    default: {
        vtd::model::Diagnostic d;
        d.code = QStringLiteral("ike.reply-from-unexpected-address");
        d.node = QStringLiteral("rain");
        d.peer = QStringLiteral("193.0.0.5");
        d.params = {{QStringLiteral("expected"), QStringLiteral("193.0.0.5")}, {QStringLiteral("actual"), QStringLiteral("193.0.0.1")}};
        sink.onDiagnostic(DiagnosticTrace{12_s, d});
    }
    }
    QCOMPARE(recorder.lines(), QStringList{line});
    QCOMPARE(traceTime(recorder.events().front()) > SimTime(), true);
}

void TstTraceRecorder::bytesOnRequest()
{
    TraceRecorder recorder;
    PacketTrace received = samplePacket();
    received.direction = PacketDirection::Received;
    recorder.onPacketReceived(received);
    QVERIFY(recorder.lines(true).front().endsWith(QStringLiteral(" [4500]")));
    QVERIFY(recorder.lines(true).front().contains(QStringLiteral(" recv #3 ")));
    QVERIFY(!recorder.lines(false).front().contains(QStringLiteral("[4500]")));
}

void TstTraceRecorder::fanoutForwardsInOrder()
{
    TraceFanout fanout;
    TraceRecorder first, second;
    SentCounter counter;
    fanout.addSink(&first);
    fanout.addSink(&second);
    fanout.addSink(&counter);
    fanout.addSink(&first); // added once only
    fanout.addSink(nullptr);
    fanout.onPacketSent(samplePacket());
    fanout.onConsoleLine(ConsoleTrace{1_ms, QStringLiteral("snow"), QStringLiteral("x")});
    QCOMPARE(first.events().size(), std::size_t(2));
    QCOMPARE(second.lines(), first.lines());
    QCOMPARE(counter.sent, 1);
    fanout.removeSink(&second);
    fanout.onPacketSent(samplePacket());
    QCOMPARE(first.events().size(), std::size_t(3));
    QCOMPARE(second.events().size(), std::size_t(2));
    QCOMPARE(counter.sent, 2);
}

void TstTraceRecorder::simulatorTracingSwitch()
{
    Simulator sim;
    QVERIFY(!sim.isTracing());
    sim.trace().onPacketSent(samplePacket()); // nobody listens: harmless
    TraceRecorder recorder;
    sim.addTraceSink(&recorder);
    QVERIFY(sim.isTracing());
    sim.trace().onPacketSent(samplePacket());
    sim.removeTraceSink(&recorder);
    QVERIFY(!sim.isTracing());
    QCOMPARE(recorder.events().size(), std::size_t(1));
    QCOMPARE(sim.allocatePacketId(), std::uint64_t(1));
    QCOMPARE(sim.allocatePacketId(), std::uint64_t(2));
}

void TstTraceRecorder::ofTypeAndFingerprint()
{
    TraceRecorder a, b;
    for (TraceRecorder *r : {&a, &b}) {
        r->onPacketSent(samplePacket());
        r->onConsoleLine(ConsoleTrace{2_ms, QStringLiteral("snow"), QStringLiteral("line")});
    }
    QCOMPARE(a.ofType<PacketTrace>().size(), std::size_t(1));
    QCOMPARE(a.ofType<ConsoleTrace>().front().text, QStringLiteral("line"));
    QVERIFY(a.ofType<DropTrace>().empty());
    QCOMPARE(a.fingerprint(), b.fingerprint());
    // The fingerprint covers the bytes, not only the summaries.
    PacketTrace changed = samplePacket();
    changed.bytes = QByteArray::fromHex("4501");
    a.onPacketSent(samplePacket());
    b.onPacketSent(changed);
    QCOMPARE(a.lines(), b.lines());
    QVERIFY(a.fingerprint() != b.fingerprint());
    a.clear();
    QVERIFY(a.events().empty());
}

QTEST_GUILESS_MAIN(TstTraceRecorder)
#include "tst_trace_recorder.moc"
