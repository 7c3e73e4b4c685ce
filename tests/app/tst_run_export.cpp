// Exports of the GUI session's run: the pcap and Wireshark key tables exactly as
// `vpnsim run --pcap --wireshark-keys` writes them (tshark decrypts them when installed), and
// one console log per device; unwritable places give error values naming the path.

#include "app/gui/simulation/run_export.h"
#include "tests/example_project.h"
#include "app/gui/simulation/simulation_session.h"

#include "model/io/project_file.h"
#include "resources/builtin_example.h"
#include "sim/console/device_console.h"
#include "sim/engine/simulator.h"
#include "sim/export/pcap_writer.h"
#include "sim/export/wireshark_keys.h"
#include "sim/scenario/scenario_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using vtd::app::SimulationSession;

namespace {

const QString kScript = QStringLiteral("on snow: debug crypto isakmp\nconnect vpnclient\nping vpnclient 11.0.0.2\n");

vtd::model::Project example()
{
    return vtd::test::exampleProject();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Records in a little-endian libpcap file (global header 24 bytes, record header 16). */
int pcapRecords(const QByteArray &capture)
{
    if (capture.size() < 24)
        return -1;
    int records = 0;
    qsizetype at = 24;
    while (at + 16 <= capture.size()) {
        const quint32 included = qFromLittleEndian<quint32>(capture.constData() + at + 8);
        at += 16 + qsizetype(included);
        ++records;
    }
    return at == capture.size() ? records : -1;
}

int originatedPackets(const SimulationSession &session)
{
    QSet<std::uint64_t> ids;
    for (const vtd::sim::TraceEvent &event : session.events()) {
        const auto *packet = std::get_if<vtd::sim::PacketTrace>(&event);
        if (packet && packet->direction == vtd::sim::PacketDirection::Sent)
            ids.insert(packet->packetId);
    }
    return int(ids.size());
}

QStringList tshark(const QString &keys, const QString &pcap, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), keys);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("tshark"), QStringList{QStringLiteral("-r"), pcap} + arguments);
    process.waitForFinished(120000);
    return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestRunExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pcapHoldsEveryPacketOnce();
    void sameFilesAsVpnsimRun();
    void keyTablesAreWritten();
    void tsharkDecryptsTheExport();
    void consoleLogsPerDevice();
    void unwritablePlacesAreErrors();
    void logFileNamesAreSafe_data();
    void logFileNamesAreSafe();

private:
    SimulationSession m_session;
    QTemporaryDir m_dir;
};

void TestRunExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_session.start(example());
    QVERIFY(m_session.loadScript(kScript).isEmpty());
    m_session.runToEnd();
    QVERIFY(originatedPackets(m_session) > 20);
}

void TestRunExport::pcapHoldsEveryPacketOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("run.pcap"));
    QVERIFY(!vtd::app::exportRunPcap(m_session, path).has_value());
    QCOMPARE(pcapRecords(readAll(path)), originatedPackets(m_session));
}

void TestRunExport::sameFilesAsVpnsimRun()
{
    // What `vpnsim run --pcap --wireshark-keys` collects: its sinks attached to a blocking run.
    vtd::sim::exporting::PcapWriter pcap;
    vtd::sim::exporting::WiresharkKeys keys;
    const vtd::model::Project project = example();
    vtd::sim::ScenarioRunner runner(project, 1);
    runner.simulator().addTraceSink(&pcap);
    runner.simulator().addTraceSink(&keys);
    QVERIFY(runner.load(kScript, QString()).isEmpty());
    runner.run();

    const QString path = m_dir.filePath(QStringLiteral("same.pcap"));
    const QString keyDir = m_dir.filePath(QStringLiteral("same-keys"));
    QVERIFY(!vtd::app::exportRunPcap(m_session, path).has_value());
    QVERIFY(!vtd::app::exportWiresharkKeys(m_session, keyDir).has_value());
    QCOMPARE(readAll(path), pcap.capture());
    QCOMPARE(readAll(QDir(keyDir).filePath(QStringLiteral("esp_sa"))), keys.espSaTable());
    QCOMPARE(readAll(QDir(keyDir).filePath(QStringLiteral("ikev1_decryption_table"))), keys.ikev1DecryptionTable());
}

