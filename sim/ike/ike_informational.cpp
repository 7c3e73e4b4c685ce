// Informational exchanges for IkeDaemon (RFC 2409 §5.7): HDR*, HASH(1), N|D, each message on
// its own M-ID and IV, verified before anything is done with it.
// * DELETE (RFC 2408 §3.15): `clear crypto isakmp sa` names the IKE SA by its cookies,
//   `clear crypto ipsec sa` and SA expiry name ESP SAs by our inbound SPIs; the receiver removes
//   what it names ("deleted by peer"). Traffic then negotiates again.
// * DPD (RFC 3706): an R-U-THERE is answered with an R-U-THERE-ACK carrying its sequence number;
//   an ACK ends a probe of ours (ike_dpd.cpp).

#include "ike_daemon.h"

#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "informational_debug_lines.h"
#include "informational_message.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"

namespace vtd::sim::ike {

using model::Ipv4Address;
using Category = IkeDebug::Category;

void IkeDaemon::onInformational(IkeSa &sa, const EncryptedMessage &received)
{
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::Informational));
    auto opened = openInformational(sa, received);
    if (std::holds_alternative<QString>(opened)) {
        m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
        traceIkeDecision(QStringLiteral("refuse"), QStringLiteral("Informational message from %1: %2")
                                                       .arg(sa.peer.toString(), std::get<QString>(opened)));
        return;
    }
    const DecryptedMessage &message = std::get<DecryptedMessage>(opened);
    const std::uint32_t mid = received.header.messageId;
    for (const Payload &payload : message.message.payloads) {
        if (const auto *notify = std::get_if<NotifyPayload>(&payload))
            processDpdNotify(sa, *notify, mid);
        else if (const auto *deletion = std::get_if<DeletePayload>(&payload))
            processDelete(sa, *deletion, mid);
        if (sa.state == IkeState::Deleted)
            break;
    }
    m_debug.isakmp(debug_lines::returnStatus());
}

void IkeDaemon::processDelete(IkeSa &sa, const DeletePayload &payload, std::uint32_t mid)
{
    m_debug.isakmp(debug_lines::processingDelete(mid, payload.spiSize));
    if (payload.protocol == ProtocolId::Isakmp) {
        if (!deletesIkeSa(payload, sa))
            return;
        traceIkeDecision(QStringLiteral("delete"), QStringLiteral("%1 deleted the IKE SA").arg(sa.peer.toString()));
        m_debug.isakmp(debug_lines::deletingIkeSa(sa.peer, sa.local));
        deleteSa(sa, QStringLiteral("deleted by peer"));
        return;
    }
    if (payload.protocol != ProtocolId::IpsecEsp)
        return;
    m_debug.ipsec(debug_lines::keyEngineQueueEvent());
    for (const std::uint32_t spi : deletedSpis(payload)) {
        // The peer names its inbound SPI: our outbound SA of the pair.
        m_debug.lines(Category::Ipsec, debug_lines::deleteSaWithSpi(spi, sa.peer));
        traceIkeDecision(QStringLiteral("delete"), QStringLiteral("%1 deleted the IPsec SA spi %2")
                                                       .arg(sa.peer.toString(), debug_lines::spiText(spi)));
        const auto found = m_outboundPairs.find({sa.peer.toUInt(), spi});
        if (found != m_outboundPairs.end())
            endIpsecPair(found->second, QStringLiteral("deleted by peer"), false);
        else
            m_sad.removeOutbound(spi, sa.peer);
    }
}

