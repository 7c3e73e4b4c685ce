// Main Mode (RFC 2409 §5, pre-shared keys) for IkeDaemon, initiator and responder:
//   MM1 I->R SA          MM2 R->I SA (the chosen transform)
//   MM3 I->R KE, Ni, VID MM4 R->I KE, Nr, VID
//   MM5 I->R *IDii, HASH_I   MM6 R->I *IDir, HASH_R        (* = encrypted with the phase-1 key)

#include "ike_daemon.h"

#include "cisco_ios_vendor_id.h"
#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "ipsec_debug_lines.h"
#include "isakmp_attribute_text.h"
#include "isakmp_vendor_ids.h"
#include "phase1_keys.h"
#include "phase1_policy_match.h"
#include "proposal_builders.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/net/byte_order.h"

#include "generators/pix62/pix62_names.h"

namespace vtd::sim::ike {

using model::Ipv4Address;

IdPayload IkeDaemon::ownIdentity(const IkeSa &sa) const
{
    // Phase-1 IDs from Cisco boxes carry UDP/500 (seed: protocol 17, port 500).
    if (m_config.identity == model::IsakmpIdentityCmd::Kind::Hostname)
        return IdPayload::fqdn(m_config.hostname + QLatin1Char('.') + m_config.domainName, 17, 500);
    return IdPayload::ipv4Address(sa.local, 17, 500);
}

void IkeDaemon::startMainMode(int bindingIndex, Ipv4Address peer)
{
    const CryptoMapBinding &binding = m_config.bindings[bindingIndex];
    const net::SimInterface *interface = m_node.interface(binding.interface);
    const Ipv4Address local = interface ? interface->address().address() : Ipv4Address();
    IkeSa &sa = newSa(true, local, peer, binding.interface, newCookie());
    notePeer(peer, QStringLiteral("ISAKMP"));
    m_debug.isakmp(debug_lines::beginningMainMode());

    IsakmpMessage mm1;
    mm1.header.initiatorCookie = sa.cookieI;
    mm1.header.exchange = ExchangeType::IdentityProtection;
    const SaPayload offer{Doi::Ipsec, SituationIdentityOnly, {phase1OfferFromPolicies(m_config.policies)}};
    sa.saiBody = offer.encodeBody();
    mm1.payloads.push_back(offer);
    sendIsakmp(sa, mm1.encode(), true);
}

void IkeDaemon::onMainMode(IkeSa *sa, const net::Packet &packet, const QByteArray &bytes)
{
    const auto header = IsakmpHeader::decode(net::viewOf(bytes));
    // A first contact logs the peer table before the exchange label (rain-debug.txt).
    if (sa)
        m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::IdentityProtection));
    if (header->encrypted()) {
        const auto encrypted = splitEncrypted(net::viewOf(bytes));
        if (!sa || !sa->keys || !encrypted) {
            m_debug.isakmp(debug_lines::malformed(packet.source()));
            return;
        }
        auto decrypted = decryptMessage(*encrypted, *sa->keys, sa->phase1Iv);
        if (auto *error = std::get_if<QString>(&decrypted)) {
            m_debug.isakmp(debug_lines::malformed(packet.source()));
            reportDiagnostic(QStringLiteral("ike.psk-mismatch"), QStringLiteral("error"), sa->peer,
                             {{QStringLiteral("peer"), sa->peer.toString()}, {QStringLiteral("detail"), *error}});
            deleteSa(*sa, *error);
            return;
        }
        const DecryptedMessage &message = std::get<DecryptedMessage>(decrypted);
        if (sa->initiator)
            mainModeInitiatorSixth(*sa, message);
        else
            mainModeResponderFifth(*sa, message);
        return;
    }
    DecodedChain chain;
    auto message = IsakmpMessage::decode(net::viewOf(bytes), &chain);
    if (!message) {
        m_debug.isakmp(debug_lines::malformed(packet.source()));
        return;
    }
    const bool hasSa = findPayload<SaPayload>(message->payloads) != nullptr;
    if (!sa) {
        if (hasSa && header->responderCookie == Cookie{})
            mainModeResponderFirst(packet, *message, bytes, chain);
        return;
    }
    if (sa->initiator && hasSa && sa->state == IkeState::MmNoState) {
        sa->cookieR = header->responderCookie;
        mainModeInitiatorSecond(*sa, *message);
    } else if (sa->initiator && !hasSa && sa->state == IkeState::MmSaSetup) {
        mainModeInitiatorFourth(*sa, *message);
    } else if (!sa->initiator && !hasSa && sa->state == IkeState::MmSaSetup) {
        mainModeResponderThird(*sa, *message);
    } else if (!sa->initiator && !sa->lastSent.isEmpty()) {
        sendIsakmp(*sa, sa->lastSent, true); // the peer retransmitted: our answer was lost
    }
}

