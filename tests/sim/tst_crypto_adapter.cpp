// Known-answer tests of the Botan adapter against PUBLISHED vectors: RFC 1321 (MD5),
// FIPS 180 (SHA-1), RFC 2202 (HMAC-MD5, HMAC-SHA-1 and their 96-bit truncations used by
// RFC 2403/2404), FIPS 81 (DES-CBC), NIST SP 800-67 (3DES), RFC 3602 §4 and NIST
// SP 800-38A F.2 (AES-CBC). Diffie-Hellman is in tst_crypto_dh.cpp.

#include "tst_crypto_vectors.h"

#include "sim/crypto/algorithms.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/hash.h"
#include "sim/crypto/hmac.h"
#include "sim/crypto/vector_state.h"

#include <QTest>

#include <array>

using namespace vtd::crypto;

Q_DECLARE_METATYPE(HashAlgorithm)
Q_DECLARE_METATYPE(EncryptionAlgorithm)
Q_DECLARE_METATYPE(CryptoError)

class TstCryptoAdapter : public QObject
{
    Q_OBJECT

private slots:
    void algorithmSizes();
    void hashes_data();
    void hashes();
    void hmacFull_data();
    void hmacFull();
    void hmac96_data();
    void hmac96();
    void hmac96VerifiesInConstantTimeAndRejectsTampering();
    void hmacObjectIsReusableAndCopyable();
    void cbc_data();
    void cbc();
    void cbcRejectsBadLengths_data();
    void cbcRejectsBadLengths();
    void cbcEmptyInputAndCopies();
    void byteHelpers();
    void secureWipeClears();
    void clearingTheVectorStateChangesNoResult();
};

void TstCryptoAdapter::algorithmSizes()
{
    QCOMPARE(digestSize(HashAlgorithm::Md5), 16u);
    QCOMPARE(digestSize(HashAlgorithm::Sha1), 20u);
    QCOMPARE(keySize(EncryptionAlgorithm::Des), 8u);
    QCOMPARE(keySize(EncryptionAlgorithm::TripleDes), 24u);
    QCOMPARE(keySize(EncryptionAlgorithm::Aes128), 16u);
    QCOMPARE(keySize(EncryptionAlgorithm::Aes192), 24u);
    QCOMPARE(keySize(EncryptionAlgorithm::Aes256), 32u);
    QCOMPARE(blockSize(EncryptionAlgorithm::TripleDes), 8u);
    QCOMPARE(blockSize(EncryptionAlgorithm::Aes192), 16u);
    QCOMPARE(primeSize(DhGroup::Modp768), 96u);
    QCOMPARE(primeSize(DhGroup::Modp1024), 128u);
    QCOMPARE(primeSize(DhGroup::Modp1536), 192u);
    QCOMPARE(dhGroupFromNumber(5), std::optional<DhGroup>(DhGroup::Modp1536));
    QCOMPARE(dhGroupFromNumber(14), std::optional<DhGroup>());
    QCOMPARE(algorithmName(EncryptionAlgorithm::TripleDes), std::string_view("3DES"));
}

