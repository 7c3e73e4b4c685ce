#include "sim/net/icmp_message.h"
#include "sim/net/internet_checksum.h"
#include "sim/net/packet.h"
#include "sim/net/packet_summary.h"
#include "sim/net/udp_datagram.h"

#include <QtTest>

using namespace vtd::sim::net;
using vtd::model::Ipv4Address;

namespace {

Ipv4Address addr(const char *text)
{
    return *Ipv4Address::parse(QString::fromLatin1(text));
}

Ipv4Header header(const char *source, const char *destination, std::uint8_t ttl = 255)
{
    Ipv4Header h;
    h.source = addr(source);
    h.destination = addr(destination);
    h.ttl = ttl;
    return h;
}

QByteArray pattern(int size)
{
    QByteArray data;
    for (int i = 0; i < size; ++i)
        data.append(char(i % 2 == 0 ? 0xab : 0xcd));
    return data;
}

} // namespace

class TstIcmp : public QObject
{
    Q_OBJECT

private slots:
    void echoRoundTrip_data();
    void echoRoundTrip();
    void knownEchoChecksums();
    void echoReplyMirrorsRequest();
    void corruptedMessageIsRejected();
    void shortMessageIsTruncated();
    void destinationUnreachableQuotesHeaderAnd8Octets();
    void timeExceededQuotesOffendingDatagram();
    void quoteOfShortDatagramTakesWhatThereIs();
    void summaries_data();
    void summaries();
};

void TstIcmp::echoRoundTrip_data()
{
    QTest::addColumn<int>("identifier");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0 << 0 << 0;
    QTest::newRow("odd-length") << 1 << 1 << 1;
    QTest::newRow("ios-default") << 1 << 4 << 100;
    QTest::newRow("max-ids") << 65535 << 65535 << 1472;
}

void TstIcmp::echoRoundTrip()
{
    QFETCH(int, identifier);
    QFETCH(int, sequence);
    QFETCH(int, size);
    const IcmpMessage request = IcmpMessage::echoRequest(std::uint16_t(identifier), std::uint16_t(sequence), pattern(size));
    const QByteArray wire = request.encode();
    QCOMPARE(wire.size(), IcmpMessage::HeaderLength + size);
    QCOMPARE(internetChecksum(viewOf(wire)), std::uint16_t(0));
    const auto decoded = IcmpMessage::decode(viewOf(wire));
    QVERIFY(decoded);
    QCOMPARE(decoded->type, icmp_type::EchoRequest);
    QCOMPARE(int(decoded->identifier()), identifier);
    QCOMPARE(int(decoded->sequence()), sequence);
    QCOMPARE(decoded->data, pattern(size));
    QVERIFY(decoded->isEcho());
    QVERIFY(!decoded->isError());
}

void TstIcmp::knownEchoChecksums()
{
    // Checksums computed by the independent Python script (see tst_ipv4_packet.cpp).
    const QByteArray request = IcmpMessage::echoRequest(1, 0, pattern(100)).encode();
    QCOMPARE(request.left(8).toHex(), QByteArray("080069d300010000"));
    const QByteArray reply = IcmpMessage::echoReply(IcmpMessage::echoRequest(1, 0, pattern(100))).encode();
    QCOMPARE(reply.left(8).toHex(), QByteArray("000071d300010000"));
}

void TstIcmp::echoReplyMirrorsRequest()
{
    const IcmpMessage request = IcmpMessage::echoRequest(0x1234, 9, QByteArray("payload"));
    const IcmpMessage reply = IcmpMessage::echoReply(*IcmpMessage::decode(viewOf(request.encode())));
    QCOMPARE(reply.type, icmp_type::EchoReply);
    QCOMPARE(reply.code, std::uint8_t(0));
    QCOMPARE(reply.identifier(), std::uint16_t(0x1234));
    QCOMPARE(reply.sequence(), std::uint16_t(9));
    QCOMPARE(reply.data, QByteArray("payload"));
    QVERIFY(IcmpMessage::decode(viewOf(reply.encode())));
}

void TstIcmp::corruptedMessageIsRejected()
{
    QByteArray wire = IcmpMessage::echoRequest(1, 2, pattern(20)).encode();
    for (int i = 0; i < wire.size(); ++i) {
        QByteArray broken = wire;
        broken[i] = char(broken[i] ^ 0x01);
        const auto result = IcmpMessage::decode(viewOf(broken));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), QStringLiteral("icmp.bad-checksum"));
    }
}

void TstIcmp::shortMessageIsTruncated()
{
    const auto result = IcmpMessage::decode(viewOf(QByteArray::fromHex("0800f7ff0000")));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), QStringLiteral("icmp.truncated"));
}

