// writeProject() and the file entry points; reading is in project_reader.cpp.
#include "project_file.h"

#include "text_lines.h"

#include "model/hardware_catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vtd::model {

namespace {

QString key(const char *name) { return QString::fromLatin1(name); }

QJsonObject pointJson(const QPointF &point)
{
    return {{key("x"), point.x()}, {key("y"), point.y()}};
}

QJsonArray linesJson(const QString &text)
{
    return QJsonArray::fromStringList(textToLines(text));
}

QJsonObject hostJson(const HostSettings &host)
{
    QJsonObject json{{key("address"), host.address.toString()},
                     {key("mask"), host.mask.toString()},
                     {key("gateway"), host.gateway.toString()}};
    // Only AAA server hosts carry accounts: other files stay as they were.
    if (!host.aaaUsers.isEmpty()) {
        QJsonArray users;
        for (const AaaUser &user : host.aaaUsers)
            users.append(QJsonObject{{key("name"), user.name}, {key("password"), user.password}});
        json.insert(key("aaa_users"), users);
    }
    return json;
}

QJsonObject licencesJson(const Licences &licences)
{
    return {{key("vpn_des"), licences.vpnDes},
            {key("vpn_3des"), licences.vpn3Des},
            {key("failover"), licences.failover}};
}

/** The fields that only some kinds and hardware models have. */
void addKindFields(QJsonObject &json, const Node &node)
{
    if (node.kind == NodeKind::PixFirewall)
        json.insert(key("licences"), licencesJson(node.licences));
    if (holdsConfiguration(node.kind))
        json.insert(key("config"), linesJson(node.configText));
    if (holdsHostSettings(node.kind))
        json.insert(key("host"), hostJson(node.host));
    if (node.kind == NodeKind::VpnClient)
        json.insert(key("profile"), linesJson(node.profileText));
    const HardwareModel *hardware = findHardwareModel(node.hardwareModel);
    if (hardware && hardware->interfacesFromNode)
        json.insert(key("interfaces"), QJsonArray::fromStringList(node.customInterfaces));
}

QJsonObject nodeJson(const Node &node)
{
    QJsonObject json{{key("name"), node.name},
                     {key("kind"), nodeKindId(node.kind)},
                     {key("hardware"), node.hardwareModel},
                     {key("position"), pointJson(node.position)}};
    if (!node.softwareVersion.isEmpty())
        json.insert(key("software"), node.softwareVersion);
    if (!node.macAddresses.isEmpty()) {
        QJsonObject macs;
        for (auto it = node.macAddresses.begin(); it != node.macAddresses.end(); ++it)
            macs.insert(it.key(), it.value());
        json.insert(key("mac_addresses"), macs);
    }
    addKindFields(json, node);
    return json;
}

QJsonObject endpointJson(const Project &project, const Endpoint &endpoint)
{
    const Node *node = project.node(endpoint.node);
    QJsonObject json{{key("node"), node ? node->name : QString()}};
    if (!endpoint.interface.isEmpty())
        json.insert(key("interface"), endpoint.interface);
    return json;
}

QJsonObject viewJson(const ViewState &view)
{
    return {{key("zoom"), view.zoom}, {key("center"), pointJson(view.center)}};
}

} // namespace

QByteArray writeProject(const Project &project)
{
    QJsonArray nodes;
    for (const Node &node : project.nodes())
        nodes.append(nodeJson(node));
    QJsonArray links;
    for (const Link &link : project.links())
        links.append(QJsonObject{{key("a"), endpointJson(project, link.a)},
                                 {key("b"), endpointJson(project, link.b)}});
    QJsonArray scenarios;
    for (const Scenario &scenario : project.scenarios())
        scenarios.append(QJsonObject{{key("name"), scenario.name},
                                     {key("script"), linesJson(scenario.script)}});
    const QJsonObject root{{key("format"), key(kProjectFormatId)},
                           {key("schema_version"), kProjectSchemaVersion},
                           {key("nodes"), nodes},
                           {key("links"), links},
                           {key("scenarios"), scenarios},
                           {key("view"), viewJson(project.view())}};
    // QJsonObject keeps its keys sorted, so the same project always gives the same bytes.
    QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    return bytes;
}

ProjectReadResult loadProjectFile(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        Diagnostic d;
        d.code = key("io.cannot-read");
        d.file = path;
        d.params.insert(key("reason"), file.errorString());
        return {std::nullopt, {d}};
    }
    return readProject(bytes, path);
}

std::optional<Diagnostic> saveProjectFile(const Project &project, const QString &path,
                                          FileAccess access)
{
    return writeFileAtomically(path, writeProject(project), access);
}

} // namespace vtd::model
