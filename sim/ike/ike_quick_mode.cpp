// Quick Mode (RFC 2409 §5.5) for IkeDaemon, initiator and responder:
//   QM1 I->R *HASH(1), SA, Ni [, KE] [, IDci, IDcr] [, N(INITIAL-CONTACT)]
//   QM2 R->I *HASH(2), SA, Nr [, KE] [, IDci, IDcr]
//   QM3 I->R *HASH(3)
// then both install the inbound/outbound ESP SA pair keyed from KEYMAT.

#include "ike_daemon.h"

#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "ipsec_debug_lines.h"
#include "isakmp_attribute_text.h"
#include "phase2_proposal_match.h"
#include "proposal_builders.h"
#include "quick_mode_sas.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/esp/esp_transform.h"
#include "sim/net/byte_order.h"

#include <iterator>

namespace vtd::sim::ike {

using model::Ipv4Address;
using Category = IkeDebug::Category;

namespace {

model::Ipv4Prefix prefixOf(const IdPayload &id)
{
    const Ipv4Address mask = id.mask().value_or(Ipv4Address(0xffffffffu));
    return model::Ipv4Prefix::fromMask(id.address().value_or(Ipv4Address()), mask).value_or(model::Ipv4Prefix());
}

std::uint32_t spiValue(const QByteArray &bytes)
{
    return bytes.size() == 4 ? net::readU32(net::viewOf(bytes), 0) : 0;
}

esp::EspTransform espTransformOf(const model::TransformSet &set)
{
    esp::EspTransform transform;
    transform.encryption.reset();
    switch (set.espEncryption().value_or(model::IpsecTransform::EspNull)) {
    case model::IpsecTransform::EspDes: transform.encryption = crypto::EncryptionAlgorithm::Des; break;
    case model::IpsecTransform::Esp3des: transform.encryption = crypto::EncryptionAlgorithm::TripleDes; break;
    case model::IpsecTransform::EspAes128: transform.encryption = crypto::EncryptionAlgorithm::Aes128; break;
    case model::IpsecTransform::EspAes192: transform.encryption = crypto::EncryptionAlgorithm::Aes192; break;
    case model::IpsecTransform::EspAes256: transform.encryption = crypto::EncryptionAlgorithm::Aes256; break;
    default: break;
    }
    transform.authentication.reset();
    if (const auto auth = set.espAuthentication())
        transform.authentication = *auth == model::IpsecTransform::EspMd5Hmac ? crypto::HashAlgorithm::Md5
                                                                              : crypto::HashAlgorithm::Sha1;
    return transform;
}
} // namespace

void IkeDaemon::runPendingQuickModes(IkeSa &sa)
{
    std::vector<PendingQuickMode> ready;
    std::erase_if(m_pending, [&](const PendingQuickMode &p) {
        if (p.peer != sa.peer)
            return false;
        ready.push_back(p);
        return true;
    });
    for (const PendingQuickMode &pending : ready)
        startQuickMode(sa, pending);
}

void IkeDaemon::startQuickMode(IkeSa &sa, const PendingQuickMode &pending)
{
    const CryptoMapBinding &binding = m_config.bindings[pending.bindingIndex];
    std::uint32_t mid = 0;
    while (mid == 0 || sa.quickModes.count(mid))
        mid = m_node.simulator().rng().nextU32();
    QuickModeExchange &qm = sa.quickModes[mid];
    qm.messageId = mid;
    qm.initiator = true;
    qm.bindingIndex = pending.bindingIndex;
    qm.proxies = pending.proxies;
    const auto iv = sa.keys->phase2Iv(sa.lastPhase1Block, mid);
    qm.iv = iv ? *iv : crypto::Bytes();
    qm.ourSpi = m_sad.allocateSpi(sa.local, m_node.simulator().rng());
    m_debug.text(Category::Isakmp, debug_lines::beginningQuickMode(mid));
    m_debug.ipsec(debug_lines::keyEngineQueueEvent());
    m_debug.lines(Category::Ipsec, debug_lines::spiResponse(qm.ourSpi, sa.peer, sa.local));

    qm.nonceI = randomBytes(NonceSize);
    std::vector<Payload> body{
        SaPayload{Doi::Ipsec, SituationIdentityOnly,
                  phase2OfferFromTransformSets(binding.transformSets, binding.pfs, binding.lifetimeSeconds,
                                               binding.lifetimeKilobytes, bigEndianBytes(qm.ourSpi))},
        NoncePayload{qm.nonceI}};
    if (binding.pfs.enabled) {
        qm.pfsKey = newDhKey(binding.pfs.effectiveGroup());
        body.push_back(KePayload{net::toByteArray(qm.pfsKey->publicValue())});
    }
    body.push_back(proxyId(pending.proxies.local, pending.proxies.protocol));
    body.push_back(proxyId(pending.proxies.remote, pending.proxies.protocol));
    // Not a first contact while we still hold IPsec SAs with the peer (a rekey after the IKE SA
    // expired): INITIAL_CONTACT would make it delete the pair still carrying traffic.
    const bool initialContact = !sa.initialContactSent
                                && std::none_of(m_ipsecPairs.begin(), m_ipsecPairs.end(),
                                                [&](const auto &item) { return item.second.peer == sa.peer; });
    if (initialContact) {
        NotifyPayload notify;
        notify.protocol = ProtocolId::Isakmp;
        notify.type = NotifyType::InitialContact;
        body.push_back(notify);
        sa.initialContactSent = true;
    }
    const QByteArray covered = encodePayloadChain(body);
    const auto hash = sa.keys->quickModeHash1(mid, net::viewOf(covered));
    IsakmpMessage qm1;
    qm1.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::QuickMode,
                  header_flag::Encryption, mid, IsakmpHeader::Size};
    qm1.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    qm1.payloads.insert(qm1.payloads.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    m_debug.isakmp(debug_lines::returnStatus());
    if (initialContact)
        m_debug.isakmp(debug_lines::sendingInitialContact());
    sendIsakmp(sa, encryptAndTrace(m_node, qm1, *sa.keys, qm.iv), true);
}

void IkeDaemon::onQuickMode(IkeSa &sa, const EncryptedMessage &received)
{
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::QuickMode));
    m_debug.isakmp(QStringLiteral("oakley_process_quick_mode:"));
    const std::uint32_t mid = received.header.messageId;
    auto found = sa.quickModes.find(mid);
    crypto::Bytes iv;
    if (found == sa.quickModes.end()) {
        const auto first = sa.keys->phase2Iv(sa.lastPhase1Block, mid);
        iv = first ? *first : crypto::Bytes();
    } else {
        iv = found->second.iv;
    }
    const bool final = found != sa.quickModes.end() && found->second.awaitingFinal;
    if (final)
        m_debug.text(Category::Isakmp, QStringLiteral("OAK_QM_AUTH_AWAIT"));
    else
        m_debug.isakmp(QStringLiteral("OAK_QM_IDLE"));
    auto decrypted = decryptMessage(received, *sa.keys, iv);
    if (std::holds_alternative<QString>(decrypted)) {
        m_debug.endLine();
        m_debug.isakmp(debug_lines::malformed(sa.peer));
        return;
    }
    const DecryptedMessage &message = std::get<DecryptedMessage>(decrypted);
    if (found == sa.quickModes.end())
        quickModeResponderFirst(sa, message, iv);
    else if (found->second.initiator)
        quickModeInitiatorSecond(sa, found->second, message, iv);
    else
        quickModeResponderThird(sa, found->second, message);
}

