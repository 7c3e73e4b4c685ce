// ESP tunnel mode (RFC 2406): round trips for every transform, known answers computed
// independently (tests/data/esp/esp_tunnel.vec from make_vectors.py with Python cryptography,
// and RFC 3602 §4 cases 7-8), tampering, replay, sequence wrap, lifetimes, truncated and
// garbage input, and the show crypto ipsec sa counters each failure moves.

#include "tst_esp_fixtures.h"  // before tst_crypto_vectors.h: its global viewOf() would make packet.h's call ambiguous
#include "tst_crypto_vectors.h"

#include "sim/engine/seeded_rng.h"
#include "sim/esp/esp_sad.h"
#include "sim/esp/esp_tunnel.h"
#include "sim/esp/esp_wire.h"

#include "model/diagnostic_catalog.h"

#include <QTest>

#include <algorithm>

using namespace esp_fixtures;
using esp::EspDirection;
using esp::EspError;
using esp::EspSa;
using esp::EspTransform;
using vtd::sim::SeededRng;
using vtd::sim::SimTime;

Q_DECLARE_METATYPE(EspError)

namespace {

EspSa makeSa(const EspTransform &transform, EspDirection direction)
{
    auto sa = EspSa::create(saConfig(transform, direction));
    if (!sa)
        qFatal("SA rejected");
    return std::move(sa).value();
}

/** The same outer packet with its ESP payload replaced. */
net::Packet withPayload(const net::Packet &outer, const QByteArray &payload)
{
    return net::Packet::build(outer.header(), payload);
}

} // namespace

class TstEspTunnel : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void outerHeader();
    void knownAnswer_data();
    void knownAnswer();
    void rfc3602_data();
    void rfc3602();
    void tamperAnyByte_data();
    void tamperAnyByte();
    void replayIsCounted();
    void outOfWindowAndReorder();
    void sequenceWrap();
    void sequenceWrapWithoutReplayDetection();
    void truncatedInputs_data();
    void truncatedInputs();
    void garbageNeverCrashes();
    void badPadding_data();
    void badPadding();
    void notIpv4Inside();
    void proxyMismatch();
    void lifetimes();
    void wrongDirectionAndWrongSpi();
    void everyErrorHasACatalogEntry();
};

void TstEspTunnel::roundTrip_data()
{
    QTest::addColumn<EspTransform>("transform");
    QTest::addColumn<int>("dataLength");
    for (const auto &[name, transform] : allTransforms()) {
        for (int length : {0, 1, 5, 32, 1400}) {
            QTest::addRow("%s, %d data bytes", qPrintable(name), length) << transform << length;
        }
    }
}

void TstEspTunnel::roundTrip()
{
    QFETCH(EspTransform, transform);
    QFETCH(int, dataLength);
    EspSa sender = makeSa(transform, EspDirection::Outbound);
    EspSa receiver = makeSa(transform, EspDirection::Inbound);
    SeededRng rng(7);
    const net::Packet inner = innerPacket(dataLength);
    const auto outer = esp::encapsulate(sender, inner, rng, {}, SimTime());
    QVERIFY(outer.ok());

    const std::size_t padded = inner.size() + esp::espPaddingLength(inner.size(), transform.blockSize()) + 2;
    QCOMPARE(std::size_t(outer->size()), 20 + 8 + transform.ivSize() + padded + transform.icvSize());
    QCOMPARE(padded % transform.blockSize(), 0u);
    QCOMPARE(outer->protocol(), net::ip_protocol::Esp);
    QCOMPARE(outer->source(), SnowOutside);
    QCOMPARE(outer->destination(), RainOutside);
    QVERIFY(outer->size() - inner.size() <= transform.ipsecOverhead() + 1);  // 57 vs 56: esp.md §5

    const auto back = esp::decapsulate(receiver, *outer, SimTime());
    QVERIFY2(back.ok(), qPrintable(esp::errorText(back.error())));
    QCOMPARE(back->bytes(), inner.bytes());
    QVERIFY(back->wasDecrypted());
    const int withCipher = transform.encryption ? 1 : 0;
    const int withAuth = transform.authentication ? 1 : 0;
    QCOMPARE(sender.counters().encaps, 1u);
    QCOMPARE(int(sender.counters().encrypt), withCipher);
    QCOMPARE(int(sender.counters().digest), withAuth);
    QCOMPARE(receiver.counters().decaps, 1u);
    QCOMPARE(int(receiver.counters().decrypt), withCipher);
    QCOMPARE(int(receiver.counters().verify), withAuth);
    QCOMPARE(receiver.counters().recvErrors, 0u);
    QCOMPARE(sender.lastSequenceNumber(), 1u);
    QCOMPARE(receiver.bytesProcessed(), std::uint64_t(inner.size()));
}

