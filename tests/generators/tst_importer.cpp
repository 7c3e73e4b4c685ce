// Import: the seed's three configurations become the built-in example's devices and cabling.
#include "generators/importer/importer.h"

#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace vtd;

namespace {

QString seedConfig(const QString &name)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/") + name + QStringLiteral(".cfg"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing seed config");
    return QString::fromUtf8(file.readAll());
}

QList<gen::ImportSource> seedSources()
{
    QList<gen::ImportSource> sources;
    for (const QString &name : {QStringLiteral("snow"), QStringLiteral("rain"), QStringLiteral("carrion")})
        sources.append({name + QStringLiteral(".cfg"), seedConfig(name)});
    return sources;
}

QString endpointText(const model::Project &p, const model::Endpoint &e)
{
    const QString node = p.node(e.node)->name;
    return e.interface.isEmpty() ? node : node + u' ' + e.interface;
}

/** Each link as "a -- b" with its ends sorted, leaving out links that touch an excluded node. */
QSet<QString> cabling(const model::Project &p, const QStringList &excluded = {})
{
    QSet<QString> result;
    for (const model::Link &l : p.links()) {
        if (excluded.contains(p.node(l.a.node)->name) || excluded.contains(p.node(l.b.node)->name))
            continue;
        QStringList ends{endpointText(p, l.a), endpointText(p, l.b)};
        ends.sort();
        result.insert(ends.join(QStringLiteral(" -- ")));
    }
    return result;
}

QMap<QString, model::NodeKind> kinds(const model::Project &p, const QStringList &excluded = {})
{
    QMap<QString, model::NodeKind> result;
    for (const model::Node &n : p.nodes()) {
        if (!excluded.contains(n.name))
            result.insert(n.name, n.kind);
    }
    return result;
}

} // namespace

class TstImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedImportEqualsExampleTopology();
    void importIsOneUndoStep();
    void configsAreKeptAsImported();
    void nodesDoNotOverlap();
    void suppliedSecretsAreFilledIn();
    void unusedSecretIsReported();
    void unknownTextIsReported();
    void profileBecomesVpnClient();
    void secondImportReusesSegmentsAndRenames();
};

void TstImporter::seedImportEqualsExampleTopology()
{
    model::Document document;
    const gen::ImportResult result = gen::importSources(document, seedSources());
    QVERIFY(!model::hasErrors(result.diagnostics));
    const model::Project example = *model::readProject(resources::builtinExampleProjectFile(), QStringLiteral("seed.vpnd")).project;
    const QStringList notImported{QStringLiteral("vpnclient"), QStringLiteral("snow-lan-host"), QStringLiteral("rain-lan-host")};
    QCOMPARE(kinds(document.project()), kinds(example, notImported));
    QCOMPARE(cabling(document.project()), cabling(example, notImported));
    QCOMPARE(document.project().nodeByName(QStringLiteral("snow"))->hardwareModel, QStringLiteral("PIX-525"));
}

void TstImporter::importIsOneUndoStep()
{
    model::Document document;
    gen::importSources(document, seedSources());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Import 3 configuration(s)"));
    document.undoStack()->undo();
    QVERIFY(document.project().nodes().empty());
    QVERIFY(document.project().links().empty());
}

void TstImporter::configsAreKeptAsImported()
{
    model::Document document;
    gen::importSources(document, seedSources());
    for (const QString &name : {QStringLiteral("snow"), QStringLiteral("rain"), QStringLiteral("carrion")})
        QCOMPARE(document.project().nodeByName(name)->configText, seedConfig(name));
}

void TstImporter::nodesDoNotOverlap()
{
    model::Document document;
    gen::importSources(document, seedSources());
    const auto &nodes = document.project().nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        for (size_t j = i + 1; j < nodes.size(); ++j) {
            const QPointF d = nodes[i].position - nodes[j].position;
            QVERIFY2(std::abs(d.x()) >= 180 || std::abs(d.y()) >= 130,
                     qPrintable(nodes[i].name + QStringLiteral(" overlaps ") + nodes[j].name));
        }
    }
}

void TstImporter::suppliedSecretsAreFilledIn()
{
    model::Document document;
    const QList<gen::SecretOverride> secrets = {
        *gen::parseSecretOverride(gen::SecretOverride::Kind::PreSharedKey, QStringLiteral("snow:10.48.66.156=k3y")),
        *gen::parseSecretOverride(gen::SecretOverride::Kind::GroupPassword, QStringLiteral("snow:VPNclient=gr0up")),
    };
    const gen::ImportResult result = gen::importSources(document, {seedSources()[0]}, secrets);
    const QString text = document.project().nodeByName(QStringLiteral("snow"))->configText;
    QVERIFY(text.contains(QLatin1String("isakmp key k3y address 10.48.66.156 netmask 255.255.255.255")));
    QVERIFY(text.contains(QLatin1String("vpngroup VPNclient password gr0up")));
    for (const model::Diagnostic &d : result.diagnostics)
        QVERIFY2(!d.code.contains(QLatin1String("masked")) && !d.code.contains(QLatin1String("unknown-secret")), qPrintable(d.code));
}

void TstImporter::unusedSecretIsReported()
{
    model::Document document;
    const auto secret = gen::parseSecretOverride(gen::SecretOverride::Kind::PreSharedKey, QStringLiteral("rain:192.0.2.9=x"));
    const gen::ImportResult result = gen::importSources(document, {seedSources()[1]}, {*secret});
    QVERIFY(std::ranges::any_of(result.diagnostics, [](const model::Diagnostic &d) { return d.code == QLatin1String("import.unused-secret"); }));
}

void TstImporter::unknownTextIsReported()
{
    model::Document document;
    const gen::ImportResult result = gen::importSources(document, {{QStringLiteral("notes.txt"), QStringLiteral("just some notes\n")}});
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].code, QStringLiteral("import.unknown-dialect"));
    QCOMPARE(result.diagnostics[0].file, QStringLiteral("notes.txt"));
    QVERIFY(document.project().nodes().empty());
    QCOMPARE(document.undoStack()->count(), 0);
}

void TstImporter::profileBecomesVpnClient()
{
    model::Document document;
    const QString pcf = QStringLiteral("[main]\nHost=193.0.0.1\nGroupName=VPNclient\nGroupPwd=\n");
    const gen::ImportResult result = gen::importSources(document, {{QStringLiteral("/tmp/alice.pcf"), pcf}});
    const model::Node *node = document.project().nodeByName(QStringLiteral("alice"));
    QVERIFY(node);
    QCOMPARE(node->kind, model::NodeKind::VpnClient);
    QCOMPARE(node->profileText, pcf);
}

void TstImporter::secondImportReusesSegmentsAndRenames()
{
    model::Document document;
    gen::importSources(document, seedSources());
    const size_t before = document.project().nodes().size();
    gen::importSources(document, {seedSources()[1]});   // rain again
    QCOMPARE(document.project().nodes().size(), before + 1);   // no new segments
    const model::Node *copy = document.project().nodeByName(QStringLiteral("rain-2"));
    QVERIFY(copy);
    QCOMPARE(document.project().linksOf(copy->id).size(), size_t(2));   // on the existing segments
}

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