void IkeDaemon::logPhase2Checks(const std::vector<Proposal> &offer, const Phase2MatchResult &result, std::uint32_t mid)
{
    // Composing the lines costs more than the checks did: only for a debug log or the trace.
    if (!m_debug.isOn(Category::Isakmp) && !m_debug.isOn(Category::Ipsec) && !m_node.simulator().isTracing())
        return;
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("SA"), mid));
    for (const Phase2ProposalCheck &proposal : result.proposals) {
        m_debug.isakmp(debug_lines::checkingIpsecProposal(proposal.number));
        const Phase2PartCheck &part = proposal.parts.front();
        const Proposal &wire = offer[std::size_t(part.proposalIndex)];
        const Transform &transform = wire.transforms[std::size_t(part.transformIndex)];
        m_debug.isakmp(QStringLiteral("ISAKMP: ") + ipsecTransformDebugText(wire.protocol, transform));
        m_debug.isakmp(QStringLiteral("ISAKMP:   attributes in transform:"));
        for (std::size_t i = 0; i < transform.attributes.size(); ++i) {
            const QString text = QStringLiteral("ISAKMP:      ") + ipsecAttributeDebugText(transform.attributes[i]);
            if (i + 1 == transform.attributes.size() && part.outcome == Phase2PartCheck::Outcome::NotSupported)
                m_debug.text(Category::Isakmp, text);
            else
                m_debug.isakmp(text);
        }
        const int next = std::size_t(part.transformIndex) + 1 < wire.transforms.size() ? 3 : 0;
        switch (part.outcome) {
        case Phase2PartCheck::Outcome::NotSupported:
        case Phase2PartCheck::Outcome::PfsMismatch:
            if (part.outcome == Phase2PartCheck::Outcome::NotSupported)
                m_debug.ipsec(debug_lines::notSupported(int(wire.protocol), part.transformId, part.authAlgorithm.value_or(0)));
            else
                m_debug.isakmp(QStringLiteral("ISAKMP (0): %1").arg(part.reasons.join(QStringLiteral("; "))));
            m_debug.endLine();
            m_debug.isakmp(debug_lines::attsNotAcceptable(next));
            if (proposal.skippedAnded)
                m_debug.isakmp(debug_lines::skippingAnded(proposal.number));
            traceIkeDecision(QStringLiteral("refuse"), QStringLiteral("IPsec proposal %1: %2")
                                                           .arg(proposal.number).arg(part.reasons.join(QStringLiteral("; "))));
            break;
        case Phase2PartCheck::Outcome::Acceptable:
            m_debug.text(Category::Isakmp, QStringLiteral("ISAKMP (0): atts are acceptable."));
            if (proposal.parts.size() > 1 && proposal.parts[1].outcome == Phase2PartCheck::Outcome::BadSpiSize) {
                m_debug.endLine();
                m_debug.isakmp(debug_lines::badSpiSize(proposal.parts[1].spiSize));
                traceIkeDecision(QStringLiteral("refuse"), QStringLiteral("IPsec proposal %1: %2")
                                                               .arg(proposal.number).arg(proposal.parts[1].reasons.join(QStringLiteral("; "))));
            }
            break;
        default:
            break;
        }
    }
}

