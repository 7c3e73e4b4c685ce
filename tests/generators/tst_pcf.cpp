#include "generators/vpnclient/pcf_parser.h"
#include "generators/vpnclient/pcf_writer.h"
#include "model/diagnostic_catalog.h"
#include "resources/builtin_example.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vtd;

namespace {

/** The vpnclient profile of the built-in example, joined with the given line break. */
QString seedProfile(const QString &eol)
{
    const auto doc = QJsonDocument::fromJson(resources::builtinExampleProjectFile());
    for (const auto node : doc.object().value(QStringLiteral("nodes")).toArray()) {
        if (node.toObject().value(QStringLiteral("name")).toString() != QLatin1String("vpnclient"))
            continue;
        QString text;
        for (const auto line : node.toObject().value(QStringLiteral("profile")).toArray())
            text += line.toString() + eol;
        return text;
    }
    return {};
}

QStringList codes(const model::Diagnostics &diagnostics)
{
    QStringList result;
    for (const auto &d : diagnostics)
        result << d.code + u'@' + QString::number(d.line);
    return result;
}

} // namespace

class TstPcf : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsByteExact_data();
    void roundTripIsByteExact();
    void typedFields();
    void settersEditInPlaceAndAppend();
    void encryptedGroupPasswordIsKeptAndReported();
    void maskingAndRestoringSecrets();
    void malformedLinesAreKeptAndReported();
    void defaultProfileParsesBack();
    void everyCodeHasATemplate();
};

void TstPcf::roundTripIsByteExact_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("seed-crlf") << seedProfile(QStringLiteral("\r\n"));
    QTest::newRow("seed-lf") << seedProfile(QStringLiteral("\n"));
    QTest::newRow("no-final-newline") << QStringLiteral("[main]\r\nHost=10.0.0.1\r\nGroupName=g");
    QTest::newRow("bom-comments-spaces")
        << QStringLiteral("\uFEFF; exported\r\n[main]\r\nHost = 10.0.0.1\r\n\r\n[other]\r\nX=1\r\n");
    QTest::newRow("mixed-breaks") << QStringLiteral("[main]\nHost=h\r\nEnableNat=1\n");
    QTest::newRow("empty") << QString();
}

void TstPcf::roundTripIsByteExact()
{
    QFETCH(QString, text);
    const auto parsed = gen::parsePcf(text, QStringLiteral("a.pcf"));
    QCOMPARE(gen::writePcf(parsed.profile), text);
}

void TstPcf::typedFields()
{
    const auto parsed = gen::parsePcf(seedProfile(QStringLiteral("\r\n")));
    QVERIFY2(parsed.diagnostics.isEmpty(), qPrintable(codes(parsed.diagnostics).join(u' ')));
    const auto &p = parsed.profile;
    QCOMPARE(p.host(), QStringLiteral("193.0.0.1"));
    QCOMPARE(p.groupName(), QStringLiteral("VPNclient"));
    QCOMPARE(p.groupPassword(), QStringLiteral("vpnclient123"));
    QCOMPARE(p.description(), QStringLiteral("snow (hub PIX), group VPNclient"));
    QCOMPARE(p.authType(), std::optional<int>(1));
    QCOMPARE(p.enableNat(), false);
    QVERIFY(gen::pcfGroupPasswordKnown(p));
    QCOMPARE(gen::pcfLineOf(p, QStringLiteral("host")), 3);
    QCOMPARE(gen::pcfLineOf(p, QStringLiteral("EnableNat")), 21);
    QCOMPARE(gen::pcfLineOf(p, QStringLiteral("NoSuchKey")), 0);
}

void TstPcf::settersEditInPlaceAndAppend()
{
    auto p = gen::parsePcf(seedProfile(QStringLiteral("\r\n"))).profile;
    const int lines = int(p.lines.size());
    p.setHost(QStringLiteral("198.51.100.1"));
    p.setGroupName(QStringLiteral("sales"));
    p.setGroupPassword(QStringLiteral("s3cret"));
    p.setEnableNat(true);
    p.setAuthType(3);
    p.setDescription(QStringLiteral("new"));
    QCOMPARE(p.lines.size(), lines);
    const QString text = gen::writePcf(p);
    QVERIFY(text.contains(QStringLiteral("\r\nHost=198.51.100.1\r\n")));
    QVERIFY(text.contains(QStringLiteral("\r\nEnableNat=1\r\n")));
    const auto back = gen::parsePcf(text).profile;
    QCOMPARE(back, p);
    QCOMPARE(back.enableNat(), true);
    QCOMPARE(back.authType(), std::optional<int>(3));
    QCOMPARE(back.groupName(), QStringLiteral("sales"));

    // A missing key goes at the end of [main], before the next section; a missing section is made.
    auto q = gen::parsePcf(QStringLiteral("[main]\nDescription=x\n\n[extra]\nA=1")).profile;
    q.setHost(QStringLiteral("h"));
    q.setValue(QStringLiteral("K"), QStringLiteral("v"), QStringLiteral("new"));
    QCOMPARE(gen::writePcf(q), QStringLiteral("[main]\nDescription=x\nHost=h\n\n[extra]\nA=1\n[new]\nK=v\n"));
}

