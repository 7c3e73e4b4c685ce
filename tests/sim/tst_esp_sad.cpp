// The per-device SA database (install from KEYMAT, lookups, rekey overlap, removal) and the
// SPD helper that matches packets against crypto-map proxy identities.

#include "tst_esp_fixtures.h"

#include "sim/engine/seeded_rng.h"
#include "sim/esp/esp_sad.h"
#include "sim/esp/esp_spd.h"
#include "sim/esp/esp_tunnel.h"
#include "sim/esp/esp_wire.h"
#include "sim/net/udp_datagram.h"

#include <QTest>

using namespace esp_fixtures;
using esp::EspDirection;
using esp::EspError;
using esp::EspSad;
using esp::EspSpd;
using esp::EspTransform;
using esp::ProxyIdentity;
using esp::SpdAction;
using esp::SpdEntry;
using vtd::sim::SeededRng;
using vtd::sim::SimTime;
using namespace vtd::sim::time_literals;

Q_DECLARE_METATYPE(vtd::sim::esp::ProxyIdentity)
Q_DECLARE_METATYPE(vtd::sim::net::Packet)

namespace {

net::Packet udpPacket(Ipv4Address source, Ipv4Address destination, std::uint16_t sourcePort,
                      std::uint16_t destinationPort)
{
    net::Ipv4Header header;
    header.source = source;
    header.destination = destination;
    net::UdpDatagram datagram;
    datagram.sourcePort = sourcePort;
    datagram.destinationPort = destinationPort;
    datagram.payload = QByteArray("query");
    return net::Packet::udp(header, datagram);
}

/** snow's and rain's SA pairs for one Quick Mode, keyed from one KEYMAT per SPI. */
struct Tunnel
{
    EspSad snow;
    EspSad rain;
    esp::EspSaPair snowPair;
    esp::EspSaPair rainPair;
};

void installTunnel(Tunnel &t, std::uint32_t snowInboundSpi, std::uint32_t rainInboundSpi, SimTime now)
{
    const EspTransform transform;
    crypto::Bytes keymatToSnow = keyBytes(40, std::uint8_t(snowInboundSpi));  // SA rain -> snow
    crypto::Bytes keymatToRain = keyBytes(40, std::uint8_t(rainInboundSpi));  // SA snow -> rain
    auto config = [&](EspDirection direction, std::uint32_t spi, Ipv4Address local, Ipv4Address peer,
                      ProxyIdentity proxies, const crypto::Bytes &keymat) {
        esp::EspSaConfig c;
        c.spi = spi;
        c.direction = direction;
        c.localAddress = local;
        c.peerAddress = peer;
        c.proxies = proxies;
        c.transform = transform;
        c.created = now;
        c.lifetime = esp::EspLifetime{28800, 4608000};
        c.takeKeysFromKeymat(keymat);
        return c;
    };
    const ProxyIdentity snowView = snowProxies();
    auto snowPair = t.snow.installPair(
        config(EspDirection::Inbound, snowInboundSpi, SnowOutside, RainOutside, snowView, keymatToSnow),
        config(EspDirection::Outbound, rainInboundSpi, SnowOutside, RainOutside, snowView, keymatToRain));
    auto rainPair = t.rain.installPair(
        config(EspDirection::Inbound, rainInboundSpi, RainOutside, SnowOutside, snowView.mirrored(), keymatToRain),
        config(EspDirection::Outbound, snowInboundSpi, RainOutside, SnowOutside, snowView.mirrored(), keymatToSnow));
    QVERIFY(snowPair.ok() && rainPair.ok());
    t.snowPair = *snowPair;
    t.rainPair = *rainPair;
}

} // namespace

class TstEspSad : public QObject
{
    Q_OBJECT

private slots:
    void keymatOrder();
    void pairCarriesTrafficBothWays();
    void unknownSpiAndNonEsp();
    void rekeyPrefersNewestAndOldDrains();
    void removal();
    void outboundLookupFollowsChanges();
    void allocateSpi();
    void proxyMatching_data();
    void proxyMatching();
    void spdFirstMatchBySequence();
    void proxyText();
};

