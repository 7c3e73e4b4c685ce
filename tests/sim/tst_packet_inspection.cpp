#include "sim/analysis/packet_inspection.h"
#include "sim/devices/ping_session.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_recorder.h"
#include "sim/net/packet.h"
#include "sim/net/udp_datagram.h"
#include "sim/scenario/vpn_control.h"

#include "model/io/project_file.h"
#include "model/project.h"
#include "resources/builtin_example.h"

#include <QtTest>

#include <functional>

using namespace vtd::sim;
using namespace vtd::sim::analysis;
using vtd::model::Ipv4Address;

// The packet detail view's model on the seed run: the VPN Client dials snow (Aggressive Mode,
// Mode Config, Quick Modes), then pings 11.0.0.2 behind rain, so snow and rain run Main Mode
// and Quick Mode and the echo crosses both tunnels as ESP. Every encrypted message and packet
// must show its plaintext, keys and derivations; broken bytes give an "Error" row.

namespace {

constexpr int IsakmpAt = 28; // IPv4 20 + UDP 8: where the ISAKMP message starts

/** One traced run of the seed, shared by the tests (it is deterministic). */
const std::vector<TraceEvent> &seedRun()
{
    static const std::vector<TraceEvent> events = [] {
        auto read = vtd::model::readProject(vtd::resources::builtinExampleProjectFile(),
                                            vtd::resources::builtinExampleName());
        Simulator sim(7);
        TraceRecorder recorder;
        sim.addTraceSink(&recorder);
        devices::SimNetwork network(sim);
        network.build(*read.project);
        auto *control = network.node(QStringLiteral("vpnclient"))->extension<VpnControl>();
        control->connect({}, {}, [](const VpnControl::ConnectOutcome &) {});
        sim.runUntil(sim.now() + SimTime::fromSeconds(30));
        devices::PingSession ping(*network.node(QStringLiteral("vpnclient")), *Ipv4Address::parse(QStringLiteral("11.0.0.2")));
        ping.start();
        sim.runUntil(sim.now() + SimTime::fromSeconds(20));
        return recorder.events();
    }();
    return events;
}

using PacketTest = std::function<bool(const PacketTrace &)>;

int findPacket(const PacketTest &test)
{
    const auto &events = seedRun();
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto *p = std::get_if<PacketTrace>(&events[i]);
        if (p && p->direction == PacketDirection::Sent && test(*p))
            return int(i);
    }
    return -1;
}

/** An ISAKMP message sent by `node` with this exchange type, message ID zero or not, encrypted or not. */
int findIsakmp(const char *node, int exchange, bool phase2, bool encrypted)
{
    return findPacket([=](const PacketTrace &p) {
        const QByteArray &b = p.bytes;
        if (p.node != QLatin1String(node) || b.size() < IsakmpAt + 28 || quint8(b[9]) != 17)
            return false;
        const bool midSet = b.mid(IsakmpAt + 20, 4) != QByteArray(4, '\0');
        return quint8(b[IsakmpAt + 18]) == exchange && midSet == phase2 && bool(b[IsakmpAt + 19] & 1) == encrypted;
    });
}

const InspectionRow &child(const InspectionRow &row, const QString &field)
{
    for (const InspectionRow &c : row.children) {
        if (c.field == field)
            return c;
    }
    qFatal("no row %s under %s", qPrintable(field), qPrintable(row.field));
}

QStringList fieldsOf(const InspectionRow &row)
{
    QStringList out;
    for (const InspectionRow &c : row.children)
        out << c.field;
    return out;
}

bool hasErrorRow(const std::vector<InspectionRow> &rows)
{
    for (const InspectionRow &r : rows) {
        if (r.layer == QLatin1String("Error") || hasErrorRow(r.children))
            return true;
    }
    return false;
}