debug_lines::KeyEngineMessage IkeDaemon::keyEngineMessage(const IkeSa &sa, const QuickModeExchange &qm, bool inbound,
                                                          std::uint64_t seconds, std::uint64_t kilobytes) const
{
    debug_lines::KeyEngineMessage m;
    m.src = inbound ? sa.peer : sa.local;
    m.dest = inbound ? sa.local : sa.peer;
    m.srcProxy = {inbound ? qm.proxies.remote : qm.proxies.local};
    m.destProxy = {inbound ? qm.proxies.local : qm.proxies.remote};
    m.transform = esp::EspTransform(qm.transform).ciscoName();
    m.seconds = seconds;
    m.kilobytes = kilobytes;
    m.srcFirst = !inbound;
    return m;
}

void IkeDaemon::quickModeResponderFirst(IkeSa &sa, const DecryptedMessage &message, crypto::Bytes iv)
{
    const std::uint32_t mid = message.message.header.messageId;
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const auto expected = sa.keys->quickModeHash1(mid, net::viewOf(payloadsAfterFirst(message.plaintext, message.chain)));
    if (!hash || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data))) {
        m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
        return;
    }
    const SaPayload *offered = findPayload<SaPayload>(message.message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.message.payloads);
    const auto ids = findPayloads<IdPayload>(message.message.payloads);
    if (!offered || !nonce)
        return;
    QuickModeExchange qm;
    qm.messageId = mid;
    qm.nonceI = nonce->data;
    // From our side: local = the responder's proxy (IDcr), remote = the initiator's (IDci).
    qm.proxies.remote = ids.size() == 2 ? prefixOf(*ids[0]) : model::Ipv4Prefix(sa.peer, 32);
    qm.proxies.local = ids.size() == 2 ? prefixOf(*ids[1]) : model::Ipv4Prefix(sa.local, 32);
    const int bindingIndex = findResponderBinding(sa, qm.proxies);
    if (bindingIndex < 0) {
        reportDiagnostic(QStringLiteral("ike.proxy-mismatch"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("local"), qm.proxies.local.toString()},
                          {QStringLiteral("remote"), qm.proxies.remote.toString()}});
        m_debug.ipsec(QStringLiteral("IPSEC(validate_transform_proposal): proxy identities not supported"));
        m_debug.isakmp(QStringLiteral("ISAKMP (0): IPSec policy invalidated proposal"));
        return;
    }
    const CryptoMapBinding &binding = m_config.bindings[bindingIndex];
    const Phase2MatchResult result = matchPhase2(
        offered->proposals, Phase2Context{binding.transformSets, binding.pfs, m_config.capabilities,
                                          binding.lifetimeSeconds, binding.lifetimeKilobytes});
    logPhase2Checks(offered->proposals, result, mid);
    if (!result.choice) {
        m_debug.endLine();
        QStringList why;
        for (const Phase2ProposalCheck &proposal : result.proposals) {
            for (const Phase2PartCheck &part : proposal.parts)
                why << QStringLiteral("proposal %1: %2").arg(proposal.number).arg(part.reasons.join(QStringLiteral(", ")));
        }
        reportDiagnostic(QStringLiteral("ike.no-transform-match"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("reasons"), why.join(QStringLiteral("; "))}});
        return;
    }
    qm.bindingIndex = bindingIndex;
    qm.transform = espTransformOf(result.choice->transformSet);
    qm.seconds = result.choice->offeredSeconds.value_or(binding.lifetimeSeconds);
    qm.offeredKilobytes = result.choice->offeredKilobytes;
    qm.effectiveSeconds = result.choice->lifetimeSeconds;
    qm.effectiveKilobytes = result.choice->lifetimeKilobytes;
    m_debug.lines(Category::Ipsec, [&] {
        return debug_lines::keyEngineBlock(QStringLiteral("IPSEC(validate_proposal_request): proposal part #1,"),
                                           keyEngineMessage(sa, qm, true, 0, 0), false);
    });
    m_debug.isakmp([mid] { return debug_lines::processingPayload(QStringLiteral("NONCE"), mid); });
    for (std::size_t i = 0; m_debug.isOn(Category::Isakmp) && i < ids.size(); ++i) {
        m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("ID"), mid));
        const QString line = debug_lines::proxyIdLine(*ids[i], i == 0);
        if (i + 1 == ids.size())
            m_debug.text(Category::Isakmp, line);
        else
            m_debug.isakmp(line);
    }
    processQuickModeNotifies(sa, message, mid);
    if (binding.pfs.enabled || findPayload<KePayload>(message.message.payloads))
        qm.peerPfsPublic = findPayload<KePayload>(message.message.payloads) ? findPayload<KePayload>(message.message.payloads)->data : QByteArray();
    qm.ourSpi = m_sad.allocateSpi(sa.local, m_node.simulator().rng());
    qm.peerSpi = spiValue(offered->proposals[std::size_t(result.choice->partIndexes.front())].spi);
    m_debug.ipsec(debug_lines::keyEngineQueueEvent());
    m_debug.lines(Category::Ipsec, [&] { return debug_lines::spiResponse(qm.ourSpi, sa.peer, sa.local); });
    m_debug.isakmp(debug_lines::returnStatus());
    sendQuickModeReply(sa, std::move(qm), offered->proposals, result, iv);
}