void TstEspSad::keymatOrder()
{
    esp::EspSaConfig config;
    config.transform = EspTransform{crypto::EncryptionAlgorithm::TripleDes, crypto::HashAlgorithm::Md5};
    const crypto::Bytes keymat = keyBytes(48, 9);
    QVERIFY(!config.takeKeysFromKeymat(crypto::BytesView(keymat).first(39)));
    QVERIFY(config.takeKeysFromKeymat(keymat));
    QCOMPARE(crypto::toHex(config.encryptionKey), crypto::toHex(crypto::BytesView(keymat).first(24)));
    QCOMPARE(crypto::toHex(config.authenticationKey), crypto::toHex(crypto::BytesView(keymat).subspan(24, 16)));
}

void TstEspSad::pairCarriesTrafficBothWays()
{
    Tunnel t;
    installTunnel(t, 0x8312e721, 0x3ae1a8e3, SimTime());
    SeededRng rng(1);
    const net::Packet request = innerPacket(32);
    esp::EspSa *out = t.snow.findOutboundFor(request, SimTime());
    QCOMPARE(out, t.snowPair.outbound);
    const auto wire = esp::encapsulate(*out, request, rng, {}, SimTime());
    QCOMPARE(esp::readEspHeader(wire->payload())->spi, 0x3ae1a8e3u);
    const auto atRain = t.rain.receive(*wire, 1_ms);
    QVERIFY(atRain.ok());
    QCOMPARE(atRain->bytes(), request.bytes());

    const net::Packet reply = innerPacket(32, 1, Ipv4Address(11, 0, 0, 2), Ipv4Address(12, 0, 0, 1));
    esp::EspSa *back = t.rain.findOutbound(SnowOutside, snowProxies().mirrored(), SimTime());
    QCOMPARE(back, t.rainPair.outbound);
    const auto atSnow = t.snow.receive(*esp::encapsulate(*back, reply, rng, {}, 2_ms), 3_ms);
    QVERIFY(atSnow.ok());
    QCOMPARE(t.snowPair.inbound->counters().decaps, 1u);
    QCOMPARE(t.snowPair.outbound->counters().encaps, 1u);
    esp::EspCounters flow = t.snowPair.inbound->counters();
    flow += t.snowPair.outbound->counters();
    QCOMPARE(flow.encaps + flow.decaps, 2u);
}

void TstEspSad::unknownSpiAndNonEsp()
{
    Tunnel t;
    installTunnel(t, 0x1001, 0x2002, SimTime());
    SeededRng rng(2);
    const auto wire = esp::encapsulate(*t.snowPair.outbound, innerPacket(), rng, {}, SimTime());
    QCOMPARE(t.snow.receive(*wire, SimTime()).error(), EspError::NoSa);  // wrong box: SPI is rain's
    net::Ipv4Header header = wire->header();
    header.destination = Ipv4Address(10, 48, 66, 157);
    QCOMPARE(t.rain.receive(net::Packet::build(header, net::toByteArray(wire->payload())), SimTime()).error(),
             EspError::NoSa);  // SPI is looked up per destination address
    QCOMPARE(t.rain.receive(innerPacket(), SimTime()).error(), EspError::Malformed);
    header = wire->header();
    header.moreFragments = true;
    QCOMPARE(t.rain.receive(net::Packet::build(header, net::toByteArray(wire->payload())), SimTime()).error(),
             EspError::Malformed);
}