void TstIcmp::destinationUnreachableQuotesHeaderAnd8Octets()
{
    const Packet offending = Packet::udp(header("12.0.0.1", "11.0.0.2"), UdpDatagram{1025, 53, 0, 0, pattern(40)});
    const IcmpMessage error = IcmpMessage::destinationUnreachable(unreachable_code::Host, offending.view());
    // RFC 792: "Internet Header + 64 bits of Original Data Datagram".
    QCOMPARE(error.data, offending.bytes().left(28));
    QVERIFY(error.isError());
    const auto wire = IcmpMessage::decode(viewOf(error.encode()));
    QVERIFY(wire);
    QCOMPARE(wire->type, icmp_type::DestinationUnreachable);
    QCOMPARE(wire->code, unreachable_code::Host);
    QCOMPARE(wire->restOfHeader, std::uint32_t(0));
    const auto quoted = wire->quotedHeader();
    QVERIFY(quoted);
    QCOMPARE(quoted->source, addr("12.0.0.1"));
    QCOMPARE(quoted->protocol, ip_protocol::Udp);

    const IcmpMessage mtu = IcmpMessage::destinationUnreachable(unreachable_code::FragmentationNeeded, offending.view(), 1400);
    QCOMPARE(mtu.restOfHeader, std::uint32_t(1400)); // RFC 1191 next-hop MTU in the low half
}

void TstIcmp::timeExceededQuotesOffendingDatagram()
{
    const Packet offending = Packet::icmp(header("12.0.0.1", "11.0.0.2", 1), IcmpMessage::echoRequest(1, 3, pattern(100)));
    const Packet reply = Packet::icmp(header("193.0.0.1", "12.0.0.1"),
                                      IcmpMessage::timeExceeded(time_exceeded_code::TtlInTransit, offending.view()));
    const auto parsed = Packet::fromBytes(reply.bytes());
    QVERIFY(parsed);
    const auto message = IcmpMessage::decode(parsed->payload());
    QVERIFY(message);
    QCOMPARE(message->type, icmp_type::TimeExceeded);
    QCOMPARE(message->data.size(), 28);
    QCOMPARE(message->quotedHeader()->ttl, std::uint8_t(1));
}

void TstIcmp::quoteOfShortDatagramTakesWhatThereIs()
{
    const Packet tiny = Packet::build(header("1.1.1.1", "2.2.2.2"), QByteArray("ab"));
    QCOMPARE(IcmpMessage::timeExceeded(0, tiny.view()).data, tiny.bytes());
    QCOMPARE(IcmpMessage::timeExceeded(0, {}).data, QByteArray());
    // A quote too short for a header is reported, not decoded.
    IcmpMessage garbled = IcmpMessage::timeExceeded(0, tiny.view());
    garbled.data.truncate(10);
    QVERIFY(!garbled.quotedHeader());
}

void TstIcmp::summaries_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    const Packet echo = Packet::icmp(header("12.0.0.1", "11.0.0.2"), IcmpMessage::echoRequest(1, 0, pattern(100)));
    const Packet udp = Packet::udp(header("12.0.0.1", "11.0.0.2"), UdpDatagram{1025, 53, 0, 0, pattern(4)});
    QTest::newRow("request") << echo.bytes() << "icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100";
    QTest::newRow("reply")
        << Packet::icmp(header("11.0.0.2", "12.0.0.1"), IcmpMessage::echoReply(IcmpMessage::echoRequest(1, 0, pattern(100)))).bytes()
        << "icmp 11.0.0.2 > 12.0.0.1 echo reply id=1 seq=0 len=100";
    QTest::newRow("ttl")
        << Packet::icmp(header("193.0.0.1", "12.0.0.1"), IcmpMessage::timeExceeded(0, echo.view())).bytes()
        << "icmp 193.0.0.1 > 12.0.0.1 time exceeded ttl (for icmp 12.0.0.1 > 11.0.0.2)";
    QTest::newRow("port-unreachable")
        << Packet::icmp(header("11.0.0.2", "12.0.0.1"), IcmpMessage::destinationUnreachable(3, udp.view())).bytes()
        << "icmp 11.0.0.2 > 12.0.0.1 unreachable port (for udp 12.0.0.1:1025 > 11.0.0.2:53)";
    QTest::newRow("admin-prohibited")
        << Packet::icmp(header("10.0.0.1", "12.0.0.1"), IcmpMessage::destinationUnreachable(13, echo.view())).bytes()
        << "icmp 10.0.0.1 > 12.0.0.1 unreachable admin-prohibited (for icmp 12.0.0.1 > 11.0.0.2)";
    IcmpMessage other;
    other.type = 13; // timestamp
    other.data = QByteArray(12, '\0');
    QTest::newRow("other-type") << Packet::icmp(header("1.2.3.4", "5.6.7.8"), other).bytes()
                                << "icmp 1.2.3.4 > 5.6.7.8 type=13 code=0 len=12";
    QByteArray corrupt = echo.bytes();
    corrupt[30] = char(corrupt[30] ^ 0xff);
    QTest::newRow("bad-icmp-checksum") << corrupt << "icmp 12.0.0.1 > 11.0.0.2 malformed: bad checksum in ICMP message";
}

void TstIcmp::summaries()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(summarizePacket(viewOf(bytes)).text(), text);
}

QTEST_GUILESS_MAIN(TstIcmp)
#include "tst_icmp.moc"