void IkeDaemon::processQuickModeNotifies(IkeSa &sa, const DecryptedMessage &message, std::uint32_t mid)
{
    for (const NotifyPayload *notify : findPayloads<NotifyPayload>(message.message.payloads)) {
        m_debug.endLine();
        m_debug.lines(Category::Isakmp, debug_lines::notifyProcessing(int(notify->type), int(notify->protocol), 0, mid));
        if (notify->type != NotifyType::InitialContact)
            continue;
        m_debug.text(Category::Isakmp, QStringLiteral("ISAKMP (0): processing notify INITIAL_CONTACT"));
        m_debug.ipsec(debug_lines::keyEngineQueueEvent());
        m_debug.lines(Category::Ipsec, debug_lines::deleteNotifyLines(sa.peer, true));
        endPeerPairs(sa.peer, QStringLiteral("deleted by peer"));
        m_sad.removePeer(sa.peer);  // and any SA installed without a pair record
    }
}

// The offer is read here and not kept: the responder's exchange waits for QM3 with what the
// SAs need (a VPN Client offers a dozen proposals, each a tree of small allocations).
void IkeDaemon::sendQuickModeReply(IkeSa &sa, QuickModeExchange qm, const std::vector<Proposal> &offered,
                                   const Phase2MatchResult &result, crypto::Bytes iv)
{
    const std::uint32_t mid = qm.messageId;
    qm.nonceR = randomBytes(NonceSize);
    std::vector<Payload> body{
        SaPayload{Doi::Ipsec, SituationIdentityOnly,
                  phase2Reply(offered, result.choice->partIndexes, result.choice->transformIndexes, bigEndianBytes(qm.ourSpi))},
        NoncePayload{qm.nonceR}};
    if (result.choice->pfsGroup && !qm.peerPfsPublic.isEmpty()) {
        qm.pfsKey = newDhKey(*result.choice->pfsGroup);
        body.push_back(KePayload{net::toByteArray(qm.pfsKey->publicValue())});
    }
    body.push_back(proxyId(qm.proxies.remote, qm.proxies.protocol));
    body.push_back(proxyId(qm.proxies.local, qm.proxies.protocol));
    const QByteArray covered = encodePayloadChain(body);
    const auto hash = sa.keys->quickModeHash2(mid, net::viewOf(qm.nonceI), net::viewOf(covered));
    IsakmpMessage qm2;
    qm2.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::QuickMode,
                  header_flag::Encryption, mid, IsakmpHeader::Size};
    qm2.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    qm2.payloads.insert(qm2.payloads.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    const QByteArray bytes = encryptAndTrace(m_node, qm2, *sa.keys, iv);
    qm.iv = iv;
    qm.awaitingFinal = true;
    sa.quickModes[mid] = std::move(qm);
    sendIsakmp(sa, bytes, true);
}