void TstEspSad::rekeyPrefersNewestAndOldDrains()
{
    Tunnel t;
    installTunnel(t, 0x1001, 0x2002, SimTime());
    esp::EspSaPair oldSnow = t.snowPair;
    SeededRng rng(3);
    const auto inFlight = esp::encapsulate(*t.snowPair.outbound, innerPacket(), rng, {}, SimTime());
    installTunnel(t, 0x1003, 0x2004, 100_s);
    QCOMPARE(t.snow.findOutbound(RainOutside, snowProxies(), 100_s), t.snowPair.outbound);
    QVERIFY(t.snowPair.outbound != oldSnow.outbound);
    QVERIFY(t.rain.receive(*inFlight, 101_s).ok());  // old inbound SA still decrypts
    QCOMPARE(t.snow.size(), 4u);
    // The old pair reaches its hard lifetime first and is swept; the new one stays.
    QCOMPARE(t.snow.removeExpired(28800_s), 2);
    QCOMPARE(t.snow.findOutbound(RainOutside, snowProxies(), 28800_s), t.snowPair.outbound);
    QCOMPARE(t.snow.findOutbound(RainOutside, snowProxies(), 28900_s), nullptr);
}

void TstEspSad::removal()
{
    Tunnel t;
    installTunnel(t, 0x1001, 0x2002, SimTime());
    QVERIFY(t.snow.removeInbound(SnowOutside, 0x1001));
    QVERIFY(!t.snow.removeInbound(SnowOutside, 0x1001));
    QVERIFY(t.snow.removeOutbound(0x2002, RainOutside));
    QCOMPARE(t.snow.size(), 0u);
    installTunnel(t, 0x1001, 0x2002, SimTime());
    // rain: the second install replaced its inbound SA (same address and SPI) and added a
    // second outbound SA for the same proxies: 1 + 2.
    QCOMPARE(t.rain.removePeer(SnowOutside), 3);
    t.snow.clear();
    QVERIFY(t.snow.all().empty());
}

void TstEspSad::outboundLookupFollowsChanges()
{
    // findOutboundFor() caches per flow; every change must show through the cache.
    Tunnel t;
    installTunnel(t, 0x1001, 0x2002, SimTime());
    const net::Packet request = innerPacket();
    esp::EspSa *first = t.snowPair.outbound;
    QCOMPARE(t.snow.findOutboundFor(request, SimTime()), first);
    QCOMPARE(t.snow.findOutboundFor(request, SimTime()), first);
    installTunnel(t, 0x1003, 0x2004, 10_s);
    QCOMPARE(t.snow.findOutboundFor(request, 10_s), t.snowPair.outbound);
    QVERIFY(t.snow.removeOutbound(0x2004, RainOutside));
    QCOMPARE(t.snow.findOutboundFor(request, 10_s), first);
    QCOMPARE(t.snow.findOutboundFor(request, 28800_s), nullptr);  // first's hard lifetime
    QCOMPARE(t.snow.findOutboundFor(innerPacket(8, 1, Ipv4Address(1, 1, 1, 1)), 10_s), nullptr);
    QCOMPARE(t.snow.removePeer(RainOutside), 3);
    QCOMPARE(t.snow.findOutboundFor(request, 10_s), nullptr);
}

void TstEspSad::allocateSpi()
{
    EspSad sad;
    SeededRng rng(4);
    SeededRng again(4);
    for (int i = 0; i < 50; ++i) {
        const std::uint32_t spi = sad.allocateSpi(SnowOutside, rng);
        QVERIFY(spi >= 256);
        QCOMPARE(spi, sad.allocateSpi(SnowOutside, again));  // deterministic per seed
        QVERIFY(sad.install(saConfig(EspTransform{}, EspDirection::Inbound, spi)).ok());
    }
    QCOMPARE(sad.size(), 50u);
}

