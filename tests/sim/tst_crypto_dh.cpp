// Diffie-Hellman in the Oakley groups 1, 2 and 5 through the Botan adapter: the primes
// against their defining formulas, known answers g^x mod p computed independently with
// Python's pow() (tests/data/keymat/make_vectors.py), agreement, and rejection of
// degenerate private and public values.

#include "tst_crypto_vectors.h"

#include "sim/crypto/dh_key_pair.h"

#include <QTest>

using namespace vtd::crypto;

Q_DECLARE_METATYPE(DhGroup)
Q_DECLARE_METATYPE(CryptoError)
Q_DECLARE_METATYPE(Bytes)
Q_DECLARE_METATYPE(std::optional<CryptoError>)

namespace {

QList<VectorCase> groupVectors()
{
    return readVectorFile(QStringLiteral(VTD_TEST_DATA "/keymat/oakley_groups.vec"));
}

DhGroup groupOf(const VectorCase &c)
{
    return *dhGroupFromNumber(c.text(QStringLiteral("group")).toInt());
}

// p - delta for a small delta; every Oakley prime ends in 64 one-bits, so no borrow.
Bytes primeMinus(DhGroup group, std::uint8_t delta)
{
    Bytes value = dhPrime(group);
    value.back() = std::uint8_t(value.back() - delta);
    return value;
}

Bytes smallValue(DhGroup group, std::uint8_t value)
{
    Bytes out(primeSize(group), 0);
    out.back() = value;
    return out;
}

const DhGroup AllGroups[] = {DhGroup::Modp768, DhGroup::Modp1024, DhGroup::Modp1536};

} // namespace

class TstCryptoDh : public QObject
{
    Q_OBJECT

private slots:
    void primes_data();
    void primes();
    void knownAnswers_data();
    void knownAnswers();
    void referenceExample();
    void agreement_data();
    void agreement();
    void rejectsPublicValues_data();
    void rejectsPublicValues();
    void rejectsPrivateValues_data();
    void rejectsPrivateValues();
};

void TstCryptoDh::primes_data()
{
    QTest::addColumn<VectorCase>("vector");
    const QList<VectorCase> cases = groupVectors();
    if (cases.size() != 3)
        QFAIL("tests/data/keymat/oakley_groups.vec is missing or incomplete");
    for (const VectorCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c;
}

void TstCryptoDh::primes()
{
    QFETCH(VectorCase, vector);
    const DhGroup group = groupOf(vector);
    const Bytes prime = dhPrime(group);
    QCOMPARE(prime.size(), primeSize(group));
    QCOMPARE(prime.front(), std::uint8_t(0xff));  // a full 768/1024/1536-bit number
    QCOMPARE(hexOf(prime), vector.text(QStringLiteral("prime")));
}

void TstCryptoDh::knownAnswers_data()
{
    primes_data();
}

void TstCryptoDh::knownAnswers()
{
    QFETCH(VectorCase, vector);
    const DhGroup group = groupOf(vector);
    const Result<DhKeyPair> a = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("xa")));
    const Result<DhKeyPair> b = DhKeyPair::fromPrivateValue(group, vector.bytes(QStringLiteral("xb")));
    QVERIFY(a);
    QVERIFY(b);
    QCOMPARE(a->group(), group);
    QCOMPARE(hexOf(a->publicValue()), vector.text(QStringLiteral("ga")));
    QCOMPARE(hexOf(b->publicValue()), vector.text(QStringLiteral("gb")));
    QCOMPARE(hexOf(*a->sharedSecret(b->publicValue())), vector.text(QStringLiteral("gab")));
    QCOMPARE(hexOf(*b->sharedSecret(a->publicValue())), vector.text(QStringLiteral("gab")));
}

// shared/reference/ike-v1-behaviour.md §8.1 (group 2), computed there with Python.
void TstCryptoDh::referenceExample()
{
    const Result<DhKeyPair> i = DhKeyPair::fromPrivateValue(
        DhGroup::Modp1024, *fromHex("3dbbe4e27182b6733b1214885cea764d9052d52a"));
    const Result<DhKeyPair> r = DhKeyPair::fromPrivateValue(
        DhGroup::Modp1024, *fromHex("f1826e2f5ba1897998e65268db42bc3c86667909"));
    QVERIFY(i);
    QVERIFY(r);
    QCOMPARE(hexOf(i->publicValue()),
             QByteArray("75477f89378c9482775e9e7921325ad8bc135970cb785251de039ea361789731"
                        "b23f2e63cbc05842e04b47043748487d869cea5d6358481fa5b04db6f4f6dd72"
                        "482b21e9cc227d99dbb8bf7e47414426cce53dbb4b126abb21bdfa2070124290"
                        "55508f2c16d8fd7944065252398dfb5c2de97bf6bbaf157eff8751c39bc0e3eb"));
    QCOMPARE(hexOf(r->publicValue()),
             QByteArray("0aabbaa7137c90853e28e1eee79be721525b7519e9fae3dd815dfc09e7ac4d62"
                        "94d18040714a5c6945692fcab26f958fd147266c08c617dd790e4f61af59e2ed"
                        "a8af0f5a3cfd537cb795c8a7ff650e6ec835af385e0a70b55aa7310886d1861e"
                        "9d9e58f82809b892dc53569e68b3e42b1b6581b1419fb5d4b9c8295fde73fe33"));
    const QByteArray gxy("29a15f18e45dd0ccec4cebcc5bcfc02b5c496678323250f0be849e6737ceb292"
                         "f9c2ac2c5e8a0903ac1eae7b4f7f8bc70da1da30848ac82cb463f7252d92a8c3"
                         "c33af771398c38ba6e4110187d5076e6b868ae215566aedb6b6b6b4705ea672e"
                         "97362679694c68bb5a6cfd7dc66d8a2ad2d53d7a4f80cac3ac3ffd4be276b63b");
    QCOMPARE(hexOf(*i->sharedSecret(r->publicValue())), gxy);
    QCOMPARE(hexOf(*r->sharedSecret(i->publicValue())), gxy);
}

