#include "ios122_parser.h"

#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

#include <QRegularExpression>

namespace vtd::gen::ios122 {

namespace {

using namespace model;


template <class... F> struct Overloaded : F... { using F::operator()...; };

/** The kind and delimiter of `banner [TYPE] D...` and where its text starts; nullopt when the
 *  line stops before the delimiter. "^C" (as show running-config prints it) is one delimiter. */
std::optional<std::pair<IosBanner, qsizetype>> bannerStart(const QString &text)
{
    static const QRegularExpression typed(arg("^\\S+\\s+(\\S+)\\s+(\\^C|\\S)"));
    static const QRegularExpression untyped(arg("^\\S+\\s+(\\^C|\\S)"));
    static const QStringList kinds{arg("exec"), arg("incoming"), arg("login"), arg("motd"),
                                   arg("prompt-timeout"), arg("slip-ppp")};
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || (words.size() == 2 && matchKeyword(words.at(1), kinds).status == KeywordMatch::Status::Matched))
        return std::nullopt;
    IosBanner banner;
    if (const auto m = typed.match(text); m.hasMatch()) {
        if (const KeywordMatch kind = matchKeyword(m.captured(1), kinds); kind.status == KeywordMatch::Status::Matched) {
            banner.kind = kind.keyword;
            banner.delimiter = m.captured(2);
            return std::pair(banner, m.capturedEnd(2));
        }
    }
    const auto m = untyped.match(text);   // no type: motd, delimited by the first character
    banner.delimiter = m.captured(1);
    return std::pair(banner, m.capturedEnd(1));
}

/** Reads the lines one by one, keeping track of the block the next indented line belongs to. */
class IosReader
{
public:
    explicit IosReader(const QString &fileName) : m_fileName(fileName) {}
    IosParseResult read(const QString &text);

private:
    enum class Open { None, Block, Verbatim };

    void readLine(const QString &text);
    void readTopLevel(const QString &text);
    void readSubLine(const QString &text);
    bool readBanner(const QString &text);
    void addStatement(IosStatement statement, int lines = 1);
    void report(const ParseFailure &failure, int line);
    void reportTokens(const Tokens &t, int line);
    void checkSecret(const IosStatement &s, int line);
    void checkLinePassword(const IosLine &l, const IosLineCommand &c, int line);
    void checkGroupKey(const IosClientGroup &g, const IosClientGroupCommand &c, int line);
    int lineNumber() const { return m_index + 1; }

