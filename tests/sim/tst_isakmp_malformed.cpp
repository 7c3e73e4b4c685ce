#include "tst_isakmp_samples.h"

#include "sim/ike/isakmp_decode_tree.h"

#include <QtTest>

using namespace vtd::sim::ike;
using namespace isakmp_samples;
using vtd::sim::net::viewOf;

namespace {

/** A valid multi-payload message of each kind the corpus starts from. */
QByteArray sample(const QString &name)
{
    if (name == QLatin1String("MM1"))
        return mainMode1().encode();
    if (name == QLatin1String("AM1"))
        return aggressive1().encode();
    if (name == QLatin1String("QM1"))
        return quick1().encode(); // E flag with a clear body: read with decodeDecryptedBody
    return transactionRequest().encode();
}

void setLength(QByteArray &bytes)
{
    const auto n = std::uint32_t(bytes.size());
    for (int i = 0; i < 4; ++i)
        bytes[24 + i] = char(n >> (24 - 8 * i));
}

/** Decodes the way a receiver would: clear messages whole, encrypted ones split and their
 *  body decoded (here the body is in the clear). Every refusal must be a clean error.
 *  `padding` receives the bytes a decrypted body had after its last payload. */
IsakmpResult<IsakmpMessage> receive(const QByteArray &bytes, int *padding = nullptr)
{
    auto header = IsakmpHeader::decode(viewOf(bytes));
    if (header && header->encrypted()) {
        auto split = splitEncrypted(viewOf(bytes));
        if (!split)
            return split.error();
        DecodedChain chain;
        auto message = decodeDecryptedBody(split->header, viewOf(split->ciphertext), &chain);
        if (padding)
            *padding = chain.paddingLength;
        return message;
    }
    return IsakmpMessage::decode(viewOf(bytes));
}

void checkRefusal(const IsakmpDecodeError &e, const QByteArray &bytes)
{
    QVERIFY(e.code().startsWith(QLatin1String("isakmp.")));
    QVERIFY(!e.where.isEmpty());
    QVERIFY(!e.detail.isEmpty());
    QVERIFY2(e.offset >= 0 && e.offset <= bytes.size(), qPrintable(e.description()));
}

} // namespace

class TstIsakmpMalformed : public QObject
{
    Q_OBJECT

private slots:
    void everyTruncation_data();
    void everyTruncation();
    void randomByteFlips_data();
    void randomByteFlips();
    void corpus_data();
    void corpus();
    void badPayloadContents_data();
    void badPayloadContents();
};

void TstIsakmpMalformed::everyTruncation_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"MM1", "AM1", "QM1", "CFG"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

// Every proper prefix is refused: as received (Length field now too large) and with the
// Length field rewritten to match (the chain itself is cut short).
void TstIsakmpMalformed::everyTruncation()
{
    QFETCH(QString, name);
    const QByteArray whole = sample(name);
    QVERIFY(receive(whole));
    for (int size = 0; size < whole.size(); ++size) {
        QByteArray cut = whole.left(size);
        auto asReceived = receive(cut);
        QVERIFY2(!asReceived, qPrintable(QString::number(size)));
        checkRefusal(asReceived.error(), cut);
        if (size >= 28) {
            setLength(cut);
            auto relabelled = receive(cut);
            QVERIFY2(!relabelled, qPrintable(QString::number(size)));
            checkRefusal(relabelled.error(), cut);
            QCOMPARE(isakmpDecodeTree(viewOf(cut)).children.back().field,
                     cut[19] & 1 ? QStringLiteral("Encrypted payloads") : QStringLiteral("Error"));
        }
    }
}

void TstIsakmpMalformed::randomByteFlips_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"MM1", "AM1", "QM1", "CFG"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

