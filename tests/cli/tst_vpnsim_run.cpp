// `vpnsim run` through the real executable (cli-and-scenarios.md): exit statuses 0/1/2/3,
// script errors as FILE:LINE before anything runs, the run log, the JSON summary, secrets and
// the not-yet-exported Wireshark options, and byte-identical output for the same seed.
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** A folder with the example project (example.vpnd) and a scenario file written on demand. */
struct Workspace
{
    Workspace()
    {
        project = dir.filePath(QStringLiteral("example.vpnd"));
        writeFile(project, vtd::resources::builtinExampleProjectFile());
    }
    QString scenario(const QByteArray &text, const QString &name = QStringLiteral("s.vsc"))
    {
        const QString path = dir.filePath(name);
        writeFile(path, text);
        return path;
    }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString project;
};

} // namespace

class TstVpnsimRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsRun();
    void allExpectsHeldExitsZero();
    void failedExpectExitsThree();
    void scriptErrorsExitOneBeforeAnythingRuns();
    void invalidProjectExitsOne();
    void unreadableScenarioExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void jsonSummaryShape();
    void projectScenarioIsTheDefault();
    void projectScenarioErrorsNameTheScenario();
    void withoutScenariosBootsForSixtySeconds();
    void exportsWriteCaptureAndKeys();
    void secretsAreAccepted();
    void sameSeedSameBytes();
    void otherSeedOtherLosses();
};