void IkeDaemon::quickModeInitiatorSecond(IkeSa &sa, QuickModeExchange &qm, const DecryptedMessage &message, crypto::Bytes iv)
{
    const std::uint32_t mid = qm.messageId;
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const auto expected = sa.keys->quickModeHash2(mid, net::viewOf(qm.nonceI),
                                                  net::viewOf(payloadsAfterFirst(message.plaintext, message.chain)));
    const SaPayload *reply = findPayload<SaPayload>(message.message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.message.payloads);
    if (!hash || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data)) || !reply || !nonce
        || reply->proposals.empty()) {
        m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
        return;
    }
    const CryptoMapBinding &binding = m_config.bindings[qm.bindingIndex];
    const Phase2MatchResult result = matchPhase2(
        reply->proposals, Phase2Context{binding.transformSets, binding.pfs, m_config.capabilities,
                                        binding.lifetimeSeconds, binding.lifetimeKilobytes});
    logPhase2Checks(reply->proposals, result, mid);
    if (!result.choice) {
        m_debug.endLine();
        return;
    }
    qm.nonceR = nonce->data;
    qm.peerSpi = spiValue(reply->proposals.front().spi);
    qm.transform = espTransformOf(result.choice->transformSet);
    qm.seconds = binding.lifetimeSeconds;
    qm.offeredKilobytes = binding.lifetimeKilobytes;
    qm.effectiveSeconds = result.choice->lifetimeSeconds;
    qm.effectiveKilobytes = result.choice->lifetimeKilobytes;
    if (const KePayload *ke = findPayload<KePayload>(message.message.payloads))
        qm.peerPfsPublic = ke->data;
    // validate_proposal_request always names dest first: for the initiator, the peer.
    debug_lines::KeyEngineMessage request = keyEngineMessage(sa, qm, false, 0, 0);
    request.srcFirst = false;
    if (m_debug.isOn(Category::Ipsec))
        m_debug.lines(Category::Ipsec, debug_lines::keyEngineBlock(QStringLiteral("IPSEC(validate_proposal_request): proposal part #1,"),
                                                                   request, false));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("NONCE"), mid));
    m_debug.isakmp(debug_lines::processingPayload(QStringLiteral("ID"), mid));
    m_debug.text(Category::Isakmp, debug_lines::processingPayload(QStringLiteral("ID"), mid));
    if (!installSas(sa, qm))
        return;
    const auto hash3 = sa.keys->quickModeHash3(mid, net::viewOf(qm.nonceI), net::viewOf(qm.nonceR));
    IsakmpMessage qm3;
    qm3.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::QuickMode,
                  header_flag::Encryption, mid, IsakmpHeader::Size};
    qm3.payloads.push_back(HashPayload{hash3 ? net::toByteArray(*hash3) : QByteArray()});
    sendIsakmp(sa, encryptAndTrace(m_node, qm3, *sa.keys, iv), false);
    m_debug.isakmp(debug_lines::returnStatus());
    logSasCreated(sa, qm);
    sa.quickModes.erase(mid);
}

