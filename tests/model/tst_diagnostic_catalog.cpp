// The one table of diagnostic codes: every code has a template, and messages and stderr lines
// are made from code + params as the CLI contract says.
#include "model/diagnostic_catalog.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace vtd::model;

namespace {

Diagnostic badAddress()
{
    Diagnostic d;
    d.code = QStringLiteral("project.bad-address");
    d.params = {{QStringLiteral("path"), QStringLiteral("nodes[3].host.address")},
                {QStringLiteral("value"), QStringLiteral("10.48.66.300")}};
    return d;
}

} // namespace

class TstDiagnosticCatalog : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeHasATemplate();
    void codesAreUniqueAndWellFormed();
    void unknownCodeHasNoTemplate();
    void placeholdersAreSubstituted();
    void missingParameterStaysVisible();
    void translatorIsUsed();
    void unknownCodeStillShowsItsParameters();
    void diagnosticLine_data();
    void diagnosticLine();
    void severities();
};

void TstDiagnosticCatalog::everyCodeHasATemplate()
{
    const QStringList codes = diagnosticCodes();
    QVERIFY(codes.size() > 20);
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    for (const QString &code : codes) {
        const char *text = diagnosticTemplate(code);
        QVERIFY2(text && *text, qPrintable(code));
        // Placeholders are lower-case names, or the substitution would not see them.
        for (auto it = placeholder.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(name).hasMatch(),
                     qPrintable(code + QStringLiteral(": {") + name + u'}'));
        }
    }
}

void TstDiagnosticCatalog::codesAreUniqueAndWellFormed()
{
    const QStringList codes = diagnosticCodes();
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    static const QRegularExpression form(QStringLiteral("^[a-z0-9]+\\.[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const QString &code : codes)
        QVERIFY2(form.match(code).hasMatch(), qPrintable(code));
    for (const char *code : {"io.cannot-read", "io.cannot-write", "project.truncated",
                             "project.not-json", "project.newer-schema"})
        QVERIFY2(codes.contains(QString::fromLatin1(code)), code);
}

void TstDiagnosticCatalog::unknownCodeHasNoTemplate()
{
    QCOMPARE(diagnosticTemplate(QStringLiteral("no.such-code")), nullptr);
    QCOMPARE(diagnosticTemplate(QString()), nullptr);
}

void TstDiagnosticCatalog::placeholdersAreSubstituted()
{
    QCOMPARE(diagnosticMessage(badAddress()),
             QStringLiteral("nodes[3].host.address: \"10.48.66.300\" is not an IPv4 address"));
    Diagnostic newer;
    newer.code = QStringLiteral("project.newer-schema");
    newer.params = {{QStringLiteral("found"), QStringLiteral("2")},
                    {QStringLiteral("supported"), QStringLiteral("1")}};
    QCOMPARE(diagnosticMessage(newer),
             QStringLiteral("the project uses schema version 2, newer than this program's 1; "
                            "open it with a newer version of the program"));
    // A value that looks like a placeholder is inserted as it is, not substituted again.
    Diagnostic tricky = badAddress();
    tricky.params[QStringLiteral("value")] = QStringLiteral("{path}");
    QCOMPARE(diagnosticMessage(tricky),
             QStringLiteral("nodes[3].host.address: \"{path}\" is not an IPv4 address"));
}

void TstDiagnosticCatalog::missingParameterStaysVisible()
{
    Diagnostic d = badAddress();
    d.params.remove(QStringLiteral("value"));
    QCOMPARE(diagnosticMessage(d),
             QStringLiteral("nodes[3].host.address: \"{value}\" is not an IPv4 address"));
}

void TstDiagnosticCatalog::translatorIsUsed()
{
    QByteArray seen;
    const auto translate = [&seen](const char *english) {
        seen = english;
        return QStringLiteral("{path}: 「{value}」は IPv4 アドレスではありません");
    };
    QCOMPARE(diagnosticMessage(badAddress(), translate),
             QStringLiteral("nodes[3].host.address: 「10.48.66.300」は IPv4 アドレスではありません"));
    QCOMPARE(seen, QByteArray(diagnosticTemplate(QStringLiteral("project.bad-address"))));
}

void TstDiagnosticCatalog::unknownCodeStillShowsItsParameters()
{
    Diagnostic d;
    d.code = QStringLiteral("no.such-code");
    d.params = {{QStringLiteral("a"), QStringLiteral("1")},
                {QStringLiteral("b"), QStringLiteral("2")}};
    QCOMPARE(diagnosticMessage(d), QStringLiteral("a=1, b=2"));
}

void TstDiagnosticCatalog::diagnosticLine_data()
{
    QTest::addColumn<Diagnostic>("diagnostic");
    QTest::addColumn<QString>("line");
    const QString message =
        QStringLiteral("nodes[3].host.address: \"10.48.66.300\" is not an IPv4 address");

    Diagnostic fileAndLine = badAddress();
    fileAndLine.file = QStringLiteral("seed.vpnd");
    fileAndLine.line = 12;
    QTest::newRow("file and line") << fileAndLine
                                   << "seed.vpnd:12: error: " + message + " [project.bad-address]";
    Diagnostic fileOnly = fileAndLine;
    fileOnly.line = 0;
    QTest::newRow("file only") << fileOnly
                               << "seed.vpnd: error: " + message + " [project.bad-address]";
    Diagnostic fileWins = fileAndLine;
    fileWins.node = QStringLiteral("snow");
    QTest::newRow("file before node")
        << fileWins << "seed.vpnd:12: error: " + message + " [project.bad-address]";
    Diagnostic nodeWarning = badAddress();
    nodeWarning.severity = Severity::Warning;
    nodeWarning.node = QStringLiteral("snow");
    QTest::newRow("node warning") << nodeWarning
                                  << "snow: warning: " + message + " [project.bad-address]";
    Diagnostic nowhere = badAddress();
    nowhere.severity = Severity::Note;
    QTest::newRow("no place") << nowhere << "note: " + message + " [project.bad-address]";
}

void TstDiagnosticCatalog::diagnosticLine()
{
    QFETCH(Diagnostic, diagnostic);
    QFETCH(QString, line);
    QCOMPARE(vtd::model::diagnosticLine(diagnostic), line);
}

void TstDiagnosticCatalog::severities()
{
    QCOMPARE(severityId(Severity::Error), QStringLiteral("error"));
    QCOMPARE(severityId(Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(severityId(Severity::Note), QStringLiteral("note"));
    Diagnostic warning = badAddress();
    warning.severity = Severity::Warning;
    QVERIFY(!hasErrors({}));
    QVERIFY(!hasErrors({warning}));
    QVERIFY(hasErrors({warning, badAddress()}));
}

QTEST_GUILESS_MAIN(TstDiagnosticCatalog)
#include "tst_diagnostic_catalog.moc"
