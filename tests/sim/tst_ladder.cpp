#include "sim/analysis/exchange_labels.h"
#include "sim/analysis/ladder.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/scenario/scenario_runner.h"

#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QRegularExpression>
#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::analysis;

// The ladder diagram's model on runs of the built-in example (Cisco note 16060): the seed's
// sequence of exchanges as engineers name them, packet by packet, and retransmissions on a
// lossy link.

namespace {

std::vector<TraceEvent> runScript(const QString &script)
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                        vtd::resources::builtinExampleName());
    ScenarioRunner runner(*read.project, 1);
    TraceRecorder recorder;
    runner.simulator().addTraceSink(&recorder);
    const auto errors = runner.load(script, QStringLiteral("t.vsc"));
    if (!errors.isEmpty())
        qFatal("script refused: %s", qPrintable(vtd::model::diagnosticLine(errors.first())));
    runner.run();
    return recorder.events();
}

const std::vector<TraceEvent> &seedEvents()
{
    static const std::vector<TraceEvent> events =
        runScript(QStringLiteral("connect vpnclient\nping vpnclient 11.0.0.2\n"));
    return events;
}

/** "vpnclient>snow AM1": one arrow with its ends; SPIs differ between builds of the keys, so
 *  they read #. */
QString row(const LadderArrow &arrow)
{
    static const QRegularExpression spi(QStringLiteral("spi=0x[0-9a-f]{8}"));
    QString text = arrow.text();
    text.replace(spi, QStringLiteral("spi=#"));
    if (arrow.dropped)
        text += QStringLiteral(" [dropped %1]").arg(arrow.dropCode);
    return arrow.from + QLatin1Char('>') + arrow.to + QLatin1Char(' ') + text;
}

QStringList rows(const Ladder &ladder)
{
    QStringList out;
    for (const LadderArrow &arrow : ladder.arrows())
        out << row(arrow);
    return out;
}

/** One echo that made it: client to rain's host and back, through both tunnels. */
QStringList echoRows(int seq)
{
    const QString s = QString::number(seq);
    return {QStringLiteral("vpnclient>snow ESP spi=# seq=%1 (ICMP echo request)").arg(seq + 1),
            QStringLiteral("snow>rain ESP spi=# seq=%1 (ICMP echo request)").arg(s),
            QStringLiteral("rain>rain-lan-host ICMP echo request"),
            QStringLiteral("rain-lan-host>rain ICMP echo reply"),
            QStringLiteral("rain>snow ESP spi=# seq=%1 (ICMP echo reply)").arg(s),
            QStringLiteral("snow>vpnclient ESP spi=# seq=%1 (ICMP echo reply)").arg(s)};
}

} // namespace

class TstLadder : public QObject
{
    Q_OBJECT

private slots:
    void seedRunGivesTheSeedSequence();
    void lifelinesFollowFirstAppearance();
    void arrowsKeepTheirFirstRecordAndTimes();
    void incrementalEqualsWhole();
    void currentArrowLookup();
    void retransmissionsOnALossyLink_data();
    void retransmissionsOnALossyLink();
    void labelsWithoutCipherRecords();
};

void TstLadder::seedRunGivesTheSeedSequence()
{
    Ladder ladder;
    ladder.append(seedEvents(), 0);
    QStringList expected{
        // VPN Client <-> snow: Aggressive Mode, Mode Config, two Quick Modes side by side.
        QStringLiteral("vpnclient>snow AM1"),
        QStringLiteral("snow>vpnclient AM2"),
        QStringLiteral("vpnclient>snow AM3"),
        QStringLiteral("vpnclient>snow Transaction CFG_REQUEST"),
        QStringLiteral("snow>vpnclient Transaction CFG_REPLY"),
        QStringLiteral("vpnclient>snow QM1"),
        QStringLiteral("vpnclient>snow QM1"),
        QStringLiteral("snow>vpnclient QM2"),
        QStringLiteral("snow>vpnclient QM2"),
        QStringLiteral("vpnclient>snow QM3"),
        QStringLiteral("vpnclient>snow QM3"),
        // The first echo reaches snow through the client's tunnel, and snow has no SA to rain
        // yet: it starts Main Mode and drops the echo.
        QStringLiteral("vpnclient>snow ESP spi=# seq=1 (ICMP echo request)"),
        QStringLiteral("snow>rain MM1"),
        QStringLiteral("snow>snow ICMP echo request [dropped ipsec.no-sa]"),
        QStringLiteral("rain>snow MM2"),
        QStringLiteral("snow>rain MM3"),
        QStringLiteral("rain>snow MM4"),
        QStringLiteral("snow>rain MM5"),
        QStringLiteral("rain>snow MM6"),
        QStringLiteral("snow>rain QM1"),
        QStringLiteral("rain>snow QM2"),
        QStringLiteral("snow>rain QM3"),
    };
    for (int seq = 1; seq <= 4; ++seq)
        expected << echoRows(seq);
    QCOMPARE(rows(ladder), expected);
}

void TstLadder::lifelinesFollowFirstAppearance()
{
    Ladder ladder;
    ladder.append(seedEvents(), 0);
    QCOMPARE(ladder.lifelines(), (QStringList{QStringLiteral("vpnclient"), QStringLiteral("carrion"), QStringLiteral("snow"),
                                              QStringLiteral("rain"), QStringLiteral("rain-lan-host")}));
    // The path shows the router in between.
    const LadderArrow &am1 = ladder.arrows().front();
    QCOMPARE(am1.path, (QStringList{QStringLiteral("vpnclient"), QStringLiteral("carrion"), QStringLiteral("snow")}));
    QCOMPARE(am1.kind, PacketKind::Isakmp);
    QVERIFY(am1.label.isakmpPhase1);
}

