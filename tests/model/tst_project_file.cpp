// The project file (.vpnd): the built-in example, canonical bytes, round trips and saving.
// Corrupt files are in tst_project_file_errors.cpp.
#include "model/diagnostic_catalog.h"
#include "model/hardware_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace vtd::model;

namespace {

QByteArray readTestFile(const QString &relativePath)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relativePath));
    return file.readAll();
}

Project loadExample()
{
    const ProjectReadResult result = readProject(vtd::resources::builtinExampleProjectFile(),
                                                 vtd::resources::builtinExampleName());
    if (!result.project)
        qFatal("the built-in example does not load");
    return *result.project;
}

/** The seed configs print secrets as ********: mask the example's real ones the same way. */
QString maskSecrets(QString config)
{
    static const QRegularExpression isakmpKey(QStringLiteral("^(isakmp key )\\S+"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression groupPassword(
        QStringLiteral("^(vpngroup \\S+ password )\\S+"), QRegularExpression::MultilineOption);
    config.replace(isakmpKey, QStringLiteral("\\1********"));
    config.replace(groupPassword, QStringLiteral("\\1********"));
    return config;
}

/** QFileDevice::Permissions as the octal mode ls shows (owner, group, other). */
int unixMode(QFileDevice::Permissions permissions)
{
    const int p = permissions.toInt();
    return ((p >> 12) & 7) << 6 | ((p >> 4) & 7) << 3 | (p & 7);
}

QString endText(const Project &project, const Endpoint &end)
{
    const QString name = project.node(end.node)->name;
    return end.interface.isEmpty() ? name : name + u' ' + end.interface;
}

/** A small project exercising what the example does not: a generic router, odd texts. */
Project unusualProject()
{
    Project project;
    Node router;
    router.id = project.allocateNodeId();
    router.kind = NodeKind::IosRouter;
    router.name = QStringLiteral("ルーター \"1\"");
    router.hardwareModel = QStringLiteral("IOS-ROUTER");
    router.customInterfaces = {QStringLiteral("FastEthernet0/0"), QStringLiteral("Serial0/0")};
    router.macAddresses.insert(QStringLiteral("FastEthernet0/0"), QStringLiteral("00e0.1e00.0001"));
    router.position = QPointF(-12.25, 1e-3);
    router.configText = QStringLiteral("hostname r1\n\n! blank line above\n");
    project.insertNode(router);
    Node segment;
    segment.id = project.allocateNodeId();
    segment.kind = NodeKind::LanSegment;
    segment.name = QStringLiteral("lan");
    segment.hardwareModel = QStringLiteral("LAN-SEGMENT");
    project.insertNode(segment);
    project.insertLink({project.allocateLinkId(), {router.id, QStringLiteral("Serial0/0")},
                        {segment.id, QString()}});
    project.scenarios().push_back({QStringLiteral("empty"), QString()});
    project.scenarios().push_back({QStringLiteral("one"), QStringLiteral("ping r1 10.0.0.1\n")});
    project.setView({2.5, QPointF(100.5, -3)});
    return project;
}

} // namespace

class TstProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void exampleLoadsWithoutDiagnostics();
    void exampleNodes();
    void exampleDevices_data();
    void exampleDevices();
    void exampleHosts_data();
    void exampleHosts();
    void exampleLinks();
    void exampleConfigsAreTheSeedWithRealSecrets_data();
    void exampleConfigsAreTheSeedWithRealSecrets();
    void exampleIsCanonical();
    void roundTripIsByteIdentical();
    void unusualProjectRoundTrips();
    void textWithoutFinalNewlineIsSavedAsLines_data();
    void textWithoutFinalNewlineIsSavedAsLines();
    void idsFollowFileOrder();
    void loadsAndSavesFiles();
    void ownerOnlySaveIsMode0600();
    void unreadableFileIsCannotRead();
};

void TstProjectFile::exampleLoadsWithoutDiagnostics()
{
    const ProjectReadResult result = readProject(vtd::resources::builtinExampleProjectFile(),
                                                 vtd::resources::builtinExampleName());
    QVERIFY(result.project.has_value());
    QVERIFY2(result.diagnostics.isEmpty(),
             qPrintable(result.diagnostics.isEmpty() ? QString()
                                                     : diagnosticLine(result.diagnostics.first())));
}

void TstProjectFile::exampleNodes()
{
    const Project project = loadExample();
    QStringList names;
    for (const Node &node : project.nodes())
        names << node.name;
    QCOMPARE(names, (QStringList{"snow", "rain", "carrion", "vpnclient", "snow-lan-host",
                                 "rain-lan-host", "10.48.66.0/24", "10.0.0.0/24", "11.0.0.0/24"}));
    for (const QString segment : {"10.48.66.0/24", "10.0.0.0/24", "11.0.0.0/24"}) {
        QCOMPARE(project.nodeByName(segment)->kind, NodeKind::LanSegment);
        QCOMPARE(project.nodeByName(segment)->hardwareModel, QStringLiteral("LAN-SEGMENT"));
    }
    QCOMPARE(project.scenarios().size(), size_t(1));
    QCOMPARE(project.scenarios().front().name, QStringLiteral("seed"));
    QVERIFY(project.scenarios().front().script.contains(QStringLiteral("connect vpnclient\n")));
    QCOMPARE(project.view(), (ViewState{1.0, QPointF(0, 0)}));
}