/** Every row's bytes lie inside the buffer they point into. */
void checkSpans(const PacketInspection &inspection, const std::vector<InspectionRow> &rows)
{
    for (const InspectionRow &r : rows) {
        const int size = r.bytes == InspectionBytes::Plaintext ? int(inspection.plaintext.size()) : int(inspection.datagram.size());
        if (r.bytes != InspectionBytes::None) {
            QVERIFY2(r.offset >= 0 && r.length >= 0 && r.offset + r.length <= size, qPrintable(r.field));
        }
        checkSpans(inspection, r.children);
    }
}

/** With VTD_DUMP_INSPECTION set, prints the tree (to read what the view will show). */
void dumpRows(const std::vector<InspectionRow> &rows, int depth)
{
    for (const InspectionRow &r : rows) {
        qInfo().noquote() << QString(depth * 2, QLatin1Char(' ')) + r.field + QStringLiteral(" = ") + r.value
                                 + QStringLiteral("  [%1 %2+%3]").arg(int(r.bytes)).arg(r.offset).arg(r.length);
        dumpRows(r.children, depth + 1);
    }
}

void dump(const PacketInspection &inspection)
{
    if (qEnvironmentVariableIsSet("VTD_DUMP_INSPECTION"))
        dumpRows(inspection.rows, 0);
}

} // namespace

class TstPacketInspection : public QObject
{
    Q_OBJECT

private slots:
    void quickModeMessageDecrypts();
    void aggressiveModeAndModeConfigDecrypt_data();
    void aggressiveModeAndModeConfigDecrypt();
    void espPacketDecrypts();
    void alteredEspPacketFailsIcv();
    void clearMessagesShowTheirPayloads_data();
    void clearMessagesShowTheirPayloads();
    void decisionsFollowThePacket();
    void brokenBytesGiveAnErrorRow_data();
    void brokenBytesGiveAnErrorRow();
    void notAPacket();
};

