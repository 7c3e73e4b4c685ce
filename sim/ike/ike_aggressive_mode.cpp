// Aggressive Mode responder (RFC 2409 §5, pre-shared keys) for IkeDaemon, as PIX 6.2 answers
// the Cisco VPN Client:
//   AM1 C->G SA, KE, Ni, IDii (ID_KEY_ID = vpngroup name), VID...
//   AM2 G->C SA, KE, IDir, Nr, HASH_R, VID
//   AM3 C->G [*]HASH_I, N(INITIAL-CONTACT)          (the client encrypts it; clear is accepted)

#include "ike_daemon.h"

#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "ipsec_debug_lines.h"
#include "isakmp_vendor_ids.h"
#include "proposal_builders.h"

#include "sim/engine/simulator.h"
#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

using model::Ipv4Address;
using Category = IkeDebug::Category;

void IkeDaemon::onAggressiveMode(IkeSa *sa, const net::Packet &packet, const QByteArray &bytes)
{
    const auto header = IsakmpHeader::decode(net::viewOf(bytes));
    if (!sa) {
        DecodedChain chain;
        auto message = IsakmpMessage::decode(net::viewOf(bytes), &chain);
        if (message && header->responderCookie == Cookie{})
            aggressiveResponderFirst(packet, *message, bytes, chain);
        else
            m_debug.isakmp(debug_lines::malformed(packet.source()));
        return;
    }
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::Aggressive));
    if (sa->initiator || sa->state != IkeState::AgInitExch || !sa->keys)
        return;
    std::optional<DecryptedMessage> decrypted;
    if (header->encrypted()) {
        const auto encrypted = splitEncrypted(net::viewOf(bytes));
        auto result = encrypted ? decryptMessage(*encrypted, *sa->keys, sa->phase1Iv)
                                : std::variant<DecryptedMessage, QString>(QStringLiteral("malformed"));
        if (auto *error = std::get_if<QString>(&result)) {
            m_debug.isakmp(debug_lines::malformed(packet.source()));
            reportDiagnostic(QStringLiteral("ike.psk-mismatch"), QStringLiteral("error"), sa->peer,
                             {{QStringLiteral("peer"), sa->peer.toString()}, {QStringLiteral("detail"), *error}});
            deleteSa(*sa, *error);
            return;
        }
        decrypted = std::get<DecryptedMessage>(std::move(result));
    } else {
        auto message = IsakmpMessage::decode(net::viewOf(bytes), nullptr);
        if (!message)
            return;
        decrypted = DecryptedMessage{*message, {}, {}, {}};
    }
    aggressiveResponderThird(*sa, *decrypted);
}

QByteArray IkeDaemon::aggressivePreSharedKey(const IdPayload &id, Ipv4Address peer, QString &groupName)
{
    if (id.type == IdType::KeyId) {
        groupName = QString::fromUtf8(id.data);
        const model::VpnGroup *group = m_config.group(groupName);
        return group && group->password ? group->password->toUtf8() : QByteArray();
    }
    const auto key = m_config.keyFor(peer);
    return key && key->key ? key->key->toUtf8() : QByteArray();
}

