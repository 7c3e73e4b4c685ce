#pragma once

// A cursor over the words of one IOS configuration line. Every read that fails records why (a
// diagnostic code and its parameters) and makes the cursor fail: later reads then return
// nothing, so a command parser reads all its words and checks once at the end.

#include "ios122_keywords.h"
#include "model/ipv4.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::gen::ios122 {

/** Why a line could not be read as a typed command. An empty code means "a valid command that
 *  is not modelled": the line is kept verbatim without a diagnostic. */
struct ParseFailure
{
    QString code;
    QMap<QString, QString> params;
    bool warningOnly = false;   ///< a warning (the line is fine for the device) rather than an error
};

class Tokens
{
public:
    explicit Tokens(const QString &line);

    bool atEnd() const { return m_failure || m_next >= m_words.size(); }
    bool failed() const { return m_failure.has_value(); }
    const std::optional<ParseFailure> &failure() const { return m_failure; }
    /** The next word without consuming it; empty at the end. */
    QString peek() const { return atEnd() ? QString() : m_words.at(m_next); }
    /** The rest of the line from the next word on, spacing kept (descriptions, remarks). */
    QString rest();

    /** A keyword from `choices` (unique prefix); the full keyword. */
    std::optional<QString> keyword(const QStringList &choices, const QString &what);
    /** Like keyword(), but consumes nothing and fails nothing when the next word is not one of
     *  `choices` (or there is none); an ambiguous prefix still fails. */
    std::optional<QString> optionalKeyword(const QStringList &choices);
    /** Any word (a name). */
    std::optional<QString> word(const QString &what);
    std::optional<model::Ipv4Address> address(const QString &what);
    /** A contiguous netmask (interface addresses, routes). */
    std::optional<model::Ipv4Address> netmask(const QString &what);
    std::optional<qint64> number(qint64 min, qint64 max, const QString &what);
    /** Succeeds when every word was read; otherwise fails with "extra input". */
    bool finish();

    /** Records a failure (the first one counts). */
    void fail(const QString &code, QMap<QString, QString> params = {}, bool warningOnly = false);
    /** The line is a valid command this program does not model: keep it verbatim, silently. */
    void unmodelled() { fail(QString()); }
    /** A finding that does not stop the line from being typed (an unknown interface type). */
    void warn(const QString &code, QMap<QString, QString> params)
    {
        m_warnings << ParseFailure{code, std::move(params), true};
    }
    const QList<ParseFailure> &warnings() const { return m_warnings; }

private:
    QString take() { return m_words.at(m_next++); }

    QString m_line;
    QStringList m_words;
    QList<qsizetype> m_starts;   ///< where each word starts in m_line
    qsizetype m_next = 0;
    std::optional<ParseFailure> m_failure;
    QList<ParseFailure> m_warnings;
};

} // namespace vtd::gen::ios122
