// PIX 6.2 dialect secrets: masked as `write terminal` shows them, unknown when imported masked,
// kept across an edit made on masked text, and supplied afterwards without "changing" the config.
#include "generators/pix62/pix62_parser.h"
#include "generators/pix62/pix62_password_hash.h"
#include "generators/pix62/pix62_secrets.h"
#include "generators/pix62/pix62_writer.h"
#include "generators/secrets.h"

#include <QFile>
#include <QTest>

using namespace vtd;
using namespace vtd::gen::pix62;
using model::Ipv4Address;

namespace {

const QString kStored = QStringLiteral(
    "PIX Version 6.2(2)\n"
    "nameif ethernet0 outside security0\n"
    "nameif ethernet1 inside security100\n"
    "hostname hub\n"
    "aaa-server partner protocol radius\n"
    "aaa-server partner (inside) host 10.0.0.9 radkey timeout 5\n"
    "isakmp key cisco123 address 193.0.0.6 netmask 255.255.255.255\n"
    "isakmp key wild1 address 0.0.0.0 netmask 0.0.0.0 no-xauth no-config-mode\n"
    "vpngroup VPNclient password grouppw\n"
    "Cryptochecksum:0123456789abcdef0123456789abcdef\n"
    ": end\n");

QString masked(QString text)
{
    return text.replace(QStringLiteral("radkey"), QStringLiteral("********"))
        .replace(QStringLiteral("cisco123"), QStringLiteral("********"))
        .replace(QStringLiteral("wild1"), QStringLiteral("********"))
        .replace(QStringLiteral("grouppw"), QStringLiteral("********"));
}

QString seedSnow()
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/seed/configs/snow.cfg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TstPix62Secrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedWriteHidesEverySecret();
    void revealedWriteKeepsThem();
    void maskedImportIsUnknown();
    void unknownSecretsPrintMaskedEvenRevealed();
    void mergeKeepsSecretsOfAnUnchangedEdit();
    void mergeKeepsSecretsOfARealEdit();
    void mergeDoesNotInventSecrets();
    void supplyFillsTheSeedSecrets();
    void passwordHashIsTheDevicesOwn_data();
    void passwordHashIsTheDevicesOwn();
    void cleartextPasswordsAreShownHashed();
};

void TstPix62Secrets::maskedWriteHidesEverySecret()
{
    const PixParseResult parsed = parsePixConfig(kStored);
    QVERIFY(parsed.diagnostics.isEmpty());
    const QString text = writePixConfig(parsed.config).text;
    QCOMPARE(text, masked(kStored));
    QVERIFY(!gen::textHoldsSecrets(text));
}

void TstPix62Secrets::revealedWriteKeepsThem()
{
    const PixParseResult parsed = parsePixConfig(kStored);
    const QString text = writePixConfig(parsed.config, {SecretMode::Revealed, true}).text;
    QCOMPARE(text, kStored);
    QVERIFY(gen::textHoldsSecrets(text));
}

void TstPix62Secrets::maskedImportIsUnknown()
{
    const PixParseResult parsed = parsePixConfig(masked(kStored), QStringLiteral("hub.cfg"));
    QStringList codes;
    for (const model::Diagnostic &d : parsed.diagnostics)
        codes << QStringLiteral("%1:%2:%3").arg(d.line).arg(d.code, d.peer);
    QCOMPARE(codes, (QStringList{QStringLiteral("6:pix.aaa-key-masked:"), QStringLiteral("7:pix.psk-masked:193.0.0.6"),
                                 QStringLiteral("8:pix.psk-masked:0.0.0.0"), QStringLiteral("9:pix.group-password-masked:")}));
    const QList<UnknownSecret> unknown = unknownSecrets(parsed.config);
    QCOMPARE(unknown.size(), 4);
    QCOMPARE(unknown.at(1), (UnknownSecret{UnknownSecret::Kind::PresharedKey, QStringLiteral("193.0.0.6"), 6}));
    QCOMPARE(unknown.at(3), (UnknownSecret{UnknownSecret::Kind::GroupPassword, QStringLiteral("VPNclient"), 8}));
    QCOMPARE(parsed.config.presharedKeys().at(0).key, std::optional<QString>());
    QVERIFY(parsed.config.vpnGroups().at(0).hasPassword);
    QCOMPARE(parsed.config.vpnGroups().at(0).password, std::optional<QString>());
}

void TstPix62Secrets::unknownSecretsPrintMaskedEvenRevealed()
{
    const PixParseResult parsed = parsePixConfig(masked(kStored));
    QCOMPARE(writePixConfig(parsed.config, {SecretMode::Revealed, true}).text, masked(kStored));
}

