#include "vpn_client_daemon.h"

#include "exchange_helpers.h"
#include "isakmp_vendor_ids.h"
#include "proposal_builders.h"
#include "phase1_keys.h"
#include "quick_mode_sas.h"
#include "transaction_messages.h"

#include "sim/engine/simulator.h"
#include "sim/esp/esp_tunnel.h"
#include "sim/net/byte_order.h"
#include "sim/net/udp_datagram.h"

#include <iterator>

namespace vtd::sim::ike {

using model::Ipv4Address;
using devices::StageVerdict;

namespace {
/** The client resends an unanswered message every 5 s, 3 times [unverified]. */
constexpr SimTime RetransmitInterval = SimTime::fromSeconds(5);
constexpr int MaxRetries = 3;
/** How long the client waits for the gateway's XAUTH request after phase 1 [unverified]. */
constexpr SimTime XauthWait = SimTime::fromSeconds(20);

/** Mode Config attributes VPN Client 3.6.1 requests, in its order (seed). */
constexpr std::uint16_t RequestedAttributes[] = {1, 2, 3, 4, 5, 7, 28672, 28673, 28674, 28676, 28679, 28680, 28677};


esp::EspTransform transformOf(const Transform &transform)
{
    esp::EspTransform out;
    out.encryption = transform.transformId == std::uint8_t(EspTransform::TripleDes) ? crypto::EncryptionAlgorithm::TripleDes
                                                                                    : crypto::EncryptionAlgorithm::Des;
    const DataAttribute *auth = findAttribute(transform.attributes, IpsecAttribute::AuthenticationAlgorithm);
    out.authentication.reset();
    if (auth)
        out.authentication = auth->integer() == std::uint64_t(IpsecAuthAlgorithm::HmacMd5) ? crypto::HashAlgorithm::Md5
                                                                                           : crypto::HashAlgorithm::Sha1;
    return out;
}
} // namespace

VpnClientDaemon::VpnClientDaemon(devices::SimNode &node, model::VpnClientProfile profile)
    : m_node(node), m_profile(std::move(profile))
{
    m_gateway = Ipv4Address::parse(m_profile.host()).value_or(Ipv4Address());
    m_peerTimeoutSeconds = peerTimeoutOf(m_profile);
}

VpnClientDaemon::~VpnClientDaemon()
{
    if (m_listenerId)
        m_node.removeLocalListener(m_listenerId);
}

std::shared_ptr<VpnClientDaemon> VpnClientDaemon::install(devices::SimNode &node, model::VpnClientProfile profile)
{
    auto daemon = std::make_shared<VpnClientDaemon>(node, std::move(profile));
    VpnClientDaemon *raw = daemon.get();
    node.addExtension(daemon);
    node.addEgressStage(std::make_unique<devices::CryptoMapEgressStage>());
    daemon->m_listenerId = node.addLocalListener([raw](const net::Packet &packet) { raw->onLocalPacket(packet); });
    node.addExtension(std::make_shared<IkeVpnControl>(
        IkeTables{node.name(), &raw->m_sas, &raw->m_sad, {}},
        [raw](const QString &user, const QString &password, VpnControl::ConnectFinished finished) {
            raw->connect(user, password, std::move(finished));
        },
        [raw] { raw->disconnect(); }));
    return daemon;
}

// ---- dialing -------------------------------------------------------------------------------

void VpnClientDaemon::connect(const QString &user, const QString &password, VpnControl::ConnectFinished finished)
{
    m_finished = std::move(finished);
    m_user = user;
    m_password = password;
    if (m_gateway.isZero()) {
        fail(QStringLiteral("the profile's Host \"%1\" is not an IPv4 address").arg(m_profile.host()));
        return;
    }
    disconnect();
    auto sa = std::make_unique<IkeSa>();
    sa->initiator = true;
    sa->mode = ExchangeType::Aggressive;
    sa->state = IkeState::AgNoState;
    sa->peer = m_gateway;
    sa->local = m_node.interfaces().front()->address().address();
    const std::uint64_t cookie = m_node.simulator().rng().nextU64();
    for (int i = 0; i < 8; ++i)
        sa->cookieI[std::size_t(i)] = std::uint8_t(cookie >> (56 - 8 * i));
    sa->preSharedKey = m_profile.groupPassword().toUtf8();
    sa->groupName = m_profile.groupName();
    m_sa = sa.get();
    m_sas.push_back(std::move(sa));

    const SaPayload offer{Doi::Ipsec, SituationIdentityOnly, {vpnClient36Phase1Offer()}};
    m_sa->saiBody = offer.encodeBody();
    for (;;) {
        auto key = crypto::DhKeyPair::fromPrivateValue(crypto::DhGroup::Modp1024,
                                                       net::viewOf(m_node.simulator().rng().bytes(20)));
        if (key) {
            m_sa->dh = *key;
            break;
        }
    }
    m_sa->gxi = net::toByteArray(m_sa->dh->publicValue());
    m_sa->nonceI = m_node.simulator().rng().bytes(NonceSize);
    const IdPayload id = IdPayload::keyId(m_sa->groupName.toUtf8(), 17, 500);
    IsakmpMessage am1;
    am1.header.initiatorCookie = m_sa->cookieI;
    am1.header.exchange = ExchangeType::Aggressive;
    am1.payloads = {offer, KePayload{m_sa->gxi}, NoncePayload{m_sa->nonceI}, id,
                    VendorIdPayload{vendorIdBytes(KnownVendorId::Xauth)},
                    VendorIdPayload{vendorIdBytes(KnownVendorId::DeadPeerDetection)},
                    VendorIdPayload{vendorIdBytes(KnownVendorId::CiscoUnity)}};
    m_sa->peerIdentity = m_sa->groupName;
    send(am1.encode());
}

void VpnClientDaemon::disconnect()
{
    sendDeletes();
    m_refusal.clear();
    dropTunnel();
}

void VpnClientDaemon::dropTunnel()
{
    for (EventId *timer : {&m_retransmit, &m_dpdTimer}) {
        m_node.simulator().cancel(*timer);
        *timer = {};
    }
    m_sad.clear();
    m_sas.clear();
    m_sa = nullptr;
    m_connected = false;
    m_quickModesDone = 0;
}

void VpnClientDaemon::fail(const QString &reason)
{
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = {};
    if (m_sa)
        m_sa->state = IkeState::Deleted;
    if (auto finished = std::move(m_finished)) {
        m_finished = {};
        finished({false, reason});
    }
}

void VpnClientDaemon::transmit(const QByteArray &message)
{
    sendIsakmpDatagram(m_node, m_gateway, message);
}

void VpnClientDaemon::send(const QByteArray &message)
{
    transmit(message);
    m_node.simulator().cancel(m_retransmit);
    m_retries = 0;
    const QByteArray copy = message;
    m_retransmit = m_node.simulator().schedule(RetransmitInterval, [this, copy] {
        m_retransmit = {};
        if (m_connected)
            return;
        if (++m_retries > MaxRetries) {
            fail(QStringLiteral("the gateway %1 does not answer").arg(m_gateway.toString()));
            return;
        }
        send(copy);
    });
}

// ---- receiving -----------------------------------------------------------------------------

void VpnClientDaemon::onLocalPacket(const net::Packet &packet)
{
    if (packet.source() != m_gateway)
        return;
    noteHeardFromGateway();
    if (packet.protocol() == net::ip_protocol::Esp) {
        auto inner = m_sad.receive(packet, m_node.simulator().now());
        if (inner)
            m_node.receiveDecrypted(*m_node.interfaces().front(), *inner);
        return;
    }
    if (packet.protocol() != net::ip_protocol::Udp)
        return;
    const auto udp = net::UdpDatagram::decode(packet.payload(), packet.source(), packet.destination());
    if (udp && udp->destinationPort == IsakmpPort)
        onIsakmp(udp->payload);
}

void VpnClientDaemon::onIsakmp(const QByteArray &bytes)
{
    const auto header = IsakmpHeader::decode(net::viewOf(bytes));
    if (!header || !m_sa || header->initiatorCookie != m_sa->cookieI)
        return;
    if (header->exchange == ExchangeType::Aggressive && !header->encrypted() && m_sa->state == IkeState::AgNoState) {
        DecodedChain chain;
        if (auto message = IsakmpMessage::decode(net::viewOf(bytes), &chain))
            onAggressiveReply(*message, chain, bytes);
        return;
    }
    const auto encrypted = splitEncrypted(net::viewOf(bytes));
    if (!encrypted || !m_sa->keys)
        return;
    if (header->exchange == ExchangeType::Transaction)
        onTransaction(*encrypted);
    else if (header->exchange == ExchangeType::QuickMode)
        onQuickModeReply(*encrypted);
    else if (header->exchange == ExchangeType::Informational && header->encrypted())
        onInformational(*encrypted);
}

void VpnClientDaemon::onAggressiveReply(const IsakmpMessage &message, const DecodedChain &chain, const QByteArray &bytes)
{
    IkeSa &sa = *m_sa;
    const SaPayload *reply = findPayload<SaPayload>(message.payloads);
    const KePayload *ke = findPayload<KePayload>(message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.payloads);
    const HashPayload *hash = findPayload<HashPayload>(message.payloads);
    if (!reply || reply->proposals.empty() || reply->proposals.front().transforms.empty() || !ke || !nonce || !hash) {
        fail(QStringLiteral("the gateway's Aggressive Mode reply is incomplete"));
        return;
    }
    const IdPayload ownId = IdPayload::keyId(sa.groupName.toUtf8(), 17, 500);
    const QByteArray ownIdBody = encodePayloadBody(Payload(ownId));
    for (const PayloadSpan &span : chain.spans) {
        if (span.type == PayloadType::Identification)
            sa.peerIdBody = bytes.mid(span.offset + 4, span.length - 4);
    }
    sa.cookieR = message.header.responderCookie;
    sa.gxr = ke->data;
    sa.nonceR = nonce->data;
    noteGatewayVendorIds(message);
    const DataAttributes &chosen = reply->proposals.front().transforms.front().attributes;
    const auto value = [&](IkeAttribute type) {
        const DataAttribute *a = findAttribute(chosen, type);
        return a ? a->integer().value_or(0) : 0;
    };
    model::IsakmpPolicy policy;
    policy.encryption = value(IkeAttribute::EncryptionAlgorithm) == std::uint64_t(IkeEncryption::TripleDesCbc)
                            ? model::IkeEncryption::TripleDes : model::IkeEncryption::Des;
    policy.hash = value(IkeAttribute::HashAlgorithm) == std::uint64_t(IkeHash::Md5) ? model::IkeHash::Md5 : model::IkeHash::Sha;
    policy.group = model::DhGroup::Group2;
    policy.authentication = model::IkeAuthentication::PreShare;
    sa.policy = policy;
    sa.authMethod = std::uint16_t(value(IkeAttribute::AuthenticationMethod));
    if (const auto error = derivePhase1Keys(sa)) {
        fail(*error);
        return;
    }
    const auto expected = sa.keys->hashR(net::viewOf(sa.saiBody), net::viewOf(sa.peerIdBody));
    if (!expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data))) {
        fail(QStringLiteral("the gateway's HASH_R does not verify: the group password differs"));
        return;
    }
    const auto hashI = sa.keys->hashI(net::viewOf(sa.saiBody), net::viewOf(ownIdBody));
    NotifyPayload contact;
    contact.protocol = ProtocolId::Isakmp;
    contact.type = NotifyType::InitialContact;
    IsakmpMessage am3;
    am3.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::Aggressive,
                  header_flag::Encryption, 0, IsakmpHeader::Size};
    am3.payloads = {HashPayload{hashI ? net::toByteArray(*hashI) : QByteArray()}, contact};
    const QByteArray bytesOut = encryptAndTrace(m_node, am3, *sa.keys, sa.phase1Iv);
    sa.lastPhase1Block = sa.phase1Iv;
    sa.state = IkeState::QmIdle;
    sa.established = m_node.simulator().now();
    transmit(bytesOut);
    // The gateway chose an XAUTH method: it asks for the user before Mode Config.
    if (sa.authMethod == std::uint16_t(IkeAuthMethod::XauthInitPreShared))
        awaitXauth();
    else
        sendModeConfigRequest();
}

