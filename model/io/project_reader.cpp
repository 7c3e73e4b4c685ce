// readProject(): the checks of a whole project document. Nodes and links have their own readers.
#include "project_file.h"

#include "json_object_reader.h"
#include "project_link_reader.h"
#include "project_node_reader.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace vtd::model {

namespace {

QString key(const char *name) { return QString::fromLatin1(name); }

/** The first bytes of one UTF-8 encoded character, but not all of them. */
bool isCutUtf8Character(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    const uchar lead = uchar(bytes.front());
    const qsizetype length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    if (bytes.size() >= length)
        return false;
    return std::ranges::all_of(bytes.sliced(1), [](char c) { return (uchar(c) & 0xc0) == 0x80; });
}

/** True when the parser failed because the data stopped: an unterminated object, array,
 *  string, number or literal at the very end. A file cut off while being copied looks so. */
bool endsTooEarly(const QByteArray &json, const QJsonParseError &error)
{
    qsizetype end = json.size();
    while (end > 0 && QChar::isSpace(uchar(json.at(end - 1))))
        --end;
    if (error.offset >= end)
        return true;
    // Qt reports a character cut inside its UTF-8 bytes at its first byte...
    if (error.error == QJsonParseError::IllegalUTF8String)
        return isCutUtf8Character(QByteArrayView(json).sliced(error.offset, end - error.offset));
    // ... and a cut literal ("tr") at the character after its first one.
    if (error.error != QJsonParseError::IllegalValue || error.offset < 1)
        return false;
    const QByteArray tail = json.mid(error.offset - 1, end - error.offset + 1);
    return QByteArrayView("true").startsWith(tail) || QByteArrayView("false").startsWith(tail)
           || QByteArrayView("null").startsWith(tail);
}

Diagnostic parseDiagnostic(const QByteArray &json, const QJsonParseError &error)
{
    const QByteArray before = json.left(error.offset);
    const QString lastLine = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1));
    Diagnostic d;
    d.code = endsTooEarly(json, error) ? key("project.truncated") : key("project.not-json");
    d.line = int(before.count('\n')) + 1;
    d.params.insert(key("reason"), error.errorString());
    d.params.insert(key("column"), QString::number(lastLine.size() + 1));
    return d;
}

Diagnostic notAProject(const QString &reason)
{
    Diagnostic d;
    d.code = key("project.not-a-project");
    d.params.insert(key("reason"), reason);
    return d;
}

std::optional<QJsonObject> parseDocument(const QByteArray &json, JsonDiagnosticSink &sink)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        sink.add(parseDiagnostic(json, error));
        return std::nullopt;
    }
    if (!document.isObject()) {
        sink.add(notAProject(key("the document is not a JSON object")));
        return std::nullopt;
    }
    return document.object();
}

bool checkFormat(JsonObjectReader &root)
{
    const QJsonValue format = root.value(key("format"));
    if (format.isUndefined()) {
        root.sink().add(notAProject(key("it has no \"format\" field")));
        return false;
    }
    if (format != QJsonValue(key(kProjectFormatId))) {
        root.sink().add(notAProject(key("its \"format\" is ") + jsonCompactText(format)));
        return false;
    }
    return true;
}

/** A newer schema may mean anything, so its content is not judged by this version's rules. */
bool checkSchemaVersion(JsonObjectReader &root)
{
    const QString path = root.pathOf(key("schema_version"));
    const QJsonValue version = root.value(key("schema_version"));
    if (version.isUndefined()) {
        root.sink().error(key("project.missing-field"), path);
        return false;
    }
    const double number = version.toDouble(0);
    if (!version.isDouble() || number < 1 || number != std::floor(number)) {
        root.sink().error(key("project.bad-schema"), path,
                          {{key("value"), jsonValueText(version)}});
        return false;
    }
    if (number > kProjectSchemaVersion) {
        root.sink().error(key("project.newer-schema"), path,
                          {{key("found"), jsonValueText(version)},
                           {key("supported"), QString::number(kProjectSchemaVersion)}});
        return false;
    }
    return true;
}

