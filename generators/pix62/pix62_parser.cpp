#include "pix62_parser.h"

#include "pix62_checks.h"
#include "pix62_command_parsers.h"
#include "pix62_keywords.h"

#include <QRegularExpression>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

/** Lines the device prints around the configuration, and the version line. */
std::optional<PixCommand> frameLine(const QString &line, const QStringList &words, LineParser &p)
{
    if (line.startsWith(u':'))
        return CommentCmd{line.mid(1)};
    if (line == QLatin1String("Building configuration..."))
        return OutputFrameCmd{OutputFrameCmd::Kind::Building};
    if (line == QLatin1String("[OK]"))
        return OutputFrameCmd{OutputFrameCmd::Kind::Ok};
    if (line.startsWith(QLatin1String("Cryptochecksum:"))) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
        const QString digest = line.mid(15);
        p.setCommand(QStringLiteral("Cryptochecksum"));
        if (!hex.match(digest).hasMatch()) {
            p.reportExpected(QStringLiteral("<32 hex digits>"));
            return VerbatimCmd{line};
        }
        return CryptochecksumCmd{digest};
    }
    if (words.size() >= 2 && words.first().compare(QLatin1String("PIX"), Qt::CaseInsensitive) == 0
        && QStringLiteral("version").startsWith(words.at(1), Qt::CaseInsensitive)) {
        p.setCommand(QStringLiteral("PIX Version"));
        p.take();
        p.take();
        const auto version = p.word(QStringLiteral("<version>"));
        if (!version || !p.finish())
            return VerbatimCmd{line};
        return PixVersionCmd{*version};
    }
    return std::nullopt;
}

/** The command word (unique prefix), `no` handled; nullopt after a diagnostic. */
std::optional<QString> commandWord(LineParser &p, bool &negated)
{
    negated = p.peek().compare(QLatin1String("no"), Qt::CaseInsensitive) == 0;
    if (negated)
        p.take();
    const QString word = p.peek();
    const KeywordMatch match = matchKeyword(word, topLevelCommands());
    if (match.status == KeywordMatch::Status::Ambiguous) {
        p.fail(QStringLiteral("pix.ambiguous"), {{QStringLiteral("command"), word}, {QStringLiteral("word"), word},
                                                 {QStringLiteral("choices"), match.candidates.join(QStringLiteral(", "))}});
        return std::nullopt;
    }
    if (match.status == KeywordMatch::Status::NoMatch) {
        p.fail(QStringLiteral("pix.unknown-command"), {{QStringLiteral("word"), word}});
        return std::nullopt;
    }
    p.take();
    p.setCommand((negated ? QStringLiteral("no ") : QString()) + match.keyword);
    return match.keyword;
}

/** The words of a line, separated by spaces and tabs (a hub's configuration has thousands of
 *  lines: no regular expression per line). */
QStringList wordsOf(const QString &line)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        const bool separator = i == line.size() || line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t');
        if (separator && start >= 0) {
            words << line.mid(start, i - start);
            start = -1;
        } else if (!separator && start < 0) {
            start = i;
        }
    }
    return words;
}

PixCommand parseOne(const QString &line, const LineOrigin &origin, Diagnostics &out)
{
    const QStringList words = wordsOf(line);
    if (words.isEmpty())
        return VerbatimCmd{line};
    LineParser p(words, out, origin);
    if (auto framed = frameLine(line, words, p))
        return *framed;
    bool negated = false;
    const auto command = commandWord(p, negated);
    if (!command)
        return VerbatimCmd{line};
    const CommandParser parser = commandParser(*command);
    if (!parser || (negated && !commandAcceptsNo(*command))) {
        notModelled(p);
        return VerbatimCmd{line};
    }
    const ParsedCommand parsed = parser(p, negated);
    if (!parsed)
        return VerbatimCmd{line};
    return *parsed;
}

} // namespace

PixParseResult parsePixConfig(const QString &text, const QString &fileName)
{
    PixParseResult result;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QHash<QString, Ipv4Address> names;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const LineOrigin origin{fileName, int(i + 1), &names};
        const PixCommand command = parseOne(line, origin, result.diagnostics);
        if (const auto *name = std::get_if<NameCmd>(&command))
            names.insert(name->name, name->address);
        result.config.statements << command;
        result.sourceLines << int(i + 1);
    }
    result.config.imported = result.config.statements;
    result.diagnostics += checkConfig(result.config, result.sourceLines, fileName);
    return result;
}

PixLineParseResult parsePixLine(const QString &line, const QString &version, const QString &fileName,
                                int lineNumber)
{
    PixLineParseResult result;
    const LineOrigin origin{fileName, lineNumber, nullptr};
    result.command = parseOne(line, origin, result.diagnostics);
    PixConfig single;
    if (!version.isEmpty())
        single.statements << PixVersionCmd{version};
    single.statements << result.command;
    const QList<int> lines = {lineNumber, lineNumber};
    result.diagnostics += checkFeatures(single, lines, fileName);
    result.diagnostics += checkSecrets(single, lines, fileName);
    return result;
}

} // namespace vtd::gen::pix62
