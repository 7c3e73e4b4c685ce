#include "device_export.h"

#include "secrets.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/vpnclient/pcf_parser.h"
#include "generators/vpnclient/pcf_writer.h"

namespace vtd::gen {

namespace {

ExportedText exportNode(const model::Node &node, bool reveal)
{
    if (node.kind == model::NodeKind::PixFirewall) {
        const auto parsed = pix62::parsePixConfig(node.configText);
        pix62::PixWriteOptions options;
        options.secrets = reveal ? pix62::SecretMode::Revealed : pix62::SecretMode::Masked;
        return {parsed.config.hostname() + QStringLiteral(".cfg"),
                pix62::writePixConfig(parsed.config, options).text, false};
    }
    if (node.kind == model::NodeKind::IosRouter) {
        const auto parsed = ios122::parseIosConfig(node.configText);
        ios122::IosWriteOptions options;
        options.maskSecrets = !reveal;
        return {parsed.config.hostname() + QStringLiteral(".cfg"),
                ios122::writeIosConfig(parsed.config, options).text, false};
    }
    const auto parsed = parsePcf(node.profileText);
    PcfWriteOptions options;
    options.maskSecrets = !reveal;
    return {node.name + QStringLiteral(".pcf"), writePcf(parsed.profile, options), false};
}

} // namespace

QList<ExportedText> exportDeviceTexts(const model::Project &project, bool revealSecrets)
{
    QList<ExportedText> files;
    QStringList taken;
    for (const model::Node &node : project.nodes()) {
        if (!model::holdsConfiguration(node.kind) && node.kind != model::NodeKind::VpnClient)
            continue;
        ExportedText file = exportNode(node, revealSecrets);
        // Two devices with one hostname: the second file takes its node name as well.
        if (taken.contains(file.fileName))
            file.fileName.insert(file.fileName.lastIndexOf(u'.'), u'-' + node.name);
        taken << file.fileName;
        file.holdsSecrets = revealSecrets && textHoldsSecrets(file.text);
        files << file;
    }
    return files;
}

} // namespace vtd::gen
