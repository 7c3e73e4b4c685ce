#include "keyword_match.h"

namespace vtd::gen {

KeywordMatch matchKeyword(const QString &word, const QStringList &choices)
{
    KeywordMatch result;
    if (word.isEmpty())
        return result;
    for (const QString &choice : choices) {
        if (choice.compare(word, Qt::CaseInsensitive) == 0)
            return {KeywordMatch::Status::Matched, choice, {}};
        if (choice.startsWith(word, Qt::CaseInsensitive))
            result.candidates << choice;
    }
    if (result.candidates.size() == 1) {
        result.status = KeywordMatch::Status::Matched;
        result.keyword = result.candidates.takeFirst();
    } else if (result.candidates.size() > 1) {
        result.status = KeywordMatch::Status::Ambiguous;
    }
    return result;
}

} // namespace vtd::gen
