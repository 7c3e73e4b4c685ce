#include "tst_isakmp_samples.h"

#include "sim/ike/isakmp_attribute_text.h"
#include "sim/ike/isakmp_decode_tree.h"
#include "sim/ike/isakmp_names.h"

#include "model/diagnostic_catalog.h"

#include <QCryptographicHash>
#include <QtTest>

using namespace vtd::sim::ike;
using namespace isakmp_samples;
using vtd::sim::net::viewOf;

namespace {

/** One sample of every payload kind, each a row of the round-trip test. */
std::vector<std::pair<const char *, Payload>> payloadSamples()
{
    NotifyPayload initialContact;
    initialContact.spi = QByteArray::fromHex("0123456789abcdeffedcba9876543210");
    NotifyPayload dpd;
    dpd.type = NotifyType::RUThere;
    dpd.spi = initialContact.spi;
    dpd.data = QByteArray::fromHex("00003039");
    NotifyPayload lifetime;
    lifetime.protocol = ProtocolId::IpsecEsp;
    lifetime.type = NotifyType::ResponderLifetime;
    lifetime.spi = QByteArray::fromHex("4f3e0026");
    lifetime.data = encodeAttributes({DataAttribute::tv(IpsecAttribute::SaLifeType, 1), DataAttribute::number(IpsecAttribute::SaLifeDuration, 28800)});
    NotifyPayload noProposal;
    noProposal.type = NotifyType::NoProposalChosen;
    DeletePayload esp;
    esp.spis = {QByteArray::fromHex("4f3e0026"), QByteArray::fromHex("4e13c751")};
    DeletePayload ike;
    ike.protocol = ProtocolId::Isakmp;
    ike.spiSize = 16;
    ike.spis = {initialContact.spi};
    AttributePayload xauthRequest{ConfigType::Request, 7, {DataAttribute::tv(ConfigAttribute::XauthType, 0), DataAttribute::tlv(std::uint16_t(ConfigAttribute::XauthUserName), {}), DataAttribute::tlv(std::uint16_t(ConfigAttribute::XauthUserPassword), {})}};
    AttributePayload xauthReply{ConfigType::Reply, 7, {DataAttribute::tv(ConfigAttribute::XauthType, 0), DataAttribute::tlv(std::uint16_t(ConfigAttribute::XauthUserName), "alice"), DataAttribute::tlv(std::uint16_t(ConfigAttribute::XauthUserPassword), "secret")}};
    AttributePayload xauthSet{ConfigType::Set, 8, {DataAttribute::tv(ConfigAttribute::XauthStatus, 1)}};
    AttributePayload xauthAck{ConfigType::Ack, 8, {DataAttribute::tlv(std::uint16_t(ConfigAttribute::XauthStatus), {})}};
    AttributePayload modeCfgReply{ConfigType::Reply, 0x4a4b, {
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::InternalIp4Address), QByteArray::fromHex("0c000001")),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::InternalIp4Netmask), QByteArray::fromHex("ffffff00")),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::InternalIp4Dns), QByteArray::fromHex("0a000001")),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::InternalIp4Nbns), QByteArray::fromHex("0a000002")),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::UnityDefDomain), "example.com"),
        DataAttribute::tv(ConfigAttribute::UnitySavePasswd, 0),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::UnityBanner), "Welcome"),
        DataAttribute::tlv(std::uint16_t(ConfigAttribute::UnitySplitInclude), QByteArray::fromHex("0b000000ffffff000000000000000a000000ffffff0000000000000000"))}};
    return {
        {"SA phase 1 (AM1)", std::get<SaPayload>(aggressive1().payloads[0])},
        {"SA phase 2 with IPCOMP (QM1)", std::get<SaPayload>(quick1().payloads[1])},
        {"KE", KePayload{fixedBytes(128, 9)}},
        {"ID_IPV4_ADDR", IdPayload::ipv4Address(ip("193.0.0.5"), 17, 500)},
        {"ID_FQDN", IdPayload::fqdn("rain", 17, 500)},
        {"ID_USER_FQDN", IdPayload::userFqdn("alice@example.com")},
        {"ID_IPV4_ADDR_SUBNET", IdPayload::ipv4Subnet(ip("12.0.0.0"), ip("255.255.255.0"))},
        {"ID_KEY_ID", IdPayload::keyId("VPNclient", 17, 500)},
        {"HASH", HashPayload{fixedBytes(20, 10)}},
        {"NONCE min", NoncePayload{fixedBytes(8, 11)}},
        {"NONCE max", NoncePayload{fixedBytes(256, 12)}},
        {"NOTIFY INITIAL_CONTACT", initialContact},
        {"NOTIFY R-U-THERE", dpd},
        {"NOTIFY RESPONDER-LIFETIME", lifetime},
        {"NOTIFY NO_PROPOSAL_CHOSEN", noProposal},
        {"DELETE ESP", esp},
        {"DELETE ISAKMP", ike},
        {"VID Unity", VendorIdPayload{vendorIdBytes(KnownVendorId::CiscoUnity)}},
        {"ATTRIBUTE XAUTH request", xauthRequest},
        {"ATTRIBUTE XAUTH reply", xauthReply},
        {"ATTRIBUTE XAUTH set", xauthSet},
        {"ATTRIBUTE XAUTH ack", xauthAck},
        {"ATTRIBUTE Mode Config reply", modeCfgReply},
        {"CERT (uninterpreted)", RawPayload{PayloadType::Certificate, QByteArray::fromHex("04aabbcc")}},
    };
}

