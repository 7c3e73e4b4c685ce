// SA lifetimes on the built-in example, driven by scenario scripts with short lifetimes set by
// `configure`: the initiator rekeys before the hard limit without losing an echo, a kilobyte
// limit ends an SA by traffic, the IKE SA ends at its policy lifetime, and `show crypto ipsec
// sa` counts the remaining lifetime down with time and traffic.

#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/run_summary.h"
#include "sim/scenario/scenario_runner.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QRegularExpression>
#include <QtTest>

using namespace vtd::sim;

namespace {

struct Run
{
    explicit Run(const QString &script) : project(example()), runner(project, 9)
    {
        runner.simulator().addTraceSink(&recorder);
        const auto errors = runner.load(QStringLiteral("on rain: debug crypto isakmp\n"
                                                       "on rain: debug crypto ipsec\n"
                                                       "on snow: debug crypto isakmp\n"
                                                       "on snow: debug crypto ipsec\n")
                                            + script,
                                        QStringLiteral("t.vsc"));
        if (!errors.isEmpty())
            qFatal("script refused: %s", qPrintable(errors.front().code));
        summary = runner.run();
    }

    static vtd::model::Project example()
    {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        Q_ASSERT(read.project);
        return *read.project;
    }

    QStringList endReasons(const char *node, const char *protocol) const
    {
        QStringList out;
        for (const SaStateTrace &t : recorder.ofType<SaStateTrace>()) {
            if (t.node == QLatin1String(node) && t.protocol == QLatin1String(protocol) && t.to.isEmpty())
                out << t.reason;
        }
        return out;
    }
    int decisions(const char *node, const char *outcome) const
    {
        int count = 0;
        for (const DecisionTrace &d : recorder.ofType<DecisionTrace>())
            count += d.node == QLatin1String(node) && d.outcome == QLatin1String(outcome);
        return count;
    }
    QStringList failedExpects() const
    {
        QStringList out;
        for (const ExpectRecord &e : summary.expects) {
            if (!e.held)
                out << QStringLiteral("line %1: %2").arg(e.line).arg(e.text);
        }
        return out;
    }
    int consoleCount(const char *node, const QString &line) const
    {
        return int(summary.consoles.value(QString::fromLatin1(node)).split(u'\n').count(line));
    }
    /** Every "remaining key lifetime (k/sec): (K/S)" of the transcript's `show crypto ipsec sa`s. */
    QList<QPair<qint64, qint64>> remaining(const char *node) const
    {
        static const QRegularExpression pattern(QStringLiteral("remaining key lifetime \\(k/sec\\): \\((\\d+)/(\\d+)\\)"));
        QList<QPair<qint64, qint64>> out;
        auto it = pattern.globalMatch(summary.consoles.value(QString::fromLatin1(node)));
        while (it.hasNext()) {
            const auto match = it.next();
            out << qMakePair(match.captured(1).toLongLong(), match.captured(2).toLongLong());
        }
        return out;
    }

    vtd::model::Project project;
    ScenarioRunner runner;
    TraceRecorder recorder;
    RunSummary summary;
};

} // namespace

class TstSaLifetimes : public QObject
{
    Q_OBJECT
private slots:
    void rekeyBeforeExpiryLosesNoEcho();
    void kilobyteLimitEndsTheSaByTraffic();
    void ikeSaEndsAtItsLifetime();
    void remainingLifetimeCountsDown();
};