void TstPacketInspection::quickModeMessageDecrypts()
{
    const int index = findIsakmp("vpnclient", 32, true, true); // QM1: the client's first Quick Mode message
    QVERIFY(index >= 0);
    const PacketInspection inspection = inspectPacket(seedRun(), index);
    dump(inspection);
    QVERIFY(inspection.valid);
    QCOMPARE(inspection.plaintextTitle, QStringLiteral("Decrypted ISAKMP message"));
    const InspectionRow *decrypted = findRow(inspection.rows, QStringLiteral("Decrypted payloads"));
    QVERIFY(decrypted);
    QVERIFY2(decrypted->value.startsWith(QStringLiteral("HASH, SA, NONCE")), qPrintable(decrypted->value));
    QVERIFY2(decrypted->value.contains(QStringLiteral("ID")), qPrintable(decrypted->value));
    QVERIFY(!hasErrorRow(inspection.rows));
    // The proposal's transforms, with their IPsec attributes.
    const InspectionRow *proposal = findRow(decrypted->children, QStringLiteral("Proposal 1"));
    QVERIFY(proposal);
    QVERIFY(proposal->value.startsWith(QStringLiteral("PROTO_IPSEC_ESP")));
    const InspectionRow &transform = child(*proposal, QStringLiteral("Transform 1"));
    QVERIFY2(transform.value.startsWith(QStringLiteral("ESP_")), qPrintable(transform.value));
    QVERIFY(findRow(transform.children, QStringLiteral("Encapsulation Mode")) || findRow(transform.children, QStringLiteral("Authentication Algorithm"))
            || !transform.children.empty());
    // The payload rows point into the plaintext: the HASH payload's first byte is its next payload (SA = 1).
    const InspectionRow &hash = decrypted->children.front();
    QCOMPARE(hash.field, QStringLiteral("HASH payload"));
    QCOMPARE(hash.bytes, InspectionBytes::Plaintext);
    QCOMPARE(hash.offset, 28);
    QCOMPARE(int(inspection.plaintext.at(hash.offset)), 1);
    checkSpans(inspection, inspection.rows);
    // Keys: every SKEYID with its formula, and the phase-2 IV's derivation.
    const InspectionRow *keys = findRow(inspection.rows, QStringLiteral("Keys"));
    QVERIFY(keys);
    const QStringList names = fieldsOf(*keys);
    for (const char *name : {"SKEYID", "SKEYID_d", "SKEYID_a", "SKEYID_e", "Encryption key", "IV", "Message ID",
                             "Initiator cookie (CKY-I)", "Responder cookie (CKY-R)"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QCOMPARE(child(child(*keys, QStringLiteral("SKEYID_e")), QStringLiteral("Derivation")).value,
             QStringLiteral("SKEYID_e = prf(SKEYID, SKEYID_a | g^xy | CKY-I | CKY-R | 2)"));
    QVERIFY(child(child(*keys, QStringLiteral("SKEYID")), QStringLiteral("Derivation")).value
                .startsWith(QStringLiteral("SKEYID = prf(pre-shared-key, Ni_b | Nr_b)")));
    const InspectionRow &iv = child(*keys, QStringLiteral("IV"));
    QCOMPARE(iv.value.size(), 16); // one DES/3DES block in hex
    QVERIFY2(child(iv, QStringLiteral("Derivation")).value.startsWith(QStringLiteral("IV = hash(last phase-1 CBC block | M-ID)")),
             qPrintable(child(iv, QStringLiteral("Derivation")).value));
    QCOMPARE(child(*keys, QStringLiteral("Encrypted by")).value, QStringLiteral("vpnclient"));
}

void TstPacketInspection::aggressiveModeAndModeConfigDecrypt_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("exchange");
    QTest::addColumn<bool>("phase2");
    QTest::addColumn<QString>("payloads");
    QTest::addColumn<QString>("ivDerivation");
    QTest::newRow("AM3") << "vpnclient" << 4 << false << "HASH" << "IV = ";
    QTest::newRow("mode config request") << "vpnclient" << 6 << true << "HASH, ATTRIBUTE" << "IV = hash(last phase-1 CBC block | M-ID)";
    QTest::newRow("mode config reply") << "snow" << 6 << true << "HASH, ATTRIBUTE" << "IV = last ciphertext block of the previous message";
    QTest::newRow("QM2 from snow") << "snow" << 32 << true << "HASH, SA, NONCE" << "IV = last ciphertext block of the previous message";
    QTest::newRow("MM5 from snow") << "snow" << 2 << false << "ID, HASH" << "IV = hash(g^xi | g^xr)";
}

void TstPacketInspection::aggressiveModeAndModeConfigDecrypt()
{
    QFETCH(QString, node);
    QFETCH(int, exchange);
    QFETCH(bool, phase2);
    QFETCH(QString, payloads);
    QFETCH(QString, ivDerivation);
    const int index = findIsakmp(qPrintable(node), exchange, phase2, true);
    QVERIFY(index >= 0);
    const PacketInspection inspection = inspectPacket(seedRun(), index);
    dump(inspection);
    const InspectionRow *decrypted = findRow(inspection.rows, QStringLiteral("Decrypted payloads"));
    QVERIFY(decrypted);
    QVERIFY2(decrypted->value.startsWith(payloads), qPrintable(decrypted->value));
    QVERIFY(!hasErrorRow(inspection.rows));
    checkSpans(inspection, inspection.rows);
    const InspectionRow *iv = findRow(inspection.rows, QStringLiteral("IV"));
    QVERIFY(iv);
    const QString derivation = child(*iv, QStringLiteral("Derivation")).value;
    QVERIFY2(derivation.startsWith(ivDerivation), qPrintable(derivation));
}

void TstPacketInspection::espPacketDecrypts()
{
    // snow -> rain: the echo request of the VPN Client's assigned address 12.0.0.1 to 11.0.0.2.
    int found = -1;
    PacketInspection inspection;
    const auto &events = seedRun();
    for (std::size_t i = 0; i < events.size() && found < 0; ++i) {
        const auto *p = std::get_if<PacketTrace>(&events[i]);
        if (!p || p->node != QLatin1String("snow") || p->direction != PacketDirection::Sent || quint8(p->bytes[9]) != 50)
            continue;
        inspection = inspectPacket(events, int(i));
        const InspectionRow *inner = findRow(inspection.rows, QStringLiteral("Decrypted payload"));
        const InspectionRow *ipv4 = inner ? findRow(inner->children, QStringLiteral("Internet Protocol Version 4")) : nullptr;
        if (ipv4 && ipv4->value == QLatin1String("Src: 12.0.0.1, Dst: 11.0.0.2"))
            found = int(i);
    }
    QVERIFY(found >= 0);
    dump(inspection);
    QCOMPARE(inspection.plaintextTitle, QStringLiteral("Decrypted ESP payload"));
    const InspectionRow *icmp = findRow(inspection.rows, QStringLiteral("Internet Control Message Protocol"));
    QVERIFY(icmp);
    QCOMPARE(icmp->layer, QStringLiteral("Inner ICMP"));
    QCOMPARE(icmp->value, QStringLiteral("8 (Echo request)"));
    QCOMPARE(icmp->bytes, InspectionBytes::Plaintext);
    QCOMPARE(icmp->offset, 20);
    QCOMPARE(int(inspection.plaintext.at(20)), 8);
    QCOMPARE(findRow(inspection.rows, QStringLiteral("ICV check"))->value, QStringLiteral("good"));
    QCOMPARE(findRow(inspection.rows, QStringLiteral("Next header"))->value, QStringLiteral("4 (IPv4)"));
    QVERIFY(!hasErrorRow(inspection.rows));
    checkSpans(inspection, inspection.rows);
    // The SPI row covers the four bytes after the outer header.
    const InspectionRow *spi = findRow(inspection.rows, QStringLiteral("SPI"));
    QCOMPARE(spi->offset, 20);
    QCOMPARE(spi->length, 4);
    const InspectionRow *keys = findRow(inspection.rows, QStringLiteral("Keys"));
    QVERIFY(keys);
    QVERIFY(child(*keys, QStringLiteral("KEYMAT")).value.startsWith(QStringLiteral("KEYMAT = prf(SKEYID_d")));
    QCOMPARE(child(*keys, QStringLiteral("Encrypted by")).value, QStringLiteral("snow"));
    QCOMPARE(child(*keys, QStringLiteral("Encryption key")).value.size(), 16);
}

void TstPacketInspection::alteredEspPacketFailsIcv()
{
    const int index = findPacket([](const PacketTrace &p) { return p.node == QLatin1String("snow") && quint8(p.bytes[9]) == 50; });
    QVERIFY(index >= 0);
    std::vector<TraceEvent> events = seedRun();
    auto &packet = std::get<PacketTrace>(events[std::size_t(index)]);
    auto outer = net::Packet::fromBytes(packet.bytes);
    QVERIFY(outer);
    QByteArray esp = net::toByteArray(outer->payload());
    esp[esp.size() - 20] = char(esp[esp.size() - 20] ^ 0x40); // a ciphertext byte, before the ICV
    packet.bytes = net::Packet::build(outer->header(), esp).bytes();
    const PacketInspection inspection = inspectPacket(events, index);
    QVERIFY(findRow(inspection.rows, QStringLiteral("ICV check"))->value.startsWith(QStringLiteral("bad")));
    QVERIFY(hasErrorRow(inspection.rows));
    QVERIFY(!findRow(inspection.rows, QStringLiteral("Encrypted by"))); // not what snow encrypted
}

void TstPacketInspection::clearMessagesShowTheirPayloads_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("exchange");
    QTest::addColumn<QStringList>("payloads");
    QTest::newRow("MM1 from snow") << "snow" << 2 << QStringList{"SA payload"};
    QTest::newRow("AM1 from vpnclient") << "vpnclient" << 4
                                        << QStringList{"SA payload", "KE payload", "NONCE payload", "ID payload", "VENDOR ID payload"};
}