/** Every row of a tree lies inside its parent and inside the message. */
void checkTreeBounds(const DecodeTreeRow &r, int begin, int end)
{
    QVERIFY2(r.offset >= begin && r.offset + r.length <= end,
             qPrintable(QStringLiteral("%1 at %2+%3 outside %4..%5").arg(r.field).arg(r.offset).arg(r.length).arg(begin).arg(end)));
    for (const DecodeTreeRow &c : r.children)
        checkTreeBounds(c, r.offset, r.offset + r.length);
}

} // namespace

class TstIsakmpCodec : public QObject
{
    Q_OBJECT

private slots:
    void headerKnownAnswer();
    void saKnownAnswer();
    void payloadRoundTrip_data();
    void payloadRoundTrip();
    void attributeForms();
    void idAccessors();
    void names_data();
    void names();
    void vendorIdsAreTheirMd5Definitions();
    void encryptedSplitAndDecryptedBody();
    void decodeTreeOffsets();
    void decodeTreeOfEncryptedAndMalformed();
    void packetFields();
    void everyProblemHasACatalogTemplate();
};

void TstIsakmpCodec::headerKnownAnswer()
{
    IsakmpHeader h;
    h.initiatorCookie = cookie(0x0123456789abcdefULL);
    h.responderCookie = cookie(0xfedcba9876543210ULL);
    h.nextPayload = PayloadType::Hash;
    h.exchange = ExchangeType::QuickMode;
    h.flags = header_flag::Encryption;
    h.messageId = 0xc87f4f43;
    h.length = 28;
    const QByteArray bytes = h.encode();
    QCOMPARE(bytes.toHex(), QByteArray("0123456789abcdeffedcba9876543210" "08" "10" "20" "01" "c87f4f43" "0000001c"));
    auto back = IsakmpHeader::decode(viewOf(bytes));
    QVERIFY(back);
    QCOMPARE(*back, h);
    QVERIFY(back->encrypted());
    QVERIFY(!back->commit());
}

// SAi_b of the reference's worked example (§8.1): DES, SHA, PSK, group 2, 86400 s.
void TstIsakmpCodec::saKnownAnswer()
{
    Transform t;
    t.attributes = {DataAttribute::tv(IkeAttribute::EncryptionAlgorithm, 1), DataAttribute::tv(IkeAttribute::HashAlgorithm, 2),
                    DataAttribute::tv(IkeAttribute::AuthenticationMethod, 1), DataAttribute::tv(IkeAttribute::GroupDescription, 2),
                    DataAttribute::tv(IkeAttribute::LifeType, 1), DataAttribute::number(IkeAttribute::LifeDuration, 86400)};
    const QByteArray body = phase1Sa({t}).encodeBody();
    QCOMPARE(body.toHex(), QByteArray("00000001000000010000002c0101000100000024010100008001000180020002"
                                      "80030001800400028" "00b0001000c000400015180"));
    auto back = SaPayload::decodeBody(WireReader(viewOf(body), 32));
    QVERIFY(back);
    QCOMPARE(*back, phase1Sa({t}));
}

void TstIsakmpCodec::payloadRoundTrip_data()
{
    QTest::addColumn<int>("index");
    const auto samples = payloadSamples();
    for (std::size_t i = 0; i < samples.size(); ++i)
        QTest::newRow(samples[i].first) << int(i);
}