void TstCryptoAdapter::hashes_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");

    const auto md5 = HashAlgorithm::Md5;
    // RFC 1321 §A.5 "test suite"
    QTest::newRow("md5 empty") << md5 << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("md5 a") << md5 << QByteArray("a") << QByteArray("0cc175b9c0f1b6a831c399e269772661");
    QTest::newRow("md5 abc") << md5 << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72");
    QTest::newRow("md5 message digest") << md5 << QByteArray("message digest")
                                        << QByteArray("f96b697d7cb7938d525a2f31aaf161d0");
    QTest::newRow("md5 a-z") << md5 << QByteArray("abcdefghijklmnopqrstuvwxyz")
                             << QByteArray("c3fcd3d76192e4007dfb496cca67e13b");
    QTest::newRow("md5 A-Za-z0-9")
        << md5 << QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        << QByteArray("d174ab98d277d9f5a5611c2c9f419d9f");
    QTest::newRow("md5 8x1234567890") << md5 << QByteArray("1234567890").repeated(8)
                                      << QByteArray("57edf4a22be3c955ac49da2e2107b67a");
    // FIPS 180-2 Appendix A.1 / A.2 / A.3
    const auto sha1 = HashAlgorithm::Sha1;
    QTest::newRow("sha1 abc") << sha1 << QByteArray("abc")
                              << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d");
    QTest::newRow("sha1 448-bit")
        << sha1 << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("84983e441c3bd26ebaae4aa1f95129e5e54670f1");
    QTest::newRow("sha1 million a") << sha1 << QByteArray(1000000, 'a')
                                    << QByteArray("34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

void TstCryptoAdapter::hashes()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);

    const Result<Bytes> result = hash(algorithm, viewOf(message));
    QVERIFY(result);
    QCOMPARE(hexOf(*result), digest);
}

