#include "sim/engine/event_queue.h"
#include "sim/engine/simulator.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <tuple>
#include <vector>

using namespace vtd::sim;
using namespace vtd::sim::time_literals;

class TstEventQueue : public QObject
{
    Q_OBJECT

private slots:
    void simTimeUnits();
    void simTimeText_data();
    void simTimeText();
    void runsInTimeOrder();
    void sameTimeRunsFifo();
    void zeroDelayFromInsideRunsAfterQueuedPeers();
    void cancelPendingEvent();
    void cancelTwiceAndAfterRun();
    void cancelTopExposesNext();
    void slotReuseDoesNotResurrectCancelledIds();
    void runUntilAdvancesClock();
    void stopEndsRunEarly();
    void stepRunsOneEvent();
    void scheduleAtPastRunsNow();
    void matchesReferenceOrderWithCancels();
    void compactionKeepsOrder();
    void nearAndFarEventsKeepOneOrder();
    void compactionLeavingOneEvent();
    void deterministicAcrossRuns();
};

void TstEventQueue::simTimeUnits()
{
    QCOMPARE((1_ms).toNanoseconds(), 1000000);
    QCOMPARE((2_s).toMilliseconds(), 2000);
    QCOMPARE((1500_us).toMilliseconds(), 1); // truncates
    QCOMPARE(SimTime::fromMilliseconds(3) + 250_us, SimTime::fromMicroseconds(3250));
    QVERIFY(1_ms < 1001_us);
    QCOMPARE((1_ms) * 5, 5_ms);
}