void TstPcf::encryptedGroupPasswordIsKeptAndReported()
{
    const QString text = QStringLiteral("[main]\r\nHost=193.0.0.1\r\nAuthType=1\r\nGroupName=VPNclient\r\n"
                                        "GroupPwd=\r\nenc_GroupPwd=9A4F0C1B2D3E4F5A6B7C8D9E0F\r\n");
    const auto parsed = gen::parsePcf(text, QStringLiteral("c.pcf"));
    QCOMPARE(gen::writePcf(parsed.profile), text);
    QCOMPARE(parsed.profile.encryptedGroupPassword(), QStringLiteral("9A4F0C1B2D3E4F5A6B7C8D9E0F"));
    QVERIFY(!gen::pcfGroupPasswordKnown(parsed.profile));
    QCOMPARE(codes(parsed.diagnostics), QStringList{QStringLiteral("pcf.group-password-encrypted@6")});
    const auto &d = parsed.diagnostics.first();
    QCOMPARE(d.file, QStringLiteral("c.pcf"));
    QCOMPARE(d.severity, model::Severity::Warning);
    QVERIFY(model::diagnosticLine(d).contains(QStringLiteral("\"VPNclient\"")));
    QVERIFY(model::diagnosticLine(d).startsWith(QStringLiteral("c.pcf:6: warning: ")));
}

void TstPcf::maskingAndRestoringSecrets()
{
    const auto stored = gen::parsePcf(QStringLiteral("[main]\nHost=h\nGroupPwd=pw1\nUserPassword=u\nUsername=\n")).profile;
    const QString shown = gen::writePcf(stored, {.maskSecrets = true});
    QCOMPARE(shown, QStringLiteral("[main]\nHost=h\nGroupPwd=********\nUserPassword=********\nUsername=\n"));
    QCOMPARE(gen::writePcf(stored), QStringLiteral("[main]\nHost=h\nGroupPwd=pw1\nUserPassword=u\nUsername=\n"));

    // The shown text comes back edited: masked secrets keep their stored values.
    auto edited = gen::parsePcf(QString(shown).replace(QStringLiteral("Host=h"), QStringLiteral("Host=k")));
    QCOMPARE(codes(edited.diagnostics), QStringList{QStringLiteral("pcf.group-password-masked@3")});
    gen::restorePcfSecrets(edited.profile, stored);
    QCOMPARE(edited.profile.groupPassword(), QStringLiteral("pw1"));
    QCOMPARE(edited.profile.value(QStringLiteral("UserPassword")), std::optional<QString>(QStringLiteral("u")));
    QCOMPARE(edited.profile.host(), QStringLiteral("k"));

    // A new value typed over the mask wins.
    auto retyped = gen::parsePcf(QString(shown).replace(QStringLiteral("GroupPwd=********"), QStringLiteral("GroupPwd=new"))).profile;
    gen::restorePcfSecrets(retyped, stored);
    QCOMPARE(retyped.groupPassword(), QStringLiteral("new"));
}

void TstPcf::malformedLinesAreKeptAndReported()
{
    const QString text = QStringLiteral("; comment\n[main\nHost=h\n=novalue\njust words\nHost=again\n");
    const auto parsed = gen::parsePcf(text, QStringLiteral("m.pcf"));
    QCOMPARE(gen::writePcf(parsed.profile), text);
    QCOMPARE(codes(parsed.diagnostics), (QStringList{QStringLiteral("pcf.unrecognised-line@2"),
                                                     QStringLiteral("pcf.unrecognised-line@4"),
                                                     QStringLiteral("pcf.unrecognised-line@5"),
                                                     QStringLiteral("pcf.duplicate-key@6"),
                                                     QStringLiteral("pcf.no-main-section@1")}));
    const auto noHost = gen::parsePcf(QStringLiteral("\n[Main]\nGroupName=g\n"));
    QCOMPARE(codes(noHost.diagnostics), QStringList{QStringLiteral("pcf.missing-host@2")});
    const auto dup = gen::parsePcf(QStringLiteral("[main]\nHost=a\nhost=b\n"));
    QCOMPARE(codes(dup.diagnostics), QStringList{QStringLiteral("pcf.duplicate-key@3")});
    QCOMPARE(dup.profile.host(), QStringLiteral("a"));
}

void TstPcf::defaultProfileParsesBack()
{
    const auto profile = gen::defaultVpnClientProfile(QStringLiteral("193.0.0.1"), QStringLiteral("VPNclient"),
                                                      QStringLiteral("vpnclient123"));
    const QString text = gen::writePcf(profile);
    const auto parsed = gen::parsePcf(text);
    QVERIFY(parsed.diagnostics.isEmpty());
    QCOMPARE(parsed.profile, profile);
    // Same keys, values and order as the built-in example's profile, apart from its description.
    auto seed = gen::parsePcf(seedProfile(QStringLiteral("\r\n"))).profile;
    seed.setDescription(QString());
    QCOMPARE(profile, seed);
}

void TstPcf::everyCodeHasATemplate()
{
    for (const char *code : {"pcf.no-main-section", "pcf.missing-host", "pcf.unrecognised-line", "pcf.duplicate-key",
                             "pcf.group-password-encrypted", "pcf.group-password-masked"})
        QVERIFY2(model::diagnosticTemplate(QString::fromLatin1(code)), code);
}

QTEST_GUILESS_MAIN(TstPcf)
#include "tst_pcf.moc"