// Fixed-seed mutations: a message is either refused with a clean error, or accepted and then
// re-encodes to exactly the bytes received (decoding loses nothing).
void TstIsakmpMalformed::randomByteFlips()
{
    QFETCH(QString, name);
    const QByteArray whole = sample(name);
    QRandomGenerator rng(20261130);
    int refused = 0;
    for (int round = 0; round < 4000; ++round) {
        QByteArray bytes = whole;
        const int flips = 1 + int(rng.bounded(4));
        for (int i = 0; i < flips; ++i)
            bytes[int(rng.bounded(quint32(bytes.size())))] ^= char(1 + rng.bounded(255));
        int padding = 0;
        auto result = receive(bytes, &padding);
        isakmpDecodeTree(viewOf(bytes));
        if (!result) {
            ++refused;
            checkRefusal(result.error(), bytes);
            continue;
        }
        // A decrypted body may end in padding, which the codec reports and does not keep.
        const QByteArray again = result->header.encrypted()
                                     ? result->encodeEncrypted(result->encodeBody() + bytes.right(padding))
                                     : result->encode();
        QCOMPARE(again.toHex(), bytes.toHex());
    }
    QVERIFY(refused > 1000);
}

void TstIsakmpMalformed::corpus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("at");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("offset");
    // MM1 layout: header 0-27, SA payload 28 (body 32), proposal 40, transform 48, attributes 56.
    const QString sa = QStringLiteral("SA payload");
    const QString proposal = QStringLiteral("proposal 1 of SA payload");
    const QString transform = QStringLiteral("transform 1 of proposal 1 of SA payload");
    const QString header = QStringLiteral("ISAKMP header");
    QTest::newRow("version 2.0") << "MM1" << 17 << 0x20 << "isakmp.bad-version" << header << 17;
    QTest::newRow("version 1.1") << "MM1" << 17 << 0x11 << "isakmp.bad-version" << header << 17;
    QTest::newRow("exchange 99") << "MM1" << 18 << 99 << "isakmp.bad-exchange-type" << header << 18;
    QTest::newRow("flag 0x08") << "MM1" << 19 << 0x08 << "isakmp.bad-flags" << header << 19;
    QTest::newRow("length +1") << "MM1" << 27 << -1 << "isakmp.truncated" << header << 24;
    QTest::newRow("next payload Proposal") << "MM1" << 16 << 2 << "isakmp.bad-payload-type" << header << 16;
    QTest::newRow("next payload 99") << "MM1" << 16 << 99 << "isakmp.bad-payload-type" << header << 16;
    QTest::newRow("SA reserved") << "MM1" << 29 << 1 << "isakmp.bad-reserved" << sa << 29;
    QTest::newRow("SA length huge") << "MM1" << 30 << 1 << "isakmp.truncated" << sa << 28;
    QTest::newRow("SA next payload 99") << "MM1" << 28 << 99 << "isakmp.bad-payload-type" << sa << 28;
    QTest::newRow("SA next payload KE, nothing follows") << "MM1" << 28 << 4 << "isakmp.truncated" << QStringLiteral("KE payload") << 72;
    QTest::newRow("DOI 2") << "MM1" << 35 << 2 << "isakmp.bad-value" << sa << 32;
    QTest::newRow("situation 2") << "MM1" << 39 << 2 << "isakmp.bad-value" << sa << 36;
    QTest::newRow("proposal next 5") << "MM1" << 40 << 5 << "isakmp.bad-payload-type" << proposal << 40;
    QTest::newRow("proposal next 2 at end") << "MM1" << 40 << 2 << "isakmp.truncated" << proposal << 40;
    QTest::newRow("proposal reserved") << "MM1" << 41 << 7 << "isakmp.bad-reserved" << proposal << 41;
    QTest::newRow("proposal length short") << "MM1" << 43 << 4 << "isakmp.bad-length" << proposal << 40;
    QTest::newRow("transform count 2") << "MM1" << 47 << 2 << "isakmp.bad-count" << proposal << 47;
    QTest::newRow("transform count 0") << "MM1" << 47 << 0 << "isakmp.bad-count" << proposal << 47;
    QTest::newRow("SPI size past end") << "MM1" << 46 << 200 << "isakmp.truncated" << proposal << 46;
    QTest::newRow("transform next 5") << "MM1" << 48 << 5 << "isakmp.bad-payload-type" << transform << 48;
    QTest::newRow("transform reserved") << "MM1" << 55 << 1 << "isakmp.bad-reserved" << transform << 54;
    QTest::newRow("transform length past proposal") << "MM1" << 51 << 0x30 << "isakmp.truncated" << transform << 48;
    // 80 01 00 01 -> 00 01 00 01: attribute 1 becomes a TLV of 1 byte (0x80), so attribute 2
    // starts at 61 with the words 0x0200 0x0280: a TLV of 640 bytes in a 23-byte transform.
    QTest::newRow("TLV attribute overflow") << "MM1" << 56 << 0x00 << "isakmp.truncated"
                                            << QStringLiteral("attribute 2 of ") + transform << 61;
}