void TstVpnsimRun::helpListsRun()
{
    const RunResult r = vpnsim({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("run PROJECT [--scenario FILE]")));
    const RunResult help = vpnsim({QStringLiteral("run"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--scenario", "--seed", "--json", "--pcap", "--wireshark-keys", "--psk", "--group-password"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TstVpnsimRun::allExpectsHeldExitsZero()
{
    Workspace ws;
    const QString script = ws.scenario("ping vpnclient 10.48.66.44 count 2\n"
                                       "ping vpnclient 8.8.8.8 count 1   # no route at carrion\n"
                                       "expect ping vpnclient 10.48.66.44 >= 100%\n"
                                       "expect drop carrion route.no-route\n");
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("[     0.000] ping vpnclient 10.48.66.44 count 2\n")));
    QVERIFY(r.out.contains(QLatin1String("\n!!\nSuccess rate is 100 percent (2/2)\n")));
    QVERIFY(r.out.contains(QLatin1String("drop at carrion: icmp 10.48.66.76 > 8.8.8.8")));
    QVERIFY(r.out.contains(QLatin1String("Run ended at 2.004 s: 2 of 2 expectations held.\n")));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TstVpnsimRun::failedExpectExitsThree()
{
    Workspace ws;
    const QString script = ws.scenario("ping vpnclient 8.8.8.8 count 1\nexpect ping vpnclient 8.8.8.8 >= 50%\n");
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.contains(QStringLiteral("] expect ping vpnclient 8.8.8.8 >= 50%\nFAILED\n[     2.000] ") + script
                           + QStringLiteral(":2: error: expect ping vpnclient 8.8.8.8 >= 50%: the last ping")));
    QVERIFY2(r.err.contains(script + QStringLiteral(":2: error: expect ping vpnclient 8.8.8.8 >= 50%: the last ping from "
                                                    "vpnclient to 8.8.8.8 succeeded 0% (0/1) [scenario.expect-ping-below]")),
             qPrintable(r.err));
}

void TstVpnsimRun::scriptErrorsExitOneBeforeAnythingRuns()
{
    Workspace ws;
    const QString script = ws.scenario("ping vpnclient 10.48.66.44\nwait soon\nlink down carrion e9/9\nfrobnicate\n");
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script,
                                QStringLiteral("--json"), ws.file(QStringLiteral("out.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(script + QStringLiteral(":2: error: \"soon\" is not a duration")));
    QVERIFY(lines[1].startsWith(script + QStringLiteral(":3: error: node \"carrion\" has no interface \"e9/9\"")));
    QVERIFY(lines[2].endsWith(QLatin1String("[script.unknown-command]")));
    QVERIFY(!QFile::exists(ws.file(QStringLiteral("out.json"))));
}

void TstVpnsimRun::invalidProjectExitsOne()
{
    Workspace ws;
    const QString broken = ws.scenario("{\"format\": ", QStringLiteral("broken.vpnd"));
    const RunResult r = vpnsim({QStringLiteral("run"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.startsWith(broken + u':'));
    QCOMPARE(vpnsim({QStringLiteral("run"), ws.file(QStringLiteral("missing.vpnd"))}).exitCode, 1);
}

void TstVpnsimRun::unreadableScenarioExitsOne()
{
    Workspace ws;
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), ws.file(QStringLiteral("none.vsc"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QLatin1String("[io.cannot-read]")));
}

void TstVpnsimRun::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no project") << QStringList{QStringLiteral("run")};
    QTest::newRow("two projects") << QStringList{QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("bad seed") << QStringList{QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("--seed"), QStringLiteral("x")};
    QTest::newRow("negative seed") << QStringList{QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("--seed"), QStringLiteral("-1")};
    QTest::newRow("bad secret") << QStringList{QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("--psk"), QStringLiteral("nokey")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("run"), QStringLiteral("a"), QStringLiteral("--bogus")};
}

void TstVpnsimRun::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const RunResult r = vpnsim(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
}

void TstVpnsimRun::jsonSummaryShape()
{
    Workspace ws;
    const QString script = ws.scenario("wait 1s\nping vpnclient 8.8.8.8 count 2\non carrion: show version\n"
                                       "expect drop carrion route.no-route\nexpect ping vpnclient 8.8.8.8 >= 1%\n");
    const QString json = ws.file(QStringLiteral("run.json"));
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script,
                                QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--json"), json});
    QCOMPARE(r.exitCode, 3);
    const QByteArray bytes = readFile(json);
    // Keys in the contract's order, and integers only.
    const QStringList order{"seed", "end_time_ms", "pings", "drops", "ike_sas", "ipsec_sas", "diagnostics", "expects", "consoles"};
    qsizetype last = -1;
    for (const QString &key : order) {
        const qsizetype at = bytes.indexOf("\n  \"" + key.toUtf8() + "\": ");
        QVERIFY2(at > last, qPrintable(key));
        last = at;
    }
    QVERIFY(!QRegularExpression(QStringLiteral(":\\s*-?[0-9]+\\.[0-9]")).match(QString::fromUtf8(bytes)).hasMatch());
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(root.value(QStringLiteral("seed")).toInt(), 7);
    QCOMPARE(root.value(QStringLiteral("end_time_ms")).toInt(), 5000);
    const QJsonObject ping = root.value(QStringLiteral("pings")).toArray().first().toObject();
    QCOMPARE(ping.value(QStringLiteral("time_ms")).toInt(), 1000);
    QCOMPARE(ping.value(QStringLiteral("results")).toString(), QStringLiteral(".."));
    QCOMPARE(ping.value(QStringLiteral("success_percent")).toInt(), 0);
    const QJsonArray drops = root.value(QStringLiteral("drops")).toArray();
    QCOMPARE(drops.size(), 2);
    QCOMPARE(drops.first().toObject().value(QStringLiteral("time_ms")).toInt(), 1001);
    QCOMPARE(drops.first().toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("no route to 8.8.8.8"));
    QCOMPARE(drops.last().toObject().value(QStringLiteral("time_ms")).toInt(), 3001);
    const QJsonArray expects = root.value(QStringLiteral("expects")).toArray();
    QCOMPARE(expects.size(), 2);
    QCOMPARE(expects[0].toObject().value(QStringLiteral("line")).toInt(), 4);
    QVERIFY(expects[0].toObject().value(QStringLiteral("held")).toBool());
    QVERIFY(!expects[1].toObject().value(QStringLiteral("held")).toBool());
    const QJsonArray diagnostics = root.value(QStringLiteral("diagnostics")).toArray();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("scenario.expect-ping-below"));
    QVERIFY(root.value(QStringLiteral("consoles")).toObject().value(QStringLiteral("carrion")).toString()
                .startsWith(QLatin1String("carrion# show version\n")));
}

// The example ships the document's run as its first scenario. Whether its expects hold depends
// on the IKE simulation; the exit status must say exactly what the summary says.
void TstVpnsimRun::projectScenarioIsTheDefault()
{
    Workspace ws;
    const QString json = ws.file(QStringLiteral("seed.json"));
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--json"), json});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QLatin1String("Scenario seed (seed 1)\n")));
    QVERIFY(r.out.contains(QLatin1String("] ping vpnclient 11.0.0.2\n")));
    const QJsonObject root = QJsonDocument::fromJson(readFile(json)).object();
    const QJsonArray expects = root.value(QStringLiteral("expects")).toArray();
    QCOMPARE(expects.size(), 3);
    bool allHeld = true;
    for (const auto &e : expects)
        allHeld = allHeld && e.toObject().value(QStringLiteral("held")).toBool();
    QCOMPARE(r.exitCode, allHeld ? 0 : 3);
    QVERIFY(root.value(QStringLiteral("consoles")).toObject().contains(QStringLiteral("snow")));
}

void TstVpnsimRun::projectScenarioErrorsNameTheScenario()
{
    Workspace ws;
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(), ws.project);
    QVERIFY(read.project);
    read.project->scenarios().front().script = QStringLiteral("wait 1s\nping nowhere vpnclient\n");
    QVERIFY(writeFile(ws.project, vtd::model::writeProject(*read.project)));
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("seed:2: error: ")), qPrintable(r.err));
}

