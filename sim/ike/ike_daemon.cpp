#include "ike_daemon.h"
#include "ike_debug_sa.h"

#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "ike_vpn_control.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/engine/trace_event.h"
#include "sim/esp/esp_tunnel.h"
#include "sim/net/byte_order.h"
#include "sim/net/channel.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet_tracing.h"
#include "sim/net/udp_datagram.h"

namespace vtd::sim::ike {

using model::Ipv4Address;
using devices::StageVerdict;

namespace {
/** PIX 6.2 resends an unanswered phase-1 message after 4 s, up to 4 times [unverified: IOS
 *  documents 5 retransmissions with a growing interval; the PIX value is not in the seed]. */
constexpr SimTime RetransmitInterval = SimTime::fromSeconds(4);
constexpr int MaxRetransmissions = 4;

/** Protocol and ports (ICMP type as "destination port") the crypto ACL looks at. */
struct Flow
{
    int protocol = 0;
    int srcPort = 0;
    int dstPort = 0;
};

Flow flowOf(const net::Packet &packet)
{
    Flow flow{packet.protocol(), 0, 0};
    if (const auto ports = esp::transportPorts(packet)) {
        flow.srcPort = ports->first;
        flow.dstPort = ports->second;
    } else if (packet.protocol() == net::ip_protocol::Icmp) {
        if (const auto icmp = net::IcmpMessage::decode(packet.payload()))
            flow.dstPort = icmp->type;
    }
    return flow;
}

/** The proxies a crypto ACL entry gives a triggered Quick Mode: the entry's own networks. */
esp::ProxyIdentity proxiesFromAcl(const CryptoMapBinding &binding, const net::Packet &packet, const Flow &flow)
{
    esp::ProxyIdentity proxies;
    for (const model::AccessListEntry &entry : binding.acl->entries) {
        if (!entry.matches(flow.protocol, packet.source(), flow.srcPort, packet.destination(), flow.dstPort))
            continue;
        const auto prefixOf = [](const model::AddressMatch &match) {
            const Ipv4Address mask = match.effectiveMask();
            return model::Ipv4Prefix::fromMask(Ipv4Address(match.address.toUInt() & mask.toUInt()), mask)
                .value_or(model::Ipv4Prefix());
        };
        proxies.local = prefixOf(entry.source);
        proxies.remote = prefixOf(entry.destination);
        proxies.protocol = std::uint8_t(entry.protocol.protocolNumber());
        break;
    }
    return proxies;
}
} // namespace

IkeDaemon::IkeDaemon(devices::SimNode &node, IkeConfig config)
    : m_node(node), m_config(std::move(config)), m_debug(node.simulator(), node.name())
{
    m_debug.setOn(IkeDebug::Category::Syslog, m_config.consoleSyslog);
    m_classifier.rebuild(m_config.bindings);
}

IkeDaemon::~IkeDaemon()
{
    if (m_listenerId)
        m_node.removeLocalListener(m_listenerId);
}

std::shared_ptr<IkeDaemon> IkeDaemon::install(devices::SimNode &node, IkeConfig config)
{
    auto daemon = std::make_shared<IkeDaemon>(node, std::move(config));
    node.addExtension(daemon);
    IkeDaemon *raw = daemon.get();
    daemon->m_listenerId = node.addLocalListener([raw](const net::Packet &packet) { raw->onLocalPacket(packet); });
    node.addExtension(std::make_shared<IkeVpnControl>(
        IkeTables{node.name(), &raw->m_sas, &raw->m_sad,
                  [raw](std::uint32_t spi) { return raw->bindingForSpi(spi); }}));
    return daemon;
}

// ---- the crypto map hook -------------------------------------------------------------------

StageVerdict IkeDaemon::outbound(devices::SimNode &, net::Packet &packet, net::SimInterface &egress)
{
    // The box's own ISAKMP and ESP are never selected by a crypto ACL of the protected networks.
    const bool ownTunnelTraffic = m_node.ownsAddress(packet.source())
                                  && (packet.protocol() == net::ip_protocol::Esp || packet.protocol() == net::ip_protocol::Udp);
    if (!m_classifier.hasBindingsOn(egress.name()) || ownTunnelTraffic)
        return StageVerdict::proceed();
    // Entries whose ACL cannot select this destination would only be skipped below.
    const std::vector<int> candidates = m_classifier.candidates(egress.name(), packet.destination());
    if (candidates.empty())
        return StageVerdict::proceed();
    const SimTime now = m_node.simulator().now();
    const Flow flow = flowOf(packet);
    esp::EspSa *sa = m_sad.findOutboundFor(packet, now);
    for (const int index : candidates) {
        const CryptoMapBinding *binding = &m_config.bindings[index];
        const bool selected = binding->dynamic ? false : binding->selects(flow.protocol, packet.source(), flow.srcPort,
                                                                          packet.destination(), flow.dstPort);
        if (sa && (selected || binding->dynamic)) {
            esp::EspOuterParams outer{255, ++m_outerIpId, true};
            auto encapsulated = esp::encapsulate(*sa, packet, m_node.simulator().rng(), outer, now);
            if (!encapsulated)
                return StageVerdict::drop(esp::errorCode(encapsulated.error()),
                                          {{QStringLiteral("reason"), esp::errorText(encapsulated.error())}});
            traceEspEncryption(m_node, *sa, *encapsulated);
            if (m_node.simulator().isTracing())
                net::traceDecision(m_node.simulator(), m_node.name(), QStringLiteral("crypto-map"),
                                   QStringLiteral("protect"),
                                   QStringLiteral("crypto map %1 %2, spi 0x%3").arg(binding->map).arg(binding->seq)
                                       .arg(sa->spi(), 8, 16, QLatin1Char('0')),
                                   packet);
            m_node.send(*encapsulated);
            if (sa->lifetimeState(now) != esp::LifetimeState::Alive)
                checkIpsecVolume(*sa);
            return StageVerdict::consumed();
        }
        if (!selected)
            continue;
        if (binding->peers.isEmpty())
            return StageVerdict::drop(QStringLiteral("ipsec.no-peer"),
                                      {{QStringLiteral("map"), binding->map}, {QStringLiteral("seq"), QString::number(binding->seq)}});
        PendingQuickMode pending{index, binding->peers.front(), proxiesFromAcl(*binding, packet, flow)};
        const bool already = std::any_of(m_pending.begin(), m_pending.end(), [&](const PendingQuickMode &p) {
            return p.bindingIndex == index && p.proxies == pending.proxies;
        });
        if (!already) {
            m_pending.push_back(pending);
            if (IkeSa *ike = findEstablished(pending.peer))
                runPendingQuickModes(*ike);
            else if (!findAnyTo(pending.peer))
                startMainMode(index, pending.peer);
        }
        return StageVerdict::drop(QStringLiteral("ipsec.no-sa"), {{QStringLiteral("peer"), pending.peer.toString()}});
    }
    return StageVerdict::proceed();
}

StageVerdict IkeDaemon::inbound(devices::SimNode &, net::Packet &, net::SimInterface &)
{
    return StageVerdict::proceed();
}

// ---- receiving -----------------------------------------------------------------------------

void IkeDaemon::onLocalPacket(const net::Packet &packet)
{
    if (packet.protocol() == net::ip_protocol::Esp) {
        onEsp(packet);
        return;
    }
    if (packet.protocol() != net::ip_protocol::Udp)
        return;
    const auto udp = net::UdpDatagram::decode(packet.payload(), packet.source(), packet.destination());
    if (udp && udp->destinationPort == IsakmpPort)
        onIsakmp(packet, *udp);
}

void IkeDaemon::onEsp(const net::Packet &packet)
{
    const QString ingress = interfaceOwning(packet.destination());
    auto inner = m_sad.receive(packet, m_node.simulator().now());
    if (!inner) {
        net::traceDrop(m_node.simulator(), m_node.name(), ingress, QStringLiteral("esp"),
                       esp::errorCode(inner.error()), packet,
                       {{QStringLiteral("reason"), esp::errorText(inner.error())}});
        return;
    }
    noteHeardFrom(packet.source());
    checkInboundVolume(packet);
    if (net::SimInterface *interface = m_node.interface(ingress))
        m_node.receiveDecrypted(*interface, *inner);
}

void IkeDaemon::onIsakmp(const net::Packet &packet, const net::UdpDatagram &udp)
{
    const QString ingress = interfaceOwning(packet.destination());
    if (!m_config.isakmpEnabledOn(ingress)) {
        reportDiagnostic(QStringLiteral("ike.not-enabled"), QStringLiteral("error"), packet.source(),
                         {{QStringLiteral("interface"), ingress}, {QStringLiteral("peer"), packet.source().toString()}},
                         QStringLiteral("isakmp enable %1").arg(ingress));
        return;
    }
    const auto header = IsakmpHeader::decode(net::viewOf(udp.payload));
    m_debug.setCurrentSa(
        debugSaOf(header ? findSa(header->initiatorCookie, header->responderCookie) : nullptr, m_nextConnId));
    if (m_debug.isOn(IkeDebug::Category::Isakmp))
        m_debug.isakmp(debug_lines::processBlock(packet.source(), packet.destination()));
    if (!header) {
        m_debug.isakmp(QStringLiteral("ISAKMP: malformed packet from %1: %2")
                           .arg(packet.source().toString(), header.error().description()));
        return;
    }
    IkeSa *sa = findSa(header->initiatorCookie, header->responderCookie);
    if (sa && packet.source() != sa->peer) {
        reportDiagnostic(QStringLiteral("ike.reply-from-unexpected-address"), QStringLiteral("error"), sa->peer,
                         {{QStringLiteral("expected"), sa->peer.toString()},
                          {QStringLiteral("actual"), packet.source().toString()}});
        m_debug.isakmp(debug_lines::unexpectedSource(packet.source(), sa->peer));
        return;
    }
    noteHeardFrom(packet.source());
    switch (header->exchange) {
    case ExchangeType::IdentityProtection:
        onMainMode(sa, packet, udp.payload);
        noteDpdSupport(udp.payload);
        return;
    case ExchangeType::QuickMode: {
        const auto encrypted = splitEncrypted(net::viewOf(udp.payload));
        // Phase 2 waits for XAUTH when the crypto map asks for it.
        if (sa && sa->isEstablished() && sa->isAuthorised() && encrypted)
            onQuickMode(*sa, *encrypted);
        return;
    }
    case ExchangeType::Aggressive:
        onAggressiveMode(sa, packet, udp.payload);
        noteDpdSupport(udp.payload);
        return;
    case ExchangeType::Transaction: {
        const auto encrypted = splitEncrypted(net::viewOf(udp.payload));
        if (sa && sa->isEstablished() && encrypted)
            onTransaction(*sa, *encrypted);
        return;
    }
    case ExchangeType::Informational:
        if (header->encrypted()) {
            const auto encrypted = splitEncrypted(net::viewOf(udp.payload));
            if (sa && sa->isEstablished() && encrypted)
                onInformational(*sa, *encrypted);
            return;
        }
        [[fallthrough]];
    default:
        m_debug.isakmp(QStringLiteral("ISAKMP (0): exchange %1 not handled").arg(int(header->exchange)));
        return;
    }
}

// ---- sending and timers ----------------------------------------------------------------------

void IkeDaemon::checkIsakmpRoute(IkeSa &sa)
{
    // The devices source IKE from the egress interface the route picks. When that is not the
    // interface whose crypto map the SA belongs to, the peer sees another address than the one
    // it talks to (the seed's misrouting case): say so once per SA, with the route that fixes it.
    const auto route = m_node.routingTable().lookup(sa.peer);
    if (!route || route->interface == sa.interface || sa.misrouteReported)
        return;
    sa.misrouteReported = true;
    const net::SimInterface *egress = m_node.interface(route->interface);
    const net::SimInterface *wanted = m_node.interface(sa.interface);
    QString gateway;
    if (wanted && wanted->channel()) {
        for (const net::SimInterface *port : wanted->channel()->ports()) {
            if (port != wanted && port->hasAddress())
                gateway = port->address().address().toString();
        }
    }
    const QString suggestion = gateway.isEmpty()
        ? QString()
        : QStringLiteral("route %1 %2 255.255.255.255 %3 1").arg(sa.interface, sa.peer.toString(), gateway);
    reportDiagnostic(QStringLiteral("ike.misrouted"), QStringLiteral("error"), sa.peer,
                     {{QStringLiteral("interface"), sa.interface}, {QStringLiteral("peer"), sa.peer.toString()},
                      {QStringLiteral("egress"), route->interface},
                      {QStringLiteral("expected"), sa.local.toString()},
                      {QStringLiteral("actual"), egress ? egress->address().address().toString() : QString()}},
                     suggestion);
}

void IkeDaemon::sendIsakmp(IkeSa &sa, const QByteArray &message, bool expectReply)
{
    checkIsakmpRoute(sa);
    sendIsakmpDatagram(m_node, sa.peer, message);
    m_debug.setCurrentSa(debugSaOf(&sa));
    m_debug.packetSent(sa.peer);
    sa.lastSent = message;
    sa.lastSentTo = sa.peer;
    m_node.simulator().cancel(sa.retransmitTimer);
    sa.retransmitTimer = {};
    if (!expectReply)
        return;
    sa.retransmissions = 0;
    IkeSa *target = &sa;
    sa.retransmitTimer = m_node.simulator().schedule(RetransmitInterval, [this, target] { retransmit(target); });
}

void IkeDaemon::retransmit(IkeSa *sa)
{
    sa->retransmitTimer = {};
    if (sa->retransmissions >= MaxRetransmissions) {
        m_debug.isakmp(debug_lines::retransmitGiveUp(sa->peer));
        reportDiagnostic(QStringLiteral("ike.peer-not-responding"), QStringLiteral("error"), sa->peer,
                         {{QStringLiteral("state"), ikeStateName(sa->state)},
                          {QStringLiteral("tries"), QString::number(sa->retransmissions + 1)}});
        deleteSa(*sa, QStringLiteral("ike.peer-not-responding"));
        return;
    }
    ++sa->retransmissions;
    m_debug.isakmp(debug_lines::retransmitting(sa->retransmissions, sa->peer));
    sendIsakmpDatagram(m_node, sa->lastSentTo, sa->lastSent);
    sa->retransmitTimer = m_node.simulator().schedule(RetransmitInterval, [this, sa] { retransmit(sa); });
}

// ---- the SA table --------------------------------------------------------------------------

namespace {
std::uint64_t cookieKey(const Cookie &cookie)
{
    std::uint64_t key = 0;
    for (const std::uint8_t byte : cookie)
        key = key << 8 | byte;
    return key;
}
} // namespace

IkeSa *IkeDaemon::findSa(const Cookie &initiator, const Cookie &responder)
{
    const auto withCookie = m_sasByCookie.find(cookieKey(initiator));
    if (withCookie == m_sasByCookie.end())
        return nullptr;
    for (IkeSa *sa : withCookie->second) {
        if (sa->state == IkeState::Deleted || sa->cookieI != initiator)
            continue;
        // The first message carries a zero responder cookie; later ones must match ours.
        if (responder == Cookie{} || sa->cookieR == Cookie{} || sa->cookieR == responder)
            return sa;
    }
    return nullptr;
}

IkeSa *IkeDaemon::findEstablished(Ipv4Address peer)
{
    for (const auto &sa : m_sas) {
        if (sa->peer == peer && sa->isEstablished())
            return sa.get();
    }
    return nullptr;
}

IkeSa *IkeDaemon::findAnyTo(Ipv4Address peer)
{
    for (const auto &sa : m_sas) {
        if (sa->peer == peer && sa->state != IkeState::Deleted)
            return sa.get();
    }
    return nullptr;
}

IkeSa &IkeDaemon::newSa(bool initiator, Ipv4Address local, Ipv4Address peer, const QString &interface,
                        const Cookie &initiatorCookie)
{
    auto sa = std::make_unique<IkeSa>();
    sa->cookieI = initiatorCookie;
    m_sasByCookie[cookieKey(initiatorCookie)].push_back(sa.get());
    sa->initiator = initiator;
    sa->local = local;
    sa->peer = peer;
    sa->interface = interface;
    m_sas.push_back(std::move(sa));
    IkeSa &created = *m_sas.back();
    setState(created, IkeState::MmNoState);
    return created;
}

void IkeDaemon::deleteSa(IkeSa &sa, const QString &why)
{
    for (EventId *timer : {&sa.retransmitTimer, &sa.lifetimeTimer, &sa.dpdTimer}) {
        m_node.simulator().cancel(*timer);
        *timer = {};
    }
    setState(sa, IkeState::Deleted, why);
    releaseAddress(sa);
    releasePeer(sa.peer, QStringLiteral("ISAKMP"));
    std::erase_if(m_pending, [&](const PendingQuickMode &p) { return p.peer == sa.peer; });
}

void IkeDaemon::setState(IkeSa &sa, IkeState state, const QString &reason)
{
    const IkeState before = sa.state;
    const bool isNew = sa.connId == 0;
    if (isNew)
        sa.connId = m_nextConnId++;
    sa.state = state;
    m_debug.setCurrentSa(debugSaOf(&sa));
    if (!m_node.simulator().isTracing() || (!isNew && before == state))
        return;
    m_node.simulator().trace().onSaStateChanged(
        SaStateTrace{m_node.simulator().now(), m_node.name(), QStringLiteral("ike"), sa.local.toString(),
                     sa.peer.toString(), isNew ? QString() : ikeStateName(before),
                     state == IkeState::Deleted ? QString() : ikeStateName(state), reason});
}

void IkeDaemon::established(IkeSa &sa)
{
    m_node.simulator().cancel(sa.retransmitTimer);
    sa.retransmitTimer = {};
    sa.established = m_node.simulator().now();
    setState(sa, IkeState::QmIdle);
    startIkeLifetime(sa);
    startKeepalive(sa);
    runPendingQuickModes(sa);
}

void IkeDaemon::reconfigure(IkeConfig config)
{
    const bool syslog = m_debug.isOn(IkeDebug::Category::Syslog);
    m_config = std::move(config);
    m_classifier.rebuild(m_config.bindings);
    m_debug.setOn(IkeDebug::Category::Syslog, syslog || m_config.consoleSyslog);
    // Binding indexes refer to the old configuration: requests and Quick Modes in progress are
    // dropped (traffic triggers them again under the new maps).
    m_pending.clear();
    m_spiBindings.clear();
    for (const auto &sa : m_sas)
        sa->quickModes.clear();
    for (auto &[key, pair] : m_ipsecPairs)
        pair.bindingIndex = -1;  // they run out their lifetimes; traffic negotiates new ones
}

const CryptoMapBinding *IkeDaemon::bindingForSpi(std::uint32_t inboundSpi) const
{
    const int index = m_spiBindings.value(inboundSpi, -1);
    return index >= 0 && index < m_config.bindings.size() ? &m_config.bindings[index] : nullptr;
}

void IkeDaemon::notePeer(Ipv4Address peer, const QString &layer)
{
    if (!m_peerRefs.contains(peer.toUInt())) {
        m_peerRefs.insert(peer.toUInt(), 0);
        m_debug.isakmp([&] { return debug_lines::addedPeer(peer, int(m_peerRefs.size())); });
    }
    const int refs = ++m_peerRefs[peer.toUInt()];
    m_debug.line(layer == QLatin1String("IPSEC") ? IkeDebug::Category::Ipsec : IkeDebug::Category::Isakmp,
                 [&] { return debug_lines::peerRefIncremented(layer, peer, refs, int(m_peerRefs.size())); });
}

void IkeDaemon::traceIkeDecision(const QString &outcome, const QString &detail)
{
    if (m_node.simulator().isTracing())
        m_node.simulator().trace().onDecision(
            DecisionTrace{m_node.simulator().now(), 0, m_node.name(), QStringLiteral("ike"), outcome, detail});
}

namespace {
QString hexOf(crypto::BytesView bytes)
{
    return QString::fromStdString(crypto::toHex(bytes));
}

QString cipherName(crypto::EncryptionAlgorithm cipher)
{
    switch (cipher) {
    case crypto::EncryptionAlgorithm::Des: return QStringLiteral("des");
    case crypto::EncryptionAlgorithm::TripleDes: return QStringLiteral("3des");
    case crypto::EncryptionAlgorithm::Aes128: return QStringLiteral("aes-128");
    case crypto::EncryptionAlgorithm::Aes192: return QStringLiteral("aes-192");
    case crypto::EncryptionAlgorithm::Aes256: return QStringLiteral("aes-256");
    }
    return {};
}

QString hashName(crypto::HashAlgorithm hash)
{
    return hash == crypto::HashAlgorithm::Md5 ? QStringLiteral("md5") : QStringLiteral("sha1");
}
} // namespace

void IkeDaemon::traceIkeKeys(const IkeSa &sa)
{
    if (!m_node.simulator().isTracing() || !sa.keys)
        return;
    const KeymatV1 &k = *sa.keys;
    QMap<QString, QString> fields{
        {QStringLiteral("cookie_i"), hexOf(sa.cookieI)},
        {QStringLiteral("cookie_r"), hexOf(sa.cookieR)},
        {QStringLiteral("encryption"), cipherName(k.suite().encryption)},
        {QStringLiteral("hash"), hashName(k.suite().hash)},
        {QStringLiteral("skeyid"), hexOf(k.skeyid())},
        {QStringLiteral("skeyid_d"), hexOf(k.skeyidD())},
        {QStringLiteral("skeyid_a"), hexOf(k.skeyidA())},
        {QStringLiteral("skeyid_e"), hexOf(k.skeyidE())},
        {QStringLiteral("enc_key"), hexOf(k.encryptionKey())},
        {QStringLiteral("iv1"), hexOf(sa.phase1Iv)},
        {QStringLiteral("local"), sa.local.toString()},
        {QStringLiteral("peer"), sa.peer.toString()},
    };
    m_node.simulator().trace().onKeys(KeyTrace{m_node.simulator().now(), m_node.name(), QStringLiteral("ike"), fields});
}

void IkeDaemon::traceEspKeys(const esp::EspSaConfig &config, std::uint32_t messageId, bool pfs)
{
    if (!m_node.simulator().isTracing())
        return;
    const bool inbound = config.direction == esp::EspDirection::Inbound;
    const auto &t = config.transform;
    QMap<QString, QString> fields{
        {QStringLiteral("spi"), QStringLiteral("%1").arg(config.spi, 8, 16, QLatin1Char('0'))},
        {QStringLiteral("direction"), inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
        {QStringLiteral("src"), (inbound ? config.peerAddress : config.localAddress).toString()},
        {QStringLiteral("dst"), (inbound ? config.localAddress : config.peerAddress).toString()},
        {QStringLiteral("encryption"), t.encryption ? cipherName(*t.encryption) : QStringLiteral("null")},
        {QStringLiteral("enc_key"), hexOf(config.encryptionKey)},
        {QStringLiteral("authentication"), t.authentication ? hashName(*t.authentication) : QStringLiteral("none")},
        {QStringLiteral("auth_key"), hexOf(config.authenticationKey)},
        {QStringLiteral("message_id"), QString::number(messageId)},
        {QStringLiteral("derivation"),
         pfs ? QStringLiteral("KEYMAT = prf(SKEYID_d, g(qm)^xy | 3 | SPI | Ni_b | Nr_b), expanded; cipher key first, then HMAC key")
             : QStringLiteral("KEYMAT = prf(SKEYID_d, 3 | SPI | Ni_b | Nr_b), expanded; cipher key first, then HMAC key")},
    };
    m_node.simulator().trace().onKeys(KeyTrace{m_node.simulator().now(), m_node.name(), QStringLiteral("esp"), fields});
}

// ---- small helpers ---------------------------------------------------------------------------

Cookie IkeDaemon::newCookie()
{
    Cookie cookie{};
    const std::uint64_t value = m_node.simulator().rng().nextU64();
    for (int i = 0; i < 8; ++i)
        cookie[std::size_t(i)] = std::uint8_t(value >> (56 - 8 * i));
    return cookie;
}

QByteArray IkeDaemon::randomBytes(int count)
{
    return m_node.simulator().rng().bytes(count);
}

crypto::DhKeyPair IkeDaemon::newDhKey(model::DhGroup group)
{
    const auto cryptoGroup = crypto::DhGroup(int(group));
    // A value outside 1 < x < p-1 is astronomically unlikely; draw again if it happens.
    for (;;) {
        const QByteArray privateValue = randomBytes(int(crypto::privateValueSize(cryptoGroup)));
        auto pair = crypto::DhKeyPair::fromPrivateValue(cryptoGroup, net::viewOf(privateValue));
        if (pair)
            return *pair;
    }
}

QString IkeDaemon::interfaceOwning(Ipv4Address address) const
{
    for (net::SimInterface *interface : m_node.interfaces()) {
        if (interface->hasAddress() && interface->address().address() == address)
            return interface->name();
    }
    return {};
}

void IkeDaemon::reportDiagnostic(const QString &code, const QString &severity, Ipv4Address peer,
                                 QMap<QString, QString> params, const QString &suggestion)
{
    if (!m_node.simulator().isTracing())
        return;
    model::Diagnostic diagnostic;
    diagnostic.severity = severity == QLatin1String("error") ? model::Severity::Error : model::Severity::Warning;
    diagnostic.code = code;
    diagnostic.params = std::move(params);
    diagnostic.node = m_node.name();
    diagnostic.peer = peer.toString();
    diagnostic.suggestion = suggestion;
    diagnostic.timeMs = m_node.simulator().now().toMilliseconds();
    m_node.simulator().trace().onDiagnostic(DiagnosticTrace{m_node.simulator().now(), diagnostic});
}

QString ikeStateName(IkeState state)
{
    switch (state) {
    case IkeState::MmNoState: return QStringLiteral("MM_NO_STATE");
    case IkeState::MmSaSetup: return QStringLiteral("MM_SA_SETUP");
    case IkeState::MmKeyExch: return QStringLiteral("MM_KEY_EXCH");
    case IkeState::AgNoState: return QStringLiteral("AG_NO_STATE");
    case IkeState::AgInitExch: return QStringLiteral("AG_INIT_EXCH");
    case IkeState::QmIdle: return QStringLiteral("QM_IDLE");
    case IkeState::Deleted: return QStringLiteral("MM_NO_STATE");
    }
    return {};
}

} // namespace vtd::sim::ike
