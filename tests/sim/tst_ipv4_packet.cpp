#include "sim/engine/seeded_rng.h"
#include "sim/net/icmp_message.h"
#include "sim/net/internet_checksum.h"
#include "sim/net/ipv4_header.h"
#include "sim/net/packet.h"
#include "sim/net/packet_fields.h"
#include "sim/net/packet_summary.h"
#include "sim/net/udp_datagram.h"

#include <QtTest>

using namespace vtd::sim::net;
using vtd::model::Ipv4Address;

Q_DECLARE_METATYPE(vtd::sim::net::DecodeProblem)

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

// Echo request 12.0.0.1 -> 11.0.0.2, IP id 1, TTL 128, ICMP id 1 seq 0, 100 octets of the
// 0xabcd pattern IOS pings carry. Built and checksummed by a separate Python script
// (struct.pack + its own RFC 1071 sum): header checksum 0x237a, ICMP checksum 0x69d3.
const char EchoRequestHex[] =
    "45000080000100008001237a0c0000010b000002"
    "080069d300010000"
    "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd"
    "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd";

} // namespace

class TstIpv4Packet : public QObject
{
    Q_OBJECT

private slots:
    void rfc1071Example();
    void sumsEveryLengthAsWords();
    void knownHeaderChecksums_data();
    void knownHeaderChecksums();
    void buildsKnownEchoRequest();
    void decodesKnownEchoRequest();
    void roundTrip_data();
    void roundTrip();
    void everyTruncationIsRejected();
    void malformedHeaders_data();
    void malformedHeaders();
    void quotedHeaderIsLenient();
    void mutatorsKeepChecksumsValid();
    void mutatingAnEmptyPacketBuildsIt();
    void fieldsView();
    void garbageNeverCrashes();
};

void TstIpv4Packet::rfc1071Example()
{
    // RFC 1071 §3, "Numerical Examples": octets 00 01 f2 03 f4 f5 f6 f7 sum to ddf2.
    InternetChecksum sum;
    sum.add(viewOf(hex("0001f203f4f5f6f7")));
    QCOMPARE(sum.sum(), std::uint16_t(0xddf2));
    QCOMPARE(sum.checksum(), std::uint16_t(0x220d));
    // Odd length: the last octet is the high half of a final word.
    QCOMPARE(internetChecksum(viewOf(hex("01"))), std::uint16_t(~0x0100 & 0xffff));
    QCOMPARE(internetChecksum({}), std::uint16_t(0xffff));
}

// The sum takes eight octets at a time; it must equal RFC 1071's word-by-word sum for every
// length and for the carry-heavy all-ones data.
void TstIpv4Packet::sumsEveryLengthAsWords()
{
    const auto wordByWord = [](const QByteArray &data) {
        std::uint64_t sum = 0;
        for (qsizetype i = 0; i < data.size(); i += 2) {
            const std::uint32_t high = std::uint8_t(data[i]);
            const std::uint32_t low = i + 1 < data.size() ? std::uint8_t(data[i + 1]) : 0;
            sum += high << 8 | low;
        }
        while (sum >> 16)
            sum = (sum & 0xffff) + (sum >> 16);
        return std::uint16_t(~sum);
    };
    for (const char fill : {'\x00', '\xff', '\x5a'}) {
        for (int length = 0; length <= 70; ++length) {
            QByteArray data(length, fill);
            for (int i = 0; i < length; i += 3)
                data[i] = char(i * 37 + 11);  // some variety, leaving runs of the fill
            QCOMPARE(internetChecksum(viewOf(data)), wordByWord(data));
            QCOMPARE(internetChecksum(viewOf(QByteArray(length, fill))), wordByWord(QByteArray(length, fill)));
        }
    }
}

void TstIpv4Packet::knownHeaderChecksums_data()
{
    QTest::addColumn<QByteArray>("headerWithZeroChecksum");
    QTest::addColumn<int>("checksum");
    // Widely published worked examples (UDP 192.168.0.1 -> 192.168.0.199; TCP 172.16.10.99 ->
    // 172.16.10.12), checksums confirmed with the independent Python script.
    QTest::newRow("udp-192.168") << hex("450000730000400040110000c0a80001c0a800c7") << 0xb861;
    QTest::newRow("tcp-172.16") << hex("4500003c1c4640004006" "0000" "ac100a63ac100a0c") << 0xb1e6;
    QTest::newRow("echo-12-to-11") << hex("450000800001000080010000" "0c0000010b000002") << 0x237a;
}