void TstEspTunnel::outerHeader()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    SeededRng rng(1);
    net::Packet inner = innerPacket(10);
    net::Ipv4Header header = inner.header();
    header.dontFragment = true;
    header.typeOfService = 0x28;
    inner = net::Packet::build(header, net::toByteArray(inner.payload()));
    const auto copied = esp::encapsulate(sender, inner, rng, {64, 0x4242, true}, SimTime());
    QVERIFY(copied.ok());
    QCOMPARE(copied->ttl(), std::uint8_t(64));
    QCOMPARE(copied->header().identification, std::uint16_t(0x4242));
    QVERIFY(copied->header().dontFragment);
    QCOMPARE(copied->header().typeOfService, std::uint8_t(0x28));
    const auto cleared = esp::encapsulate(sender, inner, rng, {255, 1, false}, SimTime());
    QVERIFY(!cleared->header().dontFragment);
    // Two packets: fresh IVs from the RNG, consecutive sequence numbers.
    const auto first = esp::readEspHeader(copied->payload());
    const auto second = esp::readEspHeader(cleared->payload());
    QCOMPARE(first->sequence, 1u);
    QCOMPARE(second->sequence, 2u);
    QVERIFY(!std::ranges::equal(copied->payload().subspan(8, 8), cleared->payload().subspan(8, 8)));
}

