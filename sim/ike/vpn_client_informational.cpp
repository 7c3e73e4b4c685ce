// Informational exchanges of the VPN Client (RFC 2409 §5.7): `disconnect` tells the gateway
// with DELETEs (the ESP SAs by the client's inbound SPIs, then the IKE SA by its cookies); a
// DELETE from the gateway removes what it names (after a refused XAUTH it ends the connect as
// failed); an R-U-THERE (RFC 3706) gets its ACK, an ACK ends the client's own probe.

#include "vpn_client_daemon.h"

#include "exchange_helpers.h"
#include "informational_message.h"

#include "sim/engine/simulator.h"

#include <utility>

namespace vtd::sim::ike {

namespace {
/** How long a refused client waits for the gateway's DELETE [unverified]. */
constexpr SimTime RefusalDeleteWait = SimTime::fromSeconds(5);
} // namespace

void VpnClientDaemon::sendInformational(const std::vector<Payload> &payloads)
{
    const std::uint32_t mid = newInformationalMessageId(m_node.simulator().rng());
    const QByteArray message = encodeInformational(m_node, *m_sa, mid, payloads);
    if (!message.isEmpty())
        transmit(message);
}

void VpnClientDaemon::sendDeletes()
{
    if (!m_sa || !m_sa->isEstablished() || !m_sa->keys)
        return;
    std::vector<std::uint32_t> inbound;
    for (const esp::EspSa *sa : m_sad.all()) {
        if (sa->direction() == esp::EspDirection::Inbound)
            inbound.push_back(sa->spi());
    }
    if (!inbound.empty())
        sendInformational({espDelete(inbound)});
    sendInformational({ikeDelete(*m_sa)});
}

void VpnClientDaemon::awaitRefusalDelete(const QString &refusal)
{
    // The gateway deletes the IKE SA after the CFG_ACK; the client keeps the SA until that
    // DELETE so that it can verify it [infer: VPN Client 3.6 reports the refusal and the
    // deleted SA; the wait for a DELETE that never comes is the client's own].
    m_refusal = refusal;
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = m_node.simulator().schedule(RefusalDeleteWait, [this] {
        m_retransmit = {};
        fail(std::exchange(m_refusal, QString()));
    });
}

void VpnClientDaemon::onInformational(const EncryptedMessage &received)
{
    if (!m_sa || !m_sa->isEstablished())
        return;
    auto opened = openInformational(*m_sa, received);
    if (std::holds_alternative<QString>(opened))
        return;
    const DecryptedMessage &message = std::get<DecryptedMessage>(opened);
    for (const Payload &payload : message.message.payloads) {
        if (const auto *deletion = std::get_if<DeletePayload>(&payload)) {
            onDelete(*deletion);
            if (!m_sa)
                return;
        } else if (const auto *notify = std::get_if<NotifyPayload>(&payload)) {
            const auto sequence = notify->dpdSequence();
            if (notify->type == NotifyType::RUThere && sequence)
                sendInformational({dpdNotify(*m_sa, NotifyType::RUThereAck, *sequence)});
            else if (notify->type == NotifyType::RUThereAck && sequence)
                onRuThereAck(*sequence);  // vpn_client_dpd.cpp
        }
    }
}

void VpnClientDaemon::onDelete(const DeletePayload &payload)
{
    if (payload.protocol == ProtocolId::Isakmp) {
        if (!deletesIkeSa(payload, *m_sa))
            return;
        // The gateway ended the tunnel: the client drops it, as when the user disconnects.
        dropTunnel();
        if (!m_refusal.isEmpty()) {
            const QString refusal = std::exchange(m_refusal, QString());
            fail(refusal + QStringLiteral("; it deleted the IKE SA"));
        }
        return;
    }
    if (payload.protocol != ProtocolId::IpsecEsp)
        return;
    for (const std::uint32_t spi : deletedSpis(payload)) {
        // The gateway names its inbound SPI: our outbound SA, and the inbound one of its pair.
        std::optional<esp::ProxyIdentity> proxies;
        for (const esp::EspSa *sa : m_sad.all()) {
            if (sa->direction() == esp::EspDirection::Outbound && sa->spi() == spi)
                proxies = sa->proxies();
        }
        if (!proxies)
            continue;
        m_sad.removeOutbound(spi, m_gateway);
        std::vector<std::uint32_t> inbound;
        for (const esp::EspSa *sa : m_sad.all()) {
            if (sa->direction() == esp::EspDirection::Inbound && sa->proxies() == *proxies)
                inbound.push_back(sa->spi());
        }
        for (const std::uint32_t in : inbound)
            m_sad.removeInbound(m_sa->local, in);
        // The client keeps its tunnel: it negotiates the pair again [infer].
        if (m_connected)
            startQuickMode(proxies->remote);
    }
}

} // namespace vtd::sim::ike