void TstIpv4Packet::knownHeaderChecksums()
{
    QFETCH(QByteArray, headerWithZeroChecksum);
    QFETCH(int, checksum);
    QCOMPARE(int(internetChecksum(viewOf(headerWithZeroChecksum))), checksum);
    QByteArray filled = headerWithZeroChecksum;
    writeU16(filled, 10, std::uint16_t(checksum));
    QCOMPARE(internetChecksum(viewOf(filled)), std::uint16_t(0)); // verifies to zero

    // Our encoder produces the same header from the decoded fields.
    const auto decoded = Ipv4Header::decodeQuoted(viewOf(filled));
    QVERIFY(decoded);
    QCOMPARE(decoded->encode(decoded->totalLength - 20), filled);
}

void TstIpv4Packet::buildsKnownEchoRequest()
{
    Ipv4Header h;
    h.identification = 1;
    h.ttl = 128;
    h.source = addr("12.0.0.1");
    h.destination = addr("11.0.0.2");
    QByteArray data;
    for (int i = 0; i < 50; ++i)
        data.append(hex("abcd"));
    const Packet p = Packet::icmp(h, IcmpMessage::echoRequest(1, 0, data));
    QCOMPARE(p.bytes().toHex(), QByteArray(EchoRequestHex));
    QCOMPARE(p.header().headerChecksum, std::uint16_t(0x237a));
    QCOMPARE(p.header().totalLength, std::uint16_t(128));
}

void TstIpv4Packet::decodesKnownEchoRequest()
{
    const auto p = Packet::fromBytes(hex(EchoRequestHex));
    QVERIFY(p);
    QCOMPARE(p->source(), addr("12.0.0.1"));
    QCOMPARE(p->destination(), addr("11.0.0.2"));
    QCOMPARE(p->ttl(), std::uint8_t(128));
    QCOMPARE(p->protocol(), ip_protocol::Icmp);
    QCOMPARE(p->header().identification, std::uint16_t(1));
    QVERIFY(!p->header().dontFragment);
    const auto icmp = IcmpMessage::decode(p->payload());
    QVERIFY(icmp);
    QCOMPARE(icmp->type, icmp_type::EchoRequest);
    QCOMPARE(icmp->checksum, std::uint16_t(0x69d3));
    QCOMPARE(icmp->identifier(), std::uint16_t(1));
    QCOMPARE(icmp->sequence(), std::uint16_t(0));
    QCOMPARE(icmp->data.size(), 100);
    QCOMPARE(summarizePacket(*p).text(), QStringLiteral("icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100"));
    QCOMPARE(summarizePacket(*p).brief(), QStringLiteral("icmp 12.0.0.1 > 11.0.0.2"));
}

void TstIpv4Packet::roundTrip_data()
{
    QTest::addColumn<int>("tos");
    QTest::addColumn<int>("identification");
    QTest::addColumn<bool>("dontFragment");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QByteArray>("options");
    QTest::addColumn<int>("payloadLength");
    QTest::newRow("plain") << 0 << 0 << false << 255 << 1 << QByteArray() << 0;
    QTest::newRow("df-ttl1") << 0x10 << 0xbeef << true << 1 << 17 << QByteArray() << 33;
    QTest::newRow("esp") << 0 << 65535 << true << 64 << 50 << QByteArray() << 1400;
    QTest::newRow("options") << 0 << 7 << false << 30 << 6 << hex("01010101") << 8;
    QTest::newRow("odd-options-padded") << 0 << 7 << false << 30 << 6 << hex("0707") << 3;
    QTest::newRow("max-size") << 0 << 1 << false << 2 << 17 << QByteArray() << 65535 - 20;
}

void TstIpv4Packet::roundTrip()
{
    QFETCH(int, tos);
    QFETCH(int, identification);
    QFETCH(bool, dontFragment);
    QFETCH(int, ttl);
    QFETCH(int, protocol);
    QFETCH(QByteArray, options);
    QFETCH(int, payloadLength);
    Ipv4Header h;
    h.typeOfService = std::uint8_t(tos);
    h.identification = std::uint16_t(identification);
    h.dontFragment = dontFragment;
    h.ttl = std::uint8_t(ttl);
    h.protocol = std::uint8_t(protocol);
    h.options = options;
    h.source = addr("193.0.0.5");
    h.destination = addr("10.48.66.156");
    const QByteArray payload(payloadLength, '\x5a');
    const Packet built = Packet::build(h, payload);

    const auto decoded = Packet::fromBytes(built.bytes());
    QVERIFY(decoded);
    const Ipv4Header &d = decoded->header();
    QCOMPARE(d.typeOfService, h.typeOfService);
    QCOMPARE(d.identification, h.identification);
    QCOMPARE(d.dontFragment, dontFragment);
    QCOMPARE(d.ttl, h.ttl);
    QCOMPARE(d.protocol, h.protocol);
    QCOMPARE(d.source, h.source);
    QCOMPARE(d.destination, h.destination);
    QCOMPARE(d.options.size() % 4, 0);
    QVERIFY(d.options.startsWith(options));
    QCOMPARE(int(d.totalLength), built.size());
    QCOMPARE(d, built.header());
    QCOMPARE(toByteArray(decoded->payload()), payload);
}

