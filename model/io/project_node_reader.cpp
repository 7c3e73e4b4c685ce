#include "project_node_reader.h"

#include "model/hardware_catalog.h"

#include <QRegularExpression>

namespace vtd::model {

namespace {

using Presence = JsonObjectReader::Presence;

QString key(const char *name) { return QString::fromLatin1(name); }

std::optional<NodeKind> readKind(JsonObjectReader &reader)
{
    const auto id = reader.string(key("kind"));
    if (!id)
        return std::nullopt;
    const auto kind = nodeKindFromId(*id);
    if (!kind)
        reader.sink().error(key("project.unknown-kind"), reader.pathOf(key("kind")),
                            {{key("value"), *id}});
    return kind;
}

/** The node's hardware model; nullptr when missing, unknown or not of the node's kind. */
const HardwareModel *readHardware(JsonObjectReader &reader, std::optional<NodeKind> kind)
{
    const auto id = reader.string(key("hardware"));
    if (!id)
        return nullptr;
    const HardwareModel *model = findHardwareModel(*id);
    const QString path = reader.pathOf(key("hardware"));
    if (!model) {
        reader.sink().error(key("project.unknown-hardware"), path, {{key("value"), *id}});
        return nullptr;
    }
    if (kind && model->kind != *kind) {
        reader.sink().error(key("project.hardware-kind-mismatch"), path,
                            {{key("value"), *id}, {key("kind"), nodeKindId(*kind)}});
        return nullptr;
    }
    return kind ? model : nullptr;
}

Ipv4Address readAddress(JsonObjectReader &reader, const char *field, bool isMask)
{
    const auto text = reader.string(key(field));
    if (!text)
        return {};
    const auto address = Ipv4Address::parse(*text);
    if (isMask && !(address && address->isContiguousMask())) {
        reader.sink().error(key("project.bad-mask"), reader.pathOf(key(field)),
                            {{key("value"), *text}});
        return {};
    }
    if (!address) {
        reader.sink().error(key("project.bad-address"), reader.pathOf(key(field)),
                            {{key("value"), *text}});
        return {};
    }
    return *address;
}

/** `aaa_users`: [{"name", "password"}...], optional (hosts that run an AAA server). */
QList<AaaUser> readAaaUsers(JsonObjectReader &host)
{
    QList<AaaUser> users;
    const auto array = host.array(key("aaa_users"), Presence::Optional);
    if (!array)
        return users;
    const QString path = host.pathOf(key("aaa_users"));
    for (qsizetype i = 0; i < array->size(); ++i) {
        if (!array->at(i).isObject()) {
            host.sink().error(key("project.wrong-type"), jsonElementPath(path, i), {{key("expected"), key("object")}});
            continue;
        }
        JsonObjectReader entry(array->at(i).toObject(), jsonElementPath(path, i), host.sink());
        const auto name = entry.string(key("name"));
        const auto password = entry.string(key("password"));
        entry.warnAboutUnreadFields();
        if (name && password)
            users.append(AaaUser{*name, *password});
    }
    return users;
}

HostSettings readHost(JsonObjectReader &reader)
{
    auto host = reader.object(key("host"));
    if (!host)
        return {};
    HostSettings settings;
    settings.address = readAddress(*host, "address", false);
    settings.mask = readAddress(*host, "mask", true);
    settings.gateway = readAddress(*host, "gateway", false);
    settings.aaaUsers = readAaaUsers(*host);
    host->warnAboutUnreadFields();
    return settings;
}

Licences readLicences(JsonObjectReader &reader)
{
    Licences licences;
    auto flags = reader.object(key("licences"));
    if (!flags)
        return licences;
    licences.vpnDes = flags->boolean(key("vpn_des")).value_or(licences.vpnDes);
    licences.vpn3Des = flags->boolean(key("vpn_3des")).value_or(licences.vpn3Des);
    licences.failover = flags->boolean(key("failover")).value_or(licences.failover);
    flags->warnAboutUnreadFields();
    return licences;
}

/** The fields that only some kinds have. */
void readKindFields(JsonObjectReader &reader, Node &node)
{
    if (node.kind == NodeKind::PixFirewall)
        node.licences = readLicences(reader);
    if (holdsConfiguration(node.kind))
        node.configText = reader.lines(key("config")).value_or(QString());
    if (holdsHostSettings(node.kind))
        node.host = readHost(reader);
    if (node.kind == NodeKind::VpnClient)
        node.profileText = reader.lines(key("profile")).value_or(QString());
}

/** The port list of a generic hardware model: non-empty, distinct names. */
QStringList readInterfaces(JsonObjectReader &reader)
{
    const auto names = reader.strings(key("interfaces"));
    if (!names)
        return {};
    QMap<QString, qsizetype> firstIndex;
    const QString path = reader.pathOf(key("interfaces"));
    for (qsizetype i = 0; i < names->size(); ++i) {
        const QString &name = names->at(i);
        if (name.trimmed().isEmpty())
            reader.sink().error(key("project.empty-value"), jsonElementPath(path, i));
        else if (firstIndex.contains(name))
            reader.sink().error(key("project.duplicate-interface"), jsonElementPath(path, i),
                                {{key("value"), name},
                                 {key("first"), jsonElementPath(path, firstIndex.value(name))}});
        else
            firstIndex.insert(name, i);
    }
    return *names;
}

/** interface -> MAC; every key must be a port of the node. */
QMap<QString, QString> readMacAddresses(JsonObjectReader &reader, const QString &nodeName,
                                        const QStringList &interfaces)
{
    auto object = reader.object(key("mac_addresses"), Presence::Optional);
    if (!object)
        return {};
    QMap<QString, QString> macs;
    for (const QString &interface : object->keys()) {
        const auto mac = object->string(interface);
        const QString path = object->pathOf(interface);
        if (!interfaces.contains(interface)) {
            reader.sink().error(key("project.missing-interface"), path,
                                {{key("node"), nodeName}, {key("value"), interface}});
        } else if (mac && !isCiscoMacAddress(*mac)) {
            reader.sink().error(key("project.bad-mac"), path, {{key("value"), *mac}});
        } else if (mac) {
            macs.insert(interface, *mac);
        }
    }
    return macs;
}

QString readName(JsonObjectReader &reader)
{
    const auto name = reader.string(key("name"));
    if (name && name->trimmed().isEmpty())
        reader.sink().error(key("project.empty-name"), reader.pathOf(key("name")));
    return name.value_or(QString());
}

} // namespace

Node readProjectNode(const QJsonValue &value, const QString &path, JsonDiagnosticSink &sink)
{
    Node node;
    if (!value.isObject()) {
        sink.error(key("project.wrong-type"), path, {{key("expected"), key("object")}});
        return node;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    node.name = readName(reader);
    const auto kind = readKind(reader);
    const HardwareModel *hardware = readHardware(reader, kind);
    node.softwareVersion = reader.string(key("software"), Presence::Optional).value_or(QString());
    node.position = reader.point(key("position")).value_or(QPointF());
    if (kind) {
        node.kind = *kind;
        readKindFields(reader, node);
    }
    if (!hardware)
        return node;   // its ports are unknown: interface names cannot be judged
    node.hardwareModel = hardware->id;
    if (hardware->interfacesFromNode)
        node.customInterfaces = readInterfaces(reader);
    const QStringList interfaces =
        hardware->interfacesFromNode ? node.customInterfaces : hardware->interfaces;
    node.macAddresses = readMacAddresses(reader, node.name, interfaces);
    reader.warnAboutUnreadFields();
    return node;
}

bool isCiscoMacAddress(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}$"));
    return form.match(text).hasMatch();
}

} // namespace vtd::model
