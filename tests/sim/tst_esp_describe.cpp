// The trace / packet-view description of ESP: header only without the SA, keys, IV, ICV
// verdict, padding and the inner datagram with it; tampered and truncated payloads.

#include "tst_esp_fixtures.h"

#include "sim/engine/seeded_rng.h"
#include "sim/esp/esp_describe.h"
#include "sim/esp/esp_tunnel.h"

#include <QTest>

using namespace esp_fixtures;
using esp::EspDirection;
using esp::EspError;
using esp::EspSa;
using esp::EspTransform;
using vtd::sim::SeededRng;
using vtd::sim::SimTime;

namespace {

QString fieldValue(const std::vector<net::PacketField> &rows, const QString &layer, const QString &name)
{
    for (const net::PacketField &row : rows) {
        if (row.layer == layer && row.name == name)
            return row.value;
    }
    return QStringLiteral("<missing>");
}

} // namespace

class TstEspDescribe : public QObject
{
    Q_OBJECT

private slots:
    void headerOnlyWithoutSa();
    void fullWithSa();
    void describingLeavesTheSaAlone();
    void tamperedShowsBadIcv();
    void truncated();
};

void TstEspDescribe::headerOnlyWithoutSa()
{
    const crypto::Bytes esp = *crypto::fromHex("8312e721 00000001 0102030405060708 ea0b1838");
    const esp::EspDescription d = esp::describeEsp(esp, nullptr);
    QVERIFY(d.headerPresent);
    QCOMPARE(d.spi, 0x8312e721u);
    QCOMPARE(d.sequence, 1u);
    QVERIFY(!d.haveSa);
    QVERIFY(!d.problem);
    const auto rows = d.fields();
    QCOMPARE(rows.size(), 2u);
    QCOMPARE(fieldValue(rows, "ESP", "SPI"), QStringLiteral("0x8312e721"));
}

void TstEspDescribe::fullWithSa()
{
    // esp.md §7 worked example, through the SA that rain would hold.
    esp::EspSaConfig config = saConfig(EspTransform{}, EspDirection::Inbound);
    config.encryptionKey = *crypto::fromHex("4bddfbead0031003");
    config.authenticationKey = *crypto::fromHex("bcc8310cbf87dcb4be2969372904a29afc95d59e");
    const auto sa = EspSa::create(config);
    const crypto::Bytes esp = *crypto::fromHex(
        "8312e721000000010102030405060708ea0b1838935174806ccbafc650a70aae7eac5087cee27cf08cf079169f2fa780"
        "71a3a777991d45c6d3046f4e");
    const esp::EspDescription d = esp::describeEsp(esp, &*sa);
    QVERIFY(!d.problem);
    QCOMPARE(d.icvOk, std::optional<bool>(true));
    QVERIFY(d.decrypted);
    QCOMPARE(crypto::toHex(d.iv), std::string("0102030405060708"));
    QCOMPARE(d.padLength, 2);
    QCOMPARE(d.nextHeader, 4);
    QCOMPARE(d.inner.toHex(), QByteArray("4500001c12340000800111ab0c0000010b0000020800f4ff02000100"));
    const auto rows = d.fields();
    QCOMPARE(fieldValue(rows, "ESP", "Transform"), QStringLiteral("esp-des esp-sha-hmac"));
    QCOMPARE(fieldValue(rows, "ESP", "Encryption key"), QStringLiteral("4bddfbead0031003"));
    QCOMPARE(fieldValue(rows, "ESP", "ICV"), QStringLiteral("71a3a777991d45c6d3046f4e"));
    QCOMPARE(fieldValue(rows, "ESP", "ICV check"), QStringLiteral("good"));
    QCOMPARE(fieldValue(rows, "ESP", "Padding"), QStringLiteral("0102"));
    QCOMPARE(fieldValue(rows, "Inner IPv4", "Source"), QStringLiteral("12.0.0.1"));
    QCOMPARE(fieldValue(rows, "Inner ICMP", "Type"), QStringLiteral("8"));
}

void TstEspDescribe::describingLeavesTheSaAlone()
{
    auto sender = EspSa::create(saConfig(EspTransform{}, EspDirection::Outbound));
    SeededRng rng(1);
    const auto outer = esp::encapsulate(*sender, innerPacket(), rng, {}, SimTime());
    const esp::EspCounters before = sender->counters();
    const esp::EspDescription d = esp::describeEsp(outer->payload(), &*sender);  // the sender's own view
    QVERIFY(d.decrypted);
    QCOMPARE(d.inner, innerPacket().bytes());
    QCOMPARE(sender->counters(), before);
    QCOMPARE(sender->lastSequenceNumber(), 1u);
}

void TstEspDescribe::tamperedShowsBadIcv()
{
    auto sender = EspSa::create(saConfig(EspTransform{}, EspDirection::Outbound));
    SeededRng rng(2);
    const auto outer = esp::encapsulate(*sender, innerPacket(), rng, {}, SimTime());
    QByteArray bytes = net::toByteArray(outer->payload());
    bytes[20] = char(bytes[20] ^ 0x10);
    const esp::EspDescription d = esp::describeEsp(net::viewOf(bytes), &*sender);
    QCOMPARE(d.icvOk, std::optional<bool>(false));
    QCOMPARE(d.problem, std::optional<EspError>(EspError::AuthFailure));
    QCOMPARE(fieldValue(d.fields(), "Error", "esp.auth-failed"), QStringLiteral("ICV verification failed"));
    auto other = EspSa::create(saConfig(EspTransform{}, EspDirection::Inbound, 0x42));
    QCOMPARE(esp::describeEsp(outer->payload(), &*other).problem, std::optional<EspError>(EspError::NoSa));
}

void TstEspDescribe::truncated()
{
    auto sender = EspSa::create(saConfig(EspTransform{}, EspDirection::Outbound));
    SeededRng rng(3);
    const auto outer = esp::encapsulate(*sender, innerPacket(), rng, {}, SimTime());
    const auto whole = outer->payload();
    for (std::size_t length = 0; length < whole.size(); ++length) {
        const esp::EspDescription d = esp::describeEsp(whole.first(length), &*sender);
        QVERIFY(d.problem.has_value());
        QVERIFY(!d.fields().empty());
    }
}

QTEST_GUILESS_MAIN(TstEspDescribe)
#include "tst_esp_describe.moc"