void IkeDaemon::logPhase1Checks(const Proposal &offer, const Phase1MatchResult &result)
{
    if (!m_debug.isOn(IkeDebug::Category::Isakmp) && !m_node.simulator().isTracing())
        return;  // the VPN Client offers 14 transforms: their lines cost, even unprinted
    for (const Phase1TransformCheck &check : result.checks) {
        m_debug.isakmp(debug_lines::checkingTransform(check.transformNumber, check.priority));
        for (const DataAttribute &attribute : offer.transforms[std::size_t(check.transformIndex)].attributes)
            m_debug.isakmp(QStringLiteral("ISAKMP:      ") + ikeAttributeDebugText(attribute));
        const bool last = std::size_t(check.transformIndex) + 1 == offer.transforms.size();
        m_debug.isakmp(debug_lines::attsAcceptable(check.acceptable(), last ? 0 : 3));
        if (!check.acceptable() && m_node.simulator().isTracing()) {
            QStringList why;
            for (const AttributeMismatch &mismatch : check.mismatches)
                why << mismatch.describe(check.priority);
            traceIkeDecision(QStringLiteral("refuse"),
                             QStringLiteral("transform %1: %2").arg(check.transformNumber).arg(why.join(QStringLiteral("; "))));
        }
    }
}

void IkeDaemon::mainModeResponderFirst(const net::Packet &packet, const IsakmpMessage &message,
                                       const QByteArray &bytes, const DecodedChain &chain)
{
    notePeer(packet.source(), QStringLiteral("ISAKMP"));
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::IdentityProtection));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("SA"), 0));
    const SaPayload &offered = *findPayload<SaPayload>(message.payloads);
    if (offered.proposals.empty())
        return;
    const Phase1MatchResult result =
        matchPhase1(offered.proposals.front(), Phase1Context{m_config.policies, m_config.capabilities, false});
    logPhase1Checks(offered.proposals.front(), result);
    if (!result.choice) {
        m_debug.isakmp(debug_lines::noProposalChosen(packet.source()));
        QStringList why;
        for (const Phase1TransformCheck &check : result.checks) {
            for (const AttributeMismatch &mismatch : check.mismatches)
                why << QStringLiteral("transform %1: %2").arg(check.transformNumber).arg(mismatch.describe(check.priority));
        }
        reportDiagnostic(QStringLiteral("ike.no-proposal-chosen"), QStringLiteral("error"), packet.source(),
                         {{QStringLiteral("peer"), packet.source().toString()}, {QStringLiteral("reasons"), why.join(QStringLiteral("; "))}});
        return;
    }
    IkeSa &sa = newSa(false, packet.destination(), packet.source(), interfaceOwning(packet.destination()),
                      message.header.initiatorCookie);
    sa.cookieR = newCookie();
    for (const PayloadSpan &span : chain.spans) {
        if (span.type == PayloadType::SecurityAssociation)
            sa.saiBody = payloadBodyAt(bytes, span);
    }
    sa.policy = result.choice->policy;
    sa.authMethod = result.choice->authMethod;
    sa.lifetimeSeconds = result.choice->lifetimeSeconds;
    m_debug.isakmp(debug_lines::doingPreShared(ownIdentity(sa).type));
    m_debug.isakmp(debug_lines::returnStatus());

    IsakmpMessage mm2;
    mm2.header = message.header;
    mm2.header.responderCookie = sa.cookieR;
    const int transformNumber = offered.proposals.front().transforms[std::size_t(result.choice->transformIndex)].number;
    mm2.payloads.push_back(SaPayload{Doi::Ipsec, SituationIdentityOnly,
                                     {phase1Reply(*sa.policy, sa.authMethod, transformNumber, sa.lifetimeSeconds)}});
    setState(sa, IkeState::MmSaSetup);
    sendIsakmp(sa, mm2.encode(), true);
}