void TstIsakmpCodec::payloadRoundTrip()
{
    QFETCH(int, index);
    const Payload payload = payloadSamples()[std::size_t(index)].second;
    IsakmpMessage m;
    m.header.initiatorCookie = cookie(1);
    m.header.exchange = ExchangeType::Informational;
    // Alone, and between two other payloads, so the chaining around it is exercised too.
    for (const auto &payloads : {std::vector<Payload>{payload},
                                 std::vector<Payload>{VendorIdPayload{"x"}, payload, HashPayload{"h"}}}) {
        m.payloads = payloads;
        const QByteArray bytes = m.encode();
        DecodedChain chain;
        auto back = IsakmpMessage::decode(viewOf(bytes), &chain);
        QVERIFY2(back, back ? "" : qPrintable(back.error().description()));
        QCOMPARE(back->payloads.size(), payloads.size());
        QVERIFY(back->payloads == payloads);
        QCOMPARE(back->header.length, std::uint32_t(bytes.size()));
        QCOMPARE(back->header.nextPayload, payloadType(payloads.front()));
        for (std::size_t i = 0; i < payloads.size(); ++i)
            QCOMPARE(bytes.mid(chain.spans[i].offset, chain.spans[i].length),
                     encodePayload(payloads[i], i + 1 < payloads.size() ? payloadType(payloads[i + 1]) : PayloadType::None));
        const DecodeTreeRow tree = isakmpDecodeTree(viewOf(bytes));
        QCOMPARE(tree.length, int(bytes.size()));
        QCOMPARE(int(tree.children.size()), 1 + int(payloads.size()));
        checkTreeBounds(tree, 0, int(bytes.size()));
    }
}

void TstIsakmpCodec::attributeForms()
{
    const DataAttribute shortLife = DataAttribute::number(IpsecAttribute::SaLifeDuration, 28800);
    QVERIFY(shortLife.basic);
    QCOMPARE(ipsecAttributeDebugText(shortLife), QStringLiteral("SA life duration (basic) of 28800"));
    const DataAttribute kilobytes = DataAttribute::number(IpsecAttribute::SaLifeDuration, 4608000);
    QVERIFY(!kilobytes.basic);
    QCOMPARE(kilobytes.variableValue.toHex(), QByteArray("00465000"));
    QCOMPARE(ipsecAttributeDebugText(kilobytes), QStringLiteral("SA life duration (VPI) of  0x0 0x46 0x50 0x0 "));
    QCOMPARE(kilobytes.integer(), std::optional<std::uint64_t>(4608000));
    QVERIFY(!DataAttribute::tlv(1, QByteArray(9, 'x')).integer());
    QByteArray wire;
    kilobytes.appendTo(wire);
    shortLife.appendTo(wire);
    QCOMPARE(wire.toHex(), QByteArray("0002000400465000" "80027080"));
    auto back = decodeAttributes(WireReader(viewOf(wire), 0), Place{"test", 1});
    QVERIFY(back);
    QCOMPARE(back->size(), std::size_t(2));
    QCOMPARE(back->at(0), kilobytes);
    QCOMPARE(back->at(1), shortLife);
    QCOMPARE(findAttribute(*back, IpsecAttribute::SaLifeDuration), &back->at(0));
    QVERIFY(!findAttribute(*back, IpsecAttribute::KeyLength));
}

void TstIsakmpCodec::idAccessors()
{
    const IdPayload subnet = IdPayload::ipv4Subnet(ip("12.0.0.0"), ip("255.255.255.0"));
    QCOMPARE(subnet.address()->toString(), QStringLiteral("12.0.0.0"));
    QCOMPARE(subnet.mask()->toString(), QStringLiteral("255.255.255.0"));
    QCOMPARE(subnet.text(), QStringLiteral("12.0.0.0/255.255.255.0"));
    const IdPayload host = IdPayload::ipv4Address(ip("193.0.0.5"), 17, 500);
    QCOMPARE(encodePayloadBody(host).toHex(), QByteArray("011101f4c1000005")); // IDii_b of reference §8.1
    QCOMPARE(host.mask()->toString(), QStringLiteral("255.255.255.255"));
    QCOMPARE(IdPayload::fqdn("rain").text(), QStringLiteral("rain"));
    QVERIFY(!IdPayload::fqdn("rain").address());
    NotifyPayload dpd;
    dpd.type = NotifyType::RUThereAck;
    dpd.data = QByteArray::fromHex("00003039");
    QCOMPARE(dpd.dpdSequence(), std::optional<std::uint32_t>(12345));
}