void TstProjectFile::exampleDevices_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<QString>("hardware");
    QTest::addColumn<QString>("software");
    QTest::addColumn<bool>("vpn3Des");
    QTest::addColumn<QString>("ethernet0Mac");
    QTest::newRow("snow") << "snow" << NodeKind::PixFirewall << "PIX-525" << "6.2(2)" << false
                          << "0002.b945.9ff1";
    QTest::newRow("rain") << "rain" << NodeKind::PixFirewall << "PIX-525" << "6.2(2)" << true
                          << "0002.b945.a001";
    QTest::newRow("carrion") << "carrion" << NodeKind::IosRouter << "C7500-RSP2" << "12.2(6)"
                             << false << "";
}

void TstProjectFile::exampleDevices()
{
    QFETCH(QString, name);
    QFETCH(NodeKind, kind);
    QFETCH(QString, hardware);
    QFETCH(QString, software);
    QFETCH(bool, vpn3Des);
    QFETCH(QString, ethernet0Mac);
    const Project project = loadExample();
    const Node *node = project.nodeByName(name);
    QVERIFY(node);
    QCOMPARE(node->kind, kind);
    QCOMPARE(node->hardwareModel, hardware);
    QCOMPARE(node->softwareVersion, software);
    QCOMPARE(node->macAddresses.value(QStringLiteral("ethernet0")), ethernet0Mac);
    if (kind == NodeKind::PixFirewall) {
        QCOMPARE(node->licences, (Licences{true, vpn3Des, true}));
        QCOMPARE(node->macAddresses.keys(), project.interfacesOf(*node));
    }
}

void TstProjectFile::exampleHosts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<NodeKind>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("gateway");
    QTest::newRow("vpnclient") << "vpnclient" << NodeKind::VpnClient << "10.48.66.76"
                               << "255.255.255.0" << "10.48.66.44";
    QTest::newRow("snow-lan-host") << "snow-lan-host" << NodeKind::Host << "10.0.0.2"
                                   << "255.255.255.0" << "10.0.0.1";
    QTest::newRow("rain-lan-host") << "rain-lan-host" << NodeKind::Host << "11.0.0.2"
                                   << "255.255.255.0" << "11.0.0.1";
}

void TstProjectFile::exampleHosts()
{
    QFETCH(QString, name);
    QFETCH(NodeKind, kind);
    QFETCH(QString, address);
    QFETCH(QString, mask);
    QFETCH(QString, gateway);
    const Project project = loadExample();
    const Node *node = project.nodeByName(name);
    QVERIFY(node);
    QCOMPARE(node->kind, kind);
    QCOMPARE(node->host.address.toString(), address);
    QCOMPARE(node->host.mask.toString(), mask);
    QCOMPARE(node->host.gateway.toString(), gateway);
    QVERIFY(node->configText.isEmpty());
    QCOMPARE(node->profileText.isEmpty(), kind != NodeKind::VpnClient);
}

void TstProjectFile::exampleLinks()
{
    const Project project = loadExample();
    std::set<std::pair<QString, QString>> links;
    for (const Link &link : project.links())
        links.insert({endText(project, link.a), endText(project, link.b)});
    const std::set<std::pair<QString, QString>> expected{
        {"snow ethernet0", "carrion Ethernet5/1"},
        {"snow ethernet2", "carrion Ethernet5/2"},
        {"rain ethernet0", "10.48.66.0/24"},
        {"carrion Ethernet5/0", "10.48.66.0/24"},
        {"vpnclient eth0", "10.48.66.0/24"},
        {"snow ethernet1", "10.0.0.0/24"},
        {"snow-lan-host eth0", "10.0.0.0/24"},
        {"rain ethernet1", "11.0.0.0/24"},
        {"rain-lan-host eth0", "11.0.0.0/24"},
    };
    QCOMPARE(links, expected);
}

void TstProjectFile::exampleConfigsAreTheSeedWithRealSecrets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("holdsSecrets");
    QTest::newRow("snow") << "snow" << true;
    QTest::newRow("rain") << "rain" << true;
    QTest::newRow("carrion") << "carrion" << false;   // its seed config masks nothing
}

void TstProjectFile::exampleConfigsAreTheSeedWithRealSecrets()
{
    QFETCH(QString, name);
    QFETCH(bool, holdsSecrets);
    const Project project = loadExample();
    const QString config = project.nodeByName(name)->configText;
    const QByteArray seed = readTestFile(QStringLiteral("seed/configs/%1.cfg").arg(name));
    QCOMPARE(maskSecrets(config).toUtf8(), seed);
    QCOMPARE(config.contains(QStringLiteral("********")), false);
    QCOMPARE(config.toUtf8() != seed, holdsSecrets);
}

