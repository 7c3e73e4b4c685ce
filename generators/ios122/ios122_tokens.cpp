#include "ios122_tokens.h"

namespace vtd::gen::ios122 {

Tokens::Tokens(const QString &line) : m_line(line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && line.at(i).isSpace())
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !line.at(i).isSpace())
            ++i;
        if (i > start) {
            m_words << line.mid(start, i - start);
            m_starts << start;
        }
    }
}

QString Tokens::rest()
{
    if (atEnd())
        return {};
    const QString text = m_line.mid(m_starts.at(m_next));
    m_next = m_words.size();
    return text;
}

void Tokens::fail(const QString &code, QMap<QString, QString> params, bool warningOnly)
{
    if (!m_failure)
        m_failure = ParseFailure{code, std::move(params), warningOnly};
}

std::optional<QString> Tokens::keyword(const QStringList &choices, const QString &what)
{
    if (failed())
        return std::nullopt;
    if (atEnd()) {
        fail(QStringLiteral("ios.incomplete-command"), {{QStringLiteral("expected"), what}});
        return std::nullopt;
    }
    const QString w = take();
    const KeywordMatch m = matchKeyword(w, choices);
    if (m.status == KeywordMatch::Status::Matched)
        return m.keyword;
    if (m.status == KeywordMatch::Status::Ambiguous)
        fail(QStringLiteral("ios.ambiguous-keyword"),
             {{QStringLiteral("keyword"), w}, {QStringLiteral("choices"), m.candidates.join(QStringLiteral(", "))}});
    else
        fail(QStringLiteral("ios.unexpected-keyword"), {{QStringLiteral("value"), w}, {QStringLiteral("expected"), what}});
    return std::nullopt;
}

std::optional<QString> Tokens::optionalKeyword(const QStringList &choices)
{
    if (atEnd())
        return std::nullopt;
    const KeywordMatch m = matchKeyword(m_words.at(m_next), choices);
    if (m.status == KeywordMatch::Status::NoMatch)
        return std::nullopt;
    return keyword(choices, QString());
}

std::optional<QString> Tokens::word(const QString &what)
{
    if (failed())
        return std::nullopt;
    if (atEnd()) {
        fail(QStringLiteral("ios.incomplete-command"), {{QStringLiteral("expected"), what}});
        return std::nullopt;
    }
    return take();
}

std::optional<model::Ipv4Address> Tokens::address(const QString &what)
{
    const auto w = word(what);
    if (!w)
        return std::nullopt;
    const auto a = model::Ipv4Address::parse(*w);
    if (!a)
        fail(QStringLiteral("ios.bad-address"), {{QStringLiteral("value"), *w}, {QStringLiteral("what"), what}});
    return a;
}

std::optional<model::Ipv4Address> Tokens::netmask(const QString &what)
{
    const auto m = address(what);
    if (m && !m->isContiguousMask()) {
        fail(QStringLiteral("ios.bad-mask"), {{QStringLiteral("value"), m->toString()}, {QStringLiteral("what"), what}});
        return std::nullopt;
    }
    return m;
}

std::optional<qint64> Tokens::number(qint64 min, qint64 max, const QString &what)
{
    const auto w = word(what);
    if (!w)
        return std::nullopt;
    bool ok = false;
    const qint64 n = w->toLongLong(&ok);
    if (!ok || n < min || n > max || !w->at(0).isDigit()) {
        fail(QStringLiteral("ios.bad-number"), {{QStringLiteral("value"), *w}, {QStringLiteral("what"), what},
                                                {QStringLiteral("min"), QString::number(min)},
                                                {QStringLiteral("max"), QString::number(max)}});
        return std::nullopt;
    }
    return n;
}

bool Tokens::finish()
{
    if (failed())
        return false;
    if (m_next < m_words.size())
        fail(QStringLiteral("ios.extra-input"), {{QStringLiteral("value"), m_words.mid(m_next).join(u' ')}});
    return !failed();
}

} // namespace vtd::gen::ios122
