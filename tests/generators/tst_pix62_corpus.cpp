// PIX 6.2 dialect robustness: hand-written malformed lines and a deterministic mutator over the
// seed configurations (truncated lines, deleted words, garbled numbers, cut-off files). The
// parser never crashes, keeps every line, and reports each bad line on its own line number.
#include "generators/pix62/pix62_format.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_writer.h"
#include "model/diagnostic_catalog.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace vtd;
using namespace vtd::gen::pix62;

namespace {

const QString kHeader = QStringLiteral("PIX Version 6.2(2)\nnameif ethernet0 outside security0\nnameif ethernet1 inside security100\n");

QString seedText(const QString &name)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/%1.cfg").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Mutant
{
    QString text;
    int line = 0;          ///< 1-based line that was changed
    QString changed;       ///< the changed line
};

/** Every single-line mutation of a configuration, in a fixed order. */
QList<Mutant> mutants(const QString &config)
{
    QStringList lines = config.split(u'\n');
    lines.removeLast();
    QList<Mutant> result;
    const auto add = [&](int i, const QString &changed) {
        if (changed == lines.at(i) || changed.trimmed().isEmpty())
            return;
        QStringList copy = lines;
        copy[i] = changed;
        result << Mutant{copy.join(u'\n') + u'\n', i + 1, changed};
    };
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList words = lines.at(i).split(u' ');
        for (int k = 1; k < words.size(); ++k)
            add(i, words.mid(0, k).join(u' '));                       // truncated
        for (int j = 0; j < words.size() && words.size() > 1; ++j) {
            QStringList w = words;
            w.removeAt(j);
            add(i, w.join(u' '));                                     // a word deleted
        }
        for (int j = 0; j < words.size(); ++j) {
            if (!words.at(j).contains(digits))
                continue;
            QStringList big = words;
            big[j].replace(digits, QStringLiteral("99999"));          // numbers out of range
            add(i, big.join(u' '));
            QStringList letters = words;
            letters[j].replace(QRegularExpression(QStringLiteral("\\d")), QStringLiteral("o"));  // O for 0
            add(i, letters.join(u' '));
        }
    }
    return result;
}

bool hasDiagnosticOn(const model::Diagnostics &diagnostics, int line)
{
    return std::ranges::any_of(diagnostics, [line](const model::Diagnostic &d) { return d.line == line; });
}

} // namespace

class TstPix62Corpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWritten_data();
    void handWritten();
    void mutatedSeeds_data();
    void mutatedSeeds();
    void cutOffFiles_data();
    void cutOffFiles();
    void binaryGarbage();
};

void TstPix62Corpus::handWritten_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *line, const char *code) {
        QTest::newRow(line) << QString::fromLatin1(line) << QStringLiteral("pix.") + QLatin1String(code);
    };
    row("access-list", "missing");
    row("access-list a", "missing");
    row("access-list a permit", "missing");
    row("access-list a permit tcp", "missing");
    row("access-list a permit tcp any", "missing");
    row("access-list a permit tcp any any eq", "missing");
    row("access-list a permit tcp any any eq 70000", "bad-number");
    row("access-list a permit tcp any any range 20 10", "bad-number");
    row("access-list a permit ip 10.0.0.0", "missing");
    row("access-list a permit ip 10.0.0.0 255.255.255.0 any extra", "extra-words");
    row("access-list a permit 300 any any", "bad-number");
    row("access-list a permit icmp any any echo-request", "extra-words");
    row("access-list a line 0 permit ip any any", "bad-number");
    row("access-list a permit tcp any object-group WEB", "not-modelled");
    row("nat (inside", "unexpected");
    row("nat (inside) x 10.0.0.0 255.0.0.0", "bad-number");
    row("nat (inside) 1 10.0.0.0", "missing");
    row("global (outside) 1 1.2.3.4-1.2.3", "bad-address");
    row("static (inside) 1.1.1.1 10.0.0.1", "unexpected");
    row("route outside 10.0.0.0 255.255.255.0 1.2.3.4 99", "bad-number");
    row("crypto", "missing");
    row("crypto map", "missing");
    row("crypto map M 10", "missing");
    row("crypto map M 10 set peer", "missing");
    row("crypto map M 10 set pfs group7", "unexpected");
    row("crypto map M 10 set security-association lifetime seconds 5", "bad-number");
    row("crypto ipsec transform-set T esp-rc4", "unexpected");
    row("crypto ipsec transform-set T esp-des esp-md5-hmac ah-md5-hmac esp-null", "extra-words");
    row("crypto dynamic-map D 10 ipsec-isakmp", "unexpected");
    row("isakmp policy 70000 hash sha", "bad-number");
    row("isakmp policy 10 group 3", "unexpected");
    row("isakmp key abc address 1.2.3.4 netmask 255.0.255.0", "bad-netmask");
    row("isakmp key abc address 1.2.3.4 no-xauth bogus", "unexpected");
    row("isakmp identity fqdn", "unexpected");
    row("vpngroup G idle-time 10", "bad-number");
    row("vpngroup G dns-server 1.2.3.4 5.6.7.8 9.9.9.9", "extra-words");
    row("vpngroup G", "missing");
    row("nameif ethernet1 inside", "missing");
    row("interface ethernet0 fast", "unexpected");
    row("ip address inside 10.0.0.1 255.0.255.0", "bad-netmask");
    row("timeout xlate 3:99:00", "unexpected");
    row("failover poll 99", "bad-number");
    row("Cryptochecksum:xyz", "unexpected");
    row("PIX Version", "missing");
    row("logging", "missing");
    row("sysopt connection permit-everything", "unexpected");
    row("sysopt connection tcpmss 10", "bad-number");
    row("fixup protocol ftp 0", "bad-number");
    row("icmp permit any", "missing");
    row("aaa-server RADIUS protocol ldap", "unexpected");
    row("snmp-server", "missing");
    row("telnet 10.0.0.0 255.255.255.0", "missing");
    row("mtu", "missing");
    row("hostname", "missing");
    row("access-group acl out interface outside", "unexpected");
    row("e", "ambiguous");
}

