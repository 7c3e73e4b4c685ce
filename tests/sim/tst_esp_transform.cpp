// ESP transforms: Cisco transform-set words, sizes, RFC 2406 padding and the `ipsec overhead`
// figure of show crypto ipsec sa (56 for esp-des with an HMAC, as the seed prints).

#include "tst_esp_fixtures.h"

#include <QTest>

using namespace esp_fixtures;
using esp::EspTransform;
using crypto::EncryptionAlgorithm;
using crypto::HashAlgorithm;

class TstEspTransform : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data();
    void sizes();
    void parse_data();
    void parse();
    void everyNameRoundTrips();
    void padding_data();
    void padding();
};

void TstEspTransform::sizes_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("iv");
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("icv");
    QTest::addColumn<int>("keymat");
    QTest::addColumn<int>("overhead");
    // Only 56 is confirmed by the seed; the other overheads follow esp.md §5's formula.
    QTest::newRow("des sha (seed)") << "esp-des esp-sha-hmac" << 8 << 8 << 12 << 8 + 20 << 56;
    QTest::newRow("des md5 (seed)") << "esp-des esp-md5-hmac" << 8 << 8 << 12 << 8 + 16 << 56;
    QTest::newRow("3des sha") << "esp-3des esp-sha-hmac" << 8 << 8 << 12 << 24 + 20 << 56;
    QTest::newRow("des only") << "esp-des" << 8 << 8 << 0 << 8 << 44;
    QTest::newRow("aes sha") << "esp-aes esp-sha-hmac" << 16 << 16 << 12 << 16 + 20 << 72;
    QTest::newRow("aes 256 md5") << "esp-aes 256 esp-md5-hmac" << 16 << 16 << 12 << 32 + 16 << 72;
    QTest::newRow("null sha") << "esp-null esp-sha-hmac" << 0 << 4 << 12 << 20 << 44;
    QTest::newRow("auth only") << "esp-md5-hmac" << 0 << 4 << 12 << 16 << 44;
}

void TstEspTransform::sizes()
{
    QFETCH(QString, words);
    QFETCH(int, iv);
    QFETCH(int, block);
    QFETCH(int, icv);
    QFETCH(int, keymat);
    QFETCH(int, overhead);
    const auto transform = EspTransform::fromCiscoNames(words);
    QVERIFY(transform);
    QCOMPARE(int(transform->ivSize()), iv);
    QCOMPARE(int(transform->blockSize()), block);
    QCOMPARE(int(transform->icvSize()), icv);
    QCOMPARE(int(transform->encryptionKeySize() + transform->authenticationKeySize()), keymat);
    QCOMPARE(transform->ipsecOverhead(), overhead);
}

void TstEspTransform::parse_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("printed");
    QTest::newRow("seed") << "esp-des esp-sha-hmac" << true << "esp-des esp-sha-hmac";
    QTest::newRow("auth first") << "esp-md5-hmac esp-3des" << true << "esp-3des esp-md5-hmac";
    QTest::newRow("aes default 128") << "esp-aes esp-sha-hmac" << true << "esp-aes esp-sha-hmac";
    QTest::newRow("aes 128 explicit") << "esp-aes 128" << true << "esp-aes";
    QTest::newRow("aes 192") << "esp-aes 192 esp-md5-hmac" << true << "esp-aes 192 esp-md5-hmac";
    QTest::newRow("extra spaces") << "  esp-des   esp-md5-hmac " << true << "esp-des esp-md5-hmac";
    QTest::newRow("null alone") << "esp-null" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("two ciphers") << "esp-des esp-3des" << false << "";
    QTest::newRow("two hmacs") << "esp-md5-hmac esp-sha-hmac" << false << "";
    QTest::newRow("ah is not esp") << "ah-sha-hmac esp-des" << false << "";
    QTest::newRow("bad aes size") << "esp-aes 512" << false << "";
}

void TstEspTransform::parse()
{
    QFETCH(QString, words);
    QFETCH(bool, valid);
    QFETCH(QString, printed);
    const auto transform = EspTransform::fromCiscoNames(words);
    QCOMPARE(transform.has_value(), valid);
    if (valid)
        QCOMPARE(transform->ciscoName(), printed);
}

void TstEspTransform::everyNameRoundTrips()
{
    const auto transforms = esp_fixtures::allTransforms();
    QCOMPARE(transforms.size(), 17);
    for (const auto &[name, transform] : transforms) {
        const auto parsed = EspTransform::fromCiscoNames(name);
        QVERIFY2(parsed, qPrintable(name));
        QCOMPARE(*parsed, transform);
    }
}

void TstEspTransform::padding_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("padding");
    QTest::newRow("esp.md §7: 28 bytes, DES") << 28 << 8 << 2;
    QTest::newRow("exact fit") << 30 << 8 << 0;
    QTest::newRow("one over") << 31 << 8 << 7;
    QTest::newRow("RFC 3602 case 7: 84, AES") << 84 << 16 << 10;
    QTest::newRow("empty, AES") << 0 << 16 << 14;
    QTest::newRow("null alignment") << 13 << 4 << 1;
}

void TstEspTransform::padding()
{
    QFETCH(int, length);
    QFETCH(int, block);
    QFETCH(int, padding);
    QCOMPARE(int(esp::espPaddingLength(std::size_t(length), std::size_t(block))), padding);
}

QTEST_GUILESS_MAIN(TstEspTransform)
#include "tst_esp_transform.moc"
