#include "pix_config_merge.h"

#include "merge_helpers.h"

#include "generators/pix62/pix62_element_keys.h"
#include "generators/pix62/pix62_format.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"

namespace vtd::sim::console {

using model::PixCommand;

namespace {
QString printed(const PixCommand &command)
{
    return gen::pix62::formatCommand(command, gen::pix62::SecretMode::Revealed);
}

bool isFrame(const PixCommand &command)
{
    return std::holds_alternative<model::OutputFrameCmd>(command) || std::holds_alternative<model::CommentCmd>(command)
           || std::holds_alternative<model::CryptochecksumCmd>(command);
}

/** Statements of which a configuration holds many with the same element key. */
bool isListLike(const PixCommand &command)
{
    return std::holds_alternative<model::AccessListCmd>(command) || std::holds_alternative<model::AccessListRemarkCmd>(command)
           || std::holds_alternative<model::NatCmd>(command) || std::holds_alternative<model::GlobalCmd>(command)
           || std::holds_alternative<model::StaticCmd>(command) || std::holds_alternative<model::ConduitCmd>(command)
           || std::holds_alternative<model::IcmpCmd>(command) || std::holds_alternative<model::VerbatimCmd>(command);
}

/** Adds or replaces; false when the configuration already says exactly this. */
bool addStatement(model::PixConfig &config, const PixCommand &command)
{
    if (config.statements.contains(command))
        return false;
    if (!isListLike(command)) {
        const QString key = gen::pix62::elementKey(command);
        for (qsizetype i = 0; i < config.statements.size(); ++i) {
            if (!isFrame(config.statements.at(i)) && gen::pix62::elementKey(config.statements.at(i)) == key) {
                config.statements[i] = command;
                return true;
            }
        }
    }
    config.statements << command;
    return true;
}

/** Removes the statements `no X` names; the number removed. */
qsizetype removeStatements(model::PixConfig &config, const QString &target)
{
    return config.statements.removeIf([&target](const PixCommand &statement) {
        return !isFrame(statement) && startsWithWords(printed(statement), target);
    });
}

MergeResult finish(const model::PixConfig &config, MergeResult result)
{
    gen::pix62::PixWriteOptions options;
    options.secrets = gen::pix62::SecretMode::Revealed;
    result.text = gen::pix62::writePixConfig(config, options).text;
    return result;
}

MergeResult mergeNegation(model::PixConfig config, const QString &line, const QString &rest)
{
    auto parsed = gen::pix62::parsePixLine(rest, config.version());
    const bool modelled = !refuses(parsed.diagnostics) && !std::holds_alternative<model::VerbatimCmd>(parsed.command);
    MergeResult result;
    if (removeStatements(config, modelled ? printed(parsed.command) : rest) > 0) {
        result.changed = true;
        return finish(config, result);
    }
    if (modelled)
        result.diagnostics << nothingToRemove(line);
    else
        result.diagnostics = parsed.diagnostics;
    refuses(result.diagnostics);
    return result;
}
} // namespace

MergeResult mergePixLine(const model::PixConfig &current, const QString &line)
{
    auto parsed = gen::pix62::parsePixLine(line.trimmed(), current.version());
    const bool refused = refuses(parsed.diagnostics);
    const bool verbatim = std::holds_alternative<model::VerbatimCmd>(parsed.command);
    if (const auto rest = negatedRest(line); rest && (refused || verbatim))
        return mergeNegation(current, line, *rest);
    MergeResult result;
    result.diagnostics = parsed.diagnostics;
    if (refused || line.trimmed().isEmpty())
        return result;
    model::PixConfig config = current;
    result.changed = addStatement(config, parsed.command);
    return result.changed ? finish(config, result) : result;
}

} // namespace vtd::sim::console