// RFC 2202 §2 (HMAC-MD5) and §3 (HMAC-SHA-1), test cases 1-7.
static void addRfc2202Rows(bool sha1)
{
    const HashAlgorithm alg = sha1 ? HashAlgorithm::Sha1 : HashAlgorithm::Md5;
    const int keyLen = sha1 ? 20 : 16;
    const char *name = sha1 ? "sha1" : "md5";
    const QByteArray bigKeyText1("Test Using Larger Than Block-Size Key - Hash Key First");
    const QByteArray bigKeyText2(
        "Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data");
    const struct { QByteArray key, data; const char *md5, *sha1; } cases[] = {
        {QByteArray(keyLen, '\x0b'), "Hi There", "9294727a3638bb1c13f48ef8158bfc9d",
         "b617318655057264e28bc0b6fb378c8ef146be00"},
        {"Jefe", "what do ya want for nothing?", "750c783e6ab0b503eaa86e310a5db738",
         "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
        {QByteArray(keyLen, '\xaa'), QByteArray(50, '\xdd'), "56be34521d144c88dbb8c733f0e8b3f6",
         "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
        {QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819"),
         QByteArray(50, '\xcd'), "697eaf0aca3a3aea3a75164746ffaa79",
         "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
        {QByteArray(keyLen, '\x0c'), "Test With Truncation", "56461ef2342edc00f9bab995690efd4c",
         "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
        {QByteArray(80, '\xaa'), bigKeyText1, "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd",
         "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
        {QByteArray(80, '\xaa'), bigKeyText2, "6f630fad67cda0ee1fb1f562db3aa53e",
         "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
    };
    int number = 1;
    for (const auto &c : cases) {
        QTest::addRow("hmac-%s case %d", name, number++)
            << alg << c.key << c.data << QByteArray(sha1 ? c.sha1 : c.md5);
    }
}

void TstCryptoAdapter::hmacFull_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    addRfc2202Rows(false);
    addRfc2202Rows(true);
}

void TstCryptoAdapter::hmacFull()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);

    const Result<Bytes> result = prf(algorithm, viewOf(key), viewOf(data));
    QVERIFY(result);
    QCOMPARE(hexOf(*result), mac);
}

void TstCryptoAdapter::hmac96_data()
{
    QTest::addColumn<HashAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("icv");
    // RFC 2202 case 5 publishes the 96-bit truncations ("digest-96") that RFC 2403 (ESP
    // HMAC-MD5-96) and RFC 2404 (HMAC-SHA-1-96) define.
    QTest::newRow("hmac-md5-96 rfc2202 case 5")
        << HashAlgorithm::Md5 << QByteArray(16, '\x0c') << QByteArray("Test With Truncation")
        << QByteArray("56461ef2342edc00f9bab995");
    QTest::newRow("hmac-sha1-96 rfc2202 case 5")
        << HashAlgorithm::Sha1 << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
        << QByteArray("4c1a03424b55e07fe7f27be1");
    // First 12 bytes of RFC 2202 case 1 (the truncation rule applied to a full vector).
    QTest::newRow("hmac-md5-96 rfc2202 case 1") << HashAlgorithm::Md5 << QByteArray(16, '\x0b')
                                                << QByteArray("Hi There")
                                                << QByteArray("9294727a3638bb1c13f48ef8");
    QTest::newRow("hmac-sha1-96 rfc2202 case 1") << HashAlgorithm::Sha1 << QByteArray(20, '\x0b')
                                                 << QByteArray("Hi There")
                                                 << QByteArray("b617318655057264e28bc0b6");
}

void TstCryptoAdapter::hmac96()
{
    QFETCH(HashAlgorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, icv);

    const Result<Bytes> oneShot = vtd::crypto::hmac96(algorithm, viewOf(key), viewOf(data));
    QVERIFY(oneShot);
    QCOMPARE(oneShot->size(), Hmac96Size);
    QCOMPARE(hexOf(*oneShot), icv);

    const Result<Hmac> keyed = Hmac::create(algorithm, viewOf(key));
    QVERIFY(keyed);
    QVERIFY(keyed->verify96(viewOf(data), viewOf(QByteArray::fromHex(icv))));
    const Result<Icv96> computed = keyed->compute96(viewOf(data));  // ESP's per-packet call
    QVERIFY(computed);
    QCOMPARE(hexOf(*computed), icv);
}

void TstCryptoAdapter::hmac96VerifiesInConstantTimeAndRejectsTampering()
{
    const QByteArray key(20, '\x0b');
    const QByteArray data("Hi There");
    QByteArray icv = QByteArray::fromHex("b617318655057264e28bc0b6");
    const Result<Hmac> mac = Hmac::create(HashAlgorithm::Sha1, viewOf(key));
    QVERIFY(mac);
    QVERIFY(mac->verify96(viewOf(data), viewOf(icv)));

    QByteArray flipped = icv;
    flipped[11] = char(flipped[11] ^ 0x01);
    QVERIFY(!mac->verify96(viewOf(data), viewOf(flipped)));
    QVERIFY(!mac->verify96(viewOf(data), viewOf(icv.left(11))));
    QVERIFY(!mac->verify96(viewOf(QByteArray("Hi there")), viewOf(icv)));
    // The full 20-byte MAC is not a valid 96-bit ICV either.
    QVERIFY(!mac->verify96(viewOf(data),
                           viewOf(QByteArray::fromHex("b617318655057264e28bc0b6fb378c8ef146be00"))));
}

void TstCryptoAdapter::hmacObjectIsReusableAndCopyable()
{
    const QByteArray key("Jefe");
    const QByteArray data("what do ya want for nothing?");
    const QByteArray expected("750c783e6ab0b503eaa86e310a5db738");
    Result<Hmac> mac = Hmac::create(HashAlgorithm::Md5, viewOf(key));
    QVERIFY(mac);
    QCOMPARE(hexOf(*mac->compute(viewOf(data))), expected);
    QCOMPARE(hexOf(*mac->compute(viewOf(data))), expected);  // state reset after final()

    const Hmac copy = *mac;
    Hmac assigned = *Hmac::create(HashAlgorithm::Sha1, viewOf(QByteArray("other")));
    assigned = copy;
    mac = CryptoError::BackendFailure;  // the original is gone; copies keep the key
    QCOMPARE(copy.algorithm(), HashAlgorithm::Md5);
    QCOMPARE(hexOf(*copy.compute(viewOf(data))), expected);
    QCOMPARE(hexOf(*assigned.compute(viewOf(data))), expected);
}

void TstCryptoAdapter::cbc_data()
{
    QTest::addColumn<EncryptionAlgorithm>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("iv");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ciphertext");

    const auto hex = [](const char *text) { return QByteArray::fromHex(text); };
    // FIPS PUB 81 Appendix C, Table C1 (CBC mode example).
    QTest::newRow("des fips81") << EncryptionAlgorithm::Des << hex("0123456789abcdef")
                                << hex("1234567890abcdef") << QByteArray("Now is the time for all ")
                                << QByteArray("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6");
    // NIST SP 800-67 Rev. 1 Appendix B: TDEA ECB example (keys K1|K2|K3, "The qufck brown
    // fox jump"). Run through CBC with IV 0 and plaintext blocks P1, P2^C1, P3^C2, CBC must
    // reproduce the published ECB ciphertext C1|C2|C3 (the XORs were done by hand).
    QTest::newRow("3des sp800-67 via cbc")
        << EncryptionAlgorithm::TripleDes
        << hex("0123456789abcdef23456789abcdef01456789abcdef0123") << hex("0000000000000000")
        << hex("5468652071756663c3069ffe8a4ceb7faa8d64a178500296")
        << QByteArray("a826fd8ce53b855fcce21c8112256fe668d5c05dd9b6b900");
    // RFC 3602 §4, Cases #1-#4 (AES-128-CBC).
    QTest::newRow("aes128 rfc3602 case 1")
        << EncryptionAlgorithm::Aes128 << hex("06a9214036b8a15b512e03d534120006")
        << hex("3dafba429d9eb430b422da802c9fac41") << QByteArray("Single block msg")
        << QByteArray("e353779c1079aeb82708942dbe77181a");
    QTest::newRow("aes128 rfc3602 case 2")
        << EncryptionAlgorithm::Aes128 << hex("c286696d887c9aa0611bbb3e2025a45a")
        << hex("562e17996d093d28ddb3ba695a2e6f58")
        << hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
        << QByteArray("d296cd94c2cccf8a3a863028b5e1dc0a7586602d253cfff91b8266bea6d61ab1");
    QTest::newRow("aes128 rfc3602 case 3")
        << EncryptionAlgorithm::Aes128 << hex("6c3ea0477630ce21a2ce334aa746c2cd")
        << hex("c782dc4c098c66cbd9cd27d825682c81")
        << QByteArray("This is a 48-byte message (exactly 3 AES blocks)")
        << QByteArray("d0a02b3836451753d493665d33f0e8862dea54cdb293abc7506939276772f8d5"
                      "021c19216bad525c8579695d83ba2684");
    QTest::newRow("aes128 rfc3602 case 4")
        << EncryptionAlgorithm::Aes128 << hex("56e47a38c5598974bc46903dba290349")
        << hex("8ce82eefbea0da3c44699ed7db51b7d9")
        << hex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf"
               "c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf")
        << QByteArray("c30e32ffedc0774e6aff6af0869f71aa0f3af07a9a31a9c684db207eb0ef8e4e"
                      "35907aa632c3ffdf868bb7b29d3d46ad83ce9f9a102ee99d49a53e87f4c3da55");
    // NIST SP 800-38A F.2.1, F.2.3, F.2.5 (CBC-AES128/192/256.Encrypt).
    const QByteArray sp800Plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                                      "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
    const QByteArray sp800Iv = hex("000102030405060708090a0b0c0d0e0f");
    QTest::newRow("aes128 sp800-38a f.2.1")
        << EncryptionAlgorithm::Aes128 << hex("2b7e151628aed2a6abf7158809cf4f3c") << sp800Iv
        << sp800Plain
        << QByteArray("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"
                      "73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7");
    QTest::newRow("aes192 sp800-38a f.2.3")
        << EncryptionAlgorithm::Aes192 << hex("8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b")
        << sp800Iv << sp800Plain
        << QByteArray("4f021db243bc633d7178183a9fa071e8b4d9ada9ad7dedf4e5e738763f69145a"
                      "571b242012fb7ae07fa9baac3df102e008b0e27988598881d920a9e64f5615cd");
    QTest::newRow("aes256 sp800-38a f.2.5")
        << EncryptionAlgorithm::Aes256
        << hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4") << sp800Iv
        << sp800Plain
        << QByteArray("f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
                      "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");
}

void TstCryptoAdapter::cbc()
{
    QFETCH(EncryptionAlgorithm, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, iv);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ciphertext);

    const Result<Bytes> encrypted = cbcEncrypt(algorithm, viewOf(key), viewOf(iv), viewOf(plaintext));
    QVERIFY(encrypted);
    QCOMPARE(hexOf(*encrypted), ciphertext);

    const Result<Bytes> decrypted = cbcDecrypt(algorithm, viewOf(key), viewOf(iv), *encrypted);
    QVERIFY(decrypted);
    QCOMPARE(hexOf(*decrypted), plaintext.toHex());

    // The keyed object gives the same answers, twice in a row (the IV is per call).
    const Result<CbcCipher> cipher = CbcCipher::create(algorithm, viewOf(key));
    QVERIFY(cipher);
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(hexOf(*cipher->encrypt(viewOf(iv), viewOf(plaintext))), ciphertext);
        QCOMPARE(hexOf(*cipher->decrypt(viewOf(iv), *encrypted)), plaintext.toHex());
    }

    // In place (ESP's way): the same vectors, over the caller's buffer.
    Bytes buffer = toBytes(viewOf(plaintext));
    QVERIFY(!cipher->encryptInPlace(viewOf(iv), buffer));
    QCOMPARE(hexOf(buffer), ciphertext);
    QVERIFY(!cipher->decryptInPlace(viewOf(iv), buffer));
    QCOMPARE(hexOf(buffer), plaintext.toHex());
}

