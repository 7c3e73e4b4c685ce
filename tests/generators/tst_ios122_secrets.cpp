#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_secrets.h"
#include "generators/ios122/ios122_writer.h"
#include "generators/secrets.h"

#include <QFile>
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

QString masked(const IosConfig &config)
{
    return writeIosConfig(config, IosWriteOptions{true}).text;
}

} // namespace

/** Pre-shared keys and passwords: masked when shown, unknown when imported masked, kept when
 *  text comes back with ********. */
class TstIos122Secrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void maskingHidesEveryCleartextSecret();
    void maskedViewKeepsTheHeaderCount();
    void importedMaskedSecretsAreUnknown();
    void typedRestoreFromTheStoredConfig();
    void textRestoreKeepsTheUsersText();
    void aNewValueTypedOverTheMaskWins();
    void supplyingPresharedKeys();

private:
    QString m_text;
    IosConfig m_stored;
};

void TstIos122Secrets::initTestCase()
{
    m_text = readData(QStringLiteral("ios122/crypto-router.cfg"));
    m_stored = parseIosConfig(m_text).config;
    QVERIFY(gen::textHoldsSecrets(m_text));
}

void TstIos122Secrets::maskingHidesEveryCleartextSecret()
{
    const QString shown = masked(m_stored);
    QVERIFY(!gen::textHoldsSecrets(shown));
    for (const char *line : {"crypto isakmp key ******** address 193.0.0.5\n",
                             "crypto isakmp key 0 ******** address 0.0.0.0 0.0.0.0 no-xauth\n",
                             "crypto isakmp key ******** hostname hub.example.net\n",
                             "username admin privilege 15 password 0 ********\n",
                             "line vty 0 4\n password ********\n login\n"})
        QVERIFY2(shown.contains(QString::fromLatin1(line)), line);
    // hashes are not secrets in clear; they are shown as the device shows them
    QVERIFY(shown.contains(QStringLiteral("username ops secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n")));
    for (const char *secret : {"s3cr3t", "wild", "remote", "Adm1n", "c1sco"})
        QVERIFY2(!shown.contains(QString::fromLatin1(secret)), secret);
    // the stored form is untouched
    QCOMPARE(writeIosConfig(m_stored).text, m_text);
}

void TstIos122Secrets::maskedViewKeepsTheHeaderCount()
{
    IosConfig changed = m_stored;
    changed.all<IosHostname>().first()->name = QStringLiteral("branch-2");
    const QString real = writeIosConfig(changed).text;
    const QString shown = masked(changed);
    QCOMPARE(shown.section(u'\n', 1, 1), real.section(u'\n', 1, 1));
    QVERIFY(real.section(u'\n', 1, 1) != m_text.section(u'\n', 1, 1));
}

void TstIos122Secrets::importedMaskedSecretsAreUnknown()
{
    const auto imported = parseIosConfig(masked(m_stored), QStringLiteral("branch.cfg"));
    QStringList found;
    for (const Diagnostic &d : imported.diagnostics)
        found << d.code + u'@' + QString::number(d.line) + u' ' + d.params.value(QStringLiteral("peer")) + d.params.value(QStringLiteral("what"));
    QCOMPARE(found, (QStringList{QStringLiteral("ios.password-masked@11 user admin"),
                                 QStringLiteral("ios.psk-masked@25 193.0.0.5"),
                                 QStringLiteral("ios.psk-masked@26 0.0.0.0"),
                                 QStringLiteral("ios.psk-masked@27 hub.example.net"),
                                 QStringLiteral("ios.password-masked@123 line vty 0 4")}));
    using K = IosUnknownSecret::Kind;
    QCOMPARE(unknownIosSecrets(imported.config),
             (QList<IosUnknownSecret>{{K::PresharedKey, QStringLiteral("193.0.0.5")}, {K::PresharedKey, QStringLiteral("0.0.0.0")},
                                      {K::PresharedKey, QStringLiteral("hub.example.net")}, {K::UserPassword, QStringLiteral("admin")},
                                      {K::LinePassword, QStringLiteral("vty 0 4")}}));
    QCOMPARE(imported.config.presharedKeys().value(0).key, std::nullopt);
    QVERIFY(unknownIosSecrets(m_stored).isEmpty());
    // an unknown secret stays masked even when printing "as stored"
    QCOMPARE(writeIosConfig(imported.config).text, masked(m_stored));
}