void TstIpv4Packet::everyTruncationIsRejected()
{
    // Every strict prefix of valid datagrams is refused as truncated, at the right layer.
    Ipv4Header h;
    h.source = addr("12.0.0.1");
    h.destination = addr("11.0.0.2");
    h.options = hex("01010101");
    const Packet icmp = Packet::icmp(h, IcmpMessage::echoRequest(1, 2, QByteArray(37, 'x')));
    for (int length = 0; length < icmp.size(); ++length) {
        const auto result = Packet::fromBytes(icmp.bytes().left(length));
        QVERIFY2(!result, qPrintable(QString::number(length)));
        QCOMPARE(result.error(), (DecodeError{DecodeLayer::Ipv4, DecodeProblem::Truncated}));
        QVERIFY(summarizePacket(viewOf(icmp.bytes().left(length))).text().startsWith(QStringLiteral("malformed: truncated IPv4 packet")));
    }
    // ICMP and UDP decoders on their own: every prefix is truncated or fails the checksum.
    const QByteArray message = IcmpMessage::echoRequest(1, 2, QByteArray(9, 'y')).encode();
    for (int length = 0; length < message.size(); ++length)
        QVERIFY(!IcmpMessage::decode(viewOf(message.left(length))));
    const QByteArray udp = UdpDatagram{1000, 53, 0, 0, QByteArray("query")}.encode(h.source, h.destination);
    for (int length = 0; length < udp.size(); ++length) {
        const auto result = UdpDatagram::decode(viewOf(udp.left(length)), h.source, h.destination);
        QVERIFY(!result);
        QCOMPARE(result.error().problem, DecodeProblem::Truncated);
    }
}

void TstIpv4Packet::malformedHeaders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<DecodeProblem>("problem");
    QTest::addColumn<QString>("code");
    const QByteArray good = hex("45000073000040004011b861c0a80001c0a800c7") + QByteArray(0x73 - 20, '\0');
    QByteArray v6 = good;
    v6[0] = char(0x65);
    QByteArray shortIhl = good;
    shortIhl[0] = char(0x44);
    QByteArray badSum = good;
    badSum[11] = char(0x62);
    QByteArray totalBelowHeader = good;
    writeU16(totalBelowHeader, 2, 19);
    QTest::newRow("good-control") << good << DecodeProblem::Truncated << QString();
    QTest::newRow("version-6") << v6 << DecodeProblem::BadVersion << "ip.bad-version";
    QTest::newRow("ihl-4") << shortIhl << DecodeProblem::BadHeaderLength << "ip.bad-header-length";
    QTest::newRow("bad-checksum") << badSum << DecodeProblem::BadChecksum << "ip.bad-checksum";
    QTest::newRow("trailing-bytes") << good + QByteArray(2, '\0') << DecodeProblem::BadLength << "ip.bad-length";
    QTest::newRow("total-below-header") << totalBelowHeader << DecodeProblem::BadLength << "ip.bad-length";
    QTest::newRow("empty") << QByteArray() << DecodeProblem::Truncated << "ip.truncated";
}

void TstIpv4Packet::malformedHeaders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(DecodeProblem, problem);
    QFETCH(QString, code);
    const auto result = Ipv4Header::decode(viewOf(bytes));
    if (code.isEmpty()) {
        QVERIFY(result);
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().problem, problem);
    QCOMPARE(result.error().code(), code);
    QVERIFY(!summarizePacket(viewOf(bytes)).problem.isEmpty());
}

void TstIpv4Packet::quotedHeaderIsLenient()
{
    // A header cut after 8 octets of payload, as ICMP errors quote it: strict decode refuses
    // it as truncated, the quoted decode accepts it.
    const QByteArray quoted = hex(EchoRequestHex).left(28);
    QVERIFY(!Ipv4Header::decode(viewOf(quoted)));
    const auto h = Ipv4Header::decodeQuoted(viewOf(quoted));
    QVERIFY(h);
    QCOMPARE(h->source, addr("12.0.0.1"));
    QCOMPARE(h->totalLength, std::uint16_t(128));
    QVERIFY(!Ipv4Header::decodeQuoted(viewOf(quoted.left(19))));
}

