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

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::devices;

// The seed's debug sections (tests/data/seed/logs, see its README) against a run of the seed
// scenario: every negotiation line of the document must appear in the device's console, in the
// document's order ("numbers aside": cookies, SPIs, message IDs, conn_ids and ID = values may
// differ, so digits other than addresses are normalised). Our output may have lines the
// document leaves out (it skips part of the client's second Quick Mode).

namespace {

QString normalised(QString line)
{
    static const QRegularExpression address(QStringLiteral("\\b\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\b"));
    static const QRegularExpression hex(QStringLiteral("0x[0-9a-fA-F]+|\\b[0-9a-f]{8}\\b"));
    static const QRegularExpression number(QStringLiteral("-?\\d+"));
    static const QRegularExpression messageId(QStringLiteral("M-ID of -?\\d+:[0-9a-f]+"));
    line.replace(messageId, QStringLiteral("M-ID of #:#"));
    QStringList addresses;
    auto match = address.globalMatch(line);
    while (match.hasNext())
        addresses << match.next().captured();
    line.replace(address, QStringLiteral("@"));
    line.replace(hex, QStringLiteral("#"));
    line.replace(number, QStringLiteral("#"));
    for (const QString &a : addresses)
        line.replace(line.indexOf(QLatin1Char('@')), 1, a);
    return line.simplified();
}

/** The seed log's negotiation lines, with the README's mid-line mixes printed whole. */
QStringList seedLines(const QString &file)
{
    QFile in(QStringLiteral(VTD_TEST_DATA "/seed/logs/") + file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const QStringList raw = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
    QStringList out;
    bool started = false;
    QString pendingRequest;
    for (const QString &line : raw) {
        started = started || line.startsWith(QLatin1String("crypto_isakmp_process_block")) || line.startsWith(QLatin1String("VPN Peer"));
        if (!started || line.contains(QLatin1String("# ")) || line.endsWith(QLatin1Char('#')) || line.trimmed().isEmpty()
            || line.startsWith(QLatin1String("ISADB: reaper")) || line.startsWith(QLatin1String("Type help")))
            continue;
        if (line == QLatin1String("ISAKMP (0): beginning Main Mode exchange09001: Built local-host intf2:11.0.0.")) {
            out << QStringLiteral("ISAKMP (0): beginning Main Mode exchange");
        } else if (line == QLatin1String("return status is IKMP_NO_ERROR2")) {
            out << QStringLiteral("return status is IKMP_NO_ERROR") << QStringLiteral("@702303");
        } else if (line == QLatin1String("702303: sa_request, (key eng. msg.")) {
            continue;
        } else if (line.startsWith(QLatin1String("return status is IKMP_NO_ERROR) src="))) {
            pendingRequest = QStringLiteral("702303: sa_request, (key eng. msg.") + line.mid(int(qstrlen("return status is IKMP_NO_ERROR")));
            out << QStringLiteral("return status is IKMP_NO_ERROR");
        } else if (line.startsWith(QLatin1String("return status is IKMP_NO_ERROR6"))) {
            out << QStringLiteral("return status is IKMP_NO_ERROR") << line.mid(int(qstrlen("return status is IKMP_NO_ERROR")));
        } else {
            out << line;
        }
    }
    const int at = int(out.indexOf(QStringLiteral("@702303")));
    if (at >= 0) {
        if (pendingRequest.isEmpty())
            out.removeAt(at);
        else
            out[at] = pendingRequest;
    }
    return out;
}

struct SeedRun
{
    SeedRun() : sim(11), network(sim)
    {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        sim.addTraceSink(&recorder);
        network.build(*read.project);
        for (const char *name : {"snow", "rain"}) {
            auto *daemon = ike::IkeDaemon::of(*network.node(QString::fromLatin1(name)));
            daemon->debug().setOn(ike::IkeDebug::Category::Isakmp, true);
            daemon->debug().setOn(ike::IkeDebug::Category::Ipsec, true);
        }
        auto *client = network.node(QStringLiteral("vpnclient"))->extension<VpnControl>();
        client->connect({}, {}, [](const VpnControl::ConnectOutcome &) {});
        sim.runUntil(SimTime::fromSeconds(30));
        PingSession ping(*network.node(QStringLiteral("vpnclient")), *vtd::model::Ipv4Address::parse(QStringLiteral("11.0.0.2")));
        ping.start();
        sim.runUntil(SimTime::fromSeconds(60));
        result = ping.result();
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
    QString result;
};

/** The first seed line not found in order in `ours`, or empty. */
QString firstMissing(const QStringList &seed, const QStringList &ours, int *matched)
{
    int at = 0;
    *matched = 0;
    for (const QString &wanted : seed) {
        const QString key = normalised(wanted);
        while (at < ours.size() && normalised(ours[at]) != key)
            ++at;
        if (at == ours.size())
            return wanted;
        ++at;
        ++*matched;
    }
    return {};
}

} // namespace

class TstSeedDebugLogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_run = std::make_unique<SeedRun>(); }
    void pingPasses() { QCOMPARE(m_run->result, QStringLiteral(".!!!!")); }
    void logMatches_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("file");
        QTest::newRow("snow") << QStringLiteral("snow") << QStringLiteral("snow-debug.txt");
        QTest::newRow("rain") << QStringLiteral("rain") << QStringLiteral("rain-debug.txt");
    }
    void logMatches()
    {
        QFETCH(QString, node);
        QFETCH(QString, file);
        const QStringList seed = seedLines(file);
        const QStringList ours = m_run->console(qPrintable(node));
        int matched = 0;
        const QString missing = firstMissing(seed, ours, &matched);
        if (!missing.isEmpty() && qEnvironmentVariableIsSet("VTD_DUMP_CONSOLES"))
            qWarning().noquote() << ours.join(QLatin1Char('\n'));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 seed lines matched in order; next missing: \"%3\"")
                                                   .arg(matched).arg(seed.size()).arg(missing)));
    }

private:
    std::unique_ptr<SeedRun> m_run;
};

QTEST_GUILESS_MAIN(TstSeedDebugLogs)
#include "tst_seed_debug_logs.moc"