// Both sides at 120 s: rain (the Quick Mode initiator) rekeys at 108 s; the old pair carries the
// echoes until the new one is installed and goes at 120 s, replaced.
void TstSaLifetimes::rekeyBeforeExpiryLosesNoEcho()
{
    Run run(QStringLiteral("configure rain: crypto ipsec security-association lifetime seconds 120\n"
                           "configure snow: crypto ipsec security-association lifetime seconds 120\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 50s\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 55s\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 5s\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 15s\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "expect ipsec rain 193.0.0.5 up\n"
                           "expect ipsec snow 10.48.66.156 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings.size(), 5);
    QCOMPARE(run.summary.pings[0].results, QStringLiteral(".!!!!"));
    for (int i = 1; i < 5; ++i)
        QCOMPARE(run.summary.pings[i].results, QStringLiteral("!!!!!"));
    QCOMPARE(run.decisions("rain", "rekey"), 1);
    QCOMPARE(run.decisions("snow", "rekey"), 0);  // the responder leaves the rekey to the initiator
    QCOMPARE(run.endReasons("rain", "ipsec"), QStringList{QStringLiteral("replaced by rekey")});
    QCOMPARE(run.endReasons("snow", "ipsec"), QStringList{QStringLiteral("replaced by rekey")});
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): beginning Main Mode exchange")), 1);
    QCOMPARE(run.summary.ipsecSas.size(), 2);  // one pair on each side
}

// snow accepts at most 2560 KB, rain proposes 4608000: snow's pair ends by volume, snow tells
// rain with a DELETE, and the next echo is lost while the pair is negotiated again.
void TstSaLifetimes::kilobyteLimitEndsTheSaByTraffic()
{
    Run run(QStringLiteral("configure snow: crypto ipsec security-association lifetime kilobytes 2560\n"
                           "ping rain-lan-host 10.0.0.2 count 2000 size 1400\n"
                           "on snow: show crypto ipsec sa\n"
                           "expect ipsec rain 193.0.0.5 up\n"
                           "expect ipsec snow 10.48.66.156 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    const QString results = run.summary.pings.front().results;
    QCOMPARE(results.count(u'.'), 2);   // the first echo, and one while the pair was replaced
    QVERIFY(results.startsWith(QLatin1Char('.')));
    // 2560 KB = 2621440 bytes of 1428-byte datagrams: the 1836th request crosses the limit; snow
    // takes it, ends the pair and drops its reply (no SA) while it negotiates a new pair.
    QCOMPARE(results.indexOf(u'.', 1), 1836);
    QCOMPARE(run.endReasons("snow", "ipsec"), QStringList{QStringLiteral("expired")});
    QCOMPARE(run.endReasons("rain", "ipsec"), QStringList{QStringLiteral("deleted by peer")});
    const auto left = run.remaining("snow");
    QVERIFY(!left.isEmpty());
    QVERIFY2(left.front().first < 2560 && left.front().first > 2560 - 300, qPrintable(QString::number(left.front().first)));
}

// Policy lifetime 60 s on both: the IKE SA goes at 60 s (the IPsec SAs stay); the next Quick
// Mode needs a new Main Mode.
void TstSaLifetimes::ikeSaEndsAtItsLifetime()
{
    Run run(QStringLiteral("configure rain: isakmp policy 10 lifetime 60\n"
                           "configure snow: isakmp policy 10 lifetime 60\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "wait 65s\n"
                           "expect ike rain 193.0.0.5 down\n"
                           "expect ike snow 10.48.66.156 down\n"
                           "expect ipsec rain 193.0.0.5 up\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "on rain: clear crypto ipsec sa\n"
                           "on snow: clear crypto ipsec sa\n"
                           "ping rain-lan-host 10.0.0.2\n"
                           "expect ike rain 193.0.0.5 up\n"
                           "expect ipsec rain 193.0.0.5 up\n"));
    QVERIFY2(run.failedExpects().isEmpty(), qPrintable(run.failedExpects().join(u'\n')));
    QCOMPARE(run.summary.pings[1].results, QStringLiteral("!!!!!"));  // the IPsec SAs outlive the IKE SA
    QCOMPARE(run.summary.pings[2].results, QStringLiteral(".!!!!"));
    const QStringList ends = run.endReasons("rain", "ike") + run.endReasons("snow", "ike");
    QVERIFY2(ends.contains(QStringLiteral("expired")), qPrintable(ends.join(u',')));
    QCOMPARE(run.consoleCount("rain", QStringLiteral("ISAKMP (0): beginning Main Mode exchange")), 2);
}

void TstSaLifetimes::remainingLifetimeCountsDown()
{
    Run run(QStringLiteral("ping rain-lan-host 10.0.0.2\n"
                           "on rain: show crypto ipsec sa\n"
                           "wait 100s\n"
                           "ping rain-lan-host 10.0.0.2 count 20 size 1400\n"
                           "on rain: show crypto ipsec sa\n"));
    const auto left = run.remaining("rain");
    QCOMPARE(left.size(), 4);  // inbound and outbound, twice
    const auto before = left[0];
    const auto after = left[2];
    QVERIFY2(before.second <= 28800 && before.second >= 28790, qPrintable(QString::number(before.second)));
    QVERIFY2(before.second - after.second >= 100 && before.second - after.second <= 101,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.second).arg(after.second)));
    QVERIFY2(before.first - after.first >= 27, qPrintable(QStringLiteral("%1 -> %2").arg(before.first).arg(after.first)));
}

QTEST_GUILESS_MAIN(TstSaLifetimes)
#include "tst_sa_lifetimes.moc"
