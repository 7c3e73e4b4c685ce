// The selective clear commands for IkeDaemon. PIX 6.2: `clear crypto ipsec sa peer ADDR | map
// NAME | entry DEST esp SPI`; IOS 12.2: `clear crypto sa peer ADDR | map NAME | entry DEST esp
// SPI` and `clear crypto isakmp CONN-ID` [doc: Cisco IOS 12.x / PIX 6.x command references].
// As with the plain forms (ike_informational.cpp) each peer concerned is told with a DELETE
// under its IKE SA, and every SA that goes is traced as "cleared". Cisco documents that an SA
// cleared by name takes its "sibling" SAs of the same negotiation with it: here, the other
// SA of the Quick Mode's inbound/outbound pair.

#include "ike_daemon.h"

#include "informational_debug_lines.h"

#include <map>

namespace vtd::sim::ike {

using model::Ipv4Address;

int IkeDaemon::clearIpsecPairs(const std::vector<PairKey> &keys)
{
    std::map<quint32, std::vector<std::uint32_t>> spisByPeer;
    for (const PairKey &key : keys) {
        const auto found = m_ipsecPairs.find(key);
        if (found != m_ipsecPairs.end())
            spisByPeer[found->second.peer.toUInt()].push_back(found->second.inboundSpi);
    }
    for (const auto &[peer, spis] : spisByPeer)
        sendEspDelete(Ipv4Address(peer), spis);
    for (const PairKey &key : keys)
        endIpsecPair(key, QStringLiteral("cleared"), false);
    return int(keys.size());
}

int IkeDaemon::clearIpsecSasWithPeer(Ipv4Address peer)
{
    std::vector<PairKey> keys;
    for (const auto &[key, pair] : m_ipsecPairs) {
        if (pair.peer == peer)
            keys.push_back(key);
    }
    return clearIpsecPairs(keys);
}

int IkeDaemon::clearIpsecSasOfMap(const QString &map)
{
    std::vector<PairKey> keys;
    for (const auto &[key, pair] : m_ipsecPairs) {
        // The entry the pair was negotiated for; after a reconfigure its SPI still names it.
        const CryptoMapBinding *binding = bindingForSpi(pair.inboundSpi);
        if (!binding && pair.bindingIndex >= 0 && pair.bindingIndex < int(m_config.bindings.size()))
            binding = &m_config.bindings.at(pair.bindingIndex);
        if (binding && binding->map == map)
            keys.push_back(key);
    }
    return clearIpsecPairs(keys);
}

int IkeDaemon::clearIpsecSaEntry(Ipv4Address destination, std::uint32_t spi)
{
    std::vector<PairKey> keys;
    for (const auto &[key, pair] : m_ipsecPairs) {
        const bool inbound = pair.local == destination && pair.inboundSpi == spi;
        const bool outbound = pair.peer == destination && pair.outboundSpi == spi;
        if (inbound || outbound)
            keys.push_back(key);
    }
    return clearIpsecPairs(keys);
}

int IkeDaemon::clearIkeSa(int connId)
{
    for (const auto &sa : m_sas) {
        if (sa->state == IkeState::Deleted || sa->connId != connId)
            continue;
        m_debug.isakmp(debug_lines::deletingIkeSa(sa->local, sa->peer));
        sendIkeDelete(*sa);
        deleteSa(*sa, QStringLiteral("cleared"));
        return 1;
    }
    return 0;
}

} // namespace vtd::sim::ike
