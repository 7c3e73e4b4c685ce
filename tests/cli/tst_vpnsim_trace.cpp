// `vpnsim trace PROJECT SRC DST [--proto icmp|udp|tcp] [--port N]` through the real binary:
// the path and its decisions on stdout, the drop as a diagnostic on stderr, the exit codes.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult vpnsim(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(VTD_BIN_DIR "/vpnsim"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TstVpnsimTrace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliveredExitsZero();
    void droppedExitsThreeAndSaysWhy();
    void protocolOptions_data();
    void protocolOptions();
    void unknownEndpointExitsOne();
    void unreadableProjectExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpListsTrace();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TstVpnsimTrace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_project = m_dir.filePath(QStringLiteral("example.vpnd"));
    QCOMPARE(vpnsim({QStringLiteral("example"), QStringLiteral("-o"), m_project}).exitCode, 0);
}

void TstVpnsimTrace::deliveredExitsZero()
{
    const RunResult r = vpnsim({QStringLiteral("trace"), m_project, QStringLiteral("snow-lan-host"), QStringLiteral("193.0.0.6")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("trace icmp echo from snow-lan-host (10.0.0.2) to carrion (193.0.0.6)\n")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("snow [route] next-hop: ")));
    QVERIFY(r.out.contains(QLatin1String("\nresult: delivered to carrion (193.0.0.6) after ")));
    QCOMPARE(r.err, QString());
}

void TstVpnsimTrace::droppedExitsThreeAndSaysWhy()
{
    const RunResult r = vpnsim({QStringLiteral("trace"), m_project, QStringLiteral("snow-lan-host"), QStringLiteral("10.48.66.44")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(QLatin1String("\nresult: dropped at snow outside by ")), qPrintable(r.out));
    QVERIFY(r.out.trimmed().endsWith(QLatin1String("[pix.no-translation-group]")));
    QVERIFY2(r.err.startsWith(QLatin1String("snow: error: ")) && r.err.contains(QLatin1String("[pix.no-translation-group]")),
             qPrintable(r.err));
}

void TstVpnsimTrace::protocolOptions_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("first");
    QTest::newRow("udp") << QStringList{QStringLiteral("--proto"), QStringLiteral("udp")} << "trace udp port 33434 from";
    QTest::newRow("udp 500") << QStringList{QStringLiteral("--proto"), QStringLiteral("udp"), QStringLiteral("--port"), QStringLiteral("500")}
                             << "trace udp port 500 from";
    QTest::newRow("tcp") << QStringList{QStringLiteral("--proto"), QStringLiteral("TCP")} << "trace tcp port 80 (SYN) from";
    QTest::newRow("icmp") << QStringList{QStringLiteral("--proto"), QStringLiteral("icmp")} << "trace icmp echo from";
}

void TstVpnsimTrace::protocolOptions()
{
    QFETCH(QStringList, options);
    QFETCH(QString, first);
    const RunResult r = vpnsim(QStringList{QStringLiteral("trace"), m_project, QStringLiteral("snow-lan-host"), QStringLiteral("193.0.0.6")} + options);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(first), qPrintable(r.out));
}

void TstVpnsimTrace::unknownEndpointExitsOne()
{
    const RunResult r = vpnsim({QStringLiteral("trace"), m_project, QStringLiteral("nowhere"), QStringLiteral("snow")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QLatin1String("[trace.unknown-endpoint]")), qPrintable(r.err));
}

void TstVpnsimTrace::unreadableProjectExitsOne()
{
    const RunResult r = vpnsim({QStringLiteral("trace"), m_dir.filePath(QStringLiteral("missing.vpnd")),
                                QStringLiteral("snow"), QStringLiteral("rain")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void TstVpnsimTrace::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no endpoints") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd")};
    QTest::newRow("one endpoint") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd"), QStringLiteral("snow")};
    QTest::newRow("extra argument") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd"), QStringLiteral("a"),
                                                   QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("bad proto") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd"), QStringLiteral("a"),
                                              QStringLiteral("b"), QStringLiteral("--proto"), QStringLiteral("gre")};
    QTest::newRow("bad port") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd"), QStringLiteral("a"),
                                             QStringLiteral("b"), QStringLiteral("--proto"), QStringLiteral("udp"),
                                             QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("port with icmp") << QStringList{QStringLiteral("trace"), QStringLiteral("p.vpnd"), QStringLiteral("a"),
                                                   QStringLiteral("b"), QStringLiteral("--port"), QStringLiteral("80")};
}

void TstVpnsimTrace::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const RunResult r = vpnsim(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("usage: vpnsim trace PROJECT SRC DST")), qPrintable(r.err));
}

void TstVpnsimTrace::helpListsTrace()
{
    const RunResult r = vpnsim({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("trace PROJECT SRC DST [--proto icmp|udp|tcp] [--port N]")));
}

QTEST_GUILESS_MAIN(TstVpnsimTrace)
#include "tst_vpnsim_trace.moc"