void VpnClientDaemon::sendModeConfigRequest()
{
    m_configMessageId = m_node.simulator().rng().nextU32() | 1u;
    AttributePayload request{ConfigType::Request, std::uint16_t(m_node.simulator().rng().nextU32()), {}};
    for (const std::uint16_t type : RequestedAttributes)
        request.attributes.push_back(DataAttribute::tlv(type, QByteArray()));
    send(sealTransaction(m_node, *m_sa, m_configMessageId, request));
}

void VpnClientDaemon::awaitXauth()
{
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = m_node.simulator().schedule(XauthWait, [this] {
        m_retransmit = {};
        fail(QStringLiteral("the gateway %1 chose XAUTH but never asked for a user").arg(m_gateway.toString()));
    });
}

void VpnClientDaemon::onTransaction(const EncryptedMessage &received)
{
    const std::uint32_t mid = received.header.messageId;
    auto opened = openTransaction(*m_sa, received);
    if (!std::holds_alternative<AttributePayload>(opened))
        return;
    const AttributePayload &attributes = std::get<AttributePayload>(opened);
    if (attributes.type == ConfigType::Request)
        onXauthRequest(mid, attributes);
    else if (attributes.type == ConfigType::Set)
        onXauthStatus(mid, attributes);
    else if (attributes.type == ConfigType::Reply && mid == m_configMessageId)
        onModeConfigReply(attributes);
}

