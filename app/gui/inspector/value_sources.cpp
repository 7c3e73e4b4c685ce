#include "value_sources.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/vpnclient/pcf_parser.h"
#include "generators/vpnclient/pcf_writer.h"
#include "model/commands/set_config_text.h"
#include "model/commands/set_host_settings.h"
#include "model/commands/set_node_hardware.h"
#include "model/commands/set_profile_text.h"
#include "model/diagnostic_catalog.h"
#include "model/edit_checks.h"

namespace vtd::app {

namespace {

QString findingKey(const model::Diagnostic &d)
{
    QStringList parts{model::severityId(d.severity), d.code};
    for (auto it = d.params.cbegin(); it != d.params.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u'\x1f');
}

QString pixText(const model::PixConfig &config)
{
    return gen::pix62::writePixConfig(config, {.secrets = gen::pix62::SecretMode::Revealed}).text;
}

QString iosText(const model::IosConfig &config)
{
    return gen::ios122::writeIosConfig(config).text;
}

} // namespace

QString translatedDiagnostic(const model::Diagnostic &diagnostic)
{
    return model::diagnosticMessage(diagnostic, [](const char *english) {
        return QCoreApplication::translate("Diagnostics", english);
    });
}

QString newFinding(const model::Diagnostics &before, const model::Diagnostics &after)
{
    QStringList known;
    for (const model::Diagnostic &d : before)
        known << findingKey(d);
    for (const model::Diagnostic &d : after) {
        if (d.severity == model::Severity::Note)
            continue;
        if (!known.removeOne(findingKey(d)))
            return translatedDiagnostic(d);
    }
    return {};
}

const ValueSource<model::PixConfig> &pixSource()
{
    static const ValueSource<model::PixConfig> source{
        [](const model::Node &node) { return gen::pix62::parsePixConfig(node.configText).config; },
        [](model::Document *document, const model::Node &node, const model::PixConfig &config)
            -> QUndoCommand * {
            const QString text = pixText(config);
            return text == node.configText ? nullptr : new model::SetConfigText(document, node.id, text);
        },
        [](const model::Node &node, const model::PixConfig &after) {
            return newFinding(gen::pix62::parsePixConfig(node.configText).diagnostics,
                              gen::pix62::parsePixConfig(pixText(after)).diagnostics);
        }};
    return source;
}

const ValueSource<model::IosConfig> &iosSource()
{
    static const ValueSource<model::IosConfig> source{
        [](const model::Node &node) { return gen::ios122::parseIosConfig(node.configText).config; },
        [](model::Document *document, const model::Node &node, const model::IosConfig &config)
            -> QUndoCommand * {
            const QString text = iosText(config);
            return text == node.configText ? nullptr : new model::SetConfigText(document, node.id, text);
        },
        [](const model::Node &node, const model::IosConfig &after) {
            return newFinding(gen::ios122::parseIosConfig(node.configText).diagnostics,
                              gen::ios122::parseIosConfig(iosText(after)).diagnostics);
        }};
    return source;
}

const ValueSource<model::VpnClientProfile> &profileSource()
{
    static const ValueSource<model::VpnClientProfile> source{
        [](const model::Node &node) { return gen::parsePcf(node.profileText).profile; },
        [](model::Document *document, const model::Node &node,
           const model::VpnClientProfile &profile) -> QUndoCommand * {
            const QString text = gen::writePcf(profile);
            return text == node.profileText ? nullptr
                                            : new model::SetProfileText(document, node.id, text);
        },
        [](const model::Node &node, const model::VpnClientProfile &after) {
            return newFinding(gen::parsePcf(node.profileText).diagnostics,
                              gen::parsePcf(gen::writePcf(after)).diagnostics);
        }};
    return source;
}

const ValueSource<model::HostSettings> &hostSource()
{
    static const ValueSource<model::HostSettings> source{
        [](const model::Node &node) { return node.host; },
        [](model::Document *document, const model::Node &node, const model::HostSettings &settings)
            -> QUndoCommand * {
            return settings == node.host ? nullptr
                                         : new model::SetHostSettings(document, node.id, settings);
        },
        {}};
    return source;
}

const ValueSource<model::NodeHardware> &hardwareSource()
{
    static const ValueSource<model::NodeHardware> source{
        [](const model::Node &node) { return model::NodeHardware::of(node); },
        [](model::Document *document, const model::Node &node, const model::NodeHardware &hardware)
            -> QUndoCommand * {
            return hardware == model::NodeHardware::of(node)
                       ? nullptr
                       : new model::SetNodeHardware(document, node.id, hardware);
        },
        [](const model::Node &node, const model::NodeHardware &after) {
            const auto refusal = model::validateHardware(node, after);
            return refusal ? translatedDiagnostic(*refusal) : QString();
        }};
    return source;
}

} // namespace vtd::app
