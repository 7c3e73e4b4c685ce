// IKEv1 pre-shared-key key material (RFC 2409 §5, §5.5, App. B) against known answers
// computed independently with Python's hashlib/hmac/pow: tests/data/keymat/ikev1_psk.vec,
// written by tests/data/keymat/make_vectors.py (see the README there), plus the locally
// computed example of shared/reference/ike-v1-behaviour.md §8.1.

#include "tst_crypto_vectors.h"

#include "sim/crypto/dh_key_pair.h"
#include "sim/ike/keymat_v1.h"

#include <QTest>

using vtd::crypto::Bytes;
using vtd::crypto::DhKeyPair;
using vtd::sim::ike::KeymatV1;
using vtd::sim::ike::Phase1Exchange;
using vtd::sim::ike::Phase1Suite;
using vtd::sim::ike::QuickModeKeyInput;
namespace crypto = vtd::crypto;

namespace {

Phase1Suite suiteOf(const VectorCase &c)
{
    static const QMap<QByteArray, crypto::EncryptionAlgorithm> ciphers{
        {"des", crypto::EncryptionAlgorithm::Des},
        {"3des", crypto::EncryptionAlgorithm::TripleDes},
        {"aes128", crypto::EncryptionAlgorithm::Aes128},
        {"aes192", crypto::EncryptionAlgorithm::Aes192},
        {"aes256", crypto::EncryptionAlgorithm::Aes256}};
    const crypto::HashAlgorithm hash = c.text(QStringLiteral("hash")) == "md5"
                                           ? crypto::HashAlgorithm::Md5
                                           : crypto::HashAlgorithm::Sha1;
    return Phase1Suite{ciphers.value(c.text(QStringLiteral("cipher"))), hash};
}

Phase1Exchange exchangeOf(const VectorCase &c)
{
    return Phase1Exchange{c.bytes(QStringLiteral("cky_i")), c.bytes(QStringLiteral("cky_r")),
                          c.bytes(QStringLiteral("gxi")),   c.bytes(QStringLiteral("gxr")),
                          c.bytes(QStringLiteral("ni_b")),  c.bytes(QStringLiteral("nr_b"))};
}

std::uint32_t uint32Of(const Bytes &b)
{
    return b.size() == 4 ? std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 |
                               std::uint32_t(b[2]) << 8 | b[3]
                         : 0;
}

KeymatV1 keymatOf(const VectorCase &c)
{
    const auto k = KeymatV1::derivePreSharedKey(suiteOf(c), exchangeOf(c),
                                                c.bytes(QStringLiteral("psk")),
                                                c.bytes(QStringLiteral("gxy")));
    if (!k)
        qFatal("derivation failed: %s", crypto::errorName(k.error()).data());
    return *k;
}

QuickModeKeyInput quickModeInputOf(const VectorCase &c, bool pfs)
{
    return QuickModeKeyInput{3, uint32Of(c.bytes(QStringLiteral("spi"))),
                             c.bytes(QStringLiteral("qm_ni_b")), c.bytes(QStringLiteral("qm_nr_b")),
                             pfs ? c.bytes(QStringLiteral("gqmxy")) : Bytes()};
}

// A derivation's hex, or its error text so that QCOMPARE shows why it failed.
QByteArray hexOrError(const crypto::Result<Bytes> &result)
{
    return result ? hexOf(*result) : QByteArray(crypto::errorName(result.error()).data());
}

} // namespace

class TstKeymatV1 : public QObject
{
    Q_OBJECT

private:
    static void addVectorRows();

private slots:
    void diffieHellmanInputs_data() { addVectorRows(); }
    void diffieHellmanInputs();
    void skeyids_data() { addVectorRows(); }
    void skeyids();
    void authenticationHashes_data() { addVectorRows(); }
    void authenticationHashes();
    void ivs_data() { addVectorRows(); }
    void ivs();
    void quickModeHashes_data() { addVectorRows(); }
    void quickModeHashes();
    void keymat_data() { addVectorRows(); }
    void keymat();
    void lastCipherBlock();
    void referenceExample();
};