void VpnClientDaemon::onXauthRequest(std::uint32_t mid, const AttributePayload &request)
{
    IkeSa &sa = *m_sa;
    if (!sa.xauth)
        sa.xauth = XauthExchange{};
    sa.xauth->requestId = mid;
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = {};
    AttributePayload reply{ConfigType::Reply, request.identifier, {}};
    if (m_user.isEmpty()) {
        // Nobody to type a user name: the client cancels (XAUTH_STATUS FAIL in the reply).
        reply.attributes.push_back(DataAttribute::tv(ConfigAttribute::XauthStatus, std::uint16_t(XauthStatus::Fail)));
        transmit(sealTransaction(m_node, sa, mid, reply));
        fail(QStringLiteral("the gateway asks for an XAUTH user name and password and none were given "
                            "(connect %1 user NAME password PASSWORD)").arg(m_node.name()));
        return;
    }
    for (const DataAttribute &asked : request.attributes) {
        switch (ConfigAttribute(asked.type)) {
        case ConfigAttribute::XauthType:
            reply.attributes.push_back(DataAttribute::tv(ConfigAttribute::XauthType, std::uint16_t(asked.integer().value_or(0))));
            break;
        case ConfigAttribute::XauthUserName:
            reply.attributes.push_back(DataAttribute::tlv(asked.type, m_user.toUtf8()));
            break;
        case ConfigAttribute::XauthUserPassword:
            reply.attributes.push_back(DataAttribute::tlv(asked.type, m_password.toUtf8()));
            break;
        default:
            break; // XAUTH_MESSAGE and the like need no answer
        }
    }
    sa.xauth->user = m_user;
    send(sealTransaction(m_node, sa, mid, reply));
}