void TstPacketInspection::clearMessagesShowTheirPayloads()
{
    QFETCH(QString, node);
    QFETCH(int, exchange);
    QFETCH(QStringList, payloads);
    const int index = findIsakmp(qPrintable(node), exchange, false, false);
    QVERIFY(index >= 0);
    const PacketInspection inspection = inspectPacket(seedRun(), index);
    dump(inspection);
    QVERIFY(inspection.plaintext.isEmpty());
    const InspectionRow *isakmp = findRow(inspection.rows, QStringLiteral("Internet Security Association and Key Management Protocol"));
    QVERIFY(isakmp);
    const QStringList shown = fieldsOf(*isakmp);
    for (const QString &payload : payloads)
        QVERIFY2(shown.contains(payload), qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY(!findRow(inspection.rows, QStringLiteral("Keys")));
    QVERIFY(!hasErrorRow(inspection.rows));
    // Offsets are the datagram's: the header row starts after IPv4 and UDP.
    QCOMPARE(child(*isakmp, QStringLiteral("ISAKMP header")).offset, IsakmpAt);
    QCOMPARE(findRow(inspection.rows, QStringLiteral("Destination port"))->value, QStringLiteral("500"));
    checkSpans(inspection, inspection.rows);
}

void TstPacketInspection::decisionsFollowThePacket()
{
    // An ESP packet of the client: the route the client chose, the routers on the way and snow's
    // ingress stage all decided about it under its trace id.
    const int index = findPacket([](const PacketTrace &p) { return p.node == QLatin1String("vpnclient") && quint8(p.bytes[9]) == 50; });
    QVERIFY(index >= 0);
    const PacketInspection inspection = inspectPacket(seedRun(), index);
    const InspectionRow *decisions = findRow(inspection.rows, QStringLiteral("Decisions"));
    QVERIFY(decisions);
    QCOMPARE(decisions->layer, QStringLiteral("Decisions"));
    QVERIFY2(decisions->children.size() >= 2, qPrintable(decisions->value));
    QVERIFY(decisions->children.front().field.contains(QStringLiteral("vpnclient route")));
}

void TstPacketInspection::brokenBytesGiveAnErrorRow_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<bool>("rewrap"); // rebuild a valid IPv4/UDP around the cut ISAKMP message
    for (int keep : {0, 1, 10, 19, 20, 27, 30, 40, 60}) {
        QTest::addRow("datagram cut at %d", keep) << keep << false;
        QTest::addRow("isakmp cut at %d", keep) << keep << true;
    }
}

