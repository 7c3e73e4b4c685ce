// SA lifetimes for IkeDaemon (RFC 2407 §4.5 SA Life Type/Duration, RFC 2409 §5.5):
// * each ESP SA pair a Quick Mode installs gets a soft and a hard timer from the lifetime its
//   SAs enforce (the smaller of ours and the peer's offer); the volume limit is checked after
//   every datagram the pair carries;
// * at the soft limit (EspLifetime: 90 % of the seconds or of the kilobytes) the pair's Quick
//   Mode initiator negotiates a replacement, if the pair carried traffic, while the old pair
//   keeps carrying it; the new pair takes over the outbound traffic as soon as it is installed;
// * at the hard limit the pair goes: "replaced by rekey" when a newer pair for the same peer and
//   proxies exists, otherwise "expired", and the peer is told with a DELETE;
// * the IKE SA ends at its negotiated lifetime (DELETE to the peer); the next need for it runs
//   Main Mode again. IPsec SAs outlive their IKE SA, as in IKEv1.

#include "ike_daemon.h"

#include "informational_debug_lines.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_event.h"
#include "sim/esp/esp_wire.h"

namespace vtd::sim::ike {

using model::Ipv4Address;
using Category = IkeDebug::Category;

namespace {

const esp::EspSa *outboundSa(const esp::EspSad &sad, Ipv4Address peer, std::uint32_t spi)
{
    for (const esp::EspSa *sa : sad.all()) {
        if (sa->direction() == esp::EspDirection::Outbound && sa->spi() == spi && sa->peerAddress() == peer)
            return sa;
    }
    return nullptr;
}

} // namespace

void IkeDaemon::trackIpsecPair(const IkeSa &sa, const QuickModeExchange &qm)
{
    // Whoever started it, a newer pair for the same traffic replaces the older ones.
    if (const auto peerPairs = m_pairsByPeer.find(sa.peer.toUInt()); peerPairs != m_pairsByPeer.end()) {
        for (const PairKey &olderKey : peerPairs->second) {
            IpsecSaPair &older = m_ipsecPairs.at(olderKey);
            if (older.proxies == qm.proxies)
                older.replaced = true;
        }
    }
    IpsecSaPair pair;
    pair.inboundSpi = qm.ourSpi;
    pair.outboundSpi = qm.peerSpi;
    pair.local = sa.local;
    pair.peer = sa.peer;
    pair.proxies = qm.proxies;
    pair.bindingIndex = qm.bindingIndex;
    pair.initiator = qm.initiator;
    pair.inboundLog = qm.inboundLog;
    pair.outboundLog = qm.outboundLog;
    const PairKey key{sa.local.toUInt(), qm.ourSpi};
    const esp::EspLifetime life{std::int64_t(qm.effectiveSeconds), std::int64_t(qm.effectiveKilobytes)};
    Simulator &sim = m_node.simulator();
    pair.softTimer = sim.schedule(SimTime::fromSeconds(life.softSeconds()), [this, key] { onIpsecSoftLifetime(key); });
    pair.hardTimer = sim.schedule(SimTime::fromSeconds(life.seconds), [this, key] {
        const auto found = m_ipsecPairs.find(key);
        if (found == m_ipsecPairs.end())
            return;
        found->second.hardTimer = {};
        const bool replaced = found->second.replaced;
        m_debug.ipsec(debug_lines::ipsecSaExpired(found->second.inboundSpi, found->second.peer, replaced));
        endIpsecPair(key, replaced ? QStringLiteral("replaced by rekey") : QStringLiteral("expired"), !replaced);
    });
    m_outboundPairs[{sa.peer.toUInt(), qm.peerSpi}] = key;
    if (const auto reused = m_ipsecPairs.find(key); reused != m_ipsecPairs.end())
        m_pairsByPeer[reused->second.peer.toUInt()].erase(key);  // an SPI used again: the old pair is gone
    m_pairsByPeer[sa.peer.toUInt()].insert(key);
    m_ipsecPairs[key] = std::move(pair);
}

void IkeDaemon::onIpsecSoftLifetime(PairKey key)
{
    const auto found = m_ipsecPairs.find(key);
    if (found == m_ipsecPairs.end())
        return;
    IpsecSaPair &pair = found->second;
    pair.softTimer = {};
    if (!pair.initiator || pair.rekeyStarted || pair.replaced || pair.bindingIndex < 0)
        return;
    // An idle pair is left to expire: the next packet negotiates afresh [infer: keeps tunnels
    // that carry nothing from being rekeyed for ever; PIX 6.2 behaviour not documented].
    const esp::EspSa *in = m_sad.findInbound(pair.local, pair.inboundSpi);
    const esp::EspSa *out = outboundSa(m_sad, pair.peer, pair.outboundSpi);
    const bool used = (in && in->packetsProcessed() > 0) || (out && out->packetsProcessed() > 0);
    if (used)
        rekeyIpsecPair(pair);
}

void IkeDaemon::rekeyIpsecPair(IpsecSaPair &pair)
{
    pair.rekeyStarted = true;
    traceIkeDecision(QStringLiteral("rekey"),
                     QStringLiteral("IPsec SA spi %1 with %2 reached its soft lifetime: new Quick Mode")
                         .arg(debug_lines::spiText(pair.inboundSpi), pair.peer.toString()));
    const PendingQuickMode pending{pair.bindingIndex, pair.peer, pair.proxies};
    const bool already = std::any_of(m_pending.begin(), m_pending.end(), [&](const PendingQuickMode &p) {
        return p.bindingIndex == pending.bindingIndex && p.proxies == pending.proxies;
    });
    if (already)
        return;
    m_pending.push_back(pending);
    if (IkeSa *ike = findEstablished(pair.peer))
        runPendingQuickModes(*ike);
    else if (!findAnyTo(pair.peer))
        startMainMode(pending.bindingIndex, pending.peer);
}

void IkeDaemon::endIpsecPair(PairKey key, const QString &reason, bool tellPeer)
{
    const auto found = m_ipsecPairs.find(key);
    if (found == m_ipsecPairs.end())
        return;
    const IpsecSaPair pair = std::move(found->second);
    m_ipsecPairs.erase(found);
    if (const auto peerPairs = m_pairsByPeer.find(pair.peer.toUInt()); peerPairs != m_pairsByPeer.end()) {
        peerPairs->second.erase(key);
        if (peerPairs->second.empty())
            m_pairsByPeer.erase(peerPairs);
    }
    m_outboundPairs.erase({pair.peer.toUInt(), pair.outboundSpi});
    m_node.simulator().cancel(pair.softTimer);
    m_node.simulator().cancel(pair.hardTimer);
    if (tellPeer)
        sendEspDelete(pair.peer, {pair.inboundSpi});
    m_sad.removeInbound(pair.local, pair.inboundSpi);
    m_sad.removeOutbound(pair.outboundSpi, pair.peer);
    m_spiBindings.remove(pair.inboundSpi);
    m_debug.syslog(602302, debug_lines::saDeletedSyslog(pair.inboundLog));
    m_debug.syslog(602302, debug_lines::saDeletedSyslog(pair.outboundLog));
    releasePeer(pair.peer, QStringLiteral("IPSEC"));
    releasePeer(pair.peer, QStringLiteral("IPSEC"));
    if (m_node.simulator().isTracing())
        m_node.simulator().trace().onSaStateChanged(
            SaStateTrace{m_node.simulator().now(), m_node.name(), QStringLiteral("ipsec"), pair.local.toString(),
                         pair.peer.toString(), QStringLiteral("ACTIVE"), QString(), reason});
}

void IkeDaemon::endPeerPairs(Ipv4Address peer, const QString &reason)
{
    const auto peerPairs = m_pairsByPeer.find(peer.toUInt());
    if (peerPairs == m_pairsByPeer.end())
        return;
    const std::set<PairKey> doomed = peerPairs->second;  // endIpsecPair() edits the index
    for (const PairKey &key : doomed)
        endIpsecPair(key, reason, false);
}

void IkeDaemon::checkIpsecVolume(const esp::EspSa &sa)
{
    const SimTime now = m_node.simulator().now();
    const esp::LifetimeState state = sa.lifetimeState(now);
    PairKey key{sa.localAddress().toUInt(), sa.spi()};
    if (sa.direction() == esp::EspDirection::Outbound) {
        const auto outbound = m_outboundPairs.find({sa.peerAddress().toUInt(), sa.spi()});
        if (outbound == m_outboundPairs.end())
            return;
        key = outbound->second;
    }
    const auto found = m_ipsecPairs.find(key);
    if (found == m_ipsecPairs.end())
        return;
    IpsecSaPair &pair = found->second;
    if (state == esp::LifetimeState::HardExpired) {
        m_debug.ipsec(debug_lines::ipsecSaExpired(pair.inboundSpi, pair.peer, pair.replaced));
        const bool replaced = pair.replaced;
        endIpsecPair(key, replaced ? QStringLiteral("replaced by rekey") : QStringLiteral("expired"), !replaced);
    } else if (state == esp::LifetimeState::SoftExpired && pair.initiator && !pair.rekeyStarted && !pair.replaced
               && pair.bindingIndex >= 0) {
        rekeyIpsecPair(pair);
    }
}

void IkeDaemon::checkInboundVolume(const net::Packet &outer)
{
    if (m_ipsecPairs.empty())
        return;
    const auto header = esp::readEspHeader(outer.payload());
    const esp::EspSa *sa = header ? m_sad.findInbound(outer.destination(), header->spi) : nullptr;
    if (sa && sa->lifetimeState(m_node.simulator().now()) != esp::LifetimeState::Alive)
        checkIpsecVolume(*sa);
}

void IkeDaemon::startIkeLifetime(IkeSa &sa)
{
    m_node.simulator().cancel(sa.lifetimeTimer);
    IkeSa *target = &sa;
    sa.lifetimeTimer = m_node.simulator().schedule(SimTime::fromSeconds(sa.lifetimeSeconds), [this, target] {
        target->lifetimeTimer = {};
        expireIkeSa(*target);
    });
}

void IkeDaemon::expireIkeSa(IkeSa &sa)
{
    if (sa.state == IkeState::Deleted)
        return;
    m_debug.isakmp(debug_lines::deletingIkeSa(sa.local, sa.peer));
    sendIkeDelete(sa);
    deleteSa(sa, QStringLiteral("expired"));
}

} // namespace vtd::sim::ike
