// Corrupt project files: every case is refused with no project, and its diagnostic says what
// is wrong and where (a JSON path, or FILE:LINE for text that is not JSON).
#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vtd::model;

namespace {

const QString kFile = QStringLiteral("seed.vpnd");

QByteArray example() { return vtd::resources::builtinExampleProjectFile(); }

QJsonValue fromJsonText(const QByteArray &text)
{
    return QJsonDocument::fromJson("[" + text + "]").array().at(0);
}

/** Sets (or, with no value, removes) the value at a JSON pointer (RFC 6901) like "nodes/3/host". */
QJsonValue setAt(const QJsonValue &at, QStringList pointer, const std::optional<QJsonValue> &value)
{
    if (pointer.isEmpty())
        return value.value_or(QJsonValue());
    const QString head =
        pointer.takeFirst().replace(QStringLiteral("~1"), QStringLiteral("/")).replace(
            QStringLiteral("~0"), QStringLiteral("~"));
    if (at.isArray()) {
        QJsonArray array = at.toArray();
        const int index = head.toInt();
        if (pointer.isEmpty() && !value)
            array.removeAt(index);
        else if (index == array.size())
            array.append(setAt(QJsonValue(), pointer, value));
        else
            array[index] = setAt(array.at(index), pointer, value);
        return array;
    }
    QJsonObject object = at.toObject();
    if (pointer.isEmpty() && !value)
        object.remove(head);
    else
        object[head] = setAt(object.value(head), pointer, value);
    return object;
}

using Change = std::pair<const char *, QByteArray>;

/** The example with changes: pointer -> value given as JSON text ("" removes it). */
QByteArray patched(std::initializer_list<Change> changes)
{
    QJsonValue root = QJsonDocument::fromJson(example()).object();
    for (const auto &[pointer, valueJson] : changes) {
        const auto value =
            valueJson.isEmpty() ? std::nullopt : std::optional(fromJsonText(valueJson));
        root = setAt(root, QString::fromLatin1(pointer).split(u'/'), value);
    }
    return QJsonDocument(root.toObject()).toJson();
}

QByteArray patched(const char *pointer, const QByteArray &valueJson = {})
{
    return patched({Change{pointer, valueJson}});
}

QByteArray firstLines(int count)
{
    return example().split('\n').mid(0, count).join('\n');
}

/** "seed.vpnd: error: PATH: ", how a diagnostic about a place in the document starts. */
QString at(const char *path)
{
    return kFile + QStringLiteral(": error: ") + QString::fromLatin1(path) + QStringLiteral(": ");
}

QString atLine(int line)
{
    return kFile + u':' + QString::number(line) + QStringLiteral(": error: ");
}

/** Not JSON at all, or cut off: FILE:LINE. */
void addParseRows()
{
    QTest::newRow("empty file") << QByteArray() << "project.truncated" << atLine(1);
    QTest::newRow("cut in an object") << firstLines(120) << "project.truncated" << atLine(120);
    QTest::newRow("cut in a string") << example().left(example().indexOf("ethernet0 outside") + 3)
                                     << "project.truncated" << atLine(92);
    QTest::newRow("cut in a literal") << example().left(example().indexOf("true") + 2)
                                      << "project.truncated" << atLine(205);
    QTest::newRow("stray character")
        << QByteArray(example()).replace("\"format\": ", "\"format\": @") << "project.not-json"
        << atLine(2) + QStringLiteral("not a valid JSON document: illegal number (column 15)");
    QTest::newRow("missing comma") << QByteArray(example()).replace("\"b\": {", "\"b\" {")
                                   << "project.not-json" << atLine(9);
    QTest::newRow("garbage at the end") << example() + "x" << "project.not-json" << atLine(708);
    QTest::newRow("not an object") << QByteArray("[1, 2]\n") << "project.not-a-project"
                                   << kFile + QStringLiteral(": error: not a VPN Topology");
    QTest::newRow("no format") << patched("format") << "project.not-a-project"
                               << QStringLiteral("it has no \"format\" field");
    QTest::newRow("other format") << patched("format", "\"drawio\"") << "project.not-a-project"
                                  << QStringLiteral("its \"format\" is \"drawio\"");
    QTest::newRow("format not a string") << patched("format", "7") << "project.not-a-project"
                                         << QStringLiteral("its \"format\" is 7");
}

/** The header and the top-level fields. */
void addDocumentRows()
{
    QTest::newRow("newer schema")
        << patched("schema_version", "2") << "project.newer-schema"
        << QStringLiteral("schema version 2, newer than this program's 1");
    QTest::newRow("no schema") << patched("schema_version") << "project.missing-field"
                               << at("schema_version") + QStringLiteral("required field");
    QTest::newRow("schema a string") << patched("schema_version", "\"1\"") << "project.bad-schema"
                                     << at("schema_version");
    QTest::newRow("schema a fraction") << patched("schema_version", "1.5") << "project.bad-schema"
                                       << at("schema_version") + QStringLiteral("\"1.5\"");
    QTest::newRow("schema zero") << patched("schema_version", "0") << "project.bad-schema"
                                 << at("schema_version");
    QTest::newRow("no nodes") << patched("nodes") << "project.missing-field" << at("nodes");
    QTest::newRow("nodes an object") << patched("nodes", "{}") << "project.wrong-type"
                                     << at("nodes") + QStringLiteral("expected array");
    QTest::newRow("no links") << patched("links") << "project.missing-field" << at("links");
    QTest::newRow("no scenarios") << patched("scenarios") << "project.missing-field"
                                  << at("scenarios");
    QTest::newRow("no view") << patched("view") << "project.missing-field" << at("view");
    QTest::newRow("zoom zero") << patched("view/zoom", "0") << "project.bad-zoom"
                               << at("view.zoom");
    QTest::newRow("center a string") << patched("view/center/x", "\"0\"") << "project.wrong-type"
                                     << at("view.center.x") + QStringLiteral("expected number");
}

/** Nodes. */
void addNodeRows()
{
    QTest::newRow("node a number") << patched("nodes/0", "5") << "project.wrong-type"
                                   << at("nodes[0]") + QStringLiteral("expected object");
    QTest::newRow("no name") << patched("nodes/2/name") << "project.missing-field"
                             << at("nodes[2].name");
    QTest::newRow("empty name") << patched("nodes/4/name", "\"\"") << "project.empty-name"
                                << at("nodes[4].name");
    QTest::newRow("name a number") << patched("nodes/5/name", "5") << "project.wrong-type"
                                   << at("nodes[5].name") + QStringLiteral("expected string");
    QTest::newRow("duplicate name")
        << patched("nodes/1/name", "\"snow\"") << "project.duplicate-name"
        << at("nodes[1].name") + "the node name \"snow\" is already used at nodes[0].name";
    QTest::newRow("no kind") << patched("nodes/3/kind") << "project.missing-field"
                             << at("nodes[3].kind");
    QTest::newRow("unknown kind")
        << patched("nodes/1/kind", "\"router\"") << "project.unknown-kind"
        << at("nodes[1].kind") + QStringLiteral("unknown node kind \"router\"");
    QTest::newRow("unknown hardware") << patched("nodes/0/hardware", "\"PIX-999\"")
                                      << "project.unknown-hardware" << at("nodes[0].hardware");
    QTest::newRow("hardware of another kind") << patched("nodes/0/hardware", "\"C7500-RSP2\"")
                                              << "project.hardware-kind-mismatch"
                                              << at("nodes[0].hardware");
    QTest::newRow("software a number") << patched("nodes/2/software", "12.2")
                                       << "project.wrong-type" << at("nodes[2].software");
    QTest::newRow("no position") << patched("nodes/6/position") << "project.missing-field"
                                 << at("nodes[6].position");
    QTest::newRow("position y missing") << patched("nodes/6/position/y") << "project.missing-field"
                                        << at("nodes[6].position.y");
    QTest::newRow("licence not a flag") << patched("nodes/0/licences/vpn_3des", "\"yes\"")
                                        << "project.wrong-type"
                                        << at("nodes[0].licences.vpn_3des")
                                               + QStringLiteral("expected true or false");
    QTest::newRow("no licences") << patched("nodes/1/licences") << "project.missing-field"
                                 << at("nodes[1].licences");
    QTest::newRow("no config") << patched("nodes/2/config") << "project.missing-field"
                               << at("nodes[2].config");
    QTest::newRow("config line a number") << patched("nodes/0/config/3", "42")
                                          << "project.wrong-type" << at("nodes[0].config[3]");
    QTest::newRow("profile a string") << patched("nodes/3/profile", "\"[main]\"")
                                      << "project.wrong-type" << at("nodes[3].profile");
    QTest::newRow("no host") << patched("nodes/4/host") << "project.missing-field"
                             << at("nodes[4].host");
    QTest::newRow("address not IPv4") << patched("nodes/3/host/address", "\"10.48.66.300\"")
                                      << "project.bad-address"
                                      << at("nodes[3].host.address") + "\"10.48.66.300\" is not an "
                                                                       "IPv4 address";
    QTest::newRow("gateway not IPv4") << patched("nodes/5/host/gateway", "\"gw\"")
                                      << "project.bad-address" << at("nodes[5].host.gateway");
    QTest::newRow("mask not contiguous") << patched("nodes/4/host/mask", "\"255.0.255.0\"")
                                         << "project.bad-mask" << at("nodes[4].host.mask");
    QTest::newRow("mask a length") << patched("nodes/4/host/mask", "\"24\"") << "project.bad-mask"
                                   << at("nodes[4].host.mask");
    QTest::newRow("MAC with colons") << patched("nodes/0/mac_addresses/ethernet0",
                                                "\"00:02:b9:45:9f:f1\"")
                                     << "project.bad-mac" << at("nodes[0].mac_addresses.ethernet0");
    QTest::newRow("MAC too short") << patched("nodes/1/mac_addresses/ethernet1", "\"0002.b945.a0\"")
                                   << "project.bad-mac" << at("nodes[1].mac_addresses.ethernet1");
    QTest::newRow("MAC of no interface") << patched("nodes/1/mac_addresses/ethernet9",
                                                    "\"0002.b945.a009\"")
                                         << "project.missing-interface"
                                         << at("nodes[1].mac_addresses.ethernet9");
    QTest::newRow("MAC of a port with a slash") << patched("nodes/2/mac_addresses/Ethernet5~19",
                                                           "\"0002.b945.a009\"")
                                                << "project.missing-interface"
                                                << at("nodes[2].mac_addresses[\"Ethernet5/9\"]");
    QTest::newRow("generic model, port twice")
        << patched({{"nodes/2/hardware", "\"IOS-ROUTER\""},
                    {"nodes/2/interfaces", R"(["Ethernet5/0", "Ethernet5/1", "Ethernet5/2",
                                               "Ethernet5/1"])"}})
        << "project.duplicate-interface"
        << at("nodes[2].interfaces[3]")
               + "the interface name \"Ethernet5/1\" is already used at nodes[2].interfaces[1]";
    QTest::newRow("generic model, empty port name")
        << patched({{"nodes/2/hardware", "\"IOS-ROUTER\""},
                    {"nodes/2/interfaces", R"(["Ethernet5/0", "", "Ethernet5/1", "Ethernet5/2"])"}})
        << "project.empty-value" << at("nodes[2].interfaces[1]") + QStringLiteral("must not be");
    QTest::newRow("generic model without ports") << patched("nodes/2/hardware", "\"IOS-ROUTER\"")
                                                 << "project.missing-field"
                                                 << at("nodes[2].interfaces");
}

/** Links and scenarios. */
void addLinkAndScenarioRows()
{
    QTest::newRow("link a string") << patched("links/0", "\"snow-carrion\"") << "project.wrong-type"
                                   << at("links[0]");
    QTest::newRow("link without b") << patched("links/4/b") << "project.missing-field"
                                    << at("links[4].b");
    QTest::newRow("link to no node") << patched("links/2/b/node", "\"10.48.67.0/24\"")
                                     << "project.unknown-node" << at("links[2].b.node");
    QTest::newRow("link to no interface") << patched("links/0/a/interface", "\"ethernet7\"")
                                          << "project.missing-interface"
                                          << at("links[0].a.interface")
                                                 + "node \"snow\" has no interface \"ethernet7\"";
    QTest::newRow("link without interface") << patched("links/1/b/interface")
                                            << "project.interface-needed"
                                            << at("links[1].b.interface");
    QTest::newRow("interface on a segment") << patched("links/2/b/interface", "\"eth0\"")
                                            << "project.segment-interface"
                                            << at("links[2].b.interface");
    QTest::newRow("interface linked twice") << patched("links/1/a/interface", "\"ethernet0\"")
                                            << "project.interface-in-use"
                                            << at("links[1].a.interface")
                                                   + "interface ethernet0 of \"snow\" is already "
                                                     "linked at links[0].a";
    QTest::newRow("link to itself")
        << patched("links/1/b", R"({"node": "snow", "interface": "ethernet3"})")
        << "project.self-link"
        << at("links[1]") + QStringLiteral("a link cannot join \"snow\" to itself");
    QTest::newRow("segment to segment") << patched("links/2/a", R"({"node": "10.0.0.0/24"})")
                                        << "project.segment-link" << at("links[2]");
    QTest::newRow("duplicate scenario")
        << patched("scenarios/1", R"({"name": "seed", "script": []})")
        << "project.duplicate-scenario"
        << at("scenarios[1].name")
               + "the scenario name \"seed\" is already used at scenarios[0].name";
    QTest::newRow("scenario without script")
        << patched("scenarios/0/script") << "project.missing-field" << at("scenarios[0].script");
    QTest::newRow("scenario without name") << patched("scenarios/0/name", "\"\"")
                                           << "project.empty-value" << at("scenarios[0].name");
}

} // namespace

class TstProjectFileErrors : public QObject
{
    Q_OBJECT

private slots:
    void corruptFileIsRefused_data();
    void corruptFileIsRefused();
    void allErrorsAreCollected();
    void unknownFieldIsAWarning();
    void genericModelPortsServeLinks();
    void newerSchemaIsRefusedWithoutFurtherChecks();
    void everyCutIsTruncated_data();
    void everyCutIsTruncated();
    void garbageNeverCrashes();
};

void TstProjectFileErrors::corruptFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");   // must appear in the diagnostic's line
    addParseRows();
    addDocumentRows();
    addNodeRows();
    addLinkAndScenarioRows();
}