void VpnClientDaemon::onXauthStatus(std::uint32_t mid, const AttributePayload &set)
{
    IkeSa &sa = *m_sa;
    if (!sa.xauth)
        return;
    const DataAttribute *status = findAttribute(set.attributes, ConfigAttribute::XauthStatus);
    const bool accepted = status && status->integer() == std::uint64_t(XauthStatus::Ok);
    sa.xauth->setId = mid;
    sa.xauth->accepted = accepted;
    sa.xauth->done = true;
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = {};
    const auto echoed = accepted ? XauthStatus::Ok : XauthStatus::Fail;
    const AttributePayload ack{ConfigType::Ack, set.identifier,
                               {DataAttribute::tv(ConfigAttribute::XauthStatus, std::uint16_t(echoed))}};
    transmit(sealTransaction(m_node, sa, mid, ack));
    if (!accepted) {
        awaitRefusalDelete(QStringLiteral("XAUTH: the gateway %1 refused user \"%2\"").arg(m_gateway.toString(), m_user));
        return;
    }
    sendModeConfigRequest();
}

void VpnClientDaemon::onModeConfigReply(const AttributePayload &reply)
{
    IkeSa &sa = *m_sa;
    for (const DataAttribute &attribute : reply.attributes) {
        if (attribute.type == std::uint16_t(ConfigAttribute::InternalIp4Address) && attribute.variableValue.size() == 4)
            sa.assignedAddress = Ipv4Address(net::readU32(net::viewOf(attribute.variableValue), 0));
    }
    if (!sa.assignedAddress) {
        fail(QStringLiteral("the gateway assigned no address (Mode Config)"));
        return;
    }
    bringUpAdapter(*sa.assignedAddress);
    m_node.simulator().cancel(m_retransmit);
    m_retransmit = {};
    // The client's two Quick Modes (seed): to the gateway itself, then to everything.
    startQuickMode(model::Ipv4Prefix(m_gateway, 32));
    startQuickMode(model::Ipv4Prefix(Ipv4Address(), 0));
}