void IkeDaemon::mainModeInitiatorSecond(IkeSa &sa, const IsakmpMessage &message)
{
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("SA"), 0));
    const SaPayload &reply = *findPayload<SaPayload>(message.payloads);
    const Phase1MatchResult result = reply.proposals.empty()
        ? Phase1MatchResult{}
        : matchPhase1(reply.proposals.front(), Phase1Context{m_config.policies, m_config.capabilities, false});
    if (!reply.proposals.empty())
        logPhase1Checks(reply.proposals.front(), result);
    if (!result.choice) {
        deleteSa(sa, QStringLiteral("responder chose a transform we did not offer"));
        return;
    }
    sa.policy = result.choice->policy;
    sa.authMethod = result.choice->authMethod;
    sa.lifetimeSeconds = result.choice->lifetimeSeconds;
    m_debug.isakmp(debug_lines::doingPreShared(ownIdentity(sa).type));
    m_debug.isakmp(debug_lines::returnStatus());
    logSaRequests(sa);
    setState(sa, IkeState::MmSaSetup);
    sendIsakmp(sa, keyExchangeMessage(sa, true).encode(), true);
}

IsakmpMessage IkeDaemon::keyExchangeMessage(IkeSa &sa, bool initiator)
{
    sa.dh = newDhKey(sa.policy->group);
    const QByteArray publicValue = net::toByteArray(sa.dh->publicValue());
    const QByteArray nonce = randomBytes(NonceSize);
    (initiator ? sa.gxi : sa.gxr) = publicValue;
    (initiator ? sa.nonceI : sa.nonceR) = nonce;
    IsakmpMessage message;
    message.header.initiatorCookie = sa.cookieI;
    message.header.responderCookie = sa.cookieR;
    message.header.exchange = ExchangeType::IdentityProtection;
    message.payloads.push_back(KePayload{publicValue});
    message.payloads.push_back(NoncePayload{nonce});
    // The three Vendor IDs PIX and IOS exchange here (seed): XAUTH, DPD, Cisco IOS.
    message.payloads.push_back(VendorIdPayload{vendorIdBytes(KnownVendorId::Xauth)});
    message.payloads.push_back(VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)});
    message.payloads.push_back(VendorIdPayload{ciscoIosBoxVendorId()});
    return message;
}

void IkeDaemon::processKeyExchange(IkeSa &sa, const IsakmpMessage &message, bool fromInitiator)
{
    const KePayload *ke = findPayload<KePayload>(message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.payloads);
    m_debug.isakmp([] { return debug_lines::processingPayload(QStringLiteral("KE"), 0); });
    m_debug.isakmp([] { return debug_lines::processingPayload(QStringLiteral("NONCE"), 0); });
    for (const VendorIdPayload *vid : findPayloads<VendorIdPayload>(message.payloads))
        m_debug.lines(IkeDebug::Category::Isakmp, [vid] { return debug_lines::vendorIdLines(vid->data); });
    if (ke)
        (fromInitiator ? sa.gxi : sa.gxr) = ke->data;
    if (nonce)
        (fromInitiator ? sa.nonceI : sa.nonceR) = nonce->data;
}

bool IkeDaemon::deriveKeys(IkeSa &sa)
{
    // Aggressive Mode with a VPN Client has already picked the vpngroup password.
    const auto key = m_config.keyFor(sa.peer);
    if (sa.preSharedKey.isEmpty() && key && key->key)
        sa.preSharedKey = key->key->toUtf8();
    if (sa.preSharedKey.isEmpty()) {
        m_debug.isakmp(debug_lines::noPreSharedKey(sa.peer));
        reportDiagnostic(QStringLiteral("ike.no-psk"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("peer"), sa.peer.toString()}},
                         QStringLiteral("isakmp key KEY address %1 netmask 255.255.255.255").arg(sa.peer.toString()));
        return false;
    }
    // The gateway and the VPN Client share the derivation (phase1_keys.h).
    if (derivePhase1Keys(sa))
        return false;
    traceIkeKeys(sa);
    return true;
}

void IkeDaemon::mainModeResponderThird(IkeSa &sa, const IsakmpMessage &message)
{
    processKeyExchange(sa, message, true);
    IsakmpMessage mm4 = keyExchangeMessage(sa, false);
    if (!deriveKeys(sa)) {
        deleteSa(sa, QStringLiteral("no pre-shared key"));
        return;
    }
    m_debug.isakmp(debug_lines::returnStatus());
    setState(sa, IkeState::MmKeyExch);
    sendIsakmp(sa, mm4.encode(), true);
}