void TstCryptoAdapter::cbcRejectsBadLengths_data()
{
    QTest::addColumn<EncryptionAlgorithm>("algorithm");
    QTest::addColumn<int>("keyLength");
    QTest::addColumn<int>("ivLength");
    QTest::addColumn<int>("dataLength");
    QTest::addColumn<CryptoError>("error");

    QTest::newRow("des 7-byte key") << EncryptionAlgorithm::Des << 7 << 8 << 8 << CryptoError::BadKeyLength;
    QTest::newRow("3des 16-byte key (2-key TDEA)")
        << EncryptionAlgorithm::TripleDes << 16 << 8 << 8 << CryptoError::BadKeyLength;
    QTest::newRow("aes256 16-byte key") << EncryptionAlgorithm::Aes256 << 16 << 16 << 16 << CryptoError::BadKeyLength;
    QTest::newRow("des 16-byte iv") << EncryptionAlgorithm::Des << 8 << 16 << 8 << CryptoError::BadIvLength;
    QTest::newRow("aes128 8-byte iv") << EncryptionAlgorithm::Aes128 << 16 << 8 << 16 << CryptoError::BadIvLength;
    QTest::newRow("aes128 no iv") << EncryptionAlgorithm::Aes128 << 16 << 0 << 16 << CryptoError::BadIvLength;
    QTest::newRow("des 12 bytes") << EncryptionAlgorithm::Des << 8 << 8 << 12 << CryptoError::BadDataLength;
    QTest::newRow("aes192 24 bytes") << EncryptionAlgorithm::Aes192 << 24 << 16 << 24 << CryptoError::BadDataLength;
}

