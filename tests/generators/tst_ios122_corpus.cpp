#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace vtd;
using namespace vtd::model;
using namespace vtd::gen::ios122;

namespace {

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList codes(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const auto &d : diagnostics)
        out << d.code + u'@' + QString::number(d.line);
    return out;
}

bool hasDiagnosticAt(const Diagnostics &diagnostics, int line)
{
    return std::ranges::any_of(diagnostics, [line](const Diagnostic &d) { return d.line == line; });
}

/** A small linear congruential generator: the same mutants on every run and every machine. */
class Lcg
{
public:
    explicit Lcg(quint32 seed) : m_state(seed) {}
    int below(int n)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return int((m_state >> 8) % quint32(n));
    }

private:
    quint32 m_state;
};

/** What kind of element a source line holds, to pick the mutations that must be reported. */
enum class LineKind { Blank, BannerBody, Comment, Verbatim, FreeText, Typed };

LineKind lineKind(const IosParseResult &parsed, int line, const QString &text)
{
    if (text.trimmed().isEmpty())
        return LineKind::Blank;
    const IosElementRef ref = parsed.sourceMap.elementAt(line);
    const IosStatement &s = parsed.config.statements.at(ref.statement);
    if (std::holds_alternative<IosBanner>(s))
        return parsed.sourceMap.lineOf(ref) == line ? LineKind::FreeText : LineKind::BannerBody;
    if (std::holds_alternative<IosComment>(s))
        return LineKind::Comment;
    // lines whose last words are free text or a list of names: an extra word is still valid
    auto freeText = [](const auto &c) {
        using T = std::decay_t<decltype(c)>;
        return std::is_same_v<T, IosDescription> || std::is_same_v<T, IosAclRemark> || std::is_same_v<T, IosLinePassword>
               || std::is_same_v<T, IosUsername> || std::is_same_v<T, IosSetTransformSet> || std::is_same_v<T, IosMatchIpAddress>
               || std::is_same_v<T, IosNoIpAddress>;
    };
    auto kindOf = [&](const auto &c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, IosVerbatim>)
            return LineKind::Verbatim;
        else
            return freeText(c) ? LineKind::FreeText : LineKind::Typed;
    };
    if (ref.command < 0)
        return std::visit(kindOf, s);
    return std::visit([&](const auto &block) {
        if constexpr (requires { block.commands; })
            return std::visit(kindOf, block.commands.at(ref.command));
        else
            return LineKind::Verbatim;
    }, s);
}

/** One mutant: the text, and the line a diagnostic must name. */
struct Mutant
{
    QString name;
    QString text;
    int line = 0;
};

QString withLine(QStringList lines, int line, const QString &text)
{
    lines[line - 1] = text;
    return lines.join(u'\n') + u'\n';
}

/** Makes `perKind` mutants of each kind over the lines of `base` that the kind applies to. */
QList<Mutant> mutate(const QString &baseName, const QString &base, int perKind, quint32 seed)
{
    Lcg rng(seed);
    const IosParseResult parsed = parseIosConfig(base);
    const QStringList lines = base.chopped(1).split(u'\n');
    static const QRegularExpression quad(QStringLiteral("\\b(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.)(\\d{1,3})\\b"));
    QList<Mutant> out;
    auto pick = [&](auto accept) {
        for (int tries = 0; tries < 1000; ++tries) {
            const int line = 1 + rng.below(int(lines.size()));
            if (accept(line, lineKind(parsed, line, lines.at(line - 1)), lines.at(line - 1)))
                return line;
        }
        return 0;
    };
    for (int i = 0; i < perKind; ++i) {
        const QString tag = baseName + QStringLiteral("#%1 ").arg(i);
        // 1. the first word replaced by an unknown one
        int k = pick([](int, LineKind kind, const QString &) { return kind != LineKind::Blank && kind != LineKind::BannerBody; });
        QString text = lines.at(k - 1);
        const qsizetype start = text.indexOf(QRegularExpression(QStringLiteral("\\S")));
        const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("\\s")), start);
        out << Mutant{tag + QStringLiteral("word@%1").arg(k), withLine(lines, k, text.left(start) + QStringLiteral("xyzzy") + (end < 0 ? QString() : text.mid(end))), k};
        // 2. an address of a typed line made invalid
        k = pick([](int, LineKind kind, const QString &t) { return kind == LineKind::Typed && quad.match(t).hasMatch(); });
        if (k > 0) {
            text = lines.at(k - 1);
            const auto m = quad.match(text);
            text.replace(m.capturedStart(2), m.capturedLength(2), QString::number(256 + rng.below(700)));
            out << Mutant{tag + QStringLiteral("address@%1").arg(k), withLine(lines, k, text), k};
        }
        // 3. a word too many at the end of a typed line
        k = pick([](int, LineKind kind, const QString &) { return kind == LineKind::Typed; });
        out << Mutant{tag + QStringLiteral("extra@%1").arg(k), withLine(lines, k, lines.at(k - 1) + QStringLiteral(" xyzzy")), k};
        // 4. a junk line inserted before line k
        k = pick([](int, LineKind kind, const QString &) { return kind != LineKind::BannerBody; });
        QStringList inserted = lines;
        inserted.insert(k - 1, QStringLiteral("%%% junk"));
        out << Mutant{tag + QStringLiteral("insert@%1").arg(k), inserted.join(u'\n') + u'\n', k};
        // 5. the file cut inside line k
        k = pick([](int, LineKind, const QString &t) { return t.size() > 1; });
        const int cut = 1 + rng.below(int(lines.at(k - 1).size()) - 1);
        out << Mutant{tag + QStringLiteral("cut@%1.%2").arg(k).arg(cut), QStringList(lines.mid(0, k - 1)).join(u'\n')
                          + (k > 1 ? QStringLiteral("\n") : QString()) + lines.at(k - 1).left(cut), k};
    }
    return out;
}

} // namespace

