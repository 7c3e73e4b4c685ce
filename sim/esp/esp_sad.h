#pragma once

#include "esp_error.h"
#include "esp_sa.h"

#include "sim/engine/sim_time.h"
#include "sim/net/packet.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace vtd::sim {
class SeededRng;
}

namespace vtd::sim::esp {

/** The two SAs one Quick Mode creates, as installed in a device's SAD. */
struct EspSaPair
{
    EspSa *inbound = nullptr;
    EspSa *outbound = nullptr;
};

/**
 * One device's Security Association Database (RFC 2401 §4.4.3): inbound SAs by (our address,
 * SPI) for decapsulation, outbound SAs by (peer, proxy pair) for encapsulation, newest first so
 * that a rekeyed SA takes over while the old one drains. Pointers stay valid until removal.
 * It knows nothing of IKE: the IKE layer installs what Quick Mode negotiated.
 */
class EspSad
{
public:
    /** Keys and installs both SAs (InvalidSa if either is rejected, and then neither is kept).
     *  An inbound SA with an SPI already in use for that address replaces the old one. */
    EspResult<EspSaPair> installPair(EspSaConfig inbound, EspSaConfig outbound);
    /** Installs one SA (tests, manual keying). */
    EspResult<EspSa *> install(EspSaConfig config);

    EspSa *findInbound(model::Ipv4Address localAddress, std::uint32_t spi);
    /** The newest outbound SA to `peer` for exactly these proxies that is not hard-expired. */
    EspSa *findOutbound(model::Ipv4Address peer, const ProxyIdentity &proxies, SimTime now);
    /** The newest live outbound SA whose proxies cover this datagram (any peer). */
    EspSa *findOutboundFor(const net::Packet &inner, SimTime now);

    /** Lookup by (outer destination, SPI), then decapsulate(); NoSa when nothing matches,
     *  Malformed for a non-ESP packet, an outer fragment or a header cut short. */
    EspResult<net::Packet> receive(const net::Packet &outer, SimTime now);

    /** A random SPI unused on `localAddress`, never in the reserved 0..255 (RFC 2406 §2.1). */
    std::uint32_t allocateSpi(model::Ipv4Address localAddress, SeededRng &rng) const;

    bool removeInbound(model::Ipv4Address localAddress, std::uint32_t spi);
    bool removeOutbound(std::uint32_t spi, model::Ipv4Address peer);
    /** Every SA with this peer (`clear crypto sa peer`, DELETE of the IKE SA). */
    int removePeer(model::Ipv4Address peer);
    /** Drops hard-expired SAs; returns how many went. */
    int removeExpired(SimTime now);
    void clear();

    /** Every SA, inbound ones first, for show commands and the trace. */
    std::vector<const EspSa *> all() const;
    std::size_t size() const;

private:
    /** Local address in the high half, SPI in the low half. */
    using InboundKey = std::uint64_t;
    static InboundKey inboundKey(model::Ipv4Address localAddress, std::uint32_t spi)
    {
        return std::uint64_t(localAddress.toUInt()) << 32 | spi;
    }
    using OutboundKey = std::tuple<std::uint32_t, std::uint32_t, int, std::uint32_t, int,
                                   std::uint8_t, std::uint16_t, std::uint16_t>;

    static OutboundKey outboundKey(model::Ipv4Address peer, const ProxyIdentity &proxies);
    void insert(std::unique_ptr<EspSa> sa);
    std::size_t eraseInbound(const std::function<bool(const EspSa &)> &doomed);
    /** Removes matching outbound SAs and any key left without SAs; returns how many went. */
    std::size_t eraseOutbound(const std::function<bool(const EspSa &)> &doomed);

    /** Addresses, protocol and ports of a datagram. */
    struct FlowKey
    {
        std::uint64_t addresses;  ///< source in the high half, destination in the low half
        std::uint64_t protocolAndPorts;
        friend bool operator==(const FlowKey &, const FlowKey &) = default;
    };
    struct FlowKeyHash
    {
        std::size_t operator()(const FlowKey &key) const noexcept;
    };
    static FlowKey flowKey(const net::Packet &packet);
    EspSa *scanOutboundFor(const net::Packet &inner, SimTime now);
    void forgetOutboundKey(const OutboundKey &key);
    void countPeer(model::Ipv4Address peer, int delta);

    // Hashed, not ordered: a hub holds thousands of SAs and looks one up per ESP packet.
    std::unordered_map<InboundKey, std::unique_ptr<EspSa>> m_inbound;
    /** Per key, oldest first. */
    std::map<OutboundKey, std::vector<std::unique_ptr<EspSa>>> m_outbound;
    /** The keys of m_outbound by their remote proxy (prefix length -> network): a flow missing
     *  the cache is matched only against keys whose remote side holds its destination. */
    std::map<int, std::unordered_map<std::uint32_t, std::set<OutboundKey>>> m_byRemote;
    /** How many SAs (both directions) each peer has: removePeer() of a peer without any,
     *  as every new IKE SA does, then costs nothing on a hub with thousands of SAs. */
    std::unordered_map<std::uint32_t, int> m_saCountByPeer;
    /** findOutboundFor() answers per flow (addresses, protocol, ports): a hub with thousands of
     *  SAs would otherwise match every packet against all of them. Cleared on every change. */
    std::unordered_map<FlowKey, EspSa *, FlowKeyHash> m_flowCache;
};

} // namespace vtd::sim::esp