void TstCryptoAdapter::cbcRejectsBadLengths()
{
    QFETCH(EncryptionAlgorithm, algorithm);
    QFETCH(int, keyLength);
    QFETCH(int, ivLength);
    QFETCH(int, dataLength);
    QFETCH(CryptoError, error);

    const QByteArray key(keyLength, '\x11');
    const QByteArray iv(ivLength, '\x22');
    const QByteArray data(dataLength, '\x33');
    const Result<Bytes> encrypted = cbcEncrypt(algorithm, viewOf(key), viewOf(iv), viewOf(data));
    const Result<Bytes> decrypted = cbcDecrypt(algorithm, viewOf(key), viewOf(iv), viewOf(data));
    QVERIFY(!encrypted);
    QVERIFY(!decrypted);
    QCOMPARE(encrypted.error(), error);
    QCOMPARE(decrypted.error(), error);
    QVERIFY(!errorName(error).empty());

    // The in-place calls refuse the same lengths and leave the buffer as it was.
    if (const Result<CbcCipher> cipher = CbcCipher::create(algorithm, viewOf(key))) {
        Bytes buffer = toBytes(viewOf(data));
        QCOMPARE(cipher->encryptInPlace(viewOf(iv), buffer), std::optional<CryptoError>(error));
        QCOMPARE(cipher->decryptInPlace(viewOf(iv), buffer), std::optional<CryptoError>(error));
        QCOMPARE(hexOf(buffer), data.toHex());
    }
}

