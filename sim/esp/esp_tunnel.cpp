#include "esp_tunnel.h"

#include "esp_wire.h"

#include "sim/engine/seeded_rng.h"

namespace vtd::sim::esp {

namespace {

constexpr int MaxDatagram = 65535;

EspKeys keysOf(const EspSa &sa)
{
    return EspKeys{sa.transform(), sa.cipher(), sa.hmac()};
}

EspError sendError(EspSa &sa, EspError error)
{
    ++sa.counters().sendErrors;
    return error;
}

EspError receiveError(EspSa &sa, EspError error)
{
    EspCounters &counters = sa.counters();
    ++counters.recvErrors;
    if (error == EspError::Replay || error == EspError::ReplayOutOfWindow)
        ++counters.replayFailures;
    if (error == EspError::AuthFailure)
        ++counters.authFailures;
    return error;
}

net::Ipv4Header outerHeader(const EspSa &sa, const net::Packet &inner, const EspOuterParams &outer)
{
    net::Ipv4Header header;
    header.typeOfService = inner.header().typeOfService;
    header.dontFragment = outer.copyDfBit && inner.header().dontFragment;
    header.identification = outer.identification;
    header.ttl = outer.ttl;
    header.protocol = net::ip_protocol::Esp;
    header.source = sa.localAddress();
    header.destination = sa.peerAddress();
    return header;
}

EspError replayError(ReplayWindow::Check check)
{
    return check == ReplayWindow::Check::Duplicate ? EspError::Replay : EspError::ReplayOutOfWindow;
}

/** Next header, inner IPv4 validity and the proxy check of RFC 2401 §5.2.1. */
EspResult<net::Packet> innerDatagram(const EspSa &sa, const EspPlaintext &plain)
{
    if (plain.nextHeader != NextHeaderIpv4)
        return EspError::BadInnerPacket;
    auto inner = net::Packet::fromBytes(net::toByteArray(plain.payload()));
    if (!inner)
        return EspError::BadInnerPacket;
    if (!sa.proxies().matchesInbound(*inner))
        return EspError::ProxyMismatch;
    net::Packet packet = inner.value();
    packet.setDecrypted(true);
    return packet;
}

} // namespace

EspResult<net::Packet> encapsulate(EspSa &sa, const net::Packet &inner, SeededRng &rng,
                                   const EspOuterParams &outer, SimTime now)
{
    const QByteArray iv = rng.bytes(int(sa.transform().ivSize()));
    return encapsulateWithIv(sa, inner, net::viewOf(iv), outer, now);
}

EspResult<net::Packet> encapsulateWithIv(EspSa &sa, const net::Packet &inner, crypto::BytesView iv,
                                         const EspOuterParams &outer, SimTime now)
{
    if (sa.direction() != EspDirection::Outbound)
        return EspError::WrongDirection;
    if (sa.lifetimeState(now) == LifetimeState::HardExpired)
        return sendError(sa, EspError::SaExpired);
    const std::size_t espBytes = EspHeader::Length + iv.size() + std::size_t(inner.size())
                                 + sa.transform().blockSize() + 1 + sa.transform().icvSize();
    if (net::Ipv4Header::MinimumLength + espBytes > MaxDatagram)
        return sendError(sa, EspError::TooLarge);
    const auto sequence = sa.takeSequenceNumber();
    if (!sequence)
        return sendError(sa, EspError::SequenceExhausted);
    auto esp = sealEsp(keysOf(sa), EspHeader{sa.spi(), *sequence}, iv, inner.view(), NextHeaderIpv4);
    if (!esp)
        return sendError(sa, esp.error());
    sa.recordTraffic(std::size_t(inner.size()));
    EspCounters &counters = sa.counters();
    ++counters.encaps;
    counters.encrypt += sa.cipher() ? 1 : 0;
    counters.digest += sa.hmac() ? 1 : 0;
    return net::Packet::build(outerHeader(sa, inner, outer), crypto::BytesView(*esp));
}

EspResult<net::Packet> decapsulate(EspSa &sa, const net::Packet &outer, SimTime now)
{
    if (sa.direction() != EspDirection::Inbound)
        return EspError::WrongDirection;
    if (sa.lifetimeState(now) == LifetimeState::HardExpired)
        return receiveError(sa, EspError::SaExpired);
    const auto layout = splitEsp(sa.transform(), outer.payload());
    if (!layout)
        return receiveError(sa, layout.error());
    if (layout->header.spi != sa.spi())
        return EspError::NoSa;  // not this SA's packet: nothing of the SA may move
    const std::uint32_t sequence = layout->header.sequence;
    if (sa.checksReplay()) {
        const ReplayWindow::Check check = sa.replayWindow().check(sequence);
        if (check != ReplayWindow::Check::Ok)
            return receiveError(sa, replayError(check));
    }
    const EspKeys keys = keysOf(sa);
    if (!verifyIcv(keys, *layout))
        return receiveError(sa, EspError::AuthFailure);
    if (sa.checksReplay())
        sa.replayWindow().accept(sequence);
    const auto plain = openEsp(keys, *layout);
    if (!plain)
        return receiveError(sa, plain.error());
    auto inner = innerDatagram(sa, *plain);
    if (!inner)
        return receiveError(sa, inner.error());
    sa.recordTraffic(plain->payload().size());
    EspCounters &counters = sa.counters();
    ++counters.decaps;
    counters.decrypt += sa.cipher() ? 1 : 0;
    counters.verify += sa.hmac() ? 1 : 0;
    return inner;
}

} // namespace vtd::sim::esp