void TstEspTunnel::knownAnswer_data()
{
    QTest::addColumn<VectorCase>("vector");
    const auto cases = readVectorFile(QStringLiteral(VTD_TEST_DATA "/esp/esp_tunnel.vec"));
    QVERIFY(cases.size() >= 7);
    for (const VectorCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c;
}

void TstEspTunnel::knownAnswer()
{
    QFETCH(VectorCase, vector);
    const EspTransform transform = transformOf(vector.text(QStringLiteral("cipher")), vector.text(QStringLiteral("auth")));
    esp::EspSaConfig config = saConfig(transform, EspDirection::Outbound,
                                       vector.text(QStringLiteral("spi")).toUInt(nullptr, 16));
    config.encryptionKey = vector.bytes(QStringLiteral("enc_key"));
    config.authenticationKey = vector.bytes(QStringLiteral("auth_key"));
    auto sender = EspSa::create(config);
    QVERIFY(sender.ok());
    const std::uint32_t sequence = vector.text(QStringLiteral("seq")).toUInt();
    sender->setLastSequenceNumber(sequence - 1);
    const crypto::Bytes innerBytes = vector.bytes(QStringLiteral("inner"));
    const auto inner = net::Packet::fromBytes(net::toByteArray(innerBytes));
    QVERIFY(inner.isOk());
    const crypto::Bytes expected = vector.bytes(QStringLiteral("esp"));
    const auto outer = esp::encapsulateWithIv(*sender, *inner, vector.bytes(QStringLiteral("iv")), {}, SimTime());
    QVERIFY(outer.ok());
    QCOMPARE(crypto::toHex(outer->payload()), crypto::toHex(expected));

    config.direction = EspDirection::Inbound;
    config.proxies = snowProxies().mirrored();
    auto receiver = EspSa::create(config);
    const auto back = esp::decapsulate(*receiver, withPayload(*outer, net::toByteArray(expected)), SimTime());
    QVERIFY(back.ok());
    QCOMPARE(crypto::toHex(back->view()), crypto::toHex(innerBytes));
}

void TstEspTunnel::rfc3602_data()
{
    QTest::addColumn<VectorCase>("vector");
    const auto cases = readVectorFile(QStringLiteral(VTD_TEST_DATA "/esp/rfc3602_esp.vec"));
    QCOMPARE(cases.size(), 2);
    for (const VectorCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c;
}

void TstEspTunnel::rfc3602()
{
    QFETCH(VectorCase, vector);
    esp::EspSaConfig config;
    config.spi = vector.text(QStringLiteral("spi")).toUInt(nullptr, 16);
    config.transform = EspTransform{crypto::EncryptionAlgorithm::Aes128, std::nullopt};
    config.encryptionKey = vector.bytes(QStringLiteral("enc_key"));
    config.localAddress = Ipv4Address(192, 168, 123, 100);
    config.peerAddress = Ipv4Address(192, 168, 123, 3);
    auto sender = EspSa::create(config);
    QVERIFY(sender.ok());
    sender->setLastSequenceNumber(vector.text(QStringLiteral("seq")).toUInt() - 1);
    const crypto::Bytes innerBytes = vector.bytes(QStringLiteral("inner"));
    const auto inner = net::Packet::fromBytes(net::toByteArray(innerBytes));
    QVERIFY(inner.isOk());
    const auto outer = esp::encapsulateWithIv(*sender, *inner, vector.bytes(QStringLiteral("iv")), {}, SimTime());
    QVERIFY(outer.ok());
    QCOMPARE(crypto::toHex(outer->payload()), crypto::toHex(vector.bytes(QStringLiteral("esp"))));

    config.direction = EspDirection::Inbound;
    std::swap(config.localAddress, config.peerAddress);
    auto receiver = EspSa::create(config);
    const auto back = esp::decapsulate(*receiver, *outer, SimTime());
    QVERIFY(back.ok());
    QCOMPARE(back->bytes(), inner->bytes());
}

void TstEspTunnel::tamperAnyByte_data()
{
    QTest::addColumn<EspTransform>("transform");
    for (const auto &[name, transform] : allTransforms()) {
        if (transform.authentication)
            QTest::newRow(qPrintable(name)) << transform;
    }
}

void TstEspTunnel::tamperAnyByte()
{
    QFETCH(EspTransform, transform);
    EspSa sender = makeSa(transform, EspDirection::Outbound);
    EspSa receiver = makeSa(transform, EspDirection::Inbound);
    SeededRng rng(3);
    const auto outer = esp::encapsulate(sender, innerPacket(20), rng, {}, SimTime());
    const QByteArray original = net::toByteArray(outer->payload());
    int authFailures = 0;
    int replayFailures = 0;
    for (qsizetype at = 0; at < original.size(); ++at) {
        for (char mask : {char(0x01), char(0x80)}) {
            QByteArray tampered = original;
            tampered[at] = char(tampered[at] ^ mask);
            const auto result = esp::decapsulate(receiver, withPayload(*outer, tampered), SimTime());
            QVERIFY(!result.ok());
            // SPI bytes select no SA; a sequence number flipped to 0 fails the replay check,
            // which runs before the ICV; everything else fails the ICV.
            const bool zeroSequence = at >= 4 && at < 8 && esp::readEspHeader(net::viewOf(tampered))->sequence == 0;
            const EspError expected = at < 4        ? EspError::NoSa
                                      : zeroSequence ? EspError::ReplayOutOfWindow
                                                     : EspError::AuthFailure;
            QCOMPARE(result.error(), expected);
            authFailures += expected == EspError::AuthFailure;
            replayFailures += expected == EspError::ReplayOutOfWindow;
        }
    }
    QCOMPARE(int(receiver.counters().authFailures), authFailures);
    QCOMPARE(int(receiver.counters().replayFailures), replayFailures);
    QCOMPARE(int(receiver.counters().recvErrors), authFailures + replayFailures);
    QCOMPARE(receiver.counters().decaps, 0u);
    QCOMPARE(receiver.replayWindow().highest(), 0u);  // forgeries never move the window
    QVERIFY(esp::decapsulate(receiver, *outer, SimTime()).ok());
}

void TstEspTunnel::replayIsCounted()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    SeededRng rng(5);
    const auto outer = esp::encapsulate(sender, innerPacket(), rng, {}, SimTime());
    QVERIFY(esp::decapsulate(receiver, *outer, SimTime()).ok());
    const auto again = esp::decapsulate(receiver, *outer, SimTime());
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), EspError::Replay);
    QCOMPARE(receiver.counters().replayFailures, 1u);
    QCOMPARE(receiver.counters().recvErrors, 1u);
    QCOMPARE(receiver.counters().decaps, 1u);
    QCOMPARE(esp::errorCode(again.error()), QStringLiteral("esp.replay"));
}

