#include "tst_isakmp_samples.h"

#include "sim/ike/isakmp_attribute_text.h"
#include "sim/ike/isakmp_message_rules.h"
#include "sim/ike/isakmp_names.h"

#include <QFile>
#include <QtTest>

using namespace vtd::sim::ike;
using namespace isakmp_samples;
using vtd::sim::net::viewOf;

namespace {

QStringList seedLog(const char *name)
{
    QFile f(QStringLiteral(VTD_TEST_DATA "/seed/logs/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
}

/** The attribute lines ("ISAKMP:      ...", prefix removed, whitespace simplified, a glued
 *  "IPSEC(...)" message cut off) that follow the occurrence-th line containing marker. */
QStringList attributeLines(const QStringList &log, const QString &marker, int occurrence = 1)
{
    QStringList out;
    int seen = 0;
    for (int i = 0; i < log.size(); ++i) {
        if (!log[i].contains(marker) || ++seen != occurrence)
            continue;
        for (int j = i + 1; j < log.size() && log[j].startsWith(QLatin1String("ISAKMP:")); ++j) {
            QString line = log[j].mid(7);
            if (line.contains(QLatin1String("IPSEC(")))
                line.truncate(line.indexOf(QLatin1String("IPSEC(")));
            line = line.simplified();
            if (!line.startsWith(QLatin1String("transform ")) && line != QLatin1String("attributes in transform:"))
                out << line;
        }
        break;
    }
    return out;
}

QStringList ikeTexts(const Transform &t)
{
    QStringList out;
    for (const DataAttribute &a : t.attributes)
        out << ikeAttributeDebugText(a).simplified();
    return out;
}

QStringList ipsecTexts(const Transform &t)
{
    QStringList out;
    for (const DataAttribute &a : t.attributes)
        out << ipsecAttributeDebugText(a).simplified();
    return out;
}

/** Decodes the clear message, checking the rule of its kind. */
IsakmpMessage decodeChecked(const IsakmpMessage &m, MessageKind kind)
{
    const QByteArray bytes = m.encode();
    auto back = IsakmpMessage::decode(viewOf(bytes));
    if (!back)
        qWarning("%s", qPrintable(back.error().description()));
    if (auto e = checkMessageRule(kind, back.value()))
        qWarning("%s", qPrintable(e->description()));
    return back.value();
}

} // namespace

class TstIsakmpSeed : public QObject
{
    Q_OBJECT

private slots:
    void mainMode1AsRainLogsIt();
    void mainMode2AsSnowLogsIt();
    void aggressive1AsSnowLogsIt_data();
    void aggressive1AsSnowLogsIt();
    void quick1AsSnowLogsIt_data();
    void quick1AsSnowLogsIt();
    void modeConfigRequestAsSnowLogsIt();
    void rules_data();
    void rules();
};

void TstIsakmpSeed::mainMode1AsRainLogsIt()
{
    const IsakmpMessage m = decodeChecked(mainMode1(), MessageKind::MainMode1);
    QVERIFY(!checkMessageRule(MessageKind::MainMode1, m));
    const auto &sa = std::get<SaPayload>(m.payloads[0]);
    QCOMPARE(sa.proposals[0].transforms.size(), std::size_t(1));
    const QStringList expected = attributeLines(seedLog("rain-debug.txt"), QStringLiteral("Checking ISAKMP transform 1"));
    QCOMPARE(expected.size(), 4);
    QCOMPARE(ikeTexts(sa.proposals[0].transforms[0]), expected);
}

void TstIsakmpSeed::mainMode2AsSnowLogsIt()
{
    const IsakmpMessage m = decodeChecked(mainMode2(), MessageKind::MainMode2);
    QVERIFY(!checkMessageRule(MessageKind::MainMode2, m));
    const auto &sa = std::get<SaPayload>(m.payloads[0]);
    // The second "transform 1" check in snow's log is rain's MM2 (the first is the client's AM1).
    const QStringList expected = attributeLines(seedLog("snow-debug.txt"), QStringLiteral("Checking ISAKMP transform 1"), 2);
    QCOMPARE(expected.size(), 6);
    QCOMPARE(ikeTexts(sa.proposals[0].transforms[0]), expected);
    QCOMPARE(expected.last(), QStringLiteral("life duration (VPI) of 0x0 0x1 0x51 0x80"));
}

void TstIsakmpSeed::aggressive1AsSnowLogsIt_data()
{
    QTest::addColumn<int>("transform");
    for (int t = 1; t <= 7; ++t)
        QTest::addRow("transform %d", t) << t;
}

void TstIsakmpSeed::aggressive1AsSnowLogsIt()
{
    QFETCH(int, transform);
    const IsakmpMessage m = decodeChecked(aggressive1(), MessageKind::Aggressive1);
    QVERIFY(!checkMessageRule(MessageKind::Aggressive1, m));
    const auto &sa = std::get<SaPayload>(m.payloads[0]);
    QCOMPARE(sa.proposals[0].transforms.size(), std::size_t(8));
    const Transform &t = sa.proposals[0].transforms[std::size_t(transform - 1)];
    QCOMPARE(int(t.number), transform);
    const QStringList expected = attributeLines(seedLog("snow-debug.txt"),
                                                QStringLiteral("Checking ISAKMP transform %1 against").arg(transform));
    QCOMPARE(expected.size(), 6);
    QCOMPARE(ikeTexts(t), expected);

    const auto *id = findPayload<IdPayload>(m.payloads);
    QCOMPARE(id->type, IdType::KeyId);
    QCOMPARE(id->text(), QStringLiteral("VPNclient"));
    const auto vids = findPayloads<VendorIdPayload>(m.payloads);
    QCOMPARE(vids.size(), std::size_t(3));
    QCOMPARE(identifyVendorId(vids[1]->data), std::optional(KnownVendorId::DeadPeerDetection));
    QCOMPARE(identifyVendorId(vids[2]->data), std::optional(KnownVendorId::CiscoUnity));
}

void TstIsakmpSeed::quick1AsSnowLogsIt_data()
{
    QTest::addColumn<int>("proposal");
    for (int p = 1; p <= 7; ++p)
        QTest::addRow("proposal %d", p) << p;
}

void TstIsakmpSeed::quick1AsSnowLogsIt()
{
    QFETCH(int, proposal);
    const IsakmpMessage qm = quick1();
    QByteArray body = qm.encodeBody() + QByteArray(4, '\0');
    auto split = splitEncrypted(viewOf(qm.encodeEncrypted(body)));
    QVERIFY(split);
    auto m = decodeDecryptedBody(split->header, viewOf(split->ciphertext));
    QVERIFY(m);
    QVERIFY(!checkMessageRule(MessageKind::Quick1, *m));
    const auto &sa = std::get<SaPayload>(m->payloads[1]);
    std::vector<const Proposal *> numbered;
    for (const Proposal &p : sa.proposals)
        if (p.number == proposal)
            numbered.push_back(&p);
    const Proposal &esp = *numbered.front();
    QCOMPARE(esp.protocol, ProtocolId::IpsecEsp);
    QCOMPARE(esp.spi.size(), 4);
    const QStringList expected = attributeLines(seedLog("snow-debug.txt"),
                                                QStringLiteral("Checking IPSec proposal %1").arg(proposal));
    QCOMPARE(ipsecTexts(esp.transforms[0]), expected);
    // "transform 1, ESP_3DES" / "ESP_DES", as the line before the attributes.
    const QString transformLine = QStringLiteral("ISAKMP: ") + ipsecTransformDebugText(esp.protocol, esp.transforms[0]);
    QVERIFY(seedLog("snow-debug.txt").contains(transformLine));
    // Proposals 1, 2, 5 and 6 AND an IPCOMP proposal whose SPI is the 2-byte CPI.
    const bool anded = proposal == 1 || proposal == 2 || proposal == 5 || proposal == 6;
    QCOMPARE(numbered.size(), anded ? std::size_t(2) : std::size_t(1));
    if (anded) {
        QCOMPARE(numbered[1]->protocol, ProtocolId::IpComp);
        QCOMPARE(numbered[1]->spi.size(), 2);
    }
}

void TstIsakmpSeed::modeConfigRequestAsSnowLogsIt()
{
    const IsakmpMessage m = transactionRequest();
    IsakmpHeader header = m.header;
    header.nextPayload = m.firstPayloadType(); // set by encode(), as on the wire
    auto back = decodeDecryptedBody(header, viewOf(m.encodeBody()));
    QVERIFY(back);
    const auto ruleError = checkMessageRule(MessageKind::Transaction, *back);
    QVERIFY2(!ruleError, ruleError ? qPrintable(ruleError->description()) : "");
    const auto *attr = findPayload<AttributePayload>(back->payloads);
    QCOMPARE(configTypeName(attr->type), QStringLiteral("CFG_REQUEST"));
    QStringList expected;
    for (const QString &line : seedLog("snow-debug.txt"))
        if (line.startsWith(QLatin1String("ISAKMP: attribute    ")))
            expected << line.mid(8);
    QStringList actual;
    for (const DataAttribute &a : attr->attributes)
        actual << QStringLiteral("attribute    ") + pix62ConfigAttributeLabel(a.type);
    QCOMPARE(actual, expected);
}

void TstIsakmpSeed::rules_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("code");   // empty: accepted
    QTest::addColumn<QString>("where");
    auto row = [](const char *name, MessageKind kind, const IsakmpMessage &m, const char *code, const char *where) {
        QTest::newRow(name) << int(kind) << m.encode() << QString::fromLatin1(code) << QString::fromLatin1(where);
    };
    IsakmpMessage vidFirst = mainMode1();
    vidFirst.payloads.insert(vidFirst.payloads.begin(), VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)});
    IsakmpMessage noSa = mainMode1();
    noSa.payloads = {VendorIdPayload{"x"}};
    IsakmpMessage twoSa = mainMode1();
    twoSa.payloads.push_back(twoSa.payloads[0]);
    IsakmpMessage withMid = mainMode1();
    withMid.header.messageId = 5;
    IsakmpMessage amWithHash = aggressive1();
    amWithHash.payloads.push_back(HashPayload{"hash"});
    IsakmpMessage oneId = quick1();
    oneId.payloads.pop_back();
    IsakmpMessage qmClear = quick1();
    qmClear.header.flags = 0;
    IsakmpMessage qmZeroMid = quick1();
    qmZeroMid.header.messageId = 0;
    IsakmpMessage qmSaSecond = quick1();
    std::swap(qmSaSecond.payloads[1], qmSaSecond.payloads[2]);
    IsakmpMessage infoEmpty = quick1();
    infoEmpty.header.exchange = ExchangeType::Informational;
    infoEmpty.payloads = {HashPayload{"hash"}};
    IsakmpMessage infoDelete = infoEmpty;
    infoDelete.payloads.push_back(DeletePayload{Doi::Ipsec, ProtocolId::IpsecEsp, 4, {"abcd"}});
    IsakmpMessage notQm = mainMode1();
    notQm.header.exchange = ExchangeType::Aggressive;

    row("MM1 ok", MessageKind::MainMode1, mainMode1(), "", "");
    row("AM1 ok", MessageKind::Aggressive1, aggressive1(), "", "");
    row("QM1 ok", MessageKind::Quick1, quick1(), "", "");
    row("informational delete ok", MessageKind::InformationalProtected, infoDelete, "", "");
    row("VID before SA", MessageKind::MainMode1, vidFirst, "isakmp.unexpected-payload", "VENDOR ID payload");
    row("MM1 without SA", MessageKind::MainMode1, noSa, "isakmp.unexpected-payload", "VENDOR ID payload");
    row("MM1 with two SA", MessageKind::MainMode1, twoSa, "isakmp.unexpected-payload", "SA payload");
    row("MM1 with message ID", MessageKind::MainMode1, withMid, "isakmp.bad-value", "ISAKMP header");
    row("AM1 with HASH", MessageKind::Aggressive1, amWithHash, "isakmp.unexpected-payload", "HASH payload");
    row("QM1 with one ID", MessageKind::Quick1, oneId, "isakmp.unexpected-payload", "ID payload");
    row("QM1 in the clear", MessageKind::Quick1, qmClear, "isakmp.encryption-flag", "ISAKMP header");
    row("QM1 with M-ID 0", MessageKind::Quick1, qmZeroMid, "isakmp.bad-value", "ISAKMP header");
    row("QM1 SA not second", MessageKind::Quick1, qmSaSecond, "isakmp.unexpected-payload", "NONCE payload");
    row("informational without N or D", MessageKind::InformationalProtected, infoEmpty, "isakmp.missing-payload", "payload chain");
    row("AM exchange in MM1", MessageKind::MainMode1, notQm, "isakmp.bad-exchange-type", "ISAKMP header");
    IsakmpMessage mm3 = mainMode1();
    mm3.payloads = {KePayload{fixedBytes(128, 1)}, VendorIdPayload{"v"}};
    row("MM3 without nonce", MessageKind::MainMode3, mm3, "isakmp.missing-payload", "NONCE payload");
}

void TstIsakmpSeed::rules()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, message);
    QFETCH(QString, code);
    QFETCH(QString, where);
    // Encrypted samples are encoded with their E flag but a clear body; read them back as
    // the exchange layer would after decryption.
    auto header = IsakmpHeader::decode(viewOf(message));
    QVERIFY(header);
    auto decoded = decodeDecryptedBody(*header, viewOf(message).subspan(28));
    QVERIFY(decoded);
    const auto error = checkMessageRule(MessageKind(kind), *decoded);
    QCOMPARE(error ? error->code() : QString(), code);
    if (error) {
        QCOMPARE(error->where, where);
        QVERIFY(error->offset >= 0 && error->offset <= message.size());
    }
}

QTEST_GUILESS_MAIN(TstIsakmpSeed)
#include "tst_isakmp_seed.moc"