    QString m_fileName;
    QStringList m_lines;
    int m_index = 0;
    IosParseResult m_result;
    Open m_open = Open::None;
    bool m_endSeen = false;
    bool m_afterEndReported = false;
};

IosParseResult IosReader::read(const QString &text)
{
    m_lines = text.split(u'\n');
    if (m_lines.size() > 1 && m_lines.last().isEmpty())
        m_lines.removeLast();
    else if (text.isEmpty())
        m_lines.clear();
    for (QString &line : m_lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    for (m_index = 0; m_index < m_lines.size(); ++m_index)
        readLine(m_lines.at(m_index));
    if (!m_endSeen)
        report(ParseFailure{arg("ios.missing-end"), {}, true}, std::max(1, int(m_lines.size())));
    m_result.config.imported = m_result.config.statements;
    return std::move(m_result);
}

void IosReader::readLine(const QString &text)
{
    if (text.trimmed().isEmpty() || m_endSeen) {
        if (m_endSeen && !text.trimmed().isEmpty() && !m_afterEndReported) {
            report(ParseFailure{arg("ios.text-after-end"), {}, true}, lineNumber());
            m_afterEndReported = true;   // once; the rest is kept as read
        }
        addStatement(IosVerbatim{text});
        m_open = Open::None;
        return;
    }
    if (text.at(0).isSpace()) {
        readSubLine(text);
        return;
    }
    m_open = Open::None;
    readTopLevel(text);
}

void IosReader::readTopLevel(const QString &text)
{
    static const QRegularExpression header(arg("^Current configuration\\s*:\\s*(\\d+) bytes\\s*$"));
    if (text.startsWith(u'!'))
        return addStatement(IosComment{text.mid(1)});
    if (text.trimmed() == QLatin1String("Building configuration..."))
        return addStatement(IosBuilding{});
    if (const auto m = header.match(text); m.hasMatch())
        return addStatement(IosCurrentConfiguration{m.captured(1).toLongLong()});
    if (readBanner(text))
        return;
    Tokens t(text);
    auto statement = parseGlobalCommand(t);
    reportTokens(t, lineNumber());
    if (!statement) {
        addStatement(IosVerbatim{text});
        m_open = Open::Verbatim;   // sub-lines of an unmodelled block (router ospf ...) stay verbatim
        return;
    }
    checkSecret(*statement, lineNumber());
    m_endSeen = std::holds_alternative<IosEnd>(*statement);
    addStatement(std::move(*statement));
    m_open = std::visit([](const auto &s) { return requires { s.commands; }; }, m_result.config.statements.last())
                 ? Open::Block : Open::None;
}

void IosReader::readSubLine(const QString &text)
{
    if (m_open != Open::Block) {
        if (m_open == Open::None)
            report(ParseFailure{arg("ios.orphan-subcommand"), {}, true}, lineNumber());
        return addStatement(IosVerbatim{text});
    }
    const int block = int(m_result.config.statements.size()) - 1;
    Tokens t(text);
    const bool comment = text.trimmed().startsWith(u'!');
    int command = -1;
    auto add = [&](auto &b, auto parsed) {
        if (parsed)
            b.commands.append(*parsed);
        else
            b.commands.append(IosVerbatim{text});
        command = int(b.commands.size()) - 1;
        if constexpr (std::is_same_v<std::decay_t<decltype(b)>, IosLine>)
            checkLinePassword(b, b.commands.last(), lineNumber());
        if constexpr (std::is_same_v<std::decay_t<decltype(b)>, IosClientGroup>)
            checkGroupKey(b, b.commands.last(), lineNumber());
    };
    auto parseOr = [&](auto parser) { return comment ? decltype(parser(t)){} : parser(t); };
    std::visit(Overloaded{
                   [&](IosInterface &b) { add(b, parseOr(parseInterfaceCommand)); },
                   [&](IosIsakmpPolicy &b) { add(b, parseOr(parseIsakmpPolicyCommand)); },
                   [&](IosTransformSet &b) { add(b, parseOr(parseTransformSetCommand)); },
                   [&](IosCryptoMapEntry &b) { add(b, parseOr(parseCryptoMapCommand)); },
                   [&](IosDynamicMapEntry &b) { add(b, parseOr(parseCryptoMapCommand)); },
                   [&](IosNamedAccessList &b) {
                       add(b, parseOr([&b](Tokens &tt) { return parseNamedAclCommand(tt, b.standard); }));
                   },
                   [&](IosRouteMap &b) { add(b, parseOr(parseRouteMapCommand)); },
                   [&](IosLine &b) { add(b, parseOr(parseLineCommand)); },
                   [&](IosClientGroup &b) { add(b, parseOr(parseClientGroupCommand)); },
                   [](auto &) {},
               },
               m_result.config.statements[block]);
    if (!comment)
        reportTokens(t, lineNumber());
    m_result.sourceMap.addLine(IosElementRef{block, command});
}

/** `banner [TYPE] D text D`, where the text may span lines. */
bool IosReader::readBanner(const QString &text)
{
    if (matchKeyword(text.section(u' ', 0, 0, QString::SectionSkipEmpty), keywords::global()).keyword != QLatin1String("banner"))
        return false;
    auto start = bannerStart(text);
    if (!start) {
        report(ParseFailure{arg("ios.incomplete-command"), {{arg("expected"), arg("a banner delimiter and text")}}},
               lineNumber());
        addStatement(IosVerbatim{text});
        return true;
    }
    auto &[banner, bodyStart] = *start;
    QString body = text.mid(bodyStart);
    const int firstLine = m_index;
    while (!body.contains(banner.delimiter) && m_index + 1 < m_lines.size())
        body += u'\n' + m_lines.at(++m_index);
    const qsizetype close = body.indexOf(banner.delimiter);
    if (close < 0 || close + banner.delimiter.size() != body.size()) {
        report(ParseFailure{arg(close < 0 ? "ios.unterminated-banner" : "ios.extra-input"),
                            {{arg("delimiter"), banner.delimiter}, {arg("value"), body.mid(close + banner.delimiter.size())}}},
               firstLine + 1);
        for (int i = firstLine; i <= m_index; ++i)
            addStatement(IosVerbatim{m_lines.at(i)});
        return true;
    }
    banner.body = body.left(close);
    addStatement(std::move(banner), m_index - firstLine + 1);
    return true;
}

void IosReader::addStatement(IosStatement statement, int lines)
{
    m_result.config.statements.append(std::move(statement));
    for (int i = 0; i < lines; ++i)
        m_result.sourceMap.addLine(IosElementRef{int(m_result.config.statements.size()) - 1, -1});
}

void IosReader::report(const ParseFailure &failure, int line)
{
    if (failure.code.isEmpty())
        return;   // a valid command this program keeps verbatim
    Diagnostic d;
    d.severity = failure.warningOnly ? Severity::Warning : Severity::Error;
    d.code = failure.code;
    d.params = failure.params;
    d.file = m_fileName;
    d.line = line;
    d.peer = failure.params.value(arg("peer"));
    m_result.diagnostics.append(d);
}

void IosReader::reportTokens(const Tokens &t, int line)
{
    for (const ParseFailure &w : t.warnings())
        report(w, line);
    if (t.failure())
        report(*t.failure(), line);
}

void IosReader::checkSecret(const IosStatement &s, int line)
{
    if (const auto *k = std::get_if<IosIsakmpKey>(&s); k && !k->key.key) {
        const QString peer = k->hostname.isEmpty() ? k->key.peer.toString() : k->hostname;
        report(ParseFailure{arg("ios.psk-masked"), {{arg("peer"), peer}}, true}, line);
    } else if (const auto *u = std::get_if<IosUsername>(&s); u && !u->value) {
        report(ParseFailure{arg("ios.password-masked"), {{arg("what"), arg("user ") + u->name}}, true}, line);
    } else if (const auto *h = std::get_if<IosAaaServerHost>(&s); h && h->hasKey && !h->key) {
        const QString server = arg(h->protocol == IosAaaServerHost::Protocol::Radius ? "radius-server host "
                                                                                     : "tacacs-server host ");
        report(ParseFailure{arg("ios.password-masked"), {{arg("what"), server + h->address.toString()}}, true}, line);
    }
}

void IosReader::checkGroupKey(const IosClientGroup &g, const IosClientGroupCommand &c, int line)
{
    if (const auto *k = std::get_if<IosClientGroupKey>(&c); k && !k->value)
        report(ParseFailure{arg("ios.password-masked"), {{arg("what"), arg("client configuration group ") + g.name}}, true}, line);
}

void IosReader::checkLinePassword(const IosLine &l, const IosLineCommand &c, int line)
{
    if (const auto *p = std::get_if<IosLinePassword>(&c); p && !p->value)
        report(ParseFailure{arg("ios.password-masked"), {{arg("what"), arg("line ") + l.label()}}, true}, line);
}

} // namespace

IosParseResult parseIosConfig(const QString &text, const QString &fileName)
{
    return IosReader(fileName).read(text);
}

IosLineParseResult parseIosLine(const QString &line, const QString &fileName, int lineNumber)
{
    // the reader reports a missing `end` for a one-line text: everything else is the line's own
    const IosParseResult parsed = parseIosConfig(line.trimmed() + u'\n', fileName);
    IosLineParseResult result{parsed.config.statements.value(0, IosVerbatim{line}), {}};
    for (Diagnostic d : parsed.diagnostics) {
        if (d.code == QLatin1String("ios.missing-end"))
            continue;
        d.line = lineNumber;
        result.diagnostics << d;
    }
    return result;
}

} // namespace vtd::gen::ios122
