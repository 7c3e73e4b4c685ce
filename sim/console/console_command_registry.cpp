#include "console_command_registry.h"

namespace vtd::sim::console {

namespace {
bool startsWith(const QStringList &words, const QStringList &prefix)
{
    if (words.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (words.at(i).compare(prefix.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}
} // namespace

void CommandRegistry::add(Platform platform, const QString &keywords, CommandHandler handler,
                          bool acceptsArguments)
{
    const QStringList words = keywords.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_entries.removeIf([&](const Entry &e) { return e.platform == platform && e.keywords == words; });
    m_entries.append({platform, words, std::move(handler), acceptsArguments});
}

void CommandRegistry::addVocabulary(Platform platform, const QString &keywords)
{
    const QStringList words = keywords.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!exact(platform, words))
        m_entries.append({platform, words, {}, true});
}

QStringList CommandRegistry::candidates(Platform platform, const QStringList &prefix) const
{
    QStringList next;
    for (const Entry &entry : m_entries) {
        if (entry.platform != platform || entry.keywords.size() <= prefix.size()
            || !startsWith(entry.keywords, prefix))
            continue;
        const QString &word = entry.keywords.at(prefix.size());
        if (!next.contains(word))
            next << word;
    }
    return next;
}

const CommandRegistry::Entry *CommandRegistry::exact(Platform platform, const QStringList &keywords) const
{
    for (const Entry &entry : m_entries) {
        if (entry.platform == platform && entry.keywords == keywords)
            return &entry;
    }
    return nullptr;
}

// Walks the keyword tree word by word; a word that spells a keyword in full wins over
// longer keywords it is a prefix of ("show crypto map" vs "show crypto mapping"). Words after
// an unsimulated keyword (vocabulary) that no deeper command claims are its arguments.
CommandRegistry::Match CommandRegistry::resolve(Platform platform, const QStringList &words) const
{
    Match match;
    QStringList path;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const Entry *here = exact(platform, path);
        const QString word = words.at(i).toLower();
        QStringList hits;
        for (const QString &candidate : candidates(platform, path)) {
            if (candidate == word) {
                hits = {candidate};
                break;
            }
            if (candidate.startsWith(word))
                hits << candidate;
        }
        if (hits.size() == 1) {
            path << hits.front();
            continue;
        }
        if (hits.isEmpty() && here && here->acceptsArguments) {
            match.kind = here->handler ? Match::Kind::Found : Match::Kind::NotSimulated;
            match.keywords = path.join(QLatin1Char(' '));
            match.arguments = words.mid(i);
            match.handler = here->handler ? &here->handler : nullptr;
            return match;
        }
        match.kind = hits.isEmpty() ? Match::Kind::Unknown : Match::Kind::Ambiguous;
        match.wordIndex = int(i);
        return match;
    }
    const Entry *entry = exact(platform, path);
    match.keywords = path.join(QLatin1Char(' '));
    match.wordIndex = int(words.size());
    if (!entry)
        match.kind = path.isEmpty() ? Match::Kind::Unknown : Match::Kind::Incomplete;
    else if (!entry->handler)
        match.kind = Match::Kind::NotSimulated;
    else {
        match.kind = Match::Kind::Found;
        match.handler = &entry->handler;
    }
    return match;
}

} // namespace vtd::sim::console