void IkeDaemon::quickModeResponderThird(IkeSa &sa, QuickModeExchange &qm, const DecryptedMessage &message)
{
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const auto expected = sa.keys->quickModeHash3(qm.messageId, net::viewOf(qm.nonceI), net::viewOf(qm.nonceR));
    if (!hash || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data))) {
        m_debug.endLine();
        m_debug.isakmp(debug_lines::hashMismatch(sa.peer));
        return;
    }
    m_node.simulator().cancel(sa.retransmitTimer);
    sa.retransmitTimer = {};
    if (!installSas(sa, qm))
        return;
    m_debug.isakmp(debug_lines::returnStatus());
    logSasCreated(sa, qm);
    sa.quickModes.erase(qm.messageId);
}

bool IkeDaemon::installSas(IkeSa &sa, QuickModeExchange &qm)
{
    const int inboundConn = ++m_mapEntries;
    m_debug.isakmp(debug_lines::mapAllocEntry(inboundConn));
    const int outboundConn = ++m_mapEntries;
    m_debug.isakmp(debug_lines::mapAllocEntry(outboundConn));
    crypto::Bytes gqmxy;
    if (qm.pfsKey && !qm.peerPfsPublic.isEmpty()) {
        const auto shared = qm.pfsKey->sharedSecret(net::viewOf(qm.peerPfsPublic));
        if (shared)
            gqmxy = *shared;
    }
    const auto pair = quickModeSaPair(sa, qm, gqmxy, m_node.simulator().now());
    if (!pair)
        return false;
    const esp::EspSaConfig &inbound = pair->first;
    const esp::EspSaConfig &outbound = pair->second;
    auto installed = m_sad.installPair(inbound, outbound);
    if (!installed)
        return false;
    m_spiBindings.insert(qm.ourSpi, qm.bindingIndex);
    traceEspKeys(inbound, qm.messageId, !gqmxy.empty());
    traceEspKeys(outbound, qm.messageId, !gqmxy.empty());
    auto in = keyEngineMessage(sa, qm, true, qm.seconds, qm.offeredKilobytes.value_or(0));
    auto out = keyEngineMessage(sa, qm, false, qm.seconds, qm.offeredKilobytes.value_or(0));
    in.spi = qm.ourSpi;
    in.connId = inboundConn;
    out.spi = qm.peerSpi;
    out.connId = outboundConn;
    if (m_debug.isOn(Category::Isakmp)) {
        const QString creating = debug_lines::creatingSas(in, out, qm.offeredKilobytes);
        const int lastBreak = int(creating.lastIndexOf(QLatin1Char('\n')));
        m_debug.lines(Category::Isakmp, creating.left(lastBreak));
        m_debug.text(Category::Isakmp, creating.mid(lastBreak + 1));
    }
    if (m_debug.isOn(Category::Ipsec)) {
        m_debug.ipsec(debug_lines::keyEngineQueueEvent());
        m_debug.lines(Category::Ipsec, debug_lines::keyEngineBlock(QStringLiteral("IPSEC(initialize_sas): ,"), in, true));
        m_debug.lines(Category::Ipsec, debug_lines::keyEngineBlock(QStringLiteral("IPSEC(initialize_sas): ,"), out, true));
    }
    notePeer(sa.peer, QStringLiteral("IPSEC"));
    notePeer(sa.peer, QStringLiteral("IPSEC"));
    qm.inboundLog = in;
    qm.outboundLog = out;
    traceIpsecState(sa, qm, true);
    trackIpsecPair(sa, qm);
    return true;
}