void TstIsakmpCodec::names_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("MM label") << ciscoExchangeLabel(ExchangeType::IdentityProtection) << "OAK_MM";
    QTest::newRow("AM label") << ciscoExchangeLabel(ExchangeType::Aggressive) << "OAK_AG";
    QTest::newRow("QM label") << ciscoExchangeLabel(ExchangeType::QuickMode) << "OAK_QM";
    QTest::newRow("transaction label") << ciscoExchangeLabel(ExchangeType::Transaction) << "ISAKMP_TRANSACTION";
    QTest::newRow("initial contact") << notifyTypeName(NotifyType(24578)) << "INITIAL_CONTACT";
    QTest::newRow("responder lifetime") << notifyTypeName(NotifyType(24576)) << "RESPONDER_LIFETIME";
    QTest::newRow("replay status") << notifyTypeName(NotifyType(24577)) << "REPLAY_STATUS";
    QTest::newRow("dpd") << notifyTypeName(NotifyType(36136)) << "R_U_THERE";
    QTest::newRow("dpd ack") << notifyTypeName(NotifyType(36137)) << "R_U_THERE_ACK";
    QTest::newRow("no proposal") << notifyTypeName(NotifyType(14)) << "NO_PROPOSAL_CHOSEN";
    QTest::newRow("unknown notify") << notifyTypeName(NotifyType(9999)) << "UNKNOWN (9999)";
    QTest::newRow("id") << idTypeName(IdType::Ipv4Address) << "ID_IPV4_ADDR";
    QTest::newRow("id key") << idTypeName(IdType::KeyId) << "ID_KEY_ID";
    QTest::newRow("esp des") << transformIdName(ProtocolId::IpsecEsp, 2) << "ESP_DES";
    QTest::newRow("esp 3des") << transformIdName(ProtocolId::IpsecEsp, 3) << "ESP_3DES";
    QTest::newRow("key ike") << transformIdName(ProtocolId::Isakmp, 1) << "KEY_IKE";
    QTest::newRow("lzs") << transformIdName(ProtocolId::IpComp, 3) << "IPCOMP_LZS";
    QTest::newRow("cfg") << configTypeName(ConfigType::Set) << "CFG_SET";
    QTest::newRow("wins") << configAttributeName(4) << "INTERNAL_IP4_NBNS";
    QTest::newRow("split") << configAttributeName(28676) << "UNITY_SPLIT_INCLUDE";
    QTest::newRow("xauth user") << configAttributeName(16521) << "XAUTH_USER_NAME";
    QTest::newRow("pix label") << pix62ConfigAttributeLabel(1) << "IP4_ADDRESS (1)";
    QTest::newRow("pix unity") << pix62ConfigAttributeLabel(28672) << "UNKNOWN (28672)";
    QTest::newRow("ike 3des") << ikeAttributeDebugText(DataAttribute::tv(IkeAttribute::EncryptionAlgorithm, 5)) << "encryption 3DES-CBC";
    QTest::newRow("xauth psk") << ikeAttributeDebugText(DataAttribute::tv(IkeAttribute::AuthenticationMethod, 65001)) << "extended auth pre-share";
    QTest::newRow("life basic") << ikeAttributeDebugText(DataAttribute::tv(IkeAttribute::LifeDuration, 28800)) << "life duration (basic) of 28800";
    QTest::newRow("ipsec transform") << ipsecTransformDebugText(ProtocolId::IpsecEsp, Transform{1, 2, {}}) << "transform 1, ESP_DES";
}

void TstIsakmpCodec::names()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TstIsakmpCodec::vendorIdsAreTheirMd5Definitions()
{
    auto md5 = [](const char *text) { return QCryptographicHash::hash(text, QCryptographicHash::Md5); };
    QCOMPARE(vendorIdBytes(KnownVendorId::CiscoUnity), md5("CISCO-UNITY").left(14) + QByteArray::fromHex("0100"));
    QCOMPARE(vendorIdBytes(KnownVendorId::DeadPeerDetection), md5("CISCO-DEAD-PEER-DETECTION").left(14) + QByteArray::fromHex("0100"));
    QCOMPARE(vendorIdBytes(KnownVendorId::Xauth), md5("draft-ietf-ipsra-isakmp-xauth-06.txt").left(8));
    QCOMPARE(vendorIdBytes(KnownVendorId::CiscoFragmentation), md5("FRAGMENTATION") + QByteArray::fromHex("80000000"));
    QCOMPARE(vendorIdBytes(KnownVendorId::NatTraversalRfc3947), md5("RFC 3947"));
    QCOMPARE(vendorIdBytes(KnownVendorId::NatTraversalDraft02), md5("draft-ietf-ipsec-nat-t-ike-02\n"));
    QCOMPARE(vendorIdBytes(KnownVendorId::NatTraversalDraft03), md5("draft-ietf-ipsec-nat-t-ike-03"));
    for (KnownVendorId id : AllKnownVendorIds)
        QCOMPARE(identifyVendorId(vendorIdBytes(id)), std::optional<KnownVendorId>(id));
    QVERIFY(!identifyVendorId("not a vendor"));
}