/** Malformed and truncated IOS configurations: the parser never crashes, keeps every line and
 *  always reports a diagnostic on the right line. */
class TstIos122Corpus : public QObject
{
    Q_OBJECT

private slots:
    void handWrittenCorpus_data();
    void handWrittenCorpus();
    void mutants_data();
    void mutants();
    void everyTruncationIsReportedOnItsLastLine_data();
    void everyTruncationIsReportedOnItsLastLine();
};

void TstIos122Corpus::handWrittenCorpus_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(QStringLiteral(VTD_TEST_DATA "/ios122/malformed"));
    const QStringList files = dir.entryList({QStringLiteral("*.cfg")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TstIos122Corpus::handWrittenCorpus()
{
    QFETCH(QString, file);
    const QString text = readData(QStringLiteral("ios122/malformed/") + file);
    // The first line says what must be reported: "! expect: code@line ..."
    const QString first = text.section(u'\n', 0, 0).trimmed();
    QVERIFY(first.startsWith(QStringLiteral("! expect: ")));
    const QStringList expected = first.mid(10).split(u' ', Qt::SkipEmptyParts);
    const IosParseResult parsed = parseIosConfig(text, file);
    QCOMPARE(codes(parsed.diagnostics), expected);
    // nothing is dropped: every line is mapped and the writer gives one line per source line
    const int sourceLines = int(text.count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1);
    QCOMPARE(parsed.sourceMap.lineCount(), sourceLines);
    QCOMPARE(writeIosConfig(parsed.config).lineMap.lineCount(), sourceLines);
}

void TstIos122Corpus::mutants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const QString carrion = readData(QStringLiteral("seed/configs/carrion.cfg"));
    const QString crypto = readData(QStringLiteral("ios122/crypto-router.cfg"));
    QVERIFY(!carrion.isEmpty() && !crypto.isEmpty());
    for (const Mutant &m : mutate(QStringLiteral("carrion"), carrion, 20, 16060) + mutate(QStringLiteral("crypto"), crypto, 30, 1223))
        QTest::newRow(qPrintable(m.name)) << m.text << m.line;
}

void TstIos122Corpus::mutants()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    const IosParseResult parsed = parseIosConfig(text, QStringLiteral("mutant.cfg"));
    QVERIFY2(hasDiagnosticAt(parsed.diagnostics, line), qPrintable(codes(parsed.diagnostics).join(u' ')));
    for (const Diagnostic &d : parsed.diagnostics)
        QVERIFY2(!diagnosticMessage(d).contains(u'{'), qPrintable(diagnosticMessage(d)));
    // whatever was read can be written and read again
    const QString written = writeIosConfig(parsed.config).text;
    QCOMPARE(parseIosConfig(written).config, parsed.config);
}

void TstIos122Corpus::everyTruncationIsReportedOnItsLastLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("carrion") << QStringLiteral("seed/configs/carrion.cfg");
    QTest::newRow("crypto-router") << QStringLiteral("ios122/crypto-router.cfg");
}

void TstIos122Corpus::everyTruncationIsReportedOnItsLastLine()
{
    QFETCH(QString, file);
    const QString text = readData(file);
    int checked = 0;
    // Cut after every character but the last line break: the last (partial) line is reported.
    for (qsizetype cut = 1; cut < text.size() - 1; ++cut) {
        const QString truncated = text.left(cut);
        const int lastLine = int(truncated.count(u'\n')) + (truncated.endsWith(u'\n') ? 0 : 1);
        const IosParseResult parsed = parseIosConfig(truncated);
        if (!hasDiagnosticAt(parsed.diagnostics, lastLine))
            QFAIL(qPrintable(QStringLiteral("cut at %1 (line %2): %3").arg(cut).arg(lastLine).arg(codes(parsed.diagnostics).join(u' '))));
        ++checked;
    }
    QVERIFY(checked > 3000);
}

QTEST_GUILESS_MAIN(TstIos122Corpus)
#include "tst_ios122_corpus.moc"