void TstVpnsimRun::withoutScenariosBootsForSixtySeconds()
{
    Workspace ws;
    auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(), ws.project);
    QVERIFY(read.project);
    read.project->scenarios().clear();
    QVERIFY(writeFile(ws.project, vtd::model::writeProject(*read.project)));
    const QString json = ws.file(QStringLiteral("boot.json"));
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--json"), json});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QLatin1String("No scenario: the network boots and runs for 60 s")));
    QCOMPARE(QJsonDocument::fromJson(readFile(json)).object().value(QStringLiteral("end_time_ms")).toInt(), 60000);
}

void TstVpnsimRun::exportsWriteCaptureAndKeys()
{
    Workspace ws;
    const QString script = ws.scenario("wait 1s\n");
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script,
                                QStringLiteral("--pcap"), ws.file(QStringLiteral("x.pcap")),
                                QStringLiteral("--wireshark-keys"), ws.file(QStringLiteral("keys"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(ws.file(QStringLiteral("x.pcap"))));
    // The key tables hold secrets: owner-only, as the contract says.
    for (const char *name : {"ikev1_decryption_table", "esp_sa", "preferences"}) {
        const QString path = ws.file(QStringLiteral("keys/") + QLatin1String(name));
        QVERIFY2(QFile::exists(path), name);
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
}

void TstVpnsimRun::secretsAreAccepted()
{
    Workspace ws;
    const QString script = ws.scenario("wait 1s\n");
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script,
                                QStringLiteral("--psk"), QStringLiteral("ghost:10.0.0.1=key")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QLatin1String("no node is named \"ghost\"")));
}

namespace {

const QByteArray kLossy = "loss 40% carrion Ethernet5/0\nping vpnclient 10.48.66.44 count 20\n"
                          "ping 10.48.66.9 vpnclient count 3\nexpect ping vpnclient 10.48.66.44 >= 10%\n";

std::pair<RunResult, QByteArray> lossyRun(Workspace &ws, const QString &seed, const QString &tag)
{
    const QString script = ws.scenario(kLossy, QStringLiteral("lossy.vsc"));
    const QString json = ws.file(tag + QStringLiteral(".json"));
    const RunResult r = vpnsim({QStringLiteral("run"), ws.project, QStringLiteral("--scenario"), script,
                                QStringLiteral("--seed"), seed, QStringLiteral("--json"), json});
    return {r, readFile(json)};
}

} // namespace

void TstVpnsimRun::sameSeedSameBytes()
{
    Workspace ws;
    const auto first = lossyRun(ws, QStringLiteral("42"), QStringLiteral("a"));
    const auto second = lossyRun(ws, QStringLiteral("42"), QStringLiteral("b"));
    QVERIFY(!first.second.isEmpty());
    QCOMPARE(second.second, first.second);
    QCOMPARE(second.first.out, first.first.out);
    QCOMPARE(second.first.err, first.first.err);
    QCOMPARE(second.first.exitCode, first.first.exitCode);
}

void TstVpnsimRun::otherSeedOtherLosses()
{
    Workspace ws;
    const auto first = lossyRun(ws, QStringLiteral("1"), QStringLiteral("a"));
    const auto second = lossyRun(ws, QStringLiteral("2"), QStringLiteral("b"));
    const QJsonObject a = QJsonDocument::fromJson(first.second).object();
    const QJsonObject b = QJsonDocument::fromJson(second.second).object();
    const QJsonArray pingsA = a.value(QStringLiteral("pings")).toArray();
    const QJsonArray pingsB = b.value(QStringLiteral("pings")).toArray();
    QVERIFY(pingsA[0].toObject().value(QStringLiteral("results")) != pingsB[0].toObject().value(QStringLiteral("results")));
    // The implicit host's pings cross no lossy wire: all replies whatever the seed (they start
    // later or earlier, after the lossy ping's timeouts).
    QCOMPARE(pingsA[1].toObject().value(QStringLiteral("results")).toString(), QStringLiteral("!!!"));
    QCOMPARE(pingsB[1].toObject().value(QStringLiteral("results")).toString(), QStringLiteral("!!!"));
}

QTEST_GUILESS_MAIN(TstVpnsimRun)
#include "tst_vpnsim_run.moc"