void TstCryptoAdapter::cbcEmptyInputAndCopies()
{
    const QByteArray key = QByteArray::fromHex("0123456789abcdef");
    const QByteArray iv = QByteArray::fromHex("1234567890abcdef");
    const Result<CbcCipher> cipher = CbcCipher::create(EncryptionAlgorithm::Des, viewOf(key));
    QVERIFY(cipher);
    const Result<Bytes> empty = cipher->encrypt(viewOf(iv), {});
    QVERIFY(empty);
    QVERIFY(empty->empty());

    CbcCipher copy = *cipher;
    QCOMPARE(copy.algorithm(), EncryptionAlgorithm::Des);
    QCOMPARE(hexOf(*copy.encrypt(viewOf(iv), viewOf(QByteArray("Now is the time for all ")))),
             QByteArray("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"));
}

void TstCryptoAdapter::byteHelpers()
{
    QCOMPARE(hexOf(*fromHex("0x00FF10 ab")), QByteArray("00ff10ab"));
    QVERIFY(!fromHex("abc"));     // odd digit count
    QVERIFY(!fromHex("zz"));      // not hex
    QVERIFY(fromHex("")->empty());
    QCOMPARE(hexOf(bigEndian32(0xc87f4f43)), QByteArray("c87f4f43"));
    const std::array<std::uint8_t, 1> two{0x02};
    QCOMPARE(hexOf(concat({bytesOf("ab"), {}, two})), QByteArray("616202"));
    QVERIFY(constantTimeEqual(bytesOf("same"), bytesOf("same")));
    QVERIFY(!constantTimeEqual(bytesOf("same"), bytesOf("sane")));
    QVERIFY(!constantTimeEqual(bytesOf("same"), bytesOf("sam")));
}

void TstCryptoAdapter::secureWipeClears()
{
    std::array<std::uint8_t, 4> secret{1, 2, 3, 4};
    secureWipe(secret.data(), secret.size());
    QCOMPARE(secret, (std::array<std::uint8_t, 4>{0, 0, 0, 0}));
}

void TstCryptoAdapter::clearingTheVectorStateChangesNoResult()
{
    // vzeroupper (where the CPU has AVX) touches no value a computation keeps: RFC 2202's
    // first HMAC-SHA-1 vector still comes out the same around it.
    const QByteArray key(20, '\x0b');
    vtd::crypto::clearUpperVectorState();
    const Result<Bytes> mac = vtd::crypto::prf(HashAlgorithm::Sha1, viewOf(key), viewOf(QByteArray("Hi There")));
    vtd::crypto::clearUpperVectorState();
    QVERIFY(mac);
    QCOMPARE(hexOf(*mac), QByteArray("b617318655057264e28bc0b6fb378c8ef146be00"));
}

QTEST_GUILESS_MAIN(TstCryptoAdapter)
#include "tst_crypto_adapter.moc"
