#include "device_text.h"

#include "generators/device_texts.h"
#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_secrets.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_secrets.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/vpnclient/pcf_parser.h"
#include "generators/vpnclient/pcf_writer.h"

namespace vtd::app::devicetext {

using model::NodeKind;

bool hasText(const model::Node &node)
{
    return node.kind == NodeKind::PixFirewall || node.kind == NodeKind::IosRouter
           || node.kind == NodeKind::VpnClient;
}

QString displayText(const model::Node &node)
{
    switch (node.kind) {
    case NodeKind::PixFirewall:
        return gen::pix62::writePixConfig(gen::pix62::parsePixConfig(node.configText).config).text;
    case NodeKind::IosRouter:
        return gen::ios122::writeIosConfig(gen::ios122::parseIosConfig(node.configText).config,
                                           {.maskSecrets = true}).text;
    case NodeKind::VpnClient:
        return gen::writePcf(gen::parsePcf(node.profileText).profile, {.maskSecrets = true});
    default:
        return {};
    }
}

namespace {

Applied applyPix(const model::Node &node, const QString &edited)
{
    const QString file = gen::deviceTextFileName(node);
    gen::pix62::PixParseResult parsed = gen::pix62::parsePixConfig(edited, file);
    Applied result{parsed.diagnostics, std::nullopt};
    if (model::hasErrors(parsed.diagnostics))
        return result;
    const model::PixConfig old = gen::pix62::parsePixConfig(node.configText).config;
    gen::pix62::mergeKnownSecrets(old, parsed.config);
    result.stored = gen::pix62::writePixConfig(parsed.config, {.secrets = gen::pix62::SecretMode::Revealed}).text;
    return result;
}

Applied applyIos(const model::Node &node, const QString &edited)
{
    const QString text = gen::ios122::restoreIosSecretsInText(edited, node.configText);
    const auto parsed = gen::ios122::parseIosConfig(text, gen::deviceTextFileName(node));
    Applied result{parsed.diagnostics, std::nullopt};
    if (!model::hasErrors(parsed.diagnostics))
        result.stored = text;
    return result;
}

Applied applyPcf(const model::Node &node, const QString &edited)
{
    gen::PcfParseResult parsed = gen::parsePcf(edited, gen::deviceTextFileName(node));
    Applied result{parsed.diagnostics, std::nullopt};
    if (model::hasErrors(parsed.diagnostics))
        return result;
    gen::restorePcfSecrets(parsed.profile, gen::parsePcf(node.profileText).profile);
    result.stored = gen::writePcf(parsed.profile);
    return result;
}

} // namespace

Applied apply(const model::Node &node, const QString &edited)
{
    switch (node.kind) {
    case NodeKind::PixFirewall: return applyPix(node, edited);
    case NodeKind::IosRouter: return applyIos(node, edited);
    case NodeKind::VpnClient: return applyPcf(node, edited);
    default: return {};
    }
}

} // namespace vtd::app::devicetext