void TstKeymatV1::addVectorRows()
{
    QTest::addColumn<VectorCase>("vector");
    const QList<VectorCase> cases =
        readVectorFile(QStringLiteral(VTD_TEST_DATA "/keymat/ikev1_psk.vec"));
    if (cases.size() < 5)
        QFAIL("tests/data/keymat/ikev1_psk.vec is missing or incomplete");
    for (const VectorCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c;
}

// The KE payloads and g^xy of the vectors also come out of our Diffie-Hellman.
void TstKeymatV1::diffieHellmanInputs()
{
    QFETCH(VectorCase, vector);
    const auto group = *crypto::dhGroupFromNumber(vector.text(QStringLiteral("group")).toInt());
    const auto i = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("xi")));
    const auto r = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("xr")));
    QVERIFY(i && r);
    QCOMPARE(hexOf(i->publicValue()), vector.text(QStringLiteral("gxi")));
    QCOMPARE(hexOf(r->publicValue()), vector.text(QStringLiteral("gxr")));
    QCOMPARE(hexOrError(i->sharedSecret(r->publicValue())), vector.text(QStringLiteral("gxy")));

    const auto qi = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("qm_xi")));
    const auto qr = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("qm_xr")));
    QVERIFY(qi && qr);
    QCOMPARE(hexOrError(qr->sharedSecret(qi->publicValue())), vector.text(QStringLiteral("gqmxy")));
}

void TstKeymatV1::skeyids()
{
    QFETCH(VectorCase, vector);
    const KeymatV1 k = keymatOf(vector);
    QCOMPARE(hexOf(k.skeyid()), vector.text(QStringLiteral("skeyid")));
    QCOMPARE(hexOf(k.skeyidD()), vector.text(QStringLiteral("skeyid_d")));
    QCOMPARE(hexOf(k.skeyidA()), vector.text(QStringLiteral("skeyid_a")));
    QCOMPARE(hexOf(k.skeyidE()), vector.text(QStringLiteral("skeyid_e")));
    // Ka: SKEYID_e's leading bytes, or the Appendix B expansion (3DES with SHA-1, AES-256
    // with MD5, AES-192 with SHA-1, AES-128 with SHA-1 needs none).
    QCOMPARE(hexOf(k.encryptionKey()), vector.text(QStringLiteral("enc_key")));
    QCOMPARE(k.encryptionKey().size(), crypto::keySize(k.suite().encryption));
}

void TstKeymatV1::authenticationHashes()
{
    QFETCH(VectorCase, vector);
    const KeymatV1 k = keymatOf(vector);
    const Bytes sa = vector.bytes(QStringLiteral("sai_b"));
    QCOMPARE(hexOrError(k.hashI(sa, vector.bytes(QStringLiteral("idii_b")))),
             vector.text(QStringLiteral("hash_i")));
    QCOMPARE(hexOrError(k.hashR(sa, vector.bytes(QStringLiteral("idir_b")))),
             vector.text(QStringLiteral("hash_r")));
}

void TstKeymatV1::ivs()
{
    QFETCH(VectorCase, vector);
    const KeymatV1 k = keymatOf(vector);
    QCOMPARE(hexOrError(k.phase1Iv()), vector.text(QStringLiteral("phase1_iv")));
    QCOMPARE(hexOrError(k.phase2Iv(vector.bytes(QStringLiteral("last_phase1_block")),
                              uint32Of(vector.bytes(QStringLiteral("mid"))))),
             vector.text(QStringLiteral("phase2_iv")));
    QCOMPARE(k.phase1Iv()->size(), crypto::blockSize(k.suite().encryption));
}