void TstEspSad::proxyMatching_data()
{
    QTest::addColumn<ProxyIdentity>("proxy");
    QTest::addColumn<net::Packet>("packet");
    QTest::addColumn<bool>("outbound");
    QTest::addColumn<bool>("inbound");
    const Ipv4Address a(12, 0, 0, 1);
    const Ipv4Address b(11, 0, 0, 2);
    const ProxyIdentity nets = snowProxies();
    ProxyIdentity udp53 = nets;
    udp53.protocol = net::ip_protocol::Udp;
    udp53.remotePort = 53;
    ProxyIdentity icmpOnly = nets;
    icmpOnly.protocol = net::ip_protocol::Icmp;
    QTest::newRow("networks, leaving") << nets << innerPacket(8, 1, a, b) << true << false;
    QTest::newRow("networks, arriving") << nets << innerPacket(8, 1, b, a) << false << true;
    QTest::newRow("outside both") << nets << innerPacket(8, 1, Ipv4Address(13, 0, 0, 1), b) << false << false;
    QTest::newRow("any/any") << ProxyIdentity{} << innerPacket(8, 1, b, a) << true << true;
    QTest::newRow("protocol icmp") << icmpOnly << innerPacket(8, 1, a, b) << true << false;
    QTest::newRow("protocol icmp vs udp") << icmpOnly << udpPacket(a, b, 1024, 53) << false << false;
    QTest::newRow("udp port 53 leaving") << udp53 << udpPacket(a, b, 1024, 53) << true << false;
    QTest::newRow("udp port 53 reply") << udp53 << udpPacket(b, a, 53, 1024) << false << true;
    QTest::newRow("udp other port") << udp53 << udpPacket(a, b, 1024, 54) << false << false;
}

void TstEspSad::proxyMatching()
{
    QFETCH(ProxyIdentity, proxy);
    QFETCH(net::Packet, packet);
    QFETCH(bool, outbound);
    QFETCH(bool, inbound);
    QCOMPARE(proxy.matchesOutbound(packet), outbound);
    QCOMPARE(proxy.matchesInbound(packet), inbound);
    QCOMPARE(proxy.mirrored().matchesInbound(packet), outbound);
}

void TstEspSad::spdFirstMatchBySequence()
{
    EspSpd spd;
    ProxyIdentity host = snowProxies();
    host.remote = Ipv4Prefix(Ipv4Address(11, 0, 0, 9), 32);
    spd.add(SpdEntry{snowProxies(), SpdAction::Protect, RainOutside, QStringLiteral("toRain"), 20, 1});
    spd.add(SpdEntry{host, SpdAction::Bypass, Ipv4Address(), QStringLiteral("toRain"), 10, 1});
    spd.add(SpdEntry{ProxyIdentity{}, SpdAction::Protect, Ipv4Address(), QStringLiteral("dynmap"), 65535, 1});
    QCOMPARE(spd.entries().front().sequence, 10);
    const SpdEntry *hostEntry = spd.lookupOutbound(innerPacket(8, 1, Ipv4Address(12, 0, 0, 1), Ipv4Address(11, 0, 0, 9)));
    QVERIFY(hostEntry);
    QCOMPARE(hostEntry->action, SpdAction::Bypass);
    const SpdEntry *net = spd.lookupOutbound(innerPacket());
    QCOMPARE(net->sequence, 20);
    QCOMPARE(net->peer, RainOutside);
    const SpdEntry *arriving = spd.lookupInbound(innerPacket(8, 1, Ipv4Address(11, 0, 0, 2), Ipv4Address(12, 0, 0, 1)));
    QCOMPARE(arriving->sequence, 20);
    QCOMPARE(spd.lookupOutbound(innerPacket(8, 1, Ipv4Address(1, 1, 1, 1), Ipv4Address(2, 2, 2, 2)))->mapName,
             QStringLiteral("dynmap"));
    spd.clear();
    QCOMPARE(spd.lookupOutbound(innerPacket()), nullptr);
}

void TstEspSad::proxyText()
{
    // show crypto ipsec sa: "local  ident (addr/mask/prot/port): (12.0.0.0/255.255.255.0/0/0)"
    QCOMPARE(snowProxies().localText(), QStringLiteral("12.0.0.0/255.255.255.0/0/0"));
    QCOMPARE(snowProxies().remoteText(), QStringLiteral("11.0.0.0/255.255.255.0/0/0"));
}

QTEST_GUILESS_MAIN(TstEspSad)
#include "tst_esp_sad.moc"
