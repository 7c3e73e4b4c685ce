// vpnsim run --pcap FILE --wireshark-keys DIR, read back by Wireshark: with the exported key
// tables tshark must decrypt every encrypted ISAKMP message and every ESP packet of the seed run
// and find nothing malformed (the contract's "Wireshark export"). Skipped without tshark.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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

/** tshark's output for the capture with the key tables as its configuration folder. */
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

class TstVpnsimWireshark : public QObject
{
    Q_OBJECT

private slots:
    void tsharkDecryptsTheSeedRun()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tshark")).isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("x.vpnd"));
        const QString pcap = dir.filePath(QStringLiteral("run.pcap"));
        const QString keys = dir.filePath(QStringLiteral("keys"));
        QCOMPARE(runVpnsim({QStringLiteral("example"), QStringLiteral("-o"), project}), 0);
        QCOMPARE(runVpnsim({QStringLiteral("run"), project, QStringLiteral("--pcap"), pcap,
                            QStringLiteral("--wireshark-keys"), keys}),
                 0);

        const QStringList all = tshark(keys, pcap, {QStringLiteral("-V")});
        QVERIFY(!all.isEmpty());
        QVERIFY(all.filter(QStringLiteral("Malformed"), Qt::CaseInsensitive).isEmpty());

        // Every encrypted ISAKMP message shows its HASH payload: Wireshark decrypted it.
        const QStringList encrypted = tshark(keys, pcap, {QStringLiteral("-Y"), QStringLiteral("isakmp.flags & 1"),
                                                          QStringLiteral("-T"), QStringLiteral("fields"),
                                                          QStringLiteral("-e"), QStringLiteral("frame.number"),
                                                          QStringLiteral("-e"), QStringLiteral("isakmp.hash")});
        QVERIFY(encrypted.size() >= 12); // AM3, Transaction x2, client QM x6, MM5/6, QM x3
        for (const QString &row : encrypted)
            QVERIFY2(row.split(QLatin1Char('\t')).value(1).size() >= 32, qPrintable(row));

        // Every ESP packet carries a decrypted ICMP echo.
        const QStringList esp = tshark(keys, pcap, {QStringLiteral("-Y"), QStringLiteral("esp"), QStringLiteral("-T"),
                                                    QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("frame.number"),
                                                    QStringLiteral("-e"), QStringLiteral("icmp.type")});
        QVERIFY(esp.size() >= 8);
        for (const QString &row : esp)
            QVERIFY2(!row.split(QLatin1Char('\t')).value(1).isEmpty(), qPrintable(row));
    }
};

QTEST_GUILESS_MAIN(TstVpnsimWireshark)
#include "tst_vpnsim_wireshark.moc"