IsakmpMessage IkeDaemon::identityMessage(IkeSa &sa, bool initiator)
{
    const IdPayload id = ownIdentity(sa);
    const QByteArray idBody = encodePayloadBody(Payload(id));
    const auto hash = initiator ? sa.keys->hashI(net::viewOf(sa.saiBody), net::viewOf(idBody))
                                : sa.keys->hashR(net::viewOf(sa.saiBody), net::viewOf(idBody));
    IsakmpMessage message;
    message.header.initiatorCookie = sa.cookieI;
    message.header.responderCookie = sa.cookieR;
    message.header.exchange = ExchangeType::IdentityProtection;
    message.header.flags = header_flag::Encryption;
    message.payloads.push_back(id);
    message.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    m_debug.lines(IkeDebug::Category::Isakmp, debug_lines::ownIdPayload(id, int(PayloadType::Hash)));
    m_debug.isakmp(debug_lines::totalPayloadLength(id));
    return message;
}

void IkeDaemon::mainModeInitiatorFourth(IkeSa &sa, const IsakmpMessage &message)
{
    processKeyExchange(sa, message, false);
    if (!deriveKeys(sa)) {
        deleteSa(sa, QStringLiteral("no pre-shared key"));
        return;
    }
    const IsakmpMessage mm5 = identityMessage(sa, true);
    m_debug.isakmp(debug_lines::returnStatus());
    setState(sa, IkeState::MmKeyExch);
    sendIsakmp(sa, encryptAndTrace(m_node, mm5, *sa.keys, sa.phase1Iv), true);
}

bool IkeDaemon::verifyPeerHash(IkeSa &sa, const DecryptedMessage &message, bool peerIsInitiator)
{
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("ID"), 0));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("HASH"), 0));
    const IdPayload *id = findPayload<IdPayload>(message.message.payloads);
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    if (!id || !hash)
        return false;
    sa.peerIdBody = encodePayloadBody(Payload(*id));
    sa.peerIdentity = id->text();
    const auto expected = peerIsInitiator ? sa.keys->hashI(net::viewOf(sa.saiBody), net::viewOf(sa.peerIdBody))
                                          : sa.keys->hashR(net::viewOf(sa.saiBody), net::viewOf(sa.peerIdBody));
    if (expected && crypto::constantTimeEqual(*expected, net::viewOf(hash->data)))
        return true;
    m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
    reportDiagnostic(QStringLiteral("ike.psk-mismatch"), QStringLiteral("error"), sa.peer,
                     {{QStringLiteral("peer"), sa.peer.toString()}, {QStringLiteral("detail"), QStringLiteral("HASH mismatch")}});
    return false;
}

void IkeDaemon::mainModeResponderFifth(IkeSa &sa, const DecryptedMessage &message)
{
    if (!verifyPeerHash(sa, message, true)) {
        deleteSa(sa, QStringLiteral("authentication failed"));
        return;
    }
    m_debug.isakmp(debug_lines::saAuthenticated());
    const IsakmpMessage mm6 = identityMessage(sa, false);
    m_debug.isakmp(debug_lines::returnStatus());
    sendIsakmp(sa, encryptAndTrace(m_node, mm6, *sa.keys, sa.phase1Iv), false);
    sa.lastPhase1Block = sa.phase1Iv;
    established(sa);
}

void IkeDaemon::mainModeInitiatorSixth(IkeSa &sa, const DecryptedMessage &message)
{
    if (!verifyPeerHash(sa, message, false)) {
        deleteSa(sa, QStringLiteral("authentication failed"));
        return;
    }
    m_debug.isakmp(debug_lines::saAuthenticated());
    sa.lastPhase1Block = sa.phase1Iv;
    established(sa);
}

void IkeDaemon::logSaRequests(const IkeSa &sa)
{
    // Syslog 702303: the IPsec requests waiting for this IKE SA (the seed prints them after MM2).
    for (const PendingQuickMode &pending : m_pending) {
        if (pending.peer != sa.peer)
            continue;
        const CryptoMapBinding &binding = m_config.bindings[pending.bindingIndex];
        debug_lines::KeyEngineMessage request;
        request.src = sa.local;
        request.dest = sa.peer;
        request.srcProxy = {pending.proxies.local};
        request.destProxy = {pending.proxies.remote};
        if (!binding.transformSets.isEmpty()) {
            QStringList words;
            for (const model::IpsecTransform transform : binding.transformSets.front().transforms)
                words << gen::pix62::transformKeyword(transform);
            request.transform = words.join(QLatin1Char(' '));
        }
        request.seconds = binding.lifetimeSeconds;
        request.kilobytes = binding.lifetimeKilobytes;
        m_debug.syslog(702303, debug_lines::saRequestSyslog(request));
    }
}

} // namespace vtd::sim::ike