void TstProjectFile::exampleIsCanonical()
{
    const QByteArray example = vtd::resources::builtinExampleProjectFile();
    QCOMPARE(writeProject(loadExample()), example);
}

void TstProjectFile::roundTripIsByteIdentical()
{
    const QByteArray first = writeProject(loadExample());
    const ProjectReadResult again = readProject(first, QStringLiteral("first.vpnd"));
    QVERIFY(again.project);
    QVERIFY(again.diagnostics.isEmpty());
    QCOMPARE(*again.project, loadExample());
    QCOMPARE(writeProject(*again.project), first);
    QVERIFY(first.endsWith("}\n"));
}

void TstProjectFile::unusualProjectRoundTrips()
{
    const Project project = unusualProject();
    const QByteArray bytes = writeProject(project);
    const ProjectReadResult loaded = readProject(bytes, QStringLiteral("unusual.vpnd"));
    QVERIFY2(loaded.project, qPrintable(loaded.diagnostics.isEmpty()
                                            ? QString()
                                            : diagnosticLine(loaded.diagnostics.first())));
    QVERIFY(loaded.diagnostics.isEmpty());
    QCOMPARE(*loaded.project, project);
    QCOMPARE(writeProject(*loaded.project), bytes);
    QVERIFY(bytes.contains("\"interfaces\": ["));           // a generic model keeps its ports
    QVERIFY(!bytes.contains("\"software\""));              // empty: omitted
    QVERIFY(bytes.contains(QStringLiteral("ルーター").toUtf8()));   // UTF-8, not escaped
}

void TstProjectFile::textWithoutFinalNewlineIsSavedAsLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("loaded");
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << "" << "" << QByteArray("\"script\": [\n            ]");
    QTest::newRow("one line") << "a\n" << "a\n" << QByteArray("[\n                \"a\"\n");
    QTest::newRow("no final newline") << "a" << "a\n" << QByteArray("[\n                \"a\"\n");
    QTest::newRow("blank line") << "\n" << "\n" << QByteArray("[\n                \"\"\n");
    QTest::newRow("inner blank") << "a\n\nb\n" << "a\n\nb\n"
                                 << QByteArray("\"a\",\n                \"\",\n");
}

void TstProjectFile::textWithoutFinalNewlineIsSavedAsLines()
{
    QFETCH(QString, text);
    QFETCH(QString, loaded);
    QFETCH(QByteArray, json);
    Project project;
    project.scenarios().push_back({QStringLiteral("s"), text});
    const QByteArray bytes = writeProject(project);
    QVERIFY2(bytes.contains(json), bytes.constData());
    const ProjectReadResult result = readProject(bytes, QStringLiteral("s.vpnd"));
    QVERIFY(result.project);
    QCOMPARE(result.project->scenarios().front().script, loaded);
    QCOMPARE(writeProject(*result.project), bytes);
}

void TstProjectFile::idsFollowFileOrder()
{
    const Project project = loadExample();
    std::uint32_t expected = 0;
    for (const Node &node : project.nodes())
        QCOMPARE(node.id.value, ++expected);
    expected = 0;
    for (const Link &link : project.links())
        QCOMPARE(link.id.value, ++expected);
    QCOMPARE(project.link(LinkId{1})->a, (Endpoint{NodeId{1}, QStringLiteral("ethernet0")}));
}

void TstProjectFile::loadsAndSavesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copy.vpnd"));
    QCOMPARE(saveProjectFile(loadExample(), path, FileAccess::Normal), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), vtd::resources::builtinExampleProjectFile());
    const ProjectReadResult loaded = loadProjectFile(path);
    QVERIFY(loaded.project);
    QCOMPARE(*loaded.project, loadExample());
}

void TstProjectFile::ownerOnlySaveIsMode0600()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secret.vpnd"));
    QCOMPARE(saveProjectFile(loadExample(), path, FileAccess::OwnerOnly), std::nullopt);
    QCOMPARE(unixMode(QFile::permissions(path)), 0600);
}

void TstProjectFile::unreadableFileIsCannotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("missing.vpnd"));
    for (const QString &path : {missing, dir.path()}) {
        const ProjectReadResult result = loadProjectFile(path);
        QVERIFY(!result.project);
        QCOMPARE(result.diagnostics.size(), 1);
        const Diagnostic &d = result.diagnostics.first();
        QCOMPARE(d.code, QStringLiteral("io.cannot-read"));
        QCOMPARE(d.file, path);
        QVERIFY(!d.params.value(QStringLiteral("reason")).isEmpty());
        QVERIFY(diagnosticLine(d).startsWith(path + QStringLiteral(": error: cannot read")));
    }
}

QTEST_GUILESS_MAIN(TstProjectFile)
#include "tst_project_file.moc"