void TstPix62Corpus::handWritten()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    const QString text = kHeader + QStringLiteral("hostname x\n") + line + QStringLiteral("\nmtu outside 1500\n: end\n");
    const PixParseResult parsed = parsePixConfig(text, QStringLiteral("bad.cfg"));
    QCOMPARE(parsed.diagnostics.size(), 1);
    QCOMPARE(parsed.diagnostics.first().code, code);
    QCOMPARE(parsed.diagnostics.first().line, 5);
    QVERIFY(std::holds_alternative<model::VerbatimCmd>(parsed.config.statements.at(4)));
    QVERIFY(!model::diagnosticMessage(parsed.diagnostics.first()).contains(u'{'));
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Revealed, false}).text, text);
}

void TstPix62Corpus::mutatedSeeds_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("snow") << QStringLiteral("snow");
    QTest::newRow("rain") << QStringLiteral("rain");
}

void TstPix62Corpus::mutatedSeeds()
{
    QFETCH(QString, name);
    const QList<Mutant> all = mutants(seedText(name));
    QVERIFY(all.size() > 500);
    int reported = 0;
    for (const Mutant &m : all) {
        const PixParseResult parsed = parsePixConfig(m.text, name);
        const QString where = QStringLiteral("line %1: %2").arg(m.line).arg(m.changed);
        QCOMPARE(parsed.config.statements.size(), qsizetype(m.text.count(u'\n')));
        for (const model::Diagnostic &d : parsed.diagnostics) {
            QVERIFY2(d.line >= 1 && d.line <= parsed.config.statements.size(), qPrintable(where));
            QVERIFY2(d.severity != model::Severity::Error || d.line == m.line, qPrintable(where + u' ' + model::diagnosticLine(d)));
            QVERIFY2(model::diagnosticTemplate(d.code), qPrintable(d.code));
        }
        const model::PixCommand &changed = parsed.config.statements.at(m.line - 1);
        if (std::holds_alternative<model::VerbatimCmd>(changed)) {
            QVERIFY2(hasDiagnosticOn(parsed.diagnostics, m.line), qPrintable(where));
            QVERIFY2(writePixConfig(parsed.config).text.contains(m.changed + u'\n'), qPrintable(where));
        } else {
            // Accepted: then it is a real line that reads back the same.
            const QString printed = formatCommand(changed, SecretMode::Revealed);
            QVERIFY2(parsePixLine(printed).command == changed, qPrintable(where + QStringLiteral(" -> ") + printed));
        }
        reported += hasDiagnosticOn(parsed.diagnostics, m.line) ? 1 : 0;
    }
    qInfo("%s: %lld mutants, %d reported on their line", qPrintable(name), qint64(all.size()), reported);
    QVERIFY2(reported >= 300, qPrintable(QString::number(reported)));
}

void TstPix62Corpus::cutOffFiles_data()
{
    mutatedSeeds_data();
}

void TstPix62Corpus::cutOffFiles()
{
    QFETCH(QString, name);
    const QString text = seedText(name);
    for (qsizetype cut = 1; cut < text.size() - 6; cut += 37) {
        const QString part = text.left(cut);
        const PixParseResult parsed = parsePixConfig(part, name);
        const int last = int(part.count(u'\n') + (part.endsWith(u'\n') ? 0 : 1));
        QCOMPARE(parsed.config.statements.size(), qsizetype(last));
        QVERIFY2(hasDiagnosticOn(parsed.diagnostics, last), qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void TstPix62Corpus::binaryGarbage()
{
    QString garbage;
    quint32 state = 12345;
    for (int i = 0; i < 4000; ++i) {
        state = state * 1103515245u + 12345u;
        const char16_t c = char16_t((state >> 16) % 96 + 32);
        garbage += (state >> 8) % 13 == 0 ? QChar(u'\n') : QChar(c);
    }
    const PixParseResult parsed = parsePixConfig(QStringLiteral("PIX Version 6.2(2)\n") + garbage + QChar(u'\0') + u'\n');
    QVERIFY(!parsed.diagnostics.isEmpty());
    for (const model::Diagnostic &d : parsed.diagnostics)
        QVERIFY(d.line >= 1 && d.line <= parsed.config.statements.size());
}

QTEST_GUILESS_MAIN(TstPix62Corpus)
#include "tst_pix62_corpus.moc"