void TstProjectFileErrors::corruptFileIsRefused()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, code);
    QFETCH(QString, where);
    const ProjectReadResult result = readProject(document, kFile);
    QVERIFY(!result.project);
    QStringList lines;
    bool found = false;
    for (const Diagnostic &d : result.diagnostics) {
        const QString line = diagnosticLine(d);
        lines << line;
        QVERIFY2(diagnosticTemplate(d.code), qPrintable(line));
        QVERIFY2(!line.contains(u'{'), qPrintable(line));   // every placeholder filled
        found = found || (d.code == code && line.contains(where));
    }
    QVERIFY2(found, qPrintable(lines.join(u'\n')));
}

void TstProjectFileErrors::allErrorsAreCollected()
{
    QJsonObject root = QJsonDocument::fromJson(example()).object();
    root = setAt(root, {"nodes", "3", "host", "address"}, QJsonValue("x")).toObject();
    root = setAt(root, {"nodes", "4", "host", "mask"}, QJsonValue("255.0.0.255")).toObject();
    root = setAt(root, {"links", "8", "b", "node"}, QJsonValue("nowhere")).toObject();
    const ProjectReadResult result = readProject(QJsonDocument(root).toJson(), kFile);
    QVERIFY(!result.project);
    QStringList paths;
    for (const Diagnostic &d : result.diagnostics)
        paths << d.params.value(QStringLiteral("path"));
    QCOMPARE(paths, (QStringList{"nodes[3].host.address", "nodes[4].host.mask",
                                 "links[8].b.node"}));
}