void TstIos122Secrets::typedRestoreFromTheStoredConfig()
{
    IosConfig edited = parseIosConfig(masked(m_stored)).config;
    QCOMPARE(restoreIosSecrets(edited, m_stored), 5);
    QCOMPARE(edited, m_stored);
    QCOMPARE(restoreIosSecrets(edited, m_stored), 0);
}

void TstIos122Secrets::textRestoreKeepsTheUsersText()
{
    // The user edits the masked view: renames the router, adds an abbreviated interface line.
    QString edited = masked(m_stored);
    edited.replace(QStringLiteral("hostname branch\n"), QStringLiteral("hostname branch-2\n"));
    edited.replace(QStringLiteral("interface FastEthernet1/0\n"), QStringLiteral("interface FastEthernet1/0\n desc  uplink\n"));
    const QString applied = restoreIosSecretsInText(edited, m_text);
    QString expected = m_text;
    expected.replace(QStringLiteral("hostname branch\n"), QStringLiteral("hostname branch-2\n"));
    expected.replace(QStringLiteral("interface FastEthernet1/0\n"), QStringLiteral("interface FastEthernet1/0\n desc  uplink\n"));
    QCOMPARE(applied, expected);
    // a key whose peer changed has no stored secret: it stays masked (and unknown)
    QString moved = masked(m_stored);
    moved.replace(QStringLiteral("******** address 193.0.0.5"), QStringLiteral("******** address 193.0.0.99"));
    const QString kept = restoreIosSecretsInText(moved, m_text);
    QVERIFY(kept.contains(QStringLiteral("crypto isakmp key ******** address 193.0.0.99\n")));
    QVERIFY(kept.contains(QStringLiteral("crypto isakmp key 0 wild address 0.0.0.0 0.0.0.0 no-xauth\n")));
}

void TstIos122Secrets::aNewValueTypedOverTheMaskWins()
{
    QString edited = masked(m_stored);
    edited.replace(QStringLiteral("key ******** address 193.0.0.5"), QStringLiteral("key n3w address 193.0.0.5"));
    IosConfig config = parseIosConfig(edited).config;
    restoreIosSecrets(config, m_stored);
    QCOMPARE(config.presharedKeys().value(0).key, std::optional<QString>(QStringLiteral("n3w")));
    QVERIFY(restoreIosSecretsInText(edited, m_text).contains(QStringLiteral("key n3w address 193.0.0.5")));
}

void TstIos122Secrets::supplyingPresharedKeys()
{
    IosConfig config = parseIosConfig(masked(m_stored)).config;
    QVERIFY(supplyIosPresharedKey(config, QStringLiteral("0.0.0.0"), QStringLiteral("wild")));
    QVERIFY(supplyIosPresharedKey(config, QStringLiteral("hub.example.net"), QStringLiteral("remote")));
    QVERIFY(!supplyIosPresharedKey(config, QStringLiteral("10.9.9.9"), QStringLiteral("x")));
    const auto unknown = unknownIosSecrets(config);
    QCOMPARE(unknown.size(), 3);
    QCOMPARE(unknown.first().name, QStringLiteral("193.0.0.5"));
    QVERIFY(writeIosConfig(config).text.contains(QStringLiteral("crypto isakmp key 0 wild address 0.0.0.0 0.0.0.0 no-xauth\n")));
}

QTEST_GUILESS_MAIN(TstIos122Secrets)
#include "tst_ios122_secrets.moc"
