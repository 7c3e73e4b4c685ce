// vpnsim's command-line contract (README "vpnsim"): help, version, example, usage errors.
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

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

class TstVpnsim : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsCommands();
    void versionNamesCryptoBackend();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void exampleWritesTheBuiltInProject();
    void exampleIsOwnerOnly();
    void exampleToUnwritablePathFails();
};

void TstVpnsim::helpListsCommands()
{
    const RunResult r = vpnsim({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("example -o FILE")));
}

void TstVpnsim::versionNamesCryptoBackend()
{
    const RunResult r = vpnsim({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("vpnsim " VTD_VERSION)));
    QVERIFY(r.out.contains(QLatin1String("Botan 2.")));
}

void TstVpnsim::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("example without -o") << QStringList{QStringLiteral("example")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("example"), QStringLiteral("--bogus")};
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("example"), QStringLiteral("-o"), QStringLiteral("x"), QStringLiteral("y")};
}

void TstVpnsim::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const RunResult r = vpnsim(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TstVpnsim::exampleWritesTheBuiltInProject()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.vpnd"));
    const RunResult r = vpnsim({QStringLiteral("example"), QStringLiteral("-o"), path});
    QCOMPARE(r.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    // The example is stored canonically, so writing it out gives the resource's bytes.
    QCOMPARE(written, vtd::resources::builtinExampleProjectFile());
    const auto loaded = vtd::model::readProject(written, path);
    QVERIFY(loaded.project.has_value());
    QVERIFY(loaded.diagnostics.isEmpty());
}

void TstVpnsim::exampleIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("seed.vpnd"));
    QCOMPARE(vpnsim({QStringLiteral("example"), QStringLiteral("-o"), path}).exitCode, 0);
    // It holds real pre-shared keys and passwords.
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
             QFile::ReadOwner | QFile::WriteOwner);
}

void TstVpnsim::exampleToUnwritablePathFails()
{
    const RunResult r = vpnsim({QStringLiteral("example"), QStringLiteral("-o"),
                                QStringLiteral("/nonexistent-dir/seed.vpnd")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("[io.cannot-write]")));
}

QTEST_GUILESS_MAIN(TstVpnsim)
#include "tst_vpnsim.moc"