void TstProjectFileErrors::unknownFieldIsAWarning()
{
    const ProjectReadResult result = readProject(patched("nodes/4/config", "[\"x\"]"), kFile);
    QVERIFY(result.project);   // a host has no config: ignored, said so
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.severity, Severity::Warning);
    QCOMPARE(d.code, QStringLiteral("project.unknown-field"));
    QCOMPARE(diagnosticLine(d),
             QStringLiteral("seed.vpnd: warning: nodes[4].config: unknown field; it is ignored "
                            "and will not be saved [project.unknown-field]"));
    QCOMPARE(writeProject(*result.project), example());
}

void TstProjectFileErrors::genericModelPortsServeLinks()
{
    // The contrast to the rows above: a generic router whose ports the file lists is fine.
    const ProjectReadResult result = readProject(
        patched({{"nodes/2/hardware", "\"IOS-ROUTER\""},
                 {"nodes/2/interfaces", R"(["Ethernet5/0", "Ethernet5/1", "Ethernet5/2"])"}}),
        kFile);
    QVERIFY(result.project);
    QVERIFY(result.diagnostics.isEmpty());
    const Node *carrion = result.project->nodeByName(QStringLiteral("carrion"));
    QCOMPARE(result.project->interfacesOf(*carrion),
             (QStringList{"Ethernet5/0", "Ethernet5/1", "Ethernet5/2"}));
}

