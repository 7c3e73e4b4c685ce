#pragma once

// Cisco CLI keyword matching, shared by the PIX and IOS dialects: both accept any unique prefix
// of a keyword among those valid at that position ("encrypt" for encryption, "int" for
// interface); an exact match wins over longer keywords ("aes" is not ambiguous with "aes-192").
// Keywords are case-insensitive.

#include <QString>
#include <QStringList>

namespace vtd::gen {

/** The outcome of matching one word against the keywords valid at its position. */
struct KeywordMatch
{
    enum class Status { Matched, Ambiguous, NoMatch };
    Status status = Status::NoMatch;
    QString keyword;          ///< the full keyword when matched
    QStringList candidates;   ///< the keywords it may mean when ambiguous
};

KeywordMatch matchKeyword(const QString &word, const QStringList &choices);

} // namespace vtd::gen