void VpnClientDaemon::bringUpAdapter(Ipv4Address address)
{
    net::SimInterface *adapter = m_node.interface(QStringLiteral("vpn0"));
    if (!adapter)
        adapter = &m_node.addInterface(QStringLiteral("vpn0"), QStringLiteral("vpn0"));
    adapter->setAddress(model::Ipv4Prefix(address, 32));
}

void VpnClientDaemon::startQuickMode(const model::Ipv4Prefix &remote)
{
    IkeSa &sa = *m_sa;
    std::uint32_t mid = 0;
    while (mid == 0 || sa.quickModes.count(mid))
        mid = m_node.simulator().rng().nextU32();
    QuickModeExchange &qm = sa.quickModes[mid];
    qm.messageId = mid;
    qm.initiator = true;
    qm.proxies.local = model::Ipv4Prefix(*sa.assignedAddress, 32);
    qm.proxies.remote = remote;
    qm.ourSpi = m_sad.allocateSpi(sa.local, m_node.simulator().rng());
    qm.nonceI = m_node.simulator().rng().bytes(NonceSize);
    const QByteArray cpi = m_node.simulator().rng().bytes(2);
    std::vector<Payload> body{SaPayload{Doi::Ipsec, SituationIdentityOnly, vpnClient36Phase2Offer(bigEndianBytes(qm.ourSpi), cpi)},
                              NoncePayload{qm.nonceI},
                              proxyId(qm.proxies.local), proxyId(qm.proxies.remote)};
    const auto hash = sa.keys->quickModeHash1(mid, net::viewOf(encodePayloadChain(body)));
    IsakmpMessage qm1;
    qm1.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::QuickMode,
                  header_flag::Encryption, mid, IsakmpHeader::Size};
    qm1.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    qm1.payloads.insert(qm1.payloads.end(), std::make_move_iterator(body.begin()), std::make_move_iterator(body.end()));
    const auto first = sa.keys->phase2Iv(sa.lastPhase1Block, mid);
    qm.iv = first ? *first : crypto::Bytes();
    send(encryptAndTrace(m_node, qm1, *sa.keys, qm.iv));
}