void TstIsakmpCodec::encryptedSplitAndDecryptedBody()
{
    const IsakmpMessage qm = quick1();
    QByteArray body = qm.encodeBody();
    const int padding = 8 - int(body.size() % 8);
    body.append(QByteArray(padding, '\0'));
    // The exchange layer would encrypt `body`; the codec only carries the bytes.
    const QByteArray wire = qm.encodeEncrypted(body);
    QCOMPARE(wire.size(), 28 + body.size());
    auto split = splitEncrypted(viewOf(wire));
    QVERIFY(split);
    QVERIFY(split->header.encrypted());
    QCOMPARE(split->header.nextPayload, PayloadType::Hash);
    QCOMPARE(split->ciphertext, body);
    DecodedChain chain;
    auto decoded = decodeDecryptedBody(split->header, viewOf(split->ciphertext), &chain);
    QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().description()));
    QVERIFY(decoded->payloads == qm.payloads);
    QCOMPARE(chain.paddingLength, padding);
    QCOMPARE(chain.spans.front().offset, 28);
    // HASH(1) covers every payload after the HASH: from the SA's offset to the last payload's end.
    const int coveredFrom = chain.spans[1].offset - 28;
    QCOMPARE(body.mid(coveredFrom, chain.spans.back().offset + chain.spans.back().length - 28 - coveredFrom),
             encodePayloadChain(std::span<const Payload>(qm.payloads).subspan(1)));

    // The clear decoder refuses the encrypted message, the split refuses a clear one.
    QCOMPARE(IsakmpMessage::decode(viewOf(wire)).error().problem, IsakmpProblem::EncryptionFlag);
    QCOMPARE(splitEncrypted(viewOf(mainMode1().encode())).error().problem, IsakmpProblem::EncryptionFlag);
    // More than 255 bytes after the last payload is not padding.
    QByteArray tooLong = qm.encodeBody() + QByteArray(256, '\0');
    QCOMPARE(decodeDecryptedBody(split->header, viewOf(tooLong)).error().problem, IsakmpProblem::BadLength);
}

void TstIsakmpCodec::decodeTreeOffsets()
{
    const QByteArray bytes = mainMode1().encode();
    const DecodeTreeRow tree = isakmpDecodeTree(viewOf(bytes));
    QCOMPARE(tree.children.size(), std::size_t(2));
    const DecodeTreeRow &header = tree.children[0];
    QCOMPARE(header.children[2].field, QStringLiteral("Next payload"));
    QCOMPARE(header.children[2].value, QStringLiteral("1 (SA)"));
    QCOMPARE(header.children[2].offset, 16);
    QCOMPARE(header.children[4].value, QStringLiteral("2 (Identity Protection (Main Mode))"));
    const DecodeTreeRow &sa = tree.children[1];
    QCOMPARE(sa.field, QStringLiteral("SA payload"));
    QCOMPARE(sa.offset, 28);
    QCOMPARE(sa.length, int(bytes.size()) - 28);
    const DecodeTreeRow &proposal = sa.children.back();
    QCOMPARE(proposal.field, QStringLiteral("Proposal 1"));
    QCOMPARE(proposal.offset, 40);
    const DecodeTreeRow &transform = proposal.children.back();
    QCOMPARE(transform.field, QStringLiteral("Transform 1"));
    QCOMPARE(transform.value, QStringLiteral("KEY_IKE"));
    QCOMPARE(transform.offset, 48);
    const DecodeTreeRow &encryption = transform.children[4];
    QCOMPARE(encryption.field, QStringLiteral("Encryption-Algorithm"));
    QCOMPARE(encryption.value, QStringLiteral("DES-CBC (1)"));
    QCOMPARE(encryption.offset, 56);
    QCOMPARE(encryption.length, 4);
    QCOMPARE(bytes.mid(encryption.offset, encryption.length).toHex(), QByteArray("80010001"));
    checkTreeBounds(tree, 0, int(bytes.size()));

    const DecodeTreeRow cfg = isakmpDecodeTree(transactionRequest());
    const DecodeTreeRow &attr = cfg.children[2];
    QCOMPARE(attr.value, QStringLiteral("CFG_REQUEST, 13 attribute(s)"));
    QCOMPARE(attr.children[4].field, QStringLiteral("INTERNAL_IP4_ADDRESS (1)"));
    QCOMPARE(attr.children[4].value, QStringLiteral("(empty)"));
}