void TstPacketInspection::brokenBytesGiveAnErrorRow()
{
    QFETCH(int, keep);
    QFETCH(bool, rewrap);
    const int index = findIsakmp("vpnclient", 32, true, true);
    QVERIFY(index >= 0);
    std::vector<TraceEvent> events = seedRun();
    auto &packet = std::get<PacketTrace>(events[std::size_t(index)]);
    if (rewrap) {
        auto original = net::Packet::fromBytes(packet.bytes);
        QVERIFY(original);
        net::UdpDatagram udp;
        udp.sourcePort = udp.destinationPort = 500;
        udp.payload = packet.bytes.mid(IsakmpAt, keep);
        packet.bytes = net::Packet::udp(original->header(), udp).bytes();
    } else {
        packet.bytes.truncate(keep);
    }
    const PacketInspection inspection = inspectPacket(events, index);
    QVERIFY(inspection.valid);
    QVERIFY(hasErrorRow(inspection.rows));
    checkSpans(inspection, inspection.rows);
}

void TstPacketInspection::notAPacket()
{
    QVERIFY(!inspectPacket(seedRun(), -1).valid);
    QVERIFY(!inspectPacket(seedRun(), int(seedRun().size())).valid);
    const auto &events = seedRun();
    for (std::size_t i = 0; i < events.size(); ++i) {
        if (std::holds_alternative<KeyTrace>(events[i])) {
            QVERIFY(!inspectPacket(events, int(i)).valid);
            return;
        }
    }
    QFAIL("no key record in the run");
}

QTEST_GUILESS_MAIN(TstPacketInspection)
#include "tst_packet_inspection.moc"