void TstKeymatV1::quickModeHashes()
{
    QFETCH(VectorCase, vector);
    const KeymatV1 k = keymatOf(vector);
    const std::uint32_t mid = uint32Of(vector.bytes(QStringLiteral("qm_mid")));
    const Bytes ni = vector.bytes(QStringLiteral("qm_ni_b"));
    const Bytes payloads1 = vector.bytes(QStringLiteral("qm_payloads1"));
    QCOMPARE(hexOrError(k.quickModeHash1(mid, payloads1)), vector.text(QStringLiteral("qm_hash1")));
    QCOMPARE(hexOrError(k.quickModeHash2(mid, ni, vector.bytes(QStringLiteral("qm_payloads2")))),
             vector.text(QStringLiteral("qm_hash2")));
    QCOMPARE(hexOrError(k.quickModeHash3(mid, ni, vector.bytes(QStringLiteral("qm_nr_b")))),
             vector.text(QStringLiteral("qm_hash3")));
    // RFC 2409 §5.7 and the Mode Config draft use HASH(1)'s form: prf(SKEYID_a, M-ID | payloads).
    QCOMPARE(hexOrError(k.informationalHash(mid, payloads1)), vector.text(QStringLiteral("qm_hash1")));
    QCOMPARE(hexOrError(k.transactionHash(mid, payloads1)), vector.text(QStringLiteral("qm_hash1")));
}

void TstKeymatV1::keymat()
{
    QFETCH(VectorCase, vector);
    const KeymatV1 k = keymatOf(vector);
    const std::size_t length = vector.text(QStringLiteral("keymat_length")).toUInt();
    const QuickModeKeyInput plain = quickModeInputOf(vector, false);
    const QuickModeKeyInput pfs = quickModeInputOf(vector, true);
    QCOMPARE(hexOrError(k.keymat(plain, length)), vector.text(QStringLiteral("keymat")));
    QCOMPARE(hexOrError(k.keymat(pfs, length)), vector.text(QStringLiteral("keymat_pfs")));

    // ESP keys: the cipher's key first, then an HMAC key as long as the hash (here the same
    // hash as phase 1, which is how the vectors' keymat_length was chosen).
    const auto esp = k.espKeys(pfs, k.suite().encryption, k.suite().hash);
    QVERIFY(esp);
    const QByteArray expected = vector.text(QStringLiteral("keymat_pfs"));
    const qsizetype split = qsizetype(crypto::keySize(k.suite().encryption)) * 2;
    QCOMPARE(hexOf(esp->encryptionKey), expected.left(split));
    QCOMPARE(hexOf(esp->authenticationKey), expected.mid(split));
    QCOMPARE(esp->authenticationKey.size(), crypto::digestSize(k.suite().hash));

    const auto encryptOnly = k.espKeys(plain, k.suite().encryption, std::nullopt);
    QVERIFY(encryptOnly);
    QVERIFY(encryptOnly->authenticationKey.empty());
    QCOMPARE(hexOf(encryptOnly->encryptionKey), vector.text(QStringLiteral("keymat")).left(split));
}

void TstKeymatV1::lastCipherBlock()
{
    const Bytes ciphertext = *crypto::fromHex("00112233445566778899aabbccddeeff0102030405060708");
    QCOMPARE(hexOf(KeymatV1::lastCipherBlock(ciphertext, 8)), QByteArray("0102030405060708"));
    QCOMPARE(hexOf(KeymatV1::lastCipherBlock(ciphertext, 16)),
             QByteArray("8899aabbccddeeff0102030405060708"));
    QVERIFY(KeymatV1::lastCipherBlock(Bytes(7), 8).empty());
    QVERIFY(KeymatV1::lastCipherBlock(ciphertext, 0).empty());
}