void TstCryptoDh::agreement_data()
{
    QTest::addColumn<DhGroup>("group");
    for (const DhGroup group : AllGroups)
        QTest::newRow(algorithmName(group).data()) << group;
}

void TstCryptoDh::agreement()
{
    QFETCH(DhGroup, group);
    // Fixed private values as a seeded simulation would draw them; the second one has
    // leading zero bytes, which must not shorten anything.
    Bytes x1(privateValueSize(group));
    Bytes x2(privateValueSize(group), 0);
    for (std::size_t n = 0; n < x1.size(); ++n)
        x1[n] = std::uint8_t(0xa5 ^ n);
    x2.back() = 0x07;
    const Result<DhKeyPair> one = DhKeyPair::fromPrivateValue(group, x1);
    const Result<DhKeyPair> two = DhKeyPair::fromPrivateValue(group, x2);
    QVERIFY(one);
    QVERIFY(two);
    QCOMPARE(one->publicValue().size(), primeSize(group));
    QCOMPARE(two->publicValue().size(), primeSize(group));
    QVERIFY(!checkPublicValue(group, one->publicValue()));

    const Result<Bytes> s1 = one->sharedSecret(two->publicValue());
    const Result<Bytes> s2 = two->sharedSecret(one->publicValue());
    QVERIFY(s1);
    QVERIFY(s2);
    QCOMPARE(s1->size(), primeSize(group));
    QCOMPARE(hexOf(*s1), hexOf(*s2));

    // Same private value, same key pair: runs are reproducible; copies share it.
    const DhKeyPair again = *DhKeyPair::fromPrivateValue(group, x1);
    const DhKeyPair copy = again;
    QCOMPARE(hexOf(copy.publicValue()), hexOf(one->publicValue()));
}

void TstCryptoDh::rejectsPublicValues_data()
{
    QTest::addColumn<DhGroup>("group");
    QTest::addColumn<Bytes>("value");
    QTest::addColumn<std::optional<CryptoError>>("error");

    const std::optional<CryptoError> ok;
    const std::optional<CryptoError> bad = CryptoError::BadPublicValue;
    const std::optional<CryptoError> badLength = CryptoError::BadPublicValueLength;
    for (const DhGroup group : AllGroups) {
        const std::string name(algorithmName(group));
        const auto row = [&](const char *what) {
            return &QTest::newRow(qPrintable(QString::fromStdString(name) + QLatin1Char(' ') +
                                             QLatin1String(what)));
        };
        const std::size_t size = primeSize(group);
        *row("0") << group << Bytes(size, 0) << bad;
        *row("1") << group << smallValue(group, 1) << bad;
        *row("2 (smallest valid)") << group << smallValue(group, 2) << ok;
        *row("p-2 (largest valid)") << group << primeMinus(group, 2) << ok;
        *row("p-1") << group << primeMinus(group, 1) << bad;
        *row("p") << group << dhPrime(group) << bad;
        *row("2^n-1 > p") << group << Bytes(size, 0xff) << bad;
        *row("one byte short") << group << Bytes(size - 1, 0x42) << badLength;
        *row("one byte long") << group << Bytes(size + 1, 0x01) << badLength;
        *row("empty") << group << Bytes() << badLength;
    }
}

void TstCryptoDh::rejectsPublicValues()
{
    QFETCH(DhGroup, group);
    QFETCH(Bytes, value);
    QFETCH(std::optional<CryptoError>, error);

    QCOMPARE(checkPublicValue(group, value), error);
    const Result<DhKeyPair> own = DhKeyPair::fromPrivateValue(group, *fromHex("0123456789abcdef"));
    QVERIFY(own);
    const Result<Bytes> secret = own->sharedSecret(value);
    QCOMPARE(secret.ok(), !error.has_value());
    if (error)
        QCOMPARE(secret.error(), *error);
    else
        QCOMPARE(secret->size(), primeSize(group));
}

void TstCryptoDh::rejectsPrivateValues_data()
{
    QTest::addColumn<DhGroup>("group");
    QTest::addColumn<Bytes>("value");
    QTest::addColumn<bool>("accepted");
    for (const DhGroup group : AllGroups) {
        const QString name = QString::fromLatin1(algorithmName(group).data());
        QTest::newRow(qPrintable(name + QStringLiteral(" empty"))) << group << Bytes() << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" 0"))) << group << Bytes{0} << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" 1"))) << group << Bytes{0, 1} << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" 2"))) << group << Bytes{2} << true;
        QTest::newRow(qPrintable(name + QStringLiteral(" p-1"))) << group << primeMinus(group, 1) << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" p"))) << group << dhPrime(group) << false;
    }
}

void TstCryptoDh::rejectsPrivateValues()
{
    QFETCH(DhGroup, group);
    QFETCH(Bytes, value);
    QFETCH(bool, accepted);

    const Result<DhKeyPair> pair = DhKeyPair::fromPrivateValue(group, value);
    QCOMPARE(pair.ok(), accepted);
    if (!accepted)
        QCOMPARE(pair.error(), CryptoError::BadPrivateValue);
}

QTEST_GUILESS_MAIN(TstCryptoDh)
#include "tst_crypto_dh.moc"
