#include "pix62_line_parser.h"

#include "pix62_keywords.h"

namespace vtd::gen::pix62 {

using model::Ipv4Address;
using Params = QMap<QString, QString>;

std::optional<Ipv4Address> parsePixAddress(const QString &word)
{
    if (word == u'0')
        return Ipv4Address(0);
    return Ipv4Address::parse(word);
}

LineParser::LineParser(QStringList words, model::Diagnostics &out, LineOrigin origin)
    : m_words(std::move(words)), m_out(out), m_origin(std::move(origin))
{
    if (!m_words.isEmpty())
        m_command = m_words.first();
}

QString LineParser::peek(int ahead) const
{
    const qsizetype at = m_pos + ahead;
    return at < m_words.size() ? m_words.at(at) : QString();
}

QString LineParser::take()
{
    return atEnd() ? QString() : m_words.at(m_pos++);
}

void LineParser::note(model::Severity severity, const QString &code, QMap<QString, QString> params,
                      const QString &peer)
{
    if (!params.contains(QStringLiteral("command")))
        params.insert(QStringLiteral("command"), m_command);
    model::Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.params = std::move(params);
    d.file = m_origin.file;
    d.line = m_origin.line;
    d.peer = peer;
    m_out << d;
}

void LineParser::fail(const QString &code, const Params &params, model::Severity severity)
{
    if (m_failed)
        return;
    m_failed = true;
    note(severity, code, params);
}

void LineParser::warn(const QString &code, const Params &params)
{
    note(model::Severity::Warning, code, params);
}

void LineParser::reportExpected(const QString &expected)
{
    if (atEnd())
        fail(QStringLiteral("pix.missing"), {{QStringLiteral("expected"), expected}});
    else
        fail(QStringLiteral("pix.unexpected"),
             {{QStringLiteral("expected"), expected}, {QStringLiteral("found"), peek()}});
}

std::optional<QString> LineParser::keyword(const QStringList &choices)
{
    if (m_failed)
        return std::nullopt;
    const QString expected = choices.join(u'|');
    const KeywordMatch match = matchKeyword(peek(), choices);
    if (match.status == KeywordMatch::Status::Matched) {
        ++m_pos;
        return match.keyword;
    }
    if (match.status == KeywordMatch::Status::Ambiguous) {
        fail(QStringLiteral("pix.ambiguous"), {{QStringLiteral("word"), peek()},
                                               {QStringLiteral("choices"), match.candidates.join(QStringLiteral(", "))}});
        return std::nullopt;
    }
    reportExpected(expected);
    return std::nullopt;
}

std::optional<QString> LineParser::optionalKeyword(const QStringList &choices)
{
    if (m_failed || atEnd())
        return std::nullopt;
    const KeywordMatch match = matchKeyword(peek(), choices);
    if (match.status != KeywordMatch::Status::Matched)
        return std::nullopt;
    ++m_pos;
    return match.keyword;
}

std::optional<QString> LineParser::word(const QString &expected)
{
    if (m_failed)
        return std::nullopt;
    if (atEnd()) {
        reportExpected(expected);
        return std::nullopt;
    }
    return take();
}

std::optional<Ipv4Address> LineParser::address(const QString &expected)
{
    if (m_failed)
        return std::nullopt;
    if (atEnd()) {
        reportExpected(expected);
        return std::nullopt;
    }
    const auto a = parsePixAddress(peek());
    if (!a) {
        fail(QStringLiteral("pix.bad-address"), {{QStringLiteral("value"), peek()}});
        return std::nullopt;
    }
    ++m_pos;
    return a;
}

std::optional<Ipv4Address> LineParser::addressOrName(const QString &expected, QString *alias)
{
    if (m_failed)
        return std::nullopt;
    if (!atEnd() && !parsePixAddress(peek()) && m_origin.names) {
        const auto it = m_origin.names->constFind(peek());
        if (it == m_origin.names->constEnd()) {
            fail(QStringLiteral("pix.bad-name"), {{QStringLiteral("value"), peek()}});
            return std::nullopt;
        }
        *alias = take();
        return *it;
    }
    return address(expected);
}

std::optional<Ipv4Address> LineParser::netmask(const QString &expected)
{
    if (m_failed)
        return std::nullopt;
    if (atEnd()) {
        reportExpected(expected);
        return std::nullopt;
    }
    const auto m = parsePixAddress(peek());
    if (!m || !m->isContiguousMask()) {
        fail(QStringLiteral("pix.bad-netmask"), {{QStringLiteral("value"), peek()}});
        return std::nullopt;
    }
    ++m_pos;
    return m;
}

std::optional<qint64> LineParser::bigNumber(const QString &expected, qint64 min, qint64 max)
{
    if (m_failed)
        return std::nullopt;
    if (atEnd()) {
        reportExpected(expected);
        return std::nullopt;
    }
    bool ok = false;
    const QString w = peek();
    const qint64 value = w.toLongLong(&ok);
    const bool digitsOnly = !w.isEmpty() && std::all_of(w.begin(), w.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (!ok || !digitsOnly || value < min || value > max) {
        fail(QStringLiteral("pix.bad-number"), {{QStringLiteral("value"), w},
                                                {QStringLiteral("min"), QString::number(min)},
                                                {QStringLiteral("max"), QString::number(max)}});
        return std::nullopt;
    }
    ++m_pos;
    return value;
}

std::optional<int> LineParser::number(const QString &expected, qint64 min, qint64 max)
{
    const auto value = bigNumber(expected, min, max);
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

std::optional<std::pair<Ipv4Address, std::optional<Ipv4Address>>>
LineParser::addressRange(const QString &expected)
{
    const auto range = word(expected);
    if (!range)
        return std::nullopt;
    const QStringList ends = range->split(u'-');
    const auto first = parsePixAddress(ends.first());
    const auto last = ends.size() == 2 ? parsePixAddress(ends.last()) : std::nullopt;
    if (!first || ends.size() > 2 || (ends.size() == 2 && !last)) {
        fail(QStringLiteral("pix.bad-address"), {{QStringLiteral("value"), *range}});
        return std::nullopt;
    }
    return std::pair{*first, last};
}

bool LineParser::finish()
{
    if (m_failed)
        return false;
    if (!atEnd()) {
        fail(QStringLiteral("pix.extra-words"), {{QStringLiteral("found"), peek()}});
        return false;
    }
    return true;
}

} // namespace vtd::gen::pix62
