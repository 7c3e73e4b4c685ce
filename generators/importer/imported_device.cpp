#include "imported_device.h"

#include "secret_filling.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/vpnclient/pcf_parser.h"
#include "model/hardware_catalog.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace vtd::gen {

namespace {

enum class Dialect { Unknown, Pix, Ios, Pcf };

/** Recognises a text by the lines only that dialect prints. */
Dialect detectDialect(const ImportSource &source)
{
    static const QRegularExpression pix(QStringLiteral("^(PIX|FWSM) Version \\d"), QRegularExpression::MultilineOption);
    static const QRegularExpression pixNameif(QStringLiteral("^nameif ethernet\\d+ "), QRegularExpression::MultilineOption);
    static const QRegularExpression pcf(QStringLiteral("^\\s*\\[main\\]\\s*$"), QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ios(QStringLiteral("^(Current configuration|version 1\\d\\.\\d|hostname \\S|interface \\S)"), QRegularExpression::MultilineOption);
    if (pix.match(source.text).hasMatch() || pixNameif.match(source.text).hasMatch())
        return Dialect::Pix;
    if (pcf.match(source.text).hasMatch() || source.fileName.endsWith(QLatin1String(".pcf"), Qt::CaseInsensitive))
        return Dialect::Pcf;
    if (ios.match(source.text).hasMatch())
        return Dialect::Ios;
    return Dialect::Unknown;
}

model::Diagnostic importDiagnostic(model::Severity severity, const QString &code, const QString &file,
                                   QMap<QString, QString> params = {})
{
    model::Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file;
    d.params = std::move(params);
    return d;
}

/** The smallest PIX of the catalog with as many ports as the configuration names. */
QString pixModelFor(int interfaceCount)
{
    if (interfaceCount <= 2)
        return QStringLiteral("PIX-506E");
    if (interfaceCount <= 6)
        return QStringLiteral("PIX-525");
    return QStringLiteral("PIX-535");
}

ImportedDevice readPix(const ImportSource &source)
{
    pix62::PixParseResult parsed = pix62::parsePixConfig(source.text, source.fileName);
    ImportedDevice device;
    device.diagnostics = parsed.diagnostics;
    model::Node &node = device.node;
    node.kind = model::NodeKind::PixFirewall;
    node.name = parsed.config.hostname();
    node.softwareVersion = parsed.config.version();
    node.licences = {true, true, true};   // the import cannot see the licence: assume all enabled
    node.configText = source.text;
    const QList<model::PixInterface> interfaces = parsed.config.interfaces();
    node.hardwareModel = pixModelFor(int(interfaces.size()));
    for (const model::PixInterface &i : interfaces) {
        if (!i.address)
            continue;
        const auto prefix = model::Ipv4Prefix::fromMask(*i.address, i.mask);
        if (prefix)
            device.interfaces.append({-1, i.hardware, *prefix, i.shutdown});
    }
    return device;
}

ImportedDevice readIos(const ImportSource &source)
{
    ios122::IosParseResult parsed = ios122::parseIosConfig(source.text, source.fileName);
    ImportedDevice device;
    device.diagnostics = parsed.diagnostics;
    model::Node &node = device.node;
    node.kind = model::NodeKind::IosRouter;
    node.name = parsed.config.hostname();
    node.softwareVersion = parsed.config.version();
    node.hardwareModel = model::defaultHardwareModel(model::NodeKind::IosRouter).id;
    node.configText = source.text;
    for (const model::IosInterface *i : parsed.config.interfaces()) {
        node.customInterfaces << i->name;
        const auto address = i->primaryAddress();
        if (!address)
            continue;
        if (const auto prefix = model::Ipv4Prefix::fromMask(address->address, address->mask))
            device.interfaces.append({-1, i->name, *prefix, i->isShutdown()});
    }
    return device;
}

ImportedDevice readPcf(const ImportSource &source)
{
    PcfParseResult parsed = parsePcf(source.text, source.fileName);
    ImportedDevice device;
    device.diagnostics = parsed.diagnostics;
    model::Node &node = device.node;
    node.kind = model::NodeKind::VpnClient;
    node.name = QFileInfo(source.fileName).completeBaseName();
    const model::HardwareModel &pc = model::defaultHardwareModel(model::NodeKind::VpnClient);
    node.hardwareModel = pc.id;
    node.softwareVersion = pc.defaultSoftware;
    node.profileText = source.text;
    // A profile says where to connect, not where the PC sits: its address is the user's to set.
    device.diagnostics.append(importDiagnostic(model::Severity::Note, QStringLiteral("import.client-address-unset"),
                                               source.fileName, {{QStringLiteral("node"), node.name}}));
    return device;
}

} // namespace

std::optional<ImportedDevice> readImportSource(const ImportSource &source,
                                               const QList<SecretOverride> &secrets,
                                               model::Diagnostics &diagnostics)
{
    std::optional<ImportedDevice> device;
    switch (detectDialect(source)) {
    case Dialect::Pix: device = readPix(source); break;
    case Dialect::Ios: device = readIos(source); break;
    case Dialect::Pcf: device = readPcf(source); break;
    case Dialect::Unknown:
        diagnostics.append(importDiagnostic(model::Severity::Error, QStringLiteral("import.unknown-dialect"), source.fileName));
        return std::nullopt;
    }
    applySecretOverrides(*device, source.fileName, secrets);
    diagnostics += device->diagnostics;
    return device;
}

} // namespace vtd::gen