void readNodes(JsonObjectReader &root, Project &project)
{
    const auto nodes = root.array(key("nodes"));
    if (!nodes)
        return;
    QHash<QString, QString> firstUse;   // name -> path of the node that has it
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        const QString path = jsonElementPath(root.pathOf(key("nodes")), i);
        Node node = readProjectNode(nodes->at(i), path, root.sink());
        const QString namePath = jsonMemberPath(path, key("name"));
        if (firstUse.contains(node.name))
            root.sink().error(key("project.duplicate-name"), namePath,
                              {{key("value"), node.name},
                               {key("first"), firstUse.value(node.name)}});
        else if (!node.name.isEmpty())   // a missing or empty name is reported by the node reader
            firstUse.insert(node.name, namePath);
        node.id = project.allocateNodeId();
        project.insertNode(std::move(node));
    }
}

void readLinks(JsonObjectReader &root, Project &project)
{
    const auto links = root.array(key("links"));
    if (!links)
        return;
    ProjectLinkReader reader(project, root.sink());
    for (qsizetype i = 0; i < links->size(); ++i) {
        auto link = reader.read(links->at(i), jsonElementPath(root.pathOf(key("links")), i));
        if (!link)
            continue;
        link->id = project.allocateLinkId();
        project.insertLink(*link);
    }
}

std::optional<Scenario> readScenario(const QJsonValue &value, const QString &path,
                                     JsonDiagnosticSink &sink)
{
    if (!value.isObject()) {
        sink.error(key("project.wrong-type"), path, {{key("expected"), key("object")}});
        return std::nullopt;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    const auto name = reader.string(key("name"));
    const auto script = reader.lines(key("script"));
    reader.warnAboutUnreadFields();
    if (name && name->trimmed().isEmpty())
        sink.error(key("project.empty-value"), reader.pathOf(key("name")));
    if (!name || !script)
        return std::nullopt;
    return Scenario{*name, *script};
}

void readScenarios(JsonObjectReader &root, Project &project)
{
    const auto scenarios = root.array(key("scenarios"));
    if (!scenarios)
        return;
    QHash<QString, QString> firstUse;
    for (qsizetype i = 0; i < scenarios->size(); ++i) {
        const QString path = jsonElementPath(root.pathOf(key("scenarios")), i);
        auto scenario = readScenario(scenarios->at(i), path, root.sink());
        if (!scenario)
            continue;
        const QString namePath = jsonMemberPath(path, key("name"));
        if (firstUse.contains(scenario->name))
            root.sink().error(key("project.duplicate-scenario"), namePath,
                              {{key("value"), scenario->name},
                               {key("first"), firstUse.value(scenario->name)}});
        else
            firstUse.insert(scenario->name, namePath);
        project.scenarios().push_back(std::move(*scenario));
    }
}

ViewState readView(JsonObjectReader &root)
{
    ViewState view;
    auto json = root.object(key("view"));
    if (!json)
        return view;
    const auto zoom = json->number(key("zoom"));
    if (zoom && *zoom <= 0)
        root.sink().error(key("project.bad-zoom"), json->pathOf(key("zoom")),
                          {{key("value"), QString::number(*zoom)}});
    view.zoom = zoom.value_or(view.zoom);
    view.center = json->point(key("center")).value_or(QPointF());
    json->warnAboutUnreadFields();
    return view;
}

} // namespace

ProjectReadResult readProject(const QByteArray &json, const QString &fileName)
{
    JsonDiagnosticSink sink(fileName);
    const auto document = parseDocument(json, sink);
    if (!document)
        return {std::nullopt, sink.diagnostics()};
    JsonObjectReader root(*document, QString(), sink);
    if (!checkFormat(root) || !checkSchemaVersion(root))
        return {std::nullopt, sink.diagnostics()};
    Project project;
    readNodes(root, project);
    readLinks(root, project);
    readScenarios(root, project);
    project.setView(readView(root));
    root.warnAboutUnreadFields();
    if (hasErrors(sink.diagnostics()))
        return {std::nullopt, sink.diagnostics()};   // never half a project
    return {std::move(project), sink.diagnostics()};
}

} // namespace vtd::model
