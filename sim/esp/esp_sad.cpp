#include "esp_sad.h"

#include "esp_tunnel.h"
#include "esp_wire.h"

#include "sim/engine/seeded_rng.h"

#include <algorithm>

namespace vtd::sim::esp {

namespace {

constexpr std::uint32_t FirstUnreservedSpi = 256;
constexpr std::size_t MaxCachedFlows = 65536;

bool isLive(const EspSa &sa, SimTime now)
{
    return sa.lifetimeState(now) != LifetimeState::HardExpired;
}

} // namespace

EspSad::OutboundKey EspSad::outboundKey(model::Ipv4Address peer, const ProxyIdentity &proxies)
{
    return {peer.toUInt(),
            proxies.local.network().toUInt(), proxies.local.length(),
            proxies.remote.network().toUInt(), proxies.remote.length(),
            proxies.protocol, proxies.localPort, proxies.remotePort};
}

EspResult<EspSaPair> EspSad::installPair(EspSaConfig inbound, EspSaConfig outbound)
{
    inbound.direction = EspDirection::Inbound;
    outbound.direction = EspDirection::Outbound;
    auto in = EspSa::create(std::move(inbound));
    auto out = EspSa::create(std::move(outbound));
    if (!in || !out)
        return EspError::InvalidSa;
    auto inPtr = std::make_unique<EspSa>(std::move(in).value());
    auto outPtr = std::make_unique<EspSa>(std::move(out).value());
    EspSaPair pair{inPtr.get(), outPtr.get()};
    insert(std::move(inPtr));
    insert(std::move(outPtr));
    return pair;
}

EspResult<EspSa *> EspSad::install(EspSaConfig config)
{
    auto sa = EspSa::create(std::move(config));
    if (!sa)
        return sa.error();
    auto owned = std::make_unique<EspSa>(std::move(sa).value());
    EspSa *raw = owned.get();
    insert(std::move(owned));
    return raw;
}

void EspSad::insert(std::unique_ptr<EspSa> sa)
{
    m_flowCache.clear();  // a newer SA may now be the answer for some flows
    countPeer(sa->peerAddress(), +1);
    if (sa->direction() == EspDirection::Inbound) {
        std::unique_ptr<EspSa> &slot = m_inbound[inboundKey(sa->localAddress(), sa->spi())];
        if (slot)
            countPeer(slot->peerAddress(), -1);  // replaced
        slot = std::move(sa);
        return;
    }
    const OutboundKey key = outboundKey(sa->peerAddress(), sa->proxies());
    std::vector<std::unique_ptr<EspSa>> &list = m_outbound[key];
    if (list.empty())
        m_byRemote[std::get<4>(key)][std::get<3>(key)].insert(key);
    list.push_back(std::move(sa));
}

void EspSad::countPeer(model::Ipv4Address peer, int delta)
{
    if ((m_saCountByPeer[peer.toUInt()] += delta) <= 0)
        m_saCountByPeer.erase(peer.toUInt());
}

void EspSad::forgetOutboundKey(const OutboundKey &key)
{
    const auto length = m_byRemote.find(std::get<4>(key));
    if (length == m_byRemote.end())
        return;
    const auto network = length->second.find(std::get<3>(key));
    if (network == length->second.end())
        return;
    network->second.erase(key);
    if (network->second.empty())
        length->second.erase(network);
    if (length->second.empty())
        m_byRemote.erase(length);
}

EspSa *EspSad::findInbound(model::Ipv4Address localAddress, std::uint32_t spi)
{
    const auto found = m_inbound.find(inboundKey(localAddress, spi));
    return found == m_inbound.end() ? nullptr : found->second.get();
}

EspSa *EspSad::findOutbound(model::Ipv4Address peer, const ProxyIdentity &proxies, SimTime now)
{
    const auto found = m_outbound.find(outboundKey(peer, proxies));
    if (found == m_outbound.end())
        return nullptr;
    for (auto sa = found->second.rbegin(); sa != found->second.rend(); ++sa) {
        if (isLive(**sa, now))
            return sa->get();
    }
    return nullptr;
}

EspSad::FlowKey EspSad::flowKey(const net::Packet &packet)
{
    const auto ports = transportPorts(packet).value_or(std::pair<std::uint16_t, std::uint16_t>{0, 0});
    return {std::uint64_t(packet.source().toUInt()) << 32 | packet.destination().toUInt(),
            std::uint64_t(packet.protocol()) << 32 | std::uint64_t(ports.first) << 16 | ports.second};
}

std::size_t EspSad::FlowKeyHash::operator()(const FlowKey &key) const noexcept
{
    // Mixed, so that flows differing only in the low bits of an address spread over buckets.
    const std::uint64_t mixed = key.addresses * 0x9e3779b97f4a7c15ULL ^ key.protocolAndPorts * 0xc2b2ae3d27d4eb4fULL;
    return std::size_t(mixed ^ (mixed >> 29));
}

EspSa *EspSad::findOutboundFor(const net::Packet &inner, SimTime now)
{
    const FlowKey key = flowKey(inner);
    if (const auto cached = m_flowCache.find(key); cached != m_flowCache.end() && isLive(*cached->second, now))
        return cached->second;
    EspSa *sa = scanOutboundFor(inner, now);
    if (m_flowCache.size() >= MaxCachedFlows)
        m_flowCache.clear();
    if (sa)
        m_flowCache[key] = sa;
    else
        m_flowCache.erase(key);
    return sa;
}

// The first key in m_outbound's order with a live SA covering the datagram, as a scan of all
// keys would find it; only keys whose remote prefix holds the destination can match.
EspSa *EspSad::scanOutboundFor(const net::Packet &inner, SimTime now)
{
    const OutboundKey *bestKey = nullptr;
    EspSa *best = nullptr;
    for (const auto &[length, networks] : m_byRemote) {
        const auto keys = networks.find(inner.destination().toUInt() & model::lengthToMask(length).toUInt());
        if (keys == networks.end())
            continue;
        for (const OutboundKey &key : keys->second) {
            if (bestKey && !(key < *bestKey))
                break;  // the set is ordered: no later key can come first
            const auto &list = m_outbound.at(key);
            const auto sa = std::find_if(list.rbegin(), list.rend(), [&](const auto &candidate) {
                return isLive(*candidate, now) && candidate->proxies().matchesOutbound(inner);
            });
            if (sa != list.rend()) {
                bestKey = &key;
                best = sa->get();
                break;
            }
        }
    }
    return best;
}

EspResult<net::Packet> EspSad::receive(const net::Packet &outer, SimTime now)
{
    const net::Ipv4Header &header = outer.header();
    if (header.protocol != net::ip_protocol::Esp || header.moreFragments || header.fragmentOffset != 0)
        return EspError::Malformed;
    const auto espHeader = readEspHeader(outer.payload());
    if (!espHeader)
        return EspError::Malformed;
    EspSa *sa = findInbound(outer.destination(), espHeader->spi);
    if (!sa)
        return EspError::NoSa;
    return decapsulate(*sa, outer, now);
}

std::uint32_t EspSad::allocateSpi(model::Ipv4Address localAddress, SeededRng &rng) const
{
    for (;;) {
        const std::uint32_t spi = rng.nextU32();
        if (spi >= FirstUnreservedSpi && !m_inbound.contains(inboundKey(localAddress, spi)))
            return spi;
    }
}

bool EspSad::removeInbound(model::Ipv4Address localAddress, std::uint32_t spi)
{
    const auto found = m_inbound.find(inboundKey(localAddress, spi));
    if (found == m_inbound.end())
        return false;
    countPeer(found->second->peerAddress(), -1);
    m_inbound.erase(found);
    return true;
}

std::size_t EspSad::eraseInbound(const std::function<bool(const EspSa &)> &doomed)
{
    return std::erase_if(m_inbound, [&](const auto &item) {
        if (!doomed(*item.second))
            return false;
        countPeer(item.second->peerAddress(), -1);
        return true;
    });
}

bool EspSad::removeOutbound(std::uint32_t spi, model::Ipv4Address peer)
{
    return eraseOutbound([&](const EspSa &sa) { return sa.spi() == spi && sa.peerAddress() == peer; }) > 0;
}

std::size_t EspSad::eraseOutbound(const std::function<bool(const EspSa &)> &doomed)
{
    m_flowCache.clear();  // the cache must never point at a freed SA
    std::size_t erased = 0;
    for (auto item = m_outbound.begin(); item != m_outbound.end();) {
        erased += std::erase_if(item->second, [&](const auto &sa) {
            if (!doomed(*sa))
                return false;
            countPeer(sa->peerAddress(), -1);
            return true;
        });
        if (!item->second.empty()) {
            ++item;
            continue;
        }
        forgetOutboundKey(item->first);  // no empty keys to scan
        item = m_outbound.erase(item);
    }
    return erased;
}

int EspSad::removePeer(model::Ipv4Address peer)
{
    if (!m_saCountByPeer.contains(peer.toUInt()))
        return 0;
    const std::size_t inbound = eraseInbound([&](const EspSa &sa) { return sa.peerAddress() == peer; });
    const std::size_t outbound = eraseOutbound([&](const EspSa &sa) { return sa.peerAddress() == peer; });
    return int(inbound + outbound);
}

int EspSad::removeExpired(SimTime now)
{
    const std::size_t inbound = eraseInbound([&](const EspSa &sa) { return !isLive(sa, now); });
    const std::size_t outbound = eraseOutbound([&](const EspSa &sa) { return !isLive(sa, now); });
    return int(inbound + outbound);
}

void EspSad::clear()
{
    m_flowCache.clear();
    m_inbound.clear();
    m_outbound.clear();
    m_byRemote.clear();
    m_saCountByPeer.clear();
}

std::vector<const EspSa *> EspSad::all() const
{
    std::vector<const EspSa *> result;
    for (const auto &[key, sa] : m_inbound)
        result.push_back(sa.get());
    // By local address, then SPI: the order does not depend on the hash table.
    std::sort(result.begin(), result.end(), [](const EspSa *a, const EspSa *b) {
        return inboundKey(a->localAddress(), a->spi()) < inboundKey(b->localAddress(), b->spi());
    });
    for (const auto &[key, list] : m_outbound) {
        for (const auto &sa : list)
            result.push_back(sa.get());
    }
    return result;
}

std::size_t EspSad::size() const
{
    std::size_t count = m_inbound.size();
    for (const auto &[key, list] : m_outbound)
        count += list.size();
    return count;
}

} // namespace vtd::sim::esp