void TstIpv4Packet::mutatorsKeepChecksumsValid()
{
    Ipv4Header h;
    h.ttl = 64;
    h.source = addr("10.0.0.2");
    h.destination = addr("193.0.0.6");
    Packet p = Packet::udp(h, UdpDatagram{1025, 53, 0, 0, QByteArray("abc")});
    p.setTraceId(77);

    const Packet sent = p;  // the copy a link keeps: rewriting the header in place must not touch it
    p.setTtl(63);
    QCOMPARE(p.ttl(), std::uint8_t(63));
    QCOMPARE(Packet::fromBytes(sent.bytes())->ttl(), sent.ttl());
    QVERIFY(sent.ttl() != 63);
    // NAT: translate the source as `global (intf2) 1 interface` would.
    p.setSource(addr("193.0.0.5"));
    p.setDestination(addr("193.0.0.6"));
    const auto reparsed = Packet::fromBytes(p.bytes());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->header(), p.header());
    QCOMPARE(reparsed->source(), addr("193.0.0.5"));
    const auto udp = UdpDatagram::decode(reparsed->payload(), reparsed->source(), reparsed->destination());
    QVERIFY2(udp, "UDP checksum must follow the address rewrite");
    QCOMPARE(udp->payload, QByteArray("abc"));
    QCOMPARE(p.traceId(), std::uint64_t(77));

    p.setPayload(UdpDatagram{1025, 53, 0, 0, QByteArray("longer payload")}.encode(p.source(), p.destination()));
    QVERIFY(Packet::fromBytes(p.bytes()));
    QCOMPARE(int(p.header().totalLength), 20 + 8 + 14);
}

void TstIpv4Packet::mutatingAnEmptyPacketBuildsIt()
{
    Packet p;
    p.setTtl(9);
    const auto reparsed = Packet::fromBytes(p.bytes());
    QVERIFY(reparsed);
    QCOMPARE(reparsed->ttl(), std::uint8_t(9));
    QVERIFY(p.payload().empty());
}

void TstIpv4Packet::fieldsView()
{
    const auto p = Packet::fromBytes(hex(EchoRequestHex));
    QVERIFY(p);
    const std::vector<PacketField> rows = decodePacketFields(p->view());
    const auto find = [&](const QString &layer, const QString &name) {
        for (const PacketField &row : rows) {
            if (row.layer == layer && row.name == name)
                return row.value;
        }
        return QStringLiteral("<missing>");
    };
    QCOMPARE(find(QStringLiteral("IPv4"), QStringLiteral("TTL")), QStringLiteral("128"));
    QCOMPARE(find(QStringLiteral("IPv4"), QStringLiteral("Header checksum")), QStringLiteral("0x237a"));
    QCOMPARE(find(QStringLiteral("IPv4"), QStringLiteral("Source")), QStringLiteral("12.0.0.1"));
    QCOMPARE(find(QStringLiteral("ICMP"), QStringLiteral("Checksum")), QStringLiteral("0x69d3"));
    QCOMPARE(find(QStringLiteral("ICMP"), QStringLiteral("Data length")), QStringLiteral("100"));
    const std::vector<PacketField> broken = decodePacketFields(viewOf(hex(EchoRequestHex).left(10)));
    QCOMPARE(broken.size(), std::size_t(1));
    QCOMPARE(broken.front().name, QStringLiteral("ip.truncated"));
}

void TstIpv4Packet::garbageNeverCrashes()
{
    // Random buffers, and valid packets with random octets changed: every decoder returns a
    // value or a reason, and the summaries always produce text.
    vtd::sim::SeededRng rng(2024);
    const QByteArray valid = hex(EchoRequestHex);
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes;
        if (i % 2 == 0) {
            bytes = rng.bytes(int(rng.below(80)));
            if (!bytes.isEmpty() && rng.chancePercent(50))
                bytes[0] = char(0x45); // get past the version check more often
        } else {
            bytes = valid;
            for (int k = 0; k < 3; ++k)
                bytes[qsizetype(rng.below(std::uint64_t(bytes.size())))] = char(rng.below(256));
        }
        const BytesView view = viewOf(bytes);
        QVERIFY(!summarizePacket(view).text().isEmpty());
        decodePacketFields(view);
        if (const auto p = Packet::fromBytes(bytes)) {
            IcmpMessage::decode(p->payload());
            UdpDatagram::decode(p->payload(), p->source(), p->destination());
        }
        if (const auto m = IcmpMessage::decode(view))
            m->quotedHeader();
    }
}

QTEST_GUILESS_MAIN(TstIpv4Packet)
#include "tst_ipv4_packet.moc"