// One byte changed at a known place: the error names the structure and the offset.
void TstIsakmpMalformed::corpus()
{
    QFETCH(QString, name);
    QFETCH(int, at);
    QFETCH(int, value);
    QFETCH(QString, code);
    QFETCH(QString, where);
    QFETCH(int, offset);
    QByteArray bytes = sample(name);
    if (value < 0)
        bytes[at] = char(bytes[at] + 1);
    else
        bytes[at] = char(value);
    auto result = receive(bytes);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), code);
    QCOMPARE(result.error().where, where);
    QCOMPARE(result.error().offset, offset);
}

void TstIsakmpMalformed::badPayloadContents_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("where");
    auto message = [](std::vector<Payload> payloads) {
        IsakmpMessage m;
        m.header.exchange = ExchangeType::Informational;
        m.payloads = std::move(payloads);
        return m.encode();
    };
    IdPayload shortAddress = IdPayload::ipv4Address(ip("10.0.0.1"));
    shortAddress.data.chop(1);
    IdPayload unknownType = IdPayload::fqdn("x");
    unknownType.type = IdType(0);
    DeletePayload noSpis{Doi::Ipsec, ProtocolId::IpsecEsp, 4, {}};
    DeletePayload wrongSize{Doi::Ipsec, ProtocolId::IpsecEsp, 4, {"abc"}};
    NotifyPayload badDoi;
    badDoi.doi = Doi(7);
    AttributePayload badCfg;
    badCfg.type = ConfigType(9);
    SaPayload noProposal;
    QByteArray trailing = message({HashPayload{"h"}}) + "xx";
    setLength(trailing);
    QByteArray reservedGeneric = message({HashPayload{"h"}});
    reservedGeneric[29] = 1;
    QByteArray tinyLength = message({HashPayload{"h"}});
    tinyLength[31] = 3;
    QTest::newRow("empty KE") << message({KePayload{}}) << "isakmp.bad-length" << "KE payload";
    QTest::newRow("empty HASH") << message({HashPayload{}}) << "isakmp.bad-length" << "HASH payload";
    QTest::newRow("nonce 4 bytes") << message({NoncePayload{"abcd"}}) << "isakmp.bad-length" << "NONCE payload";
    QTest::newRow("nonce 257 bytes") << message({NoncePayload{QByteArray(257, 'n')}}) << "isakmp.bad-length" << "NONCE payload";
    QTest::newRow("ID_IPV4_ADDR of 3 bytes") << message({shortAddress}) << "isakmp.bad-length" << "ID payload";
    QTest::newRow("ID type 0") << message({unknownType}) << "isakmp.bad-value" << "ID payload";
    QTest::newRow("DELETE without SPIs") << message({noSpis}) << "isakmp.bad-count" << "DELETE payload";
    QTest::newRow("DELETE SPI size") << message({wrongSize}) << "isakmp.truncated" << "DELETE payload";
    QTest::newRow("NOTIFY DOI 7") << message({badDoi}) << "isakmp.bad-value" << "NOTIFY payload";
    QTest::newRow("CFG type 9") << message({badCfg}) << "isakmp.bad-value" << "ATTRIBUTE payload";
    QTest::newRow("SA without proposals") << message({noProposal}) << "isakmp.bad-count" << "SA payload";
    QTest::newRow("bytes after last payload") << trailing << "isakmp.bad-length" << "HASH payload";
    QTest::newRow("generic reserved") << reservedGeneric << "isakmp.bad-reserved" << "HASH payload";
    QTest::newRow("payload length 3") << tinyLength << "isakmp.bad-length" << "HASH payload";
}

void TstIsakmpMalformed::badPayloadContents()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    QFETCH(QString, where);
    auto result = receive(bytes);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), code);
    QCOMPARE(result.error().where, where);
    checkRefusal(result.error(), bytes);
}

QTEST_GUILESS_MAIN(TstIsakmpMalformed)
#include "tst_isakmp_malformed.moc"