void TstIsakmpCodec::decodeTreeOfEncryptedAndMalformed()
{
    const IsakmpMessage qm = quick1();
    const QByteArray wire = qm.encodeEncrypted(QByteArray(64, 'c'));
    const DecodeTreeRow encrypted = isakmpDecodeTree(viewOf(wire));
    QCOMPARE(encrypted.children.back().field, QStringLiteral("Encrypted payloads"));
    QCOMPARE(encrypted.children.back().offset, 28);
    QCOMPARE(encrypted.children.back().length, 64);

    QByteArray broken = mainMode1().encode();
    broken[29] = 1; // SA payload's reserved byte
    const DecodeTreeRow malformed = isakmpDecodeTree(viewOf(broken));
    QCOMPARE(malformed.children.back().field, QStringLiteral("Error"));
    QCOMPARE(malformed.children.back().offset, 29);
    QVERIFY(malformed.children.back().value.startsWith(QStringLiteral("SA payload at offset 29")));
    QCOMPARE(isakmpDecodeTree(viewOf(broken.left(10))).children.back().field, QStringLiteral("Error"));

    // The payloads before a fault stay visible: break the reserved byte of AM1's last VID.
    QByteArray am1 = aggressive1().encode();
    DecodedChain chain;
    QVERIFY(IsakmpMessage::decode(viewOf(am1), &chain));
    am1[chain.spans.back().offset + 1] = 9;
    const DecodeTreeRow partial = isakmpDecodeTree(viewOf(am1));
    QCOMPARE(partial.children.size(), std::size_t(1 + 6 + 1));
    QCOMPARE(partial.children[1].field, QStringLiteral("SA payload"));
    QCOMPARE(partial.children[4].value, QStringLiteral("ID_KEY_ID VPNclient"));
    QCOMPARE(partial.children[6].value, QStringLiteral("Dead Peer Detection v1.0"));
    QCOMPARE(partial.children.back().field, QStringLiteral("Error"));
    QCOMPARE(partial.children.back().offset, chain.spans.back().offset + 1);
}

void TstIsakmpCodec::packetFields()
{
    const auto fields = isakmpPacketFields(viewOf(mainMode1().encode()));
    QVERIFY(fields.size() > 20);
    QCOMPARE(fields.front().layer, QStringLiteral("ISAKMP"));
    const auto encryption = std::find_if(fields.begin(), fields.end(), [](const auto &f) {
        return f.name.trimmed() == QLatin1String("Encryption-Algorithm");
    });
    QVERIFY(encryption != fields.end());
    QCOMPARE(encryption->value, QStringLiteral("DES-CBC (1)"));
    QVERIFY(encryption->name.startsWith(QStringLiteral("        "))); // ISAKMP > SA > Proposal > Transform > attribute
    QByteArray broken = mainMode1().encode();
    broken[17] = 0x20;
    QCOMPARE(isakmpPacketFields(viewOf(broken)).back().layer, QStringLiteral("Error"));
}

void TstIsakmpCodec::everyProblemHasACatalogTemplate()
{
    for (IsakmpProblem problem : AllIsakmpProblems) {
        const IsakmpDecodeError e{problem, QStringLiteral("SA payload"), 28, QStringLiteral("detail")};
        QVERIFY2(vtd::model::diagnosticTemplate(e.code()), qPrintable(e.code()));
        vtd::model::Diagnostic d;
        d.code = e.code();
        d.params = e.params();
        QVERIFY2(!vtd::model::diagnosticMessage(d).contains(QLatin1Char('{')), qPrintable(e.code()));
    }
}

QTEST_GUILESS_MAIN(TstIsakmpCodec)
#include "tst_isakmp_codec.moc"
