#include "ike_vpn_control.h"

#include "ike_config_values.h"
#include "ike_sa.h"

#include "sim/esp/esp_sad.h"

#include <unordered_map>
#include <vector>

namespace vtd::sim::ike {

void IkeVpnControl::connect(const QString &user, const QString &password, ConnectFinished finished)
{
    if (m_dialer)
        m_dialer(user, password, std::move(finished));
    else
        finished({false, QStringLiteral("%1 is a gateway, not a VPN Client").arg(m_tables.node)});
}

void IkeVpnControl::disconnect()
{
    if (m_hangUp)
        m_hangUp();
}

QList<IkeSaInfo> IkeVpnControl::ikeSas() const
{
    QList<IkeSaInfo> out;
    for (const auto &sa : *m_tables.ikeSas) {
        if (sa->state == IkeState::Deleted)
            continue;
        IkeSaInfo info;
        info.node = m_tables.node;
        info.local = sa->local;
        info.peer = sa->peer;
        info.role = sa->initiator ? QStringLiteral("initiator") : QStringLiteral("responder");
        info.state = ikeStateName(sa->state);
        info.mode = sa->mode == ExchangeType::Aggressive ? QStringLiteral("aggressive") : QStringLiteral("main");
        if (sa->policy) {
            const WireCipher cipher = wireCipher(sa->policy->encryption);
            info.encryption = ikeEncryptionWord(cipher.algorithm, cipher.keyLength);
            info.hash = ikeHashWord(wireHash(sa->policy->hash));
            info.group = int(sa->policy->group);
            info.auth = authMethodWord(sa->authMethod);
        }
        info.lifetimeSeconds = sa->lifetimeSeconds;
        out << info;
    }
    return out;
}

QList<IpsecSaInfo> IkeVpnControl::ipsecSas() const
{
    QList<IpsecSaInfo> out;
    const auto all = m_tables.sad->all();
    // Each inbound SA's outbound partner: the last outbound SA to the same peer for the same
    // proxies. Grouped by peer first: a hub holds thousands of SAs.
    std::unordered_map<std::uint32_t, std::vector<const esp::EspSa *>> outboundByPeer;
    for (const esp::EspSa *candidate : all) {
        if (candidate->direction() == esp::EspDirection::Outbound)
            outboundByPeer[candidate->peerAddress().toUInt()].push_back(candidate);
    }
    for (const esp::EspSa *inbound : all) {
        if (inbound->direction() != esp::EspDirection::Inbound)
            continue;
        const esp::EspSa *outbound = nullptr;
        if (const auto toPeer = outboundByPeer.find(inbound->peerAddress().toUInt()); toPeer != outboundByPeer.end()) {
            for (const esp::EspSa *candidate : toPeer->second) {
                if (candidate->proxies() == inbound->proxies())
                    outbound = candidate;
            }
        }
        IpsecSaInfo info;
        info.node = m_tables.node;
        if (const CryptoMapBinding *binding = m_tables.bindingForSpi ? m_tables.bindingForSpi(inbound->spi()) : nullptr) {
            info.interface = binding->interface;
            info.cryptoMap = binding->map;
            if (binding->pfs.enabled)
                info.pfsGroup = int(binding->pfs.effectiveGroup());
        }
        info.local = inbound->localAddress();
        info.peer = inbound->peerAddress();
        info.localProxy = inbound->proxies().localText();
        info.remoteProxy = inbound->proxies().remoteText();
        info.transform = inbound->transform().ciscoName();
        info.spiIn = inbound->spi();
        info.spiOut = outbound ? outbound->spi() : 0;
        info.lifetimeSeconds = inbound->config().lifetime.seconds;
        info.lifetimeKilobytes = inbound->config().lifetime.kilobytes;
        const esp::EspCounters &in = inbound->counters();
        info.counters.decaps = std::int64_t(in.decaps);
        info.counters.decrypt = std::int64_t(in.decrypt);
        info.counters.verify = std::int64_t(in.verify);
        info.counters.recvErrors = std::int64_t(in.recvErrors);
        if (outbound) {
            const esp::EspCounters &o = outbound->counters();
            info.counters.encaps = std::int64_t(o.encaps);
            info.counters.encrypt = std::int64_t(o.encrypt);
            info.counters.digest = std::int64_t(o.digest);
            info.counters.sendErrors = std::int64_t(o.sendErrors);
        }
        out << info;
    }
    return out;
}

QList<VpnControl::EspSaWork> IkeVpnControl::espWork() const
{
    QList<EspSaWork> out;
    for (const esp::EspSa *sa : m_tables.sad->all()) {
        const bool inbound = sa->direction() == esp::EspDirection::Inbound;
        const esp::EspCounters &counters = sa->counters();
        out.append({sa->spi(), inbound, sa->transform(), std::int64_t(inbound ? counters.decrypt : counters.encrypt)});
    }
    return out;
}

} // namespace vtd::sim::ike
