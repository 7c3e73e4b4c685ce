// The 64-packet anti-replay window of RFC 2401 Appendix C / RFC 2406 §3.4.3: sequences of
// accepted numbers, then the verdict on one more.

#include "sim/esp/replay_window.h"

#include <QList>
#include <QTest>

using vtd::sim::esp::ReplayWindow;
using Check = ReplayWindow::Check;

Q_DECLARE_METATYPE(Check)

class TstEspReplayWindow : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void checkDoesNotChangeState();
    void hugeJumpClearsTheBitmap();
};

void TstEspReplayWindow::verdict_data()
{
    QTest::addColumn<QList<quint32>>("accepted");
    QTest::addColumn<quint32>("next");
    QTest::addColumn<Check>("expected");
    QTest::newRow("first packet") << QList<quint32>{} << 1u << Check::Ok;
    QTest::newRow("zero is never valid") << QList<quint32>{} << 0u << Check::Zero;
    QTest::newRow("zero after traffic") << QList<quint32>{1, 2} << 0u << Check::Zero;
    QTest::newRow("in order") << QList<quint32>{1, 2, 3} << 4u << Check::Ok;
    QTest::newRow("gap ahead") << QList<quint32>{1} << 1000u << Check::Ok;
    QTest::newRow("duplicate of the edge") << QList<quint32>{1, 2, 3} << 3u << Check::Duplicate;
    QTest::newRow("duplicate inside") << QList<quint32>{1, 2, 3} << 2u << Check::Duplicate;
    QTest::newRow("late but new") << QList<quint32>{1, 3} << 2u << Check::Ok;
    QTest::newRow("left edge (offset 63)") << QList<quint32>{100} << 37u << Check::Ok;
    QTest::newRow("just left of the window (offset 64)") << QList<quint32>{100} << 36u << Check::TooOld;
    QTest::newRow("far behind") << QList<quint32>{5000} << 1u << Check::TooOld;
    QTest::newRow("late one accepted, then repeated") << QList<quint32>{100, 50} << 50u << Check::Duplicate;
    QTest::newRow("window slid past old bits") << QList<quint32>{1, 2, 3, 70} << 3u << Check::TooOld;
    QTest::newRow("bits shift with the edge") << QList<quint32>{10, 20} << 10u << Check::Duplicate;
    QTest::newRow("top of the space") << QList<quint32>{0xfffffffe} << 0xffffffffu << Check::Ok;
    QTest::newRow("top reached") << QList<quint32>{0xffffffff} << 0xffffffffu << Check::Duplicate;
}

void TstEspReplayWindow::verdict()
{
    QFETCH(QList<quint32>, accepted);
    QFETCH(quint32, next);
    QFETCH(Check, expected);
    ReplayWindow window;
    for (quint32 sequence : accepted) {
        QCOMPARE(window.check(sequence), Check::Ok);
        window.accept(sequence);
    }
    QCOMPARE(window.check(next), expected);
}

void TstEspReplayWindow::checkDoesNotChangeState()
{
    ReplayWindow window;
    window.accept(5);
    QCOMPARE(window.check(9), Check::Ok);
    QCOMPARE(window.highest(), 5u);
    QCOMPARE(window.bitmap(), 1u);
}

void TstEspReplayWindow::hugeJumpClearsTheBitmap()
{
    ReplayWindow window;
    for (quint32 s = 1; s <= 64; ++s)
        window.accept(s);
    QCOMPARE(window.bitmap(), ~std::uint64_t(0));
    window.accept(1000);
    QCOMPARE(window.bitmap(), 1u);
    QCOMPARE(window.highest(), 1000u);
    QCOMPARE(window.check(999), Check::Ok);
    QCOMPARE(window.check(936), Check::TooOld);
}

QTEST_GUILESS_MAIN(TstEspReplayWindow)
#include "tst_esp_replay_window.moc"
