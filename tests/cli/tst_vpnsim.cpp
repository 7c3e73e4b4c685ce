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
    void importThenExportGivesTheSeedBack();
    void importFillsSuppliedSecrets();
    void importReportsUnreadableFilesButWrites();
    void malformedSecretOptionIsUsageError();
    void exportRevealedIsOwnerOnly();
    void exportOfCorruptProjectFails();
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

namespace {

QString seedPath(const QString &name)
{
    return QStringLiteral(VTD_TEST_DATA "/seed/configs/") + name + QStringLiteral(".cfg");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TstVpnsim::importThenExportGivesTheSeedBack()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("imported.vpnd"));
    const RunResult imported = vpnsim({QStringLiteral("import"), seedPath(QStringLiteral("snow")),
                                       seedPath(QStringLiteral("rain")), seedPath(QStringLiteral("carrion")),
                                       QStringLiteral("-o"), project});
    QCOMPARE(imported.exitCode, 0);
    // The seed shows its keys masked: the import says which ones to supply.
    QVERIFY(imported.err.contains(QLatin1String("snow.cfg:96: warning:")));
    QVERIFY(imported.err.contains(QLatin1String("[pix.psk-masked]")));
    const QString out = dir.filePath(QStringLiteral("out"));
    const RunResult exported = vpnsim({QStringLiteral("export"), project, QStringLiteral("-o"), out,
                                       QStringLiteral("--reveal-secrets")});
    QCOMPARE(exported.exitCode, 0);
    for (const QString &name : {QStringLiteral("snow"), QStringLiteral("rain"), QStringLiteral("carrion")})
        QCOMPARE(readAll(out + u'/' + name + QStringLiteral(".cfg")), readAll(seedPath(name)));
}

void TstVpnsim::importFillsSuppliedSecrets()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.vpnd"));
    const RunResult r = vpnsim({QStringLiteral("import"), seedPath(QStringLiteral("rain")), QStringLiteral("-o"), project,
                                QStringLiteral("--psk"), QStringLiteral("rain:193.0.0.5=s3cret")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.err.contains(QLatin1String("psk-masked")));
    QVERIFY(readAll(project).contains("isakmp key s3cret address 193.0.0.5"));
    QCOMPARE(QFile::permissions(project) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TstVpnsim::importReportsUnreadableFilesButWrites()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.vpnd"));
    const RunResult r = vpnsim({QStringLiteral("import"), seedPath(QStringLiteral("rain")),
                                dir.filePath(QStringLiteral("missing.cfg")), QStringLiteral("-o"), project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("missing.cfg: error:")));
    QVERIFY(r.err.contains(QLatin1String("[io.cannot-read]")));
    const auto loaded = vtd::model::loadProjectFile(project);
    QVERIFY(loaded.project);
    QVERIFY(loaded.project->nodeByName(QStringLiteral("rain")));
}

void TstVpnsim::malformedSecretOptionIsUsageError()
{
    QTemporaryDir dir;
    const RunResult r = vpnsim({QStringLiteral("import"), seedPath(QStringLiteral("rain")), QStringLiteral("-o"),
                                dir.filePath(QStringLiteral("p.vpnd")), QStringLiteral("--psk"), QStringLiteral("rain-no-peer")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QLatin1String("DEVICE:PEER=KEY")));
}

void TstVpnsim::exportRevealedIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("seed.vpnd"));
    QCOMPARE(vpnsim({QStringLiteral("example"), QStringLiteral("-o"), project}).exitCode, 0);
    const QString masked = dir.filePath(QStringLiteral("masked"));
    QCOMPARE(vpnsim({QStringLiteral("export"), project, QStringLiteral("-o"), masked}).exitCode, 0);
    // Masked, the example's snow is the seed's snow exactly, as `write terminal` would show it.
    QCOMPARE(readAll(masked + QStringLiteral("/snow.cfg")), readAll(seedPath(QStringLiteral("snow"))));
    QVERIFY(readAll(masked + QStringLiteral("/vpnclient.pcf")).contains("GroupPwd=********"));
    const QString revealed = dir.filePath(QStringLiteral("revealed"));
    QCOMPARE(vpnsim({QStringLiteral("export"), project, QStringLiteral("-o"), revealed, QStringLiteral("--reveal-secrets")}).exitCode, 0);
    QVERIFY(readAll(revealed + QStringLiteral("/snow.cfg")).contains("isakmp key snowrain123 address"));
    QCOMPARE(QFile::permissions(revealed + QStringLiteral("/snow.cfg")) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TstVpnsim::exportOfCorruptProjectFails()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("broken.vpnd"));
    QFile file(project);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"vpn-topology-designer-project\", \"nodes\": [");
    file.close();
    const RunResult r = vpnsim({QStringLiteral("export"), project, QStringLiteral("-o"), dir.filePath(QStringLiteral("out"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("[project.truncated]")));
}

QTEST_GUILESS_MAIN(TstVpnsim)
#include "tst_vpnsim.moc"