// shared/reference/ike-v1-behaviour.md §8.1: group 2, SHA-1, DES, psk "cisco123".
void TstKeymatV1::referenceExample()
{
    const auto hex = [](const char *text) { return *crypto::fromHex(text); };
    const Bytes gxy = hex(
        "29a15f18e45dd0ccec4cebcc5bcfc02b5c496678323250f0be849e6737ceb292f9c2ac2c5e8a0903ac1eae7b"
        "4f7f8bc70da1da30848ac82cb463f7252d92a8c3c33af771398c38ba6e4110187d5076e6b868ae215566aedb"
        "6b6b6b4705ea672e97362679694c68bb5a6cfd7dc66d8a2ad2d53d7a4f80cac3ac3ffd4be276b63b");
    const Phase1Exchange exchange{
        hex("0123456789abcdef"), hex("fedcba9876543210"),
        hex("75477f89378c9482775e9e7921325ad8bc135970cb785251de039ea361789731b23f2e63cbc05842e0"
            "4b47043748487d869cea5d6358481fa5b04db6f4f6dd72482b21e9cc227d99dbb8bf7e47414426cce5"
            "3dbb4b126abb21bdfa207012429055508f2c16d8fd7944065252398dfb5c2de97bf6bbaf157eff8751"
            "c39bc0e3eb"),
        hex("0aabbaa7137c90853e28e1eee79be721525b7519e9fae3dd815dfc09e7ac4d6294d18040714a5c6945"
            "692fcab26f958fd147266c08c617dd790e4f61af59e2eda8af0f5a3cfd537cb795c8a7ff650e6ec835"
            "af385e0a70b55aa7310886d1861e9d9e58f82809b892dc53569e68b3e42b1b6581b1419fb5d4b9c829"
            "5fde73fe33"),
        hex("245772891a555550d251d8523e12f8a2d4dea724"), hex("54a7dd073e59e571941b293e6cd1861835443e23")};
    const Phase1Suite des{crypto::EncryptionAlgorithm::Des, crypto::HashAlgorithm::Sha1};
    const auto k = KeymatV1::derivePreSharedKey(des, exchange, crypto::bytesOf("cisco123"), gxy);
    QVERIFY(k);
    QCOMPARE(hexOf(k->skeyid()), QByteArray("99c915539e6b1ea9936f13ac23b93135d6907213"));
    QCOMPARE(hexOf(k->skeyidD()), QByteArray("02c0f0f1931e6f2e64a054c3d5f27487d11683ca"));
    QCOMPARE(hexOf(k->skeyidA()), QByteArray("ad8cc6ee27c9f14843d5362c5dfa36cac54d2c68"));
    QCOMPARE(hexOf(k->skeyidE()), QByteArray("11c89135d10b95257ac58a91550dce62efbfe888"));
    QCOMPARE(hexOf(k->encryptionKey()), QByteArray("11c89135d10b9525"));

    const Bytes sa = hex("0000000100000001 0000002c01010001 0000002401010000 8001000180020002"
                         "8003000180040002 800b0001000c0004 00015180");
    QCOMPARE(hexOrError(k->hashI(sa, hex("011101f4c1000005"))),
             QByteArray("1afeccc8471e6bb6a06bcfd1c97af141545187c0"));
    QCOMPARE(hexOrError(k->hashR(sa, hex("011101f40a30429c"))),
             QByteArray("835bc6b4b11fefff174083ab90af1bb03e1285fe"));
    QCOMPARE(hexOrError(k->phase1Iv()), QByteArray("3841ccb1ed9f1abc"));
    QCOMPARE(hexOrError(k->phase2Iv(hex("0011223344556677"), 0xc87f4f43)), QByteArray("b2c0e9b0d8f6c60d"));

    // The same SA with 3DES: Ka = (K1 | K2)[0:24].
    const Phase1Suite tripleDes{crypto::EncryptionAlgorithm::TripleDes, crypto::HashAlgorithm::Sha1};
    const auto k3 = KeymatV1::derivePreSharedKey(tripleDes, exchange, crypto::bytesOf("cisco123"), gxy);
    QVERIFY(k3);
    QCOMPARE(hexOf(k3->encryptionKey()), QByteArray("c4961d9f772fdec7c101033433716df930aeadc9ca70ee21"));

    // KEYMAT for ESP SPI 8312e721, no PFS, DES + HMAC-SHA-1 (the example reuses the phase-1 nonces).
    const QuickModeKeyInput input{3, 0x8312e721, exchange.nonceI, exchange.nonceR, {}};
    const auto esp = k->espKeys(input, crypto::EncryptionAlgorithm::Des, crypto::HashAlgorithm::Sha1);
    QVERIFY(esp);
    QCOMPARE(hexOf(esp->encryptionKey), QByteArray("4bddfbead0031003"));
    QCOMPARE(hexOf(esp->authenticationKey), QByteArray("bcc8310cbf87dcb4be2969372904a29afc95d59e"));
}

QTEST_GUILESS_MAIN(TstKeymatV1)
#include "tst_keymat_v1.moc"
