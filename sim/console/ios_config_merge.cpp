#include "ios_config_merge.h"

#include "merge_helpers.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_print.h"
#include "generators/ios122/ios122_writer.h"

namespace vtd::sim::console {

using model::IosStatement;

namespace {
QString printed(const IosStatement &statement)
{
    const QStringList lines = gen::ios122::statementLines(statement, {});
    return lines.isEmpty() ? QString() : lines.front();
}

bool isFrame(const IosStatement &statement)
{
    return std::holds_alternative<model::IosBuilding>(statement)
           || std::holds_alternative<model::IosCurrentConfiguration>(statement)
           || std::holds_alternative<model::IosComment>(statement) || std::holds_alternative<model::IosEnd>(statement);
}

/** Where a new statement goes: after the last one of its kind, else before `end`. */
qsizetype insertionPoint(const model::IosConfig &config, const IosStatement &statement)
{
    for (qsizetype i = config.statements.size() - 1; i >= 0; --i) {
        if (config.statements.at(i).index() == statement.index())
            return i + 1;
    }
    for (qsizetype i = config.statements.size() - 1; i >= 0; --i) {
        if (std::holds_alternative<model::IosEnd>(config.statements.at(i)))
            return i;
    }
    return config.statements.size();
}

/** Whether `added` redefines `existing`, as IOS takes it: one hostname, one method list per
 *  service and name, one user per name. */
bool redefines(const IosStatement &added, const IosStatement &existing)
{
    if (std::holds_alternative<model::IosHostname>(added))
        return std::holds_alternative<model::IosHostname>(existing);
    if (const auto *list = std::get_if<model::IosAaaMethodList>(&added)) {
        const auto *old = std::get_if<model::IosAaaMethodList>(&existing);
        return old && old->service == list->service && old->list == list->list;
    }
    if (const auto *user = std::get_if<model::IosUsername>(&added)) {
        const auto *old = std::get_if<model::IosUsername>(&existing);
        return old && old->name == user->name;
    }
    return false;
}

/** Adds or replaces; false when the configuration already says this. */
bool addStatement(model::IosConfig &config, const IosStatement &statement)
{
    const QString text = printed(statement);
    const QString negation = QStringLiteral("no ") + text;
    // `ip classless` after `no ip classless`: the line undoes its negation.
    const qsizetype undone = config.statements.removeIf([&negation](const IosStatement &s) {
        const auto *verbatim = std::get_if<model::IosVerbatim>(&s);
        return verbatim && verbatim->text.simplified().compare(negation.simplified(), Qt::CaseInsensitive) == 0;
    });
    const bool block = std::holds_alternative<model::IosInterface>(statement);
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        const IosStatement &existing = config.statements.at(i);
        if (existing == statement || (block && printed(existing) == text))
            return undone > 0;
        if (redefines(statement, existing)) {
            config.statements[i] = statement;
            return true;
        }
    }
    if (undone > 0 && std::holds_alternative<model::IosVerbatim>(statement))
        return true; // the default is back: nothing to write
    config.statements.insert(insertionPoint(config, statement), statement);
    return true;
}

MergeResult finish(const model::IosConfig &config, MergeResult result)
{
    result.text = gen::ios122::writeIosConfig(config).text;
    return result;
}

MergeResult mergeNegation(model::IosConfig config, const QString &line, const QString &rest)
{
    auto parsed = gen::ios122::parseIosLine(rest);
    const bool refused = refuses(parsed.diagnostics);
    const bool modelled = !refused && !std::holds_alternative<model::IosVerbatim>(parsed.statement);
    const QString target = modelled ? printed(parsed.statement) : rest;
    MergeResult result;
    const qsizetype removed = config.statements.removeIf([&](const IosStatement &s) {
        return !isFrame(s) && (s == parsed.statement || startsWithWords(printed(s), target));
    });
    if (modelled && removed > 0) {
        result.changed = true;
        return finish(config, result);
    }
    if (modelled || (refused && removed == 0)) {
        result.diagnostics = refused ? parsed.diagnostics : model::Diagnostics{nothingToRemove(line)};
        return result;
    }
    // An unmodelled `no ...` is itself a statement, as IOS prints the negation of features on
    // by default (no ip classless, no ip domain-lookup); its positive form goes.
    addStatement(config, model::IosVerbatim{QStringLiteral("no ") + rest});
    result.changed = true;
    return finish(config, result);
}
} // namespace

MergeResult mergeIosLine(const model::IosConfig &current, const QString &line)
{
    auto parsed = gen::ios122::parseIosLine(line.trimmed());
    MergeResult result;
    result.diagnostics = parsed.diagnostics;
    if (refuses(result.diagnostics) || line.trimmed().isEmpty())
        return result;
    if (const auto rest = negatedRest(line); rest && std::holds_alternative<model::IosVerbatim>(parsed.statement))
        return mergeNegation(current, line, *rest);
    model::IosConfig config = current;
    result.changed = addStatement(config, parsed.statement);
    return result.changed ? finish(config, result) : result;
}

} // namespace vtd::sim::console