void TestRunExport::keyTablesAreWritten()
{
    const QString keyDir = m_dir.filePath(QStringLiteral("keys"));
    QVERIFY(!vtd::app::exportWiresharkKeys(m_session, keyDir).has_value());
    for (const QString &name : {QStringLiteral("esp_sa"), QStringLiteral("ikev1_decryption_table"), QStringLiteral("preferences")}) {
        const QString path = QDir(keyDir).filePath(name);
        QVERIFY2(!readAll(path).isEmpty(), qPrintable(path));
        // They hold keys: owner-only.
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
    // Both directions of both tunnels (client-snow, snow-rain) of the ping.
    QVERIFY(readAll(QDir(keyDir).filePath(QStringLiteral("esp_sa"))).count('\n') >= 4);
}

void TestRunExport::tsharkDecryptsTheExport()
{
    if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
        QSKIP("tshark is not installed");
    const QString pcap = m_dir.filePath(QStringLiteral("wireshark.pcap"));
    const QString keys = m_dir.filePath(QStringLiteral("wireshark-keys"));
    QVERIFY(!vtd::app::exportRunPcap(m_session, pcap).has_value());
    QVERIFY(!vtd::app::exportWiresharkKeys(m_session, keys).has_value());
    // Every ESP packet carries a decrypted ICMP echo.
    const QStringList esp = tshark(keys, pcap, {QStringLiteral("-Y"), QStringLiteral("esp"), QStringLiteral("-T"),
                                                QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number"),
                                                QStringLiteral("-e"), QStringLiteral("icmp.type")});
    QVERIFY(esp.size() >= 4);
    for (const QString &row : esp)
        QVERIFY2(!row.split(QLatin1Char('\t')).value(1).isEmpty(), qPrintable(row));
}

void TestRunExport::consoleLogsPerDevice()
{
    const QString logs = m_dir.filePath(QStringLiteral("logs/run1"));
    QVERIFY(!vtd::app::exportConsoleLogs(m_session, logs).has_value());
    const QMap<QString, QString> transcripts = m_session.runner()->consoles().transcripts();
    const QString snow = QString::fromUtf8(readAll(QDir(logs).filePath(QStringLiteral("snow.log"))));
    QCOMPARE(snow, transcripts.value(QStringLiteral("snow")));
    QVERIFY(snow.contains(QStringLiteral("ISAKMP (0): processing SA payload")));
    // Every PIX/IOS device has its log, even one that printed nothing; hosts have none.
    QVERIFY(QFile::exists(QDir(logs).filePath(QStringLiteral("rain.log"))));
    QVERIFY(QFile::exists(QDir(logs).filePath(QStringLiteral("carrion.log"))));
    QVERIFY(!QFile::exists(QDir(logs).filePath(QStringLiteral("vpnclient.log"))));
}

void TestRunExport::unwritablePlacesAreErrors()
{
    // A regular file where a folder should be.
    const QString file = m_dir.filePath(QStringLiteral("plain-file"));
    QFile plain(file);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.write("x");
    plain.close();
    const QString under = QDir(file).filePath(QStringLiteral("sub"));

    const auto pcap = vtd::app::exportRunPcap(m_session, QDir(under).filePath(QStringLiteral("run.pcap")));
    QVERIFY(pcap.has_value());
    QVERIFY2(pcap->contains(QStringLiteral("run.pcap")), qPrintable(*pcap));
    const auto keys = vtd::app::exportWiresharkKeys(m_session, under);
    QVERIFY(keys.has_value());
    QVERIFY2(keys->contains(QStringLiteral("plain-file")), qPrintable(*keys));
    const auto logs = vtd::app::exportConsoleLogs(m_session, under);
    QVERIFY(logs.has_value());
    QVERIFY2(logs->contains(QStringLiteral("plain-file")), qPrintable(*logs));
}

void TestRunExport::logFileNamesAreSafe_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("file");
    QTest::newRow("plain") << QStringLiteral("snow") << QStringLiteral("snow.log");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b.log");
    QTest::newRow("colon") << QStringLiteral("c:d") << QStringLiteral("c_d.log");
    QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("_...log");
    QTest::newRow("japanese") << QStringLiteral("東京") << QStringLiteral("東京.log");
}

void TestRunExport::logFileNamesAreSafe()
{
    QFETCH(QString, node);
    QFETCH(QString, file);
    QCOMPARE(vtd::app::consoleLogFileName(node), file);
}

QTEST_MAIN(TestRunExport)
#include "tst_run_export.moc"