void TstEspTunnel::outOfWindowAndReorder()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    SeededRng rng(9);
    std::vector<net::Packet> sent;
    for (int i = 1; i <= 70; ++i)
        sent.push_back(*esp::encapsulate(sender, innerPacket(8, std::uint16_t(i)), rng, {}, SimTime()));
    QVERIFY(esp::decapsulate(receiver, sent[69], SimTime()).ok());  // 70 first
    QVERIFY(esp::decapsulate(receiver, sent[6], SimTime()).ok());   // 7: left edge, accepted late
    const auto old = esp::decapsulate(receiver, sent[5], SimTime()); // 6: left of the window
    QCOMPARE(old.error(), EspError::ReplayOutOfWindow);
    QVERIFY(esp::decapsulate(receiver, sent[40], SimTime()).ok());
    QCOMPARE(esp::decapsulate(receiver, sent[40], SimTime()).error(), EspError::Replay);
    QCOMPARE(receiver.counters().replayFailures, 2u);
    QCOMPARE(receiver.counters().decaps, 3u);
}

void TstEspTunnel::sequenceWrap()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    SeededRng rng(11);
    sender.setLastSequenceNumber(0xfffffffe);
    const auto last = esp::encapsulate(sender, innerPacket(), rng, {}, SimTime());
    QVERIFY(last.ok());
    QCOMPARE(esp::readEspHeader(last->payload())->sequence, 0xffffffffu);
    const auto wrapped = esp::encapsulate(sender, innerPacket(), rng, {}, SimTime());
    QVERIFY(!wrapped.ok());
    QCOMPARE(wrapped.error(), EspError::SequenceExhausted);
    QCOMPARE(sender.counters().sendErrors, 1u);
    QCOMPARE(sender.counters().encaps, 1u);
    QVERIFY(esp::decapsulate(receiver, *last, SimTime()).ok());
    QCOMPARE(receiver.replayWindow().highest(), 0xffffffffu);
}

void TstEspTunnel::sequenceWrapWithoutReplayDetection()
{
    esp::EspSaConfig config = saConfig(EspTransform{}, EspDirection::Outbound);
    config.replayDetection = false;
    auto sender = EspSa::create(config);
    config.direction = EspDirection::Inbound;
    config.proxies = snowProxies().mirrored();
    auto receiver = EspSa::create(config);
    SeededRng rng(12);
    sender->setLastSequenceNumber(0xffffffff);
    const auto wrapped = esp::encapsulate(*sender, innerPacket(), rng, {}, SimTime());
    QVERIFY(wrapped.ok());
    QCOMPARE(esp::readEspHeader(wrapped->payload())->sequence, 0u);
    QVERIFY(esp::decapsulate(*receiver, *wrapped, SimTime()).ok());
    QVERIFY(esp::decapsulate(*receiver, *wrapped, SimTime()).ok());  // no window: accepted twice
}

void TstEspTunnel::truncatedInputs_data()
{
    QTest::addColumn<EspTransform>("transform");
    for (const auto &[name, transform] : allTransforms())
        QTest::newRow(qPrintable(name)) << transform;
}