void TstPix62Secrets::mergeKeepsSecretsOfAnUnchangedEdit()
{
    const model::PixConfig old = parsePixConfig(kStored).config;
    model::PixConfig edited = parsePixConfig(writePixConfig(old).text).config;  // what the user saw
    QCOMPARE(mergeKnownSecrets(old, edited), 4);
    QCOMPARE(edited, old);
    // Nothing changed: the stored text comes back exactly, with its checksum.
    QCOMPARE(writePixConfig(edited, {SecretMode::Revealed, true}).text, kStored);
}

void TstPix62Secrets::mergeKeepsSecretsOfARealEdit()
{
    const model::PixConfig old = parsePixConfig(kStored).config;
    QString shown = writePixConfig(old).text;
    shown.replace(QStringLiteral("hostname hub"), QStringLiteral("hostname spoke"));
    model::PixConfig edited = parsePixConfig(shown).config;
    QCOMPARE(mergeKnownSecrets(old, edited), 4);
    const QString text = writePixConfig(edited, {SecretMode::Revealed, true}).text;
    QVERIFY(text.contains(QStringLiteral("isakmp key cisco123 address 193.0.0.6")));
    QVERIFY(text.contains(QStringLiteral("isakmp key wild1 address 0.0.0.0 netmask 0.0.0.0")));
    QVERIFY(text.contains(QStringLiteral("vpngroup VPNclient password grouppw")));
    QVERIFY(text.contains(QStringLiteral("host 10.0.0.9 radkey timeout 5")));
    QVERIFY(!text.contains(QStringLiteral("0123456789abcdef0123456789abcdef")));  // changed: new checksum
}

void TstPix62Secrets::mergeDoesNotInventSecrets()
{
    const model::PixConfig old = parsePixConfig(kStored).config;
    QString shown = writePixConfig(old).text;
    shown.replace(QStringLiteral("address 193.0.0.6 netmask 255.255.255.255"), QStringLiteral("address 193.0.0.7 netmask 255.255.255.255"));
    shown.replace(QStringLiteral("vpngroup VPNclient"), QStringLiteral("vpngroup Other"));
    model::PixConfig edited = parsePixConfig(shown).config;
    QCOMPARE(mergeKnownSecrets(old, edited), 2);  // the wildcard key and the AAA key only
    const QList<UnknownSecret> unknown = unknownSecrets(edited);
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).subject, QStringLiteral("193.0.0.7"));
    QCOMPARE(unknown.at(1).subject, QStringLiteral("Other"));
}

void TstPix62Secrets::supplyFillsTheSeedSecrets()
{
    const QString snow = seedSnow();
    model::PixConfig config = parsePixConfig(snow).config;
    QCOMPARE(supplyPresharedKey(config, Ipv4Address(10, 48, 66, 156), QStringLiteral("cisco123")), 1);
    QCOMPARE(supplyPresharedKey(config, Ipv4Address(10, 48, 66, 157), QStringLiteral("x")), 0);
    QCOMPARE(supplyGroupPassword(config, QStringLiteral("VPNclient"), QStringLiteral("cisco123")), 1);
    QVERIFY(unknownSecrets(config).isEmpty());
    const QString stored = writePixConfig(config, {SecretMode::Revealed, true}).text;
    QVERIFY(stored.contains(QStringLiteral("isakmp key cisco123 address 10.48.66.156 netmask 255.255.255.255\n")));
    QVERIFY(stored.contains(QStringLiteral("vpngroup VPNclient password cisco123\n")));
    QVERIFY(stored.contains(QStringLiteral("Cryptochecksum:c5ad37a1288a0be866edc1dc1c09fcc9\n")));
    QCOMPARE(writePixConfig(config).text, snow);
    // The stored text reads back with everything known and nothing to report.
    QVERIFY(parsePixConfig(stored).diagnostics.isEmpty());
}

void TstPix62Secrets::passwordHashIsTheDevicesOwn_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty (enable)") << QString() << QStringLiteral("8Ry2YjIyt7RRXU24");
    QTest::newRow("cisco (passwd)") << QStringLiteral("cisco") << QStringLiteral("2KFQnbNIdI.2KYOU");
}

void TstPix62Secrets::passwordHashIsTheDevicesOwn()
{
    QFETCH(QString, password);
    QFETCH(QString, hash);
    QCOMPARE(pixPasswordHash(password), hash);
}

void TstPix62Secrets::cleartextPasswordsAreShownHashed()
{
    const model::PixCommand passwd = parsePixLine(QStringLiteral("passwd cisco")).command;
    QCOMPARE(formatCommand(passwd, SecretMode::Revealed), QStringLiteral("passwd cisco"));
    QCOMPARE(formatCommand(passwd, SecretMode::Masked), QStringLiteral("passwd 2KFQnbNIdI.2KYOU encrypted"));
}

QTEST_GUILESS_MAIN(TstPix62Secrets)
#include "tst_pix62_secrets.moc"