void TstLadder::arrowsKeepTheirFirstRecordAndTimes()
{
    const auto &events = seedEvents();
    Ladder ladder;
    ladder.append(events, 0);
    int previous = -1;
    for (const LadderArrow &arrow : ladder.arrows()) {
        QVERIFY(arrow.eventIndex > previous);
        previous = arrow.eventIndex;
        const TraceEvent &first = events[std::size_t(arrow.eventIndex)];
        if (const auto *packet = std::get_if<PacketTrace>(&first)) {
            QCOMPARE(packet->packetId, arrow.packetId);
            QCOMPARE(packet->node, arrow.from);
            QCOMPARE(packet->direction, PacketDirection::Sent);
        } else {
            QVERIFY(arrow.dropped); // dropped where it was made: the drop is its first record
        }
        QVERIFY(arrow.arrived >= arrow.sent);
        QVERIFY(arrow.lastEventIndex >= arrow.eventIndex);
    }
    // AM1 leaves the client at 0 ms and reaches snow after two 1 ms links.
    QCOMPARE(ladder.arrows().front().sent, SimTime());
    QCOMPARE(ladder.arrows().front().arrived, SimTime::fromMilliseconds(2));
}

void TstLadder::incrementalEqualsWhole()
{
    const auto &events = seedEvents();
    Ladder whole;
    whole.append(events, 0);
    Ladder stepped;
    int first = 0;
    bool sawUpdate = false;
    for (int end = 1; end <= int(events.size()); ++end) {
        const auto *packet = std::get_if<PacketTrace>(&events[std::size_t(end - 1)]);
        if (end < int(events.size()) && !(packet && packet->direction == PacketDirection::Sent))
            continue;
        const std::vector<TraceEvent> sofar(events.begin(), events.begin() + end);
        const LadderChange change = stepped.append(sofar, first);
        sawUpdate = sawUpdate || !change.updated.empty();
        QCOMPARE(change.firstNewArrow <= int(stepped.arrows().size()), true);
        first = end;
    }
    QVERIFY(sawUpdate); // arrows sent in one step arrive in a later one
    QCOMPARE(rows(stepped), rows(whole));
    QCOMPARE(stepped.lifelines(), whole.lifelines());
}

void TstLadder::currentArrowLookup()
{
    Ladder ladder;
    ladder.append(seedEvents(), 0);
    const auto &arrows = ladder.arrows();
    QCOMPARE(ladder.arrowAtOrBefore(arrows[0].eventIndex - 1), -1);
    QCOMPARE(ladder.arrowAtOrBefore(arrows[0].eventIndex), 0);
    QCOMPARE(ladder.arrowAtOrBefore(arrows[2].eventIndex + 1), 2);
    QCOMPARE(ladder.arrowAtOrBefore(int(seedEvents().size())), int(arrows.size()) - 1);
    QCOMPARE(ladder.arrowOfEvent(arrows[7].eventIndex), 7);
    QCOMPARE(ladder.arrowOfEvent(arrows[7].eventIndex + 1), -1);
}

void TstLadder::retransmissionsOnALossyLink_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("client link down during connect")
        << QStringLiteral("link down carrion Ethernet5/1\nconnect vpnclient\nlink up carrion Ethernet5/1\nconnect vpnclient\n");
    QTest::newRow("lossy link between snow and rain")
        << QStringLiteral("connect vpnclient\nloss 50% carrion Ethernet5/2\nping vpnclient 11.0.0.2 count 10\n");
}

void TstLadder::retransmissionsOnALossyLink()
{
    QFETCH(QString, script);
    Ladder ladder;
    ladder.append(runScript(script), 0);
    int retransmissions = 0;
    const auto &arrows = ladder.arrows();
    for (std::size_t i = 0; i < arrows.size(); ++i) {
        if (!arrows[i].label.retransmission)
            continue;
        ++retransmissions;
        QVERIFY(arrows[i].text().endsWith(QStringLiteral(" (retransmission)")));
        // A retransmission repeats an earlier message of the same sender under its name.
        const auto original = std::find_if(arrows.begin(), arrows.begin() + std::ptrdiff_t(i), [&](const LadderArrow &a) {
            return !a.label.retransmission && a.from == arrows[i].from && a.label.base == arrows[i].label.base;
        });
        QVERIFY2(original != arrows.begin() + std::ptrdiff_t(i), qPrintable(row(arrows[i])));
    }
    QVERIFY2(retransmissions > 0, qPrintable(rows(ladder).join(QLatin1Char('\n'))));
}

void TstLadder::labelsWithoutCipherRecords()
{
    // Before encrypting nodes report their plaintext (or when a run is traced without them),
    // encrypted messages keep their exchange names and ESP its SPI and sequence number.
    std::vector<TraceEvent> events;
    for (const TraceEvent &event : seedEvents()) {
        if (!std::holds_alternative<CipherTrace>(event))
            events.push_back(event);
    }
    Ladder ladder;
    ladder.append(events, 0);
    const QStringList all = rows(ladder);
    QCOMPARE(all.at(3), QStringLiteral("vpnclient>snow Transaction"));
    QCOMPARE(all.at(11), QStringLiteral("vpnclient>snow ESP spi=# seq=1"));
    QCOMPARE(all.at(17), QStringLiteral("snow>rain MM5"));
    for (const LadderArrow &arrow : ladder.arrows()) {
        if (arrow.kind == PacketKind::Esp)
            QVERIFY(!arrow.label.awaitingCipher.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstLadder)
#include "tst_ladder.moc"
