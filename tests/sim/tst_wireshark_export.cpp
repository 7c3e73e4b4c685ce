#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"
#include "sim/export/pcap_writer.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace vtd::sim;

// The pcap export of a run of the built-in example: rain-lan-host pings 12.0.0.1, so rain and
// snow run Main Mode and Quick Mode and the echoes cross the tunnel as ESP.

namespace {

QByteArray runCapture(int *count)
{
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                        vtd::resources::builtinExampleName());
    Simulator sim(7);
    exporting::PcapWriter writer;
    sim.addTraceSink(&writer);
    devices::SimNetwork network(sim);
    network.build(*read.project);
    devices::PingSession session(*network.node(QStringLiteral("rain-lan-host")),
                                 *vtd::model::Ipv4Address::parse(QStringLiteral("12.0.0.1")));
    session.start();
    sim.runUntil(sim.now() + SimTime::fromSeconds(20));
    *count = writer.packetCount();
    return writer.capture();
}

} // namespace

class TstWiresharkExport : public QObject
{
    Q_OBJECT

private slots:
    void headerAndRecords()
    {
        int count = 0;
        const QByteArray pcap = runCapture(&count);
        QVERIFY(count > 0);
        QCOMPARE(qFromLittleEndian<quint32>(pcap.constData()), 0xa1b2c3d4u);
        QCOMPARE(qFromLittleEndian<quint32>(pcap.constData() + 20), 101u);
        // Walk the records: each holds one IPv4 datagram whose total length is its size.
        int offset = 24, records = 0;
        while (offset < pcap.size()) {
            const quint32 length = qFromLittleEndian<quint32>(pcap.constData() + offset + 8);
            const QByteArray datagram = pcap.mid(offset + 16, int(length));
            QCOMPARE(quint8(datagram.at(0)) >> 4, 4);
            QCOMPARE(qFromBigEndian<quint16>(datagram.constData() + 2), quint16(length));
            offset += 16 + int(length);
            ++records;
        }
        QCOMPARE(offset, pcap.size());
        QCOMPARE(records, count);
    }

    void tsharkReadsIt()
    {
        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        int count = 0;
        const QByteArray pcap = runCapture(&count);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("run.pcap")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pcap);
        file.close();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WIRESHARK_CONFIG_DIR"), dir.path());
        process.setProcessEnvironment(env);
        process.start(tshark, {QStringLiteral("-r"), file.fileName()});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(text.count(QLatin1Char('\n')), count);
        QVERIFY2(text.contains(QStringLiteral("ISAKMP")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ESP")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Malformed")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TstWiresharkExport)
#include "tst_wireshark_export.moc"