void IkeDaemon::aggressiveResponderFirst(const net::Packet &packet, const IsakmpMessage &message,
                                         const QByteArray &bytes, const DecodedChain &chain)
{
    const QString interface = interfaceOwning(packet.destination());
    notePeer(packet.source(), QStringLiteral("ISAKMP"));
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::Aggressive));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("SA"), 0));
    const SaPayload *offered = findPayload<SaPayload>(message.payloads);
    const KePayload *ke = findPayload<KePayload>(message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.payloads);
    const IdPayload *id = findPayload<IdPayload>(message.payloads);
    if (!offered || offered->proposals.empty() || !ke || !nonce || !id)
        return;
    const bool xauth = m_config.xauthOn(interface);
    const Phase1MatchResult result =
        matchPhase1(offered->proposals.front(), Phase1Context{m_config.policies, m_config.capabilities, xauth});
    logPhase1Checks(offered->proposals.front(), result);
    if (!result.choice) {
        m_debug.isakmp(debug_lines::noProposalChosen(packet.source()));
        reportDiagnostic(QStringLiteral("ike.no-proposal-chosen"), QStringLiteral("error"), packet.source(),
                         {{QStringLiteral("peer"), packet.source().toString()},
                          {QStringLiteral("reasons"), QStringLiteral("every transform refused (see the trace)")}});
        return;
    }
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("KE"), 0));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("NONCE"), 0));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("ID"), 0));
    for (const VendorIdPayload *vid : findPayloads<VendorIdPayload>(message.payloads))
        m_debug.lines(Category::Isakmp, debug_lines::vendorIdLines(vid->data));

    IkeSa &sa = newSa(false, packet.destination(), packet.source(), interface, message.header.initiatorCookie);
    sa.mode = ExchangeType::Aggressive;
    sa.cookieR = newCookie();
    for (const PayloadSpan &span : chain.spans) {
        if (span.type == PayloadType::SecurityAssociation)
            sa.saiBody = payloadBodyAt(bytes, span);
        if (span.type == PayloadType::Identification)
            sa.peerIdBody = payloadBodyAt(bytes, span);
    }
    sa.peerIdentity = id->text();
    sa.policy = result.choice->policy;
    sa.authMethod = result.choice->authMethod;
    sa.lifetimeSeconds = result.choice->lifetimeSeconds;
    sa.gxi = ke->data;
    sa.nonceI = nonce->data;
    sa.preSharedKey = aggressivePreSharedKey(*id, sa.peer, sa.groupName);
    m_debug.isakmp(QStringLiteral("ISAKMP: Created a peer node for %1").arg(sa.peer.toString()));
    setState(sa, IkeState::AgInitExch);
    const IsakmpMessage keyExchange = keyExchangeMessage(sa, false);
    if (!deriveKeys(sa)) {
        deleteSa(sa, QStringLiteral("no pre-shared key"));
        return;
    }
    // AM2: SA, KE, IDir, Nr, HASH_R (the PIX's ID is followed by the nonce: next-payload 10).
    const IdPayload own = ownIdentity(sa);
    const QByteArray ownBody = encodePayloadBody(Payload(own));
    const auto hash = sa.keys->hashR(net::viewOf(sa.saiBody), net::viewOf(ownBody));
    IsakmpMessage am2;
    am2.header = message.header;
    am2.header.responderCookie = sa.cookieR;
    const int transformNumber = offered->proposals.front().transforms[std::size_t(result.choice->transformIndex)].number;
    am2.payloads.push_back(SaPayload{Doi::Ipsec, SituationIdentityOnly,
                                     {phase1Reply(*sa.policy, sa.authMethod, transformNumber, sa.lifetimeSeconds)}});
    am2.payloads.push_back(*findPayload<KePayload>(keyExchange.payloads));
    am2.payloads.push_back(own);
    am2.payloads.push_back(*findPayload<NoncePayload>(keyExchange.payloads));
    am2.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    am2.payloads.push_back(VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)});
    m_debug.lines(Category::Isakmp, debug_lines::ownIdPayload(own, int(PayloadType::Nonce)));
    m_debug.isakmp(debug_lines::totalPayloadLength(own));
    m_debug.isakmp(debug_lines::returnStatus());
    sendIsakmp(sa, am2.encode(), true);
}

void IkeDaemon::aggressiveResponderThird(IkeSa &sa, const DecryptedMessage &message)
{
    m_debug.isakmp([] { return debug_lines::processingPayload(QStringLiteral("HASH"), 0); });
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const auto expected = sa.keys->hashI(net::viewOf(sa.saiBody), net::viewOf(sa.peerIdBody));
    if (!hash || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data))) {
        m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
        reportDiagnostic(QStringLiteral("ike.psk-mismatch"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("peer"), sa.peer.toString()},
                          {QStringLiteral("detail"), QStringLiteral("HASH_I of group %1 does not verify").arg(sa.groupName)}});
        deleteSa(sa, QStringLiteral("authentication failed"));
        return;
    }
    for (const NotifyPayload *notify : findPayloads<NotifyPayload>(message.message.payloads)) {
        m_debug.lines(Category::Isakmp, debug_lines::notifyProcessing(int(notify->type), int(notify->protocol), 0, 0));
        if (notify->type != NotifyType::InitialContact)
            continue;
        m_debug.text(Category::Isakmp, QStringLiteral("ISAKMP (0): processing notify INITIAL_CONTACT"));
        m_debug.ipsec(debug_lines::keyEngineQueueEvent());
        m_debug.lines(Category::Ipsec, debug_lines::deleteNotifyLines(sa.peer, false));
        m_sad.removePeer(sa.peer);
    }
    m_debug.endLine();
    m_debug.isakmp(debug_lines::saAuthenticated());
    m_debug.isakmp(debug_lines::returnStatus());
    sa.lastPhase1Block = sa.phase1Iv;
    established(sa);
    // `client authentication` on the crypto map made phase 1 choose XAUTH: ask for the user.
    if (sa.authMethod == std::uint16_t(IkeAuthMethod::XauthInitPreShared))
        startXauth(sa);
}

} // namespace vtd::sim::ike
