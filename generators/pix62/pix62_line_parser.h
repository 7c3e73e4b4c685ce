#pragma once

#include "model/diagnostic.h"
#include "model/ipv4.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::gen::pix62 {

/** Where a line comes from and what earlier lines defined, for the line's diagnostics. */
struct LineOrigin
{
    QString file;
    int line = 0;
    const QHash<QString, model::Ipv4Address> *names = nullptr;  ///< `name` aliases so far
};

/** Reads the words of one configuration line left to right. The first problem records one
 *  diagnostic and makes every later read fail, so a command parser can simply stop; the
 *  caller then keeps the line verbatim. Expected-value texts use Cisco's help notation
 *  (`<if_name>`, `permit|deny`) so they read the same in every language. */
class LineParser
{
public:
    LineParser(QStringList words, model::Diagnostics &out, LineOrigin origin);

    /** Names the command in messages ("access-list acl-out"). */
    void setCommand(const QString &label) { m_command = label; }
    const QString &command() const { return m_command; }

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_pos >= m_words.size(); }
    QString peek(int ahead = 0) const;
    int remaining() const { return int(m_words.size() - m_pos); }
    QString take();

    /** One of choices (unique prefix accepted); diagnostic when missing, unknown or ambiguous. */
    std::optional<QString> keyword(const QStringList &choices);
    /** Consumes the next word only when it uniquely matches one of choices. */
    std::optional<QString> optionalKeyword(const QStringList &choices);
    std::optional<QString> word(const QString &expected);
    std::optional<model::Ipv4Address> address(const QString &expected);
    /** An address, or a `name` alias (returned in alias). */
    std::optional<model::Ipv4Address> addressOrName(const QString &expected, QString *alias);
    std::optional<model::Ipv4Address> netmask(const QString &expected);
    /** `A` or `A-B` in one word (`global`, `ip local pool`); pix.bad-address when malformed. */
    std::optional<std::pair<model::Ipv4Address, std::optional<model::Ipv4Address>>>
    addressRange(const QString &expected);
    std::optional<int> number(const QString &expected, qint64 min, qint64 max);
    std::optional<qint64> bigNumber(const QString &expected, qint64 min, qint64 max);
    /** True when the whole line was read; a diagnostic for words left over. */
    bool finish();

    /** Records "expected X" (missing at the end of the line, or unexpected word) and fails. */
    void reportExpected(const QString &expected);
    void fail(const QString &code, const QMap<QString, QString> &params,
              model::Severity severity = model::Severity::Error);
    void warn(const QString &code, const QMap<QString, QString> &params);
    void note(model::Severity severity, const QString &code, QMap<QString, QString> params,
              const QString &peer = {});

private:

    QStringList m_words;
    qsizetype m_pos = 0;
    model::Diagnostics &m_out;
    LineOrigin m_origin;
    QString m_command;
    bool m_failed = false;
};

/** A PIX address word: dotted decimal, or "0" (the device's shorthand for 0.0.0.0). */
std::optional<model::Ipv4Address> parsePixAddress(const QString &word);

} // namespace vtd::gen::pix62