void TstEspTunnel::truncatedInputs()
{
    QFETCH(EspTransform, transform);
    esp::EspSad sender;
    esp::EspSad receiver;
    QVERIFY(sender.install(saConfig(transform, EspDirection::Outbound)).ok());
    QVERIFY(receiver.install(saConfig(transform, EspDirection::Inbound)).ok());
    EspSa *out = sender.findOutbound(RainOutside, snowProxies(), SimTime());
    QVERIFY(out);
    SeededRng rng(13);
    const auto outer = esp::encapsulate(*out, innerPacket(40), rng, {}, SimTime());
    const QByteArray whole = net::toByteArray(outer->payload());
    for (qsizetype length = 0; length < whole.size(); ++length) {
        const auto result = receiver.receive(withPayload(*outer, whole.left(length)), SimTime());
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(length).arg(whole.size())));
        if (length < 8)
            QCOMPARE(result.error(), EspError::Malformed);
    }
    QVERIFY(receiver.receive(*outer, SimTime()).ok());
}

void TstEspTunnel::garbageNeverCrashes()
{
    esp::EspSad receiver;
    for (const auto &[name, transform] : allTransforms())
        QVERIFY(receiver.install(saConfig(transform, EspDirection::Inbound, 0x1000 + std::uint32_t(receiver.size()))).ok());
    SeededRng rng(17);
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    const net::Packet outer = *esp::encapsulate(sender, innerPacket(), rng, {}, SimTime());
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray garbage = rng.bytes(int(rng.below(200)));
        if (garbage.size() >= 4 && rng.chancePercent(80))
            net::writeU32(garbage, 0, 0x1000 + std::uint32_t(rng.below(receiver.size())));
        accepted += receiver.receive(withPayload(outer, garbage), SimTime()).ok();
    }
    QCOMPARE(accepted, 0);
}

void TstEspTunnel::badPadding_data()
{
    QTest::addColumn<QByteArray>("trailer");
    QTest::addColumn<EspError>("expected");
    QTest::newRow("pad bytes not 1,2,3") << QByteArray::fromHex("010203040506070809000a04") << EspError::BadPadding;
    QTest::newRow("pad length beyond payload") << QByteArray::fromHex("0102030405060708090aff04") << EspError::BadPadding;
    QTest::newRow("next header TCP") << QByteArray::fromHex("0102030405060708090a0a06") << EspError::BadInnerPacket;
}

void TstEspTunnel::badPadding()
{
    // A packet built by hand with the SA's own keys: the ICV is good, the trailer is not.
    QFETCH(QByteArray, trailer);
    QFETCH(EspError, expected);
    const EspTransform transform{crypto::EncryptionAlgorithm::Aes128, crypto::HashAlgorithm::Sha1};
    EspSa receiver = makeSa(transform, EspDirection::Inbound);
    const net::Packet inner = innerPacket(8);  // 36 bytes: 36 + 12 = 48, three AES blocks
    QByteArray plaintext = inner.bytes() + trailer;
    const crypto::Bytes iv(16, 0x5a);
    const auto ciphertext = receiver.cipher()->encrypt(iv, net::viewOf(plaintext));
    crypto::Bytes esp = crypto::concat({crypto::bigEndian32(receiver.spi()), crypto::bigEndian32(1), iv, *ciphertext});
    const auto icv = receiver.hmac()->compute96(esp);
    esp.insert(esp.end(), icv->begin(), icv->end());
    net::Ipv4Header header;
    header.protocol = net::ip_protocol::Esp;
    header.source = SnowOutside;
    header.destination = RainOutside;
    const auto result = esp::decapsulate(receiver, net::Packet::build(header, net::toByteArray(esp)), SimTime());
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), expected);
    QCOMPARE(receiver.counters().recvErrors, 1u);
    QCOMPARE(receiver.counters().verify, 0u);
    QCOMPARE(receiver.replayWindow().highest(), 1u);  // the ICV was good: RFC order updates first
}