void VpnClientDaemon::onQuickModeReply(const EncryptedMessage &received)
{
    IkeSa &sa = *m_sa;
    auto found = sa.quickModes.find(received.header.messageId);
    if (found == sa.quickModes.end())
        return;
    QuickModeExchange &qm = found->second;
    auto decrypted = decryptMessage(received, *sa.keys, qm.iv);
    if (std::holds_alternative<QString>(decrypted))
        return;
    const DecryptedMessage &message = std::get<DecryptedMessage>(decrypted);
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const SaPayload *reply = findPayload<SaPayload>(message.message.payloads);
    const NoncePayload *nonce = findPayload<NoncePayload>(message.message.payloads);
    const auto expected = sa.keys->quickModeHash2(qm.messageId, net::viewOf(qm.nonceI),
                                                  net::viewOf(payloadsAfterFirst(message.plaintext, message.chain)));
    if (!hash || !reply || !nonce || reply->proposals.empty() || reply->proposals.front().transforms.empty() || !expected
        || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data))) {
        fail(QStringLiteral("the gateway's Quick Mode reply does not verify"));
        return;
    }
    qm.nonceR = nonce->data;
    qm.peerSpi = reply->proposals.front().spi.size() == 4 ? net::readU32(net::viewOf(reply->proposals.front().spi), 0) : 0;
    qm.transform = transformOf(reply->proposals.front().transforms.front());
    qm.effectiveSeconds = VpnClientLifetimeSeconds;
    qm.effectiveKilobytes = 4608000;
    const auto hash3 = sa.keys->quickModeHash3(qm.messageId, net::viewOf(qm.nonceI), net::viewOf(qm.nonceR));
    IsakmpMessage qm3;
    qm3.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::QuickMode,
                  header_flag::Encryption, qm.messageId, IsakmpHeader::Size};
    qm3.payloads = {HashPayload{hash3 ? net::toByteArray(*hash3) : QByteArray()}};
    const QByteArray bytes = encryptAndTrace(m_node, qm3, *sa.keys, qm.iv);
    if (!installSas(qm))
        return;
    transmit(bytes);
    sa.quickModes.erase(found);
    if (++m_quickModesDone == 2) {
        m_node.simulator().cancel(m_retransmit);
        m_retransmit = {};
        m_connected = true;
        if (auto finished = std::move(m_finished)) {
            m_finished = {};
            finished({true, {}});
        }
    }
}

bool VpnClientDaemon::installSas(QuickModeExchange &qm)
{
    const auto pair = quickModeSaPair(*m_sa, qm, {}, m_node.simulator().now());
    return pair && bool(m_sad.installPair(pair->first, pair->second));
}

// ---- the virtual adapter -------------------------------------------------------------------

StageVerdict VpnClientDaemon::outbound(devices::SimNode &, net::Packet &packet, net::SimInterface &)
{
    const bool tunnelControl = packet.destination() == m_gateway
                               && (packet.protocol() == net::ip_protocol::Udp || packet.protocol() == net::ip_protocol::Esp);
    if (!m_connected || !m_sa || !m_sa->assignedAddress || tunnelControl)
        return StageVerdict::proceed();
    // The virtual adapter: what the PC sends leaves from the address the gateway assigned.
    if (packet.source() == m_sa->local)
        packet.setSource(*m_sa->assignedAddress);
    esp::EspSa *sa = m_sad.findOutboundFor(packet, m_node.simulator().now());
    if (!sa)
        return StageVerdict::proceed();
    auto outer = esp::encapsulate(*sa, packet, m_node.simulator().rng(),
                                  esp::EspOuterParams{m_node.defaultTtl(), ++m_outerIpId, true},
                                  m_node.simulator().now());
    if (!outer)
        return StageVerdict::drop(esp::errorCode(outer.error()));
    traceEspEncryption(m_node, *sa, *outer);
    m_node.send(*outer);
    noteTunnelTraffic();
    return StageVerdict::consumed();
}

} // namespace vtd::sim::ike
