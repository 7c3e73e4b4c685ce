#include "new_node.h"

#include "generators/ios122/ios122_builder.h"
#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/pix62/pix62_defaults.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/vpnclient/pcf_writer.h"
#include "model/edit_checks.h"
#include "model/hardware_catalog.h"

namespace vtd::app {

namespace {

/** The name a new node is called before the user renames it (a word, as scripts need). */
QString baseName(model::NodeKind kind)
{
    switch (kind) {
    case model::NodeKind::PixFirewall:
        return QStringLiteral("pix");
    case model::NodeKind::IosRouter:
        return QStringLiteral("router");
    case model::NodeKind::VpnClient:
        return QStringLiteral("vpnclient");
    case model::NodeKind::Host:
        return QStringLiteral("host");
    case model::NodeKind::LanSegment:
        break;
    }
    return QStringLiteral("lan");
}

/** The generic IOS router's ports: what a small 12.2 branch router (a 2600) has. */
QStringList genericRouterPorts()
{
    return {QStringLiteral("Ethernet0/0"), QStringLiteral("Ethernet0/1"),
            QStringLiteral("Serial0/0"), QStringLiteral("Serial0/1")};
}

/** hostname and every interface shut down without an address, completed with IOS defaults. */
QString defaultIosText(const QString &hostname, const QStringList &ports, const QString &version)
{
    QString text = QStringLiteral("hostname %1\n").arg(hostname);
    for (const QString &port : ports)
        text += QStringLiteral("interface %1\n no ip address\n shutdown\n").arg(port);
    const gen::ios122::IosParseResult parsed = gen::ios122::parseIosConfig(text);
    gen::ios122::IosBuildOptions options;
    options.version = version.section(u'(', 0, 0);
    return gen::ios122::writeIosConfig(gen::ios122::completeIosConfig(parsed.config, options)).text;
}

QString defaultPixText(const QString &hostname, const QStringList &ports, const QString &version)
{
    gen::pix62::PixWriteOptions options;
    options.secrets = gen::pix62::SecretMode::Revealed; // the project stores revealed text
    return gen::pix62::writePixConfig(gen::pix62::defaultPixConfig(ports, version, hostname),
                                      options)
        .text;
}

} // namespace

std::optional<model::Node> makeNewNode(const model::Project &project, const QString &hardwareModel,
                                       QPointF position)
{
    const model::HardwareModel *hardware = model::findHardwareModel(hardwareModel);
    if (!hardware)
        return std::nullopt;
    model::Node node;
    node.kind = hardware->kind;
    node.name = model::suggestNodeName(project, baseName(hardware->kind));
    node.hardwareModel = hardware->id;
    node.softwareVersion = hardware->defaultSoftware;
    node.position = position;
    if (hardware->interfacesFromNode)
        node.customInterfaces = genericRouterPorts();
    const QStringList ports = hardware->interfacesFromNode ? node.customInterfaces
                                                           : hardware->interfaces;
    switch (node.kind) {
    case model::NodeKind::PixFirewall:
        node.configText = defaultPixText(node.name, ports, node.softwareVersion);
        break;
    case model::NodeKind::IosRouter:
        node.configText = defaultIosText(node.name, ports, node.softwareVersion);
        break;
    case model::NodeKind::VpnClient:
        node.profileText = gen::writePcf(gen::defaultVpnClientProfile(QString(), QString(),
                                                                      QString()));
        break;
    case model::NodeKind::Host:
    case model::NodeKind::LanSegment:
        break;
    }
    return node;
}

} // namespace vtd::app
