// vpnsim run --pcap FILE: the run's packets as a pcap capture of raw IPv4 datagrams.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

int runVpnsim(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VTD_BIN_DIR "/vpnsim"), arguments);
    if (!process.waitForFinished(120000))
        return -1;
    return process.exitCode();
}

} // namespace

class TstVpnsimPcap : public QObject
{
    Q_OBJECT

private slots:
    void seedRunWritesACapture()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("x.vpnd"));
        const QString pcap = dir.filePath(QStringLiteral("run.pcap"));
        QCOMPARE(runVpnsim({QStringLiteral("example"), QStringLiteral("-o"), project}), 0);
        runVpnsim({QStringLiteral("run"), project, QStringLiteral("--pcap"), pcap});
        QFile file(pcap);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 24 + 16);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData()), 0xa1b2c3d4u);
        QCOMPARE(qFromLittleEndian<quint32>(bytes.constData() + 20), 101u);
        // The first packet is the VPN Client's Aggressive Mode message to snow (UDP 500).
        QCOMPARE(quint8(bytes.at(24 + 16 + 9)), quint8(17));
    }
};

QTEST_GUILESS_MAIN(TstVpnsimPcap)
#include "tst_vpnsim_pcap.moc"
