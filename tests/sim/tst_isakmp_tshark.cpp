#include "tst_isakmp_samples.h"

#include "sim/net/ipv4_header.h"
#include "sim/net/udp_datagram.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vtd::sim;
using namespace vtd::sim::ike;
using namespace isakmp_samples;

namespace {

constexpr quint32 LinkTypeIpv4 = 228; // LINKTYPE_IPV4: each record is a bare IPv4 datagram

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char(v >> (8 * i)));
}

void appendLe16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
}

/** A classic pcap file (little-endian, microseconds) of IPv4 datagrams, one per second. */
QByteArray pcapFile(const QList<QByteArray> &datagrams)
{
    QByteArray out;
    appendLe32(out, 0xa1b2c3d4);
    appendLe16(out, 2);
    appendLe16(out, 4);
    appendLe32(out, 0);
    appendLe32(out, 0);
    appendLe32(out, 65535);
    appendLe32(out, LinkTypeIpv4);
    quint32 second = 1796000000;
    for (const QByteArray &d : datagrams) {
        appendLe32(out, second++);
        appendLe32(out, 0);
        appendLe32(out, quint32(d.size()));
        appendLe32(out, quint32(d.size()));
        out.append(d);
    }
    return out;
}

/** The ISAKMP message in UDP 500 -> 500 inside IPv4, encoded by the simulator's own codecs. */
QByteArray datagram(const QByteArray &isakmp, const char *from, const char *to)
{
    net::UdpDatagram udp;
    udp.sourcePort = 500;
    udp.destinationPort = 500;
    udp.payload = isakmp;
    const QByteArray segment = udp.encode(ip(from), ip(to));
    net::Ipv4Header header;
    header.protocol = net::ip_protocol::Udp;
    header.source = ip(from);
    header.destination = ip(to);
    return header.encode(int(segment.size())) + segment;
}

QByteArray informationalNoProposal()
{
    NotifyPayload n;
    n.type = NotifyType::NoProposalChosen;
    IsakmpMessage m = mainMode1();
    m.header.exchange = ExchangeType::Informational;
    m.payloads = {n};
    return m.encode();
}

QByteArray mainMode3()
{
    IsakmpMessage m = mainMode2();
    m.payloads = {KePayload{fixedBytes(128, 7)}, NoncePayload{fixedBytes(20, 8)},
                  VendorIdPayload{vendorIdBytes(KnownVendorId::CiscoUnity)},
                  VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)}};
    return m.encode();
}

} // namespace

// Wireshark's ISAKMP dissector is an independent reading of RFC 2408: what the codec encodes
// must dissect without a "Malformed" mark and show the fields we put in.
class TstIsakmpTshark : public QObject
{
    Q_OBJECT

private slots:
    void tsharkDissectsEncodedMessages();
};

void TstIsakmpTshark::tsharkDissectsEncodedMessages()
{
    const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
    if (tshark.isEmpty())
        QSKIP("tshark is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("isakmp.pcap"));
    IsakmpMessage qm = quick1();
    QByteArray body = qm.encodeBody();
    body.append(QByteArray(8 - body.size() % 8, '\0'));
    const QList<QByteArray> messages = {
        datagram(mainMode1().encode(), "193.0.0.5", "10.48.66.156"),
        datagram(mainMode2().encode(), "10.48.66.156", "193.0.0.5"),
        datagram(mainMode3(), "193.0.0.5", "10.48.66.156"),
        datagram(aggressive1().encode(), "10.48.66.76", "193.0.0.1"),
        datagram(qm.encodeEncrypted(body), "10.48.66.76", "193.0.0.1"),
        datagram(informationalNoProposal(), "193.0.0.1", "10.48.66.76"),
    };
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pcapFile(messages));
    file.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(tshark, {QStringLiteral("-n"), QStringLiteral("-V"), QStringLiteral("-r"), path});
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(out.left(2000)));
    QVERIFY2(!out.contains(QLatin1String("Malformed"), Qt::CaseInsensitive), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("[Expert Info (Error")), qPrintable(out));
    QCOMPARE(out.count(QLatin1String("Internet Security Association and Key Management Protocol")), messages.size());
    for (const char *expected : {"Exchange type: Identity Protection (Main Mode) (2)", "Exchange type: Aggressive (4)",
                                 "Exchange type: Quick Mode (32)", "Exchange type: Informational (5)",
                                 "Encryption-Algorithm: DES-CBC", "Encryption-Algorithm: 3DES-CBC",
                                 "Authentication-Method: XAUTHInitPreShared", "Authentication-Method: Pre-shared key",
                                 "Life-Duration: 2147483", "Life-Duration: 86400", "Transform ID: KEY_IKE (1)",
                                 "ID type: KEY_ID (11)", "Vendor ID: CISCO-UNITY", "Vendor ID: XAUTH",
                                 "Vendor ID: RFC 3706 DPD (Dead Peer Detection)",
                                 "Notify Message Type: NO-PROPOSAL-CHOSEN (14)", "Key Exchange Data:"}) {
        QVERIFY2(out.contains(QLatin1String(expected)), expected);
    }
}

QTEST_GUILESS_MAIN(TstIsakmpTshark)
#include "tst_isakmp_tshark.moc"