void TstEspTunnel::notIpv4Inside()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    const crypto::Bytes junk(30, 0x45);  // next header 4, but not a valid datagram
    const esp::EspKeys keys{sender.transform(), sender.cipher(), sender.hmac()};
    const auto payload = esp::sealEsp(keys, {sender.spi(), 1}, crypto::Bytes(8, 1), junk, esp::NextHeaderIpv4);
    QVERIFY(payload.ok());
    net::Ipv4Header header;
    header.protocol = net::ip_protocol::Esp;
    const auto result = esp::decapsulate(receiver, net::Packet::build(header, net::toByteArray(*payload)), SimTime());
    QCOMPARE(result.error(), EspError::BadInnerPacket);
}

void TstEspTunnel::proxyMismatch()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    SeededRng rng(19);
    const auto outer = esp::encapsulate(sender, innerPacket(8, 1, Ipv4Address(13, 0, 0, 1)), rng, {}, SimTime());
    const auto result = esp::decapsulate(receiver, *outer, SimTime());
    QCOMPARE(result.error(), EspError::ProxyMismatch);
    QCOMPARE(receiver.counters().recvErrors, 1u);
}

void TstEspTunnel::lifetimes()
{
    using namespace vtd::sim::time_literals;
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    SeededRng rng(23);
    QCOMPARE(sender.remainingKilobytes(), 4608000);
    QCOMPARE(sender.remainingSeconds(SimTime()), 28800);
    QVERIFY(esp::encapsulate(sender, innerPacket(), rng, {}, 10_s).ok());
    QCOMPARE(sender.remainingKilobytes(), 4607999);  // seed: one KB fewer after the first pings
    QCOMPARE(sender.remainingSeconds(10_s), 28790);
    QCOMPARE(sender.lifetimeState(25920_s), esp::LifetimeState::SoftExpired);
    const auto late = esp::encapsulate(sender, innerPacket(), rng, {}, 28800_s);
    QCOMPARE(late.error(), EspError::SaExpired);
    QCOMPARE(sender.counters().sendErrors, 1u);

    esp::EspSaConfig small = saConfig(EspTransform{}, EspDirection::Outbound);
    small.lifetime = esp::EspLifetime{28800, 1};
    auto volume = EspSa::create(small);
    QVERIFY(esp::encapsulate(*volume, innerPacket(1000), rng, {}, SimTime()).ok());
    QCOMPARE(volume->lifetimeState(SimTime()), esp::LifetimeState::HardExpired);
    QCOMPARE(esp::encapsulate(*volume, innerPacket(), rng, {}, SimTime()).error(), EspError::SaExpired);
}

void TstEspTunnel::wrongDirectionAndWrongSpi()
{
    EspSa sender = makeSa(EspTransform{}, EspDirection::Outbound);
    SeededRng rng(29);
    const auto outer = esp::encapsulate(sender, innerPacket(), rng, {}, SimTime());
    QCOMPARE(esp::decapsulate(sender, *outer, SimTime()).error(), EspError::WrongDirection);
    EspSa receiver = makeSa(EspTransform{}, EspDirection::Inbound);
    QCOMPARE(esp::encapsulate(receiver, innerPacket(), rng, {}, SimTime()).error(), EspError::WrongDirection);
    auto other = EspSa::create(saConfig(EspTransform{}, EspDirection::Inbound, 0x999));
    QCOMPARE(esp::decapsulate(*other, *outer, SimTime()).error(), EspError::NoSa);
    QCOMPARE(other->counters(), esp::EspCounters{});
    esp::EspSaConfig bad = saConfig(EspTransform{}, EspDirection::Inbound);
    bad.encryptionKey.pop_back();
    QCOMPARE(EspSa::create(bad).error(), EspError::InvalidSa);
    QCOMPARE(EspSa::create(saConfig(EspTransform{std::nullopt, std::nullopt}, EspDirection::Inbound)).error(),
             EspError::InvalidSa);
}

void TstEspTunnel::everyErrorHasACatalogEntry()
{
    for (int e = int(EspError::NoSa); e <= int(EspError::TooLarge); ++e) {
        const QString code = esp::errorCode(EspError(e));
        QVERIFY2(vtd::model::diagnosticTemplate(code), qPrintable(code));
        QVERIFY(!esp::errorText(EspError(e)).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TstEspTunnel)
#include "tst_esp_tunnel.moc"