void TstEventQueue::simTimeText_data()
{
    QTest::addColumn<qint64>("nanoseconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << "0.000000";
    QTest::newRow("one-ms") << qint64(1000000) << "1.000000";
    QTest::newRow("fraction") << qint64(10001000250) << "10001.000250";
    QTest::newRow("one-ns") << qint64(1) << "0.000001";
    QTest::newRow("negative") << qint64(-1500000) << "-1.500000";
}

void TstEventQueue::simTimeText()
{
    QFETCH(qint64, nanoseconds);
    QFETCH(QString, text);
    QCOMPARE(SimTime::fromNanoseconds(nanoseconds).toString(), text);
}

void TstEventQueue::runsInTimeOrder()
{
    Simulator sim;
    std::vector<int> order;
    sim.schedule(3_ms, [&] { order.push_back(3); });
    sim.schedule(1_ms, [&] { order.push_back(1); });
    sim.schedule(2_ms, [&] { order.push_back(2); });
    sim.runAll();
    QCOMPARE(order, (std::vector<int>{1, 2, 3}));
    QCOMPARE(sim.now(), 3_ms);
    QCOMPARE(sim.executedEvents(), std::uint64_t(3));
}

void TstEventQueue::sameTimeRunsFifo()
{
    Simulator sim;
    std::vector<int> order;
    for (int i = 0; i < 100; ++i)
        sim.schedule(5_ms, [&order, i] { order.push_back(i); });
    sim.runAll();
    std::vector<int> expected(100);
    for (int i = 0; i < 100; ++i)
        expected[std::size_t(i)] = i;
    QCOMPARE(order, expected);
}

void TstEventQueue::zeroDelayFromInsideRunsAfterQueuedPeers()
{
    // An event scheduled now, from inside an event, joins the end of the same-time line.
    Simulator sim;
    std::vector<QString> order;
    sim.schedule(1_ms, [&] {
        order.push_back(QStringLiteral("a"));
        sim.schedule(0_ms, [&] { order.push_back(QStringLiteral("c")); });
    });
    sim.schedule(1_ms, [&] { order.push_back(QStringLiteral("b")); });
    sim.runAll();
    QCOMPARE(order, (std::vector<QString>{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TstEventQueue::cancelPendingEvent()
{
    Simulator sim;
    bool ran = false;
    const EventId id = sim.schedule(1_ms, [&] { ran = true; });
    QVERIFY(id.isValid());
    QVERIFY(sim.isPending(id));
    QCOMPARE(sim.pendingEvents(), std::size_t(1));
    QVERIFY(sim.cancel(id));
    QVERIFY(!sim.isPending(id));
    QCOMPARE(sim.pendingEvents(), std::size_t(0));
    sim.runAll();
    QVERIFY(!ran);
    QCOMPARE(sim.executedEvents(), std::uint64_t(0));
}

void TstEventQueue::cancelTwiceAndAfterRun()
{
    Simulator sim;
    const EventId a = sim.schedule(1_ms, [] {});
    QVERIFY(sim.cancel(a));
    QVERIFY(!sim.cancel(a));
    const EventId b = sim.schedule(1_ms, [] {});
    sim.runAll();
    QVERIFY(!sim.cancel(b));
    QVERIFY(!sim.cancel(EventId{}));
    QVERIFY(!sim.cancel(EventId{999, 12345}));
}

void TstEventQueue::cancelTopExposesNext()
{
    Simulator sim;
    const EventId first = sim.schedule(1_ms, [] {});
    sim.schedule(2_ms, [] {});
    QCOMPARE(sim.nextEventTime(), std::optional<SimTime>(1_ms));
    sim.cancel(first);
    QCOMPARE(sim.nextEventTime(), std::optional<SimTime>(2_ms));
}

void TstEventQueue::slotReuseDoesNotResurrectCancelledIds()
{
    // The cancelled event's slot is recycled at once; its old id must stay dead.
    Simulator sim;
    int ran = 0;
    const EventId old = sim.schedule(1_ms, [&] { ran += 100; });
    sim.cancel(old);
    const EventId fresh = sim.schedule(1_ms, [&] { ran += 1; });
    QCOMPARE(fresh.slot, old.slot);
    QVERIFY(!sim.isPending(old));
    QVERIFY(!sim.cancel(old));
    QVERIFY(sim.isPending(fresh));
    sim.runAll();
    QCOMPARE(ran, 1);
}

void TstEventQueue::runUntilAdvancesClock()
{
    Simulator sim;
    std::vector<int> order;
    sim.schedule(1_s, [&] { order.push_back(1); });
    sim.schedule(2_s, [&] { order.push_back(2); });
    sim.schedule(3_s, [&] { order.push_back(3); });
    sim.runUntil(2_s); // inclusive
    QCOMPARE(order, (std::vector<int>{1, 2}));
    QCOMPARE(sim.now(), 2_s);
    sim.runUntil(2500_ms); // nothing due: the clock still moves (a `wait` with no traffic)
    QCOMPARE(sim.now(), 2500_ms);
    QCOMPARE(sim.pendingEvents(), std::size_t(1));
    sim.runUntil(1_s); // never backwards
    QCOMPARE(sim.now(), 2500_ms);
}

void TstEventQueue::stopEndsRunEarly()
{
    Simulator sim;
    int ran = 0;
    sim.schedule(1_ms, [&] { ++ran; });
    sim.schedule(2_ms, [&] { ++ran; sim.stop(); });
    sim.schedule(3_ms, [&] { ++ran; });
    sim.runUntil(10_ms);
    QCOMPARE(ran, 2);
    QCOMPARE(sim.now(), 2_ms); // stopped: the clock stays at the stopping event
    sim.runAll();              // a new run clears the stop request
    QCOMPARE(ran, 3);
}

void TstEventQueue::stepRunsOneEvent()
{
    Simulator sim;
    QVERIFY(!sim.step());
    int ran = 0;
    sim.schedule(4_ms, [&] { ++ran; });
    sim.schedule(7_ms, [&] { ++ran; });
    QVERIFY(sim.step());
    QCOMPARE(ran, 1);
    QCOMPARE(sim.now(), 4_ms);
    QVERIFY(sim.step());
    QVERIFY(!sim.step());
    QCOMPARE(sim.now(), 7_ms);
}

void TstEventQueue::scheduleAtPastRunsNow()
{
    Simulator sim;
    sim.runUntil(10_ms);
    SimTime ranAt;
    sim.scheduleAt(5_ms, [&] { ranAt = sim.now(); });
    sim.runAll();
    QCOMPARE(ranAt, 10_ms);
}

void TstEventQueue::matchesReferenceOrderWithCancels()
{
    // Random times (few distinct values, so many ties) and random cancels; the run order must
    // equal a stable sort of the surviving events by time.
    EventQueue queue;
    SeededRng rng(1234);
    std::vector<std::tuple<std::int64_t, int>> reference; // (time, insertion index)
    std::vector<std::pair<EventId, std::size_t>> ids;
    std::vector<int> ran;
    for (int i = 0; i < 5000; ++i) {
        const std::int64_t t = std::int64_t(rng.below(50));
        ids.emplace_back(queue.push(SimTime::fromNanoseconds(t), [&ran, i] { ran.push_back(i); }), reference.size());
        reference.emplace_back(t, i);
    }
    std::vector<bool> cancelled(reference.size(), false);
    for (int k = 0; k < 2000; ++k) {
        const std::size_t victim = std::size_t(rng.below(ids.size()));
        if (queue.cancel(ids[victim].first))
            cancelled[victim] = true;
    }
    std::vector<int> expected;
    std::stable_sort(reference.begin(), reference.end(),
                     [](const auto &a, const auto &b) { return std::get<0>(a) < std::get<0>(b); });
    for (const auto &[t, i] : reference) {
        if (!cancelled[std::size_t(i)])
            expected.push_back(i);
    }
    QCOMPARE(queue.size(), expected.size());
    SimTime at;
    EventQueue::Callback callback;
    while (queue.pop(at, callback))
        callback();
    QCOMPARE(ran, expected);
}

void TstEventQueue::compactionKeepsOrder()
{
    // Far more cancels than live events forces the heap to be rebuilt; order must not change.
    Simulator sim;
    std::vector<int> ran;
    std::vector<EventId> doomed;
    for (int i = 0; i < 4000; ++i) {
        if (i % 10 == 0)
            sim.schedule(SimTime::fromMicroseconds(4000 - i), [&ran, i] { ran.push_back(i); });
        else
            doomed.push_back(sim.schedule(SimTime::fromMicroseconds(i), [] { QFAIL("cancelled event ran"); }));
    }
    for (const EventId &id : doomed)
        QVERIFY(sim.cancel(id));
    QCOMPARE(sim.pendingEvents(), std::size_t(400));
    sim.runAll();
    QCOMPARE(ran.size(), std::size_t(400));
    QVERIFY(std::is_sorted(ran.begin(), ran.end(), std::greater<int>()));
}

void TstEventQueue::nearAndFarEventsKeepOneOrder()
{
    // Times from now to hours ahead land in both heaps (the horizon is a minute), with ties
    // and cancels, and more pushed from inside callbacks as the clock moves: the run order
    // must still be a stable sort by time of everything that survived.
    Simulator sim;
    SeededRng rng(99);
    std::vector<std::pair<std::int64_t, int>> expected;  // (time, id) in push order
    std::vector<std::pair<std::int64_t, int>> ran;
    std::vector<bool> cancelled;
    int next = 0;
    std::function<void(int)> pushSome = [&](int count) {
        std::vector<std::pair<EventId, int>> pushed;
        for (int k = 0; k < count; ++k) {
            const std::int64_t delay = rng.below(4) == 0 ? std::int64_t(rng.below(3)) * 1'000'000'000'000
                                                         : std::int64_t(rng.below(120)) * 1'000'000'000;
            const int id = next++;
            const std::int64_t at = sim.now().toNanoseconds() + delay;
            expected.emplace_back(at, id);
            cancelled.push_back(false);
            pushed.emplace_back(sim.schedule(SimTime::fromNanoseconds(delay), [&, id, at] {
                                    ran.emplace_back(at, id);
                                    if (id < 3000)
                                        pushSome(2);
                                }),
                                id);
        }
        for (const auto &[event, id] : pushed) {
            if (rng.below(5) == 0 && sim.cancel(event))
                cancelled[std::size_t(id)] = true;
        }
    };
    pushSome(500);
    sim.runAll();
    std::vector<std::pair<std::int64_t, int>> survivors;
    for (const auto &entry : expected) {
        if (!cancelled[std::size_t(entry.second)])
            survivors.push_back(entry);
    }
    // Ties run in scheduling order, which is id order here.
    std::stable_sort(survivors.begin(), survivors.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QCOMPARE(ran.size(), survivors.size());
    QVERIFY(ran == survivors);
}

void TstEventQueue::compactionLeavingOneEvent()
{
    // Cancelling most of a thousand far events compacts both heaps, the near one holding a
    // single event (a heap of one has no parent to sift).
    EventQueue queue;
    bool ran = false;
    queue.push(SimTime::fromNanoseconds(5000), [&ran] { ran = true; });
    std::vector<EventId> far;
    for (int i = 0; i < 1100; ++i)
        far.push_back(queue.push(SimTime::fromSeconds(100 + i), [] {}));
    for (auto id = far.rbegin(); id != far.rend(); ++id)  // the far top stays live longest
        QVERIFY(queue.cancel(*id));
    QCOMPARE(queue.size(), std::size_t(1));
    SimTime at;
    EventQueue::Callback callback;
    QVERIFY(queue.pop(at, callback));
    callback();
    QVERIFY(ran);
    QCOMPARE(at.toNanoseconds(), std::int64_t(5000));
    QVERIFY(!queue.pop(at, callback));
}

namespace {

// A small self-driving model: timers that reschedule with random delays and randomly cancel
// each other. Returns what ran, when, in order.
std::vector<std::pair<std::int64_t, int>> runRandomModel(std::uint64_t seed)
{
    Simulator sim(seed);
    std::vector<std::pair<std::int64_t, int>> log;
    std::vector<EventId> live;
    std::function<void(int)> fire = [&](int who) {
        log.emplace_back(sim.now().toNanoseconds(), who);
        if (log.size() > 3000)
            return;
        if (!live.empty() && sim.rng().chancePercent(10))
            sim.cancel(live[std::size_t(sim.rng().below(live.size()))]);
        const int next = int(sim.rng().below(100));
        live.push_back(sim.schedule(SimTime::fromMicroseconds(std::int64_t(sim.rng().below(20))), [&fire, next] { fire(next); }));
    };
    for (int i = 0; i < 20; ++i)
        sim.schedule(0_ms, [&fire, i] { fire(i); });
    sim.runAll();
    return log;
}

} // namespace

void TstEventQueue::deterministicAcrossRuns()
{
    const auto first = runRandomModel(7);
    const auto second = runRandomModel(7);
    QVERIFY(first.size() > 1000);
    QCOMPARE(first, second);
    QVERIFY(runRandomModel(8) != first);
}

QTEST_GUILESS_MAIN(TstEventQueue)
#include "tst_event_queue.moc"