void IkeDaemon::processDpdNotify(IkeSa &sa, const NotifyPayload &notify, std::uint32_t mid)
{
    m_debug.lines(Category::Isakmp, debug_lines::notifyProcessing(int(notify.type), int(notify.protocol), 0, mid));
    const auto sequence = notify.dpdSequence();
    if (!sequence)
        return;
    if (notify.type == NotifyType::RUThere) {
        m_debug.isakmp(debug_lines::receivedDpd(false, sa.peer));
        sendInformational(sa, {dpdNotify(sa, NotifyType::RUThereAck, *sequence)});
        m_debug.isakmp(debug_lines::sendingNotify(int(NotifyType::RUThereAck), int(ProtocolId::Isakmp)));
        return;
    }
    m_debug.isakmp(debug_lines::receivedDpd(true, sa.peer));
    if (*sequence == sa.dpdSequence && sa.dpdUnanswered > 0) {
        sa.dpdUnanswered = 0;
        startKeepalive(sa);
    }
}

std::uint32_t IkeDaemon::sendInformational(IkeSa &sa, const std::vector<Payload> &payloads)
{
    const std::uint32_t mid = newInformationalMessageId(m_node.simulator().rng());
    const QByteArray message = encodeInformational(m_node, sa, mid, payloads);
    if (message.isEmpty())
        return 0;
    // Not sendIsakmp(): a one-shot message must not take over an exchange's retransmission.
    checkIsakmpRoute(sa);
    sendIsakmpDatagram(m_node, sa.peer, message);
    return mid;
}

void IkeDaemon::sendIkeDelete(IkeSa &sa)
{
    if (!sa.isEstablished() || !sa.keys)
        return;
    const std::uint32_t mid = sendInformational(sa, {ikeDelete(sa)});
    m_debug.isakmp(debug_lines::sendingDelete(int(ProtocolId::Isakmp), 16, mid));
}

void IkeDaemon::sendEspDelete(Ipv4Address peer, const std::vector<std::uint32_t> &inboundSpis)
{
    IkeSa *ike = findEstablished(peer);
    if (!ike || inboundSpis.empty())
        return;  // without an IKE SA the peer cannot be told [infer: no phase 1 just to delete]
    const std::uint32_t mid = sendInformational(*ike, {espDelete(inboundSpis)});
    m_debug.isakmp(debug_lines::sendingDelete(int(ProtocolId::IpsecEsp), 4, mid));
}

void IkeDaemon::releasePeer(Ipv4Address peer, const QString &layer)
{
    const auto found = m_peerRefs.find(peer.toUInt());
    if (found == m_peerRefs.end())
        return;
    const int refs = std::max(0, found.value() - 1);
    found.value() = refs;
    m_debug.line(layer == QLatin1String("IPSEC") ? Category::Ipsec : Category::Isakmp,
                 debug_lines::peerRefDecremented(layer, peer, refs, int(m_peerRefs.size())));
    if (refs > 0)
        return;
    m_peerRefs.erase(found);
    m_debug.isakmp(debug_lines::deletedPeer(peer, int(m_peerRefs.size())));
}

void IkeDaemon::clearIkeSas()
{
    for (const auto &sa : m_sas) {
        if (sa->state == IkeState::Deleted)
            continue;
        m_debug.isakmp(debug_lines::deletingIkeSa(sa->local, sa->peer));
        sendIkeDelete(*sa);
        deleteSa(*sa, QStringLiteral("cleared"));
    }
    m_sas.clear();
    m_sasByCookie.clear();
    m_addressLeases.clear();
    m_poolScanFrom.clear();
}

void IkeDaemon::clearIpsecSas()
{
    std::map<quint32, std::vector<std::uint32_t>> spisByPeer;
    std::vector<PairKey> keys;
    for (const auto &[key, pair] : m_ipsecPairs) {
        spisByPeer[pair.peer.toUInt()].push_back(pair.inboundSpi);
        keys.push_back(key);
    }
    for (const auto &[peer, spis] : spisByPeer)
        sendEspDelete(Ipv4Address(peer), spis);
    for (const PairKey &key : keys)
        endIpsecPair(key, QStringLiteral("cleared"), false);
    m_sad.clear();  // and any SA installed without a pair record
}

} // namespace vtd::sim::ike
