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

} // namespace

// Known answers computed by an independent Python script (struct.pack + RFC 1071 sum over the
// RFC 768 pseudo-header and the datagram).
class TstUdp : public QObject
{
    Q_OBJECT

private slots:
    void knownDatagrams_data();
    void knownDatagrams();
    void knownIsakmpPacket();
    void computedZeroIsSentAsAllOnes();
    void zeroChecksumMeansNone();
    void badChecksumIsRejected();
    void wrongAddressesFailPseudoHeader();
    void lengthMismatch_data();
    void lengthMismatch();
    void summary();
};

void TstUdp::knownDatagrams_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<int>("sourcePort");
    QTest::addColumn<int>("destinationPort");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expectedHex");
    QTest::newRow("isakmp") << "193.0.0.5" << "10.48.66.156" << 500 << 500 << QByteArray("hello isakmp")
                            << QByteArray("01f401f4001471cb68656c6c6f206973616b6d70");
    QTest::newRow("odd-payload") << "10.0.0.1" << "10.0.0.2" << 1234 << 53 << QByteArray("abc")
                                 << QByteArray("04d20035000b226c616263");
}

void TstUdp::knownDatagrams()
{
    QFETCH(QString, source);
    QFETCH(QString, destination);
    QFETCH(int, sourcePort);
    QFETCH(int, destinationPort);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expectedHex);
    const Ipv4Address src = *Ipv4Address::parse(source);
    const Ipv4Address dst = *Ipv4Address::parse(destination);
    const UdpDatagram datagram{std::uint16_t(sourcePort), std::uint16_t(destinationPort), 0, 0, payload};
    const QByteArray wire = datagram.encode(src, dst);
    QCOMPARE(wire.toHex(), expectedHex);
    const auto decoded = UdpDatagram::decode(viewOf(wire), src, dst);
    QVERIFY(decoded);
    QCOMPARE(int(decoded->sourcePort), sourcePort);
    QCOMPARE(int(decoded->destinationPort), destinationPort);
    QCOMPARE(int(decoded->length), 8 + payload.size());
    QCOMPARE(decoded->payload, payload);
    QCOMPARE(transportChecksum(viewOf(wire), ip_protocol::Udp, src, dst), std::uint16_t(0));
}

void TstUdp::knownIsakmpPacket()
{
    Ipv4Header h;
    h.identification = 7;
    h.source = addr("193.0.0.5");
    h.destination = addr("10.48.66.156");
    const Packet p = Packet::udp(h, UdpDatagram{500, 500, 0, 0, QByteArray("hello isakmp")});
    QCOMPARE(p.bytes().toHex(),
             QByteArray("4500002800070000ff11adecc10000050a30429c01f401f4001471cb68656c6c6f206973616b6d70"));
}

void TstUdp::computedZeroIsSentAsAllOnes()
{
    // Payload 0xe01f makes the sum 0xffff for these addresses and ports (found by the script),
    // so the computed checksum is 0; RFC 768 sends it as all ones, which still verifies.
    const Ipv4Address src = addr("10.0.0.1");
    const Ipv4Address dst = addr("10.0.0.2");
    const QByteArray wire = UdpDatagram{1000, 2000, 0, 0, QByteArray::fromHex("e01f")}.encode(src, dst);
    QCOMPARE(readU16(viewOf(wire), 6), std::uint16_t(0xffff));
    const auto decoded = UdpDatagram::decode(viewOf(wire), src, dst);
    QVERIFY(decoded);
    QCOMPARE(decoded->checksum, std::uint16_t(0xffff));
}

void TstUdp::zeroChecksumMeansNone()
{
    QByteArray wire = UdpDatagram{1, 2, 0, 0, QByteArray("x")}.encode(addr("1.1.1.1"), addr("2.2.2.2"));
    writeU16(wire, 6, 0);
    wire[8] = 'y'; // would fail any checksum; none was sent
    const auto decoded = UdpDatagram::decode(viewOf(wire), addr("1.1.1.1"), addr("2.2.2.2"));
    QVERIFY(decoded);
    QCOMPARE(decoded->checksum, std::uint16_t(0));
    QCOMPARE(decoded->payload, QByteArray("y"));
}

void TstUdp::badChecksumIsRejected()
{
    QByteArray wire = UdpDatagram{500, 500, 0, 0, QByteArray("isakmp")}.encode(addr("1.1.1.1"), addr("2.2.2.2"));
    wire[9] = char(wire[9] ^ 0x40);
    const auto result = UdpDatagram::decode(viewOf(wire), addr("1.1.1.1"), addr("2.2.2.2"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), QStringLiteral("udp.bad-checksum"));
}

void TstUdp::wrongAddressesFailPseudoHeader()
{
    // A NAT that rewrote the address without fixing the checksum is caught.
    const QByteArray wire = UdpDatagram{500, 500, 0, 0, QByteArray("isakmp")}.encode(addr("10.0.0.2"), addr("2.2.2.2"));
    QVERIFY(!UdpDatagram::decode(viewOf(wire), addr("193.0.0.5"), addr("2.2.2.2")));
}

void TstUdp::lengthMismatch_data()
{
    QTest::addColumn<int>("lengthField");
    QTest::addColumn<QString>("code");
    QTest::newRow("below-header") << 7 << "udp.bad-length";
    QTest::newRow("shorter-than-segment") << 9 << "udp.bad-length";
    QTest::newRow("longer-than-segment") << 20 << "udp.truncated";
}

void TstUdp::lengthMismatch()
{
    QFETCH(int, lengthField);
    QFETCH(QString, code);
    QByteArray wire = UdpDatagram{1, 2, 0, 0, QByteArray("abcd")}.encode(addr("1.1.1.1"), addr("2.2.2.2"));
    writeU16(wire, 4, std::uint16_t(lengthField));
    const auto result = UdpDatagram::decode(viewOf(wire), addr("1.1.1.1"), addr("2.2.2.2"));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), code);
}

void TstUdp::summary()
{
    Ipv4Header h;
    h.source = addr("193.0.0.5");
    h.destination = addr("10.48.66.156");
    const Packet p = Packet::udp(h, UdpDatagram{500, 500, 0, 0, QByteArray(84, 'i')});
    const PacketSummary s = summarizePacket(p);
    QCOMPARE(s.text(), QStringLiteral("udp 193.0.0.5:500 > 10.48.66.156:500 len=84"));
    QCOMPARE(s.brief(), QStringLiteral("udp 193.0.0.5:500 > 10.48.66.156:500"));
    QCOMPARE(s.sourcePort, std::optional<std::uint16_t>(500));
    QByteArray broken = p.bytes();
    broken[30] = char(broken[30] ^ 1);
    QCOMPARE(summarizePacket(viewOf(broken)).text(),
             QStringLiteral("udp 193.0.0.5:500 > 10.48.66.156:500 malformed: bad checksum in UDP datagram"));
}

QTEST_GUILESS_MAIN(TstUdp)
#include "tst_udp.moc"