void TstProjectFileErrors::newerSchemaIsRefusedWithoutFurtherChecks()
{
    QJsonObject root = QJsonDocument::fromJson(patched("schema_version", "2")).object();
    root.insert(QStringLiteral("nodes"), QStringLiteral("a version 2 layout"));
    const ProjectReadResult result = readProject(QJsonDocument(root).toJson(), kFile);
    QVERIFY(!result.project);
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.code, QStringLiteral("project.newer-schema"));
    QCOMPARE(d.params.value(QStringLiteral("found")), QStringLiteral("2"));
    QCOMPARE(d.params.value(QStringLiteral("supported")), QStringLiteral("1"));
}

void TstProjectFileErrors::everyCutIsTruncated_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("the example") << example();
    QTest::newRow("non-ASCII, numbers, literals")
        << QStringLiteral("{\"format\": \"vpn-topology-designer-project\", \"nodes\": "
                          "[{\"name\": \"ルーター𝄞\", \"position\": {\"x\": -1.5e-3}}], "
                          "\"a\": [false, null, true]}\n").toUtf8();
}

void TstProjectFileErrors::everyCutIsTruncated()
{
    // A file cut at any byte is reported as cut off, never as bad JSON, even inside a
    // multi-byte character, a number or a literal.
    QFETCH(QByteArray, document);
    const QByteArray last = document.trimmed();
    for (qsizetype size = 0; size < last.size(); ++size) {
        const ProjectReadResult result = readProject(document.left(size), kFile);
        QVERIFY(!result.project);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY2(result.diagnostics.first().code == QLatin1String("project.truncated"),
                 qPrintable(QStringLiteral("cut at %1: ").arg(size)
                            + diagnosticLine(result.diagnostics.first())));
    }
}

void TstProjectFileErrors::garbageNeverCrashes()
{
    const QList<QByteArray> documents{
        "null", "{}", "\"text\"", "{\"format\": null}", QByteArray(5000, '['),
        QByteArray(5000, '{'),
        "{\"format\":\"vpn-topology-designer-project\",\"schema_version\":1}",
        "\xff\xfe{", QByteArray("{\"a\":\0}", 7),
    };
    for (const QByteArray &document : documents) {
        const ProjectReadResult result = readProject(document, kFile);
        QVERIFY(!result.project);
        QVERIFY(hasErrors(result.diagnostics));
    }
}

QTEST_GUILESS_MAIN(TstProjectFileErrors)
#include "tst_project_file_errors.moc"
