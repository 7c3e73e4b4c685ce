#include "pcf_parser.h"

#include "generators/secrets.h"

#include <QMap>

#include <algorithm>

namespace vtd::gen {

namespace {

using model::Diagnostic;
using model::PcfLine;
using model::Severity;

/** One physical line: its text without the break, and the break itself. */
PcfLine classify(const QString &text, const QString &eol)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'[') && trimmed.endsWith(u']') && trimmed.size() >= 2)
        return PcfLine{PcfLine::Kind::Section, trimmed.mid(1, trimmed.size() - 2), {}, {}, eol};
    const qsizetype equals = text.indexOf(u'=');
    if (equals > 0 && !trimmed.startsWith(u';') && !text.left(equals).trimmed().isEmpty())
        return PcfLine{PcfLine::Kind::Entry, text.left(equals), text.mid(equals + 1), {}, eol};
    return PcfLine{PcfLine::Kind::Other, {}, {}, text, eol};
}

class PcfReader
{
public:
    PcfReader(const QString &fileName) : m_fileName(fileName) {}

    PcfParseResult read(QString text);

private:
    void addLine(const QString &text, const QString &eol);
    void checkMain();
    void warn(const QString &code, int line, QMap<QString, QString> params = {});

    QString m_fileName;
    PcfParseResult m_result;
    QString m_section;
    QMap<QString, int> m_firstLine; ///< lower-case "section/key" -> first line
};

PcfParseResult PcfReader::read(QString text)
{
    if (text.startsWith(QChar(0xFEFF))) {
        m_result.profile.byteOrderMark = true;
        text.remove(0, 1);
    }
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf(u'\n', start);
        if (newline < 0) {
            addLine(text.mid(start), QString());
            break;
        }
        const bool crlf = newline > start && text.at(newline - 1) == u'\r';
        const qsizetype end = crlf ? newline - 1 : newline;
        addLine(text.mid(start, end - start), crlf ? QStringLiteral("\r\n") : QStringLiteral("\n"));
        start = newline + 1;
    }
    checkMain();
    return std::move(m_result);
}

void PcfReader::addLine(const QString &text, const QString &eol)
{
    const PcfLine line = classify(text, eol);
    m_result.profile.lines.append(line);
    const int number = int(m_result.profile.lines.size());
    if (line.kind == PcfLine::Kind::Section) {
        m_section = line.key.trimmed().toLower();
    } else if (line.kind == PcfLine::Kind::Entry) {
        const QString id = m_section + u'/' + line.key.trimmed().toLower();
        if (m_firstLine.contains(id))
            warn(QStringLiteral("pcf.duplicate-key"), number,
                 {{QStringLiteral("key"), line.key.trimmed()},
                  {QStringLiteral("first"), QString::number(m_firstLine.value(id))}});
        else
            m_firstLine.insert(id, number);
    } else if (!text.trimmed().isEmpty() && !text.trimmed().startsWith(u';')) {
        warn(QStringLiteral("pcf.unrecognised-line"), number, {{QStringLiteral("text"), text.trimmed()}});
    }
}

/** The [main] keys the client cannot connect without, and a group password it cannot read. */
void PcfReader::checkMain()
{
    const model::VpnClientProfile &profile = m_result.profile;
    const auto main = std::ranges::find_if(profile.lines, [](const PcfLine &l) {
        return l.kind == PcfLine::Kind::Section
               && l.key.trimmed().compare(u"main", Qt::CaseInsensitive) == 0;
    });
    if (main == profile.lines.end()) {
        warn(QStringLiteral("pcf.no-main-section"), 1);
        return;
    }
    if (!m_firstLine.contains(QStringLiteral("main/host")))
        warn(QStringLiteral("pcf.missing-host"), int(main - profile.lines.begin()) + 1);
    const QString group = profile.groupName();
    const QString password = profile.groupPassword();
    const int at = profile.indexOf(QStringLiteral("GroupPwd"));
    const int encAt = profile.indexOf(QStringLiteral("enc_GroupPwd"));
    const QMap<QString, QString> params{{QStringLiteral("group"), group}};
    if (password.trimmed() == maskedSecret())
        warn(QStringLiteral("pcf.group-password-masked"), at + 1, params);
    else if (password.isEmpty() && !profile.encryptedGroupPassword().trimmed().isEmpty())
        warn(QStringLiteral("pcf.group-password-encrypted"), encAt + 1, params);
}

void PcfReader::warn(const QString &code, int line, QMap<QString, QString> params)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = code;
    d.params = std::move(params);
    d.file = m_fileName;
    d.line = line;
    m_result.diagnostics.append(d);
}

} // namespace

PcfParseResult parsePcf(const QString &text, const QString &fileName)
{
    return PcfReader(fileName).read(text);
}

} // namespace vtd::gen