void IkeDaemon::logSasCreated(IkeSa &, const QuickModeExchange &qm)
{
    if (!m_debug.isOn(Category::Syslog))
        return;
    m_debug.syslog(602301, debug_lines::saCreatedSyslog(qm.inboundLog));
    m_debug.syslog(602301, debug_lines::saCreatedSyslog(qm.outboundLog));
}

void IkeDaemon::traceIpsecState(const IkeSa &sa, const QuickModeExchange &qm, bool up)
{
    if (!m_node.simulator().isTracing())
        return;
    m_node.simulator().trace().onSaStateChanged(
        SaStateTrace{m_node.simulator().now(), m_node.name(), QStringLiteral("ipsec"), sa.local.toString(),
                     sa.peer.toString(), up ? QString() : QStringLiteral("ACTIVE"),
                     up ? QStringLiteral("ACTIVE") : QString(), QString()});
    Q_UNUSED(qm);
}

int IkeDaemon::findResponderBinding(const IkeSa &sa, const esp::ProxyIdentity &proxies) const
{
    // A static entry for this peer whose ACL is the mirror image of the peer's proxies, else a
    // dynamic entry on the interface (which takes the proxies the peer proposes).
    // Only entries that may select the peer's side can be mirror images of its proxies.
    for (const int i : m_classifier.candidates(sa.interface, proxies.remote.address())) {
        const CryptoMapBinding &binding = m_config.bindings[i];
        if (binding.dynamic || !binding.peers.contains(sa.peer))
            continue;
        if (binding.selects(proxies.protocol, proxies.local.address(), 0, proxies.remote.address(), 0)
            && binding.selects(proxies.protocol, proxies.local.broadcast(), 0, proxies.remote.broadcast(), 0))
            return i;
    }
    const std::vector<int> dynamic = m_classifier.dynamicEntries(sa.interface);
    if (!dynamic.empty())
        return dynamic.front();
    return -1;
}

} // namespace vtd::sim::ike
