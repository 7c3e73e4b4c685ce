// Transaction exchange (draft-ietf-ipsec-isakmp-mode-cfg) for IkeDaemon: the gateway's side of
// Mode Config "respond" (the VPN Client pulls its address): CFG_REQUEST -> CFG_REPLY, each
// message HDR*, HASH, ATTR with HASH = prf(SKEYID_a, M-ID | ATTR). The XAUTH messages of the
// same exchange type are handed to ike_xauth.cpp.

#include "ike_daemon.h"

#include "exchange_helpers.h"
#include "ike_debug_lines.h"
#include "isakmp_names.h"
#include "transaction_messages.h"

#include "sim/engine/simulator.h"
#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

using model::Ipv4Address;

namespace {
/** The Mode Config attributes PIX 6.2 answers (seed: everything else is "Unsupported Attr"). */
bool pix62Supports(std::uint16_t type)
{
    switch (ConfigAttribute(type)) {
    case ConfigAttribute::InternalIp4Address:
    case ConfigAttribute::InternalIp4Netmask:
    case ConfigAttribute::InternalIp4Dns:
    case ConfigAttribute::InternalIp4Nbns:
    case ConfigAttribute::UnityDefDomain:
    case ConfigAttribute::UnitySplitInclude:
        return true;
    default:
        return false;
    }
}
} // namespace

void IkeDaemon::onTransaction(IkeSa &sa, const EncryptedMessage &received)
{
    m_debug.isakmp(debug_lines::exchangeLabel(ExchangeType::Transaction));
    const std::uint32_t mid = received.header.messageId;
    auto opened = openTransaction(sa, received);
    if (const auto *error = std::get_if<TransactionError>(&opened)) {
        m_debug.isakmp(*error == TransactionError::Undecryptable ? debug_lines::malformed(sa.peer)
                                                                 : debug_lines::hashMismatch(sa.peer));
        return;
    }
    const AttributePayload &attributes = std::get<AttributePayload>(opened);
    // The PIX prints 0 here, whatever the message ID (seed).
    m_debug.isakmp(QStringLiteral("ISAKMP (0:0): processing transaction payload from %1. message ID = 0").arg(sa.peer.toString()));
    if (sa.xauth && attributes.type == ConfigType::Reply && mid == sa.xauth->requestId) {
        onXauthReply(sa, attributes);
        return;
    }
    if (sa.xauth && attributes.type == ConfigType::Ack && mid == sa.xauth->setId) {
        onXauthAck(sa);
        return;
    }
    // Mode Config waits for XAUTH when the crypto map asks for it.
    if (attributes.type != ConfigType::Request || !sa.isAuthorised())
        return;
    m_debug.isakmp(QStringLiteral("ISAKMP: Config payload CFG_REQUEST"));
    m_debug.isakmp(QStringLiteral("ISAKMP (0:0): checking request:"));
    AttributePayload reply{ConfigType::Reply, attributes.identifier, {}};
    for (const DataAttribute &requested : attributes.attributes) {
        m_debug.isakmp(QStringLiteral("ISAKMP: attribute    %1").arg(pix62ConfigAttributeLabel(requested.type)));
        if (!pix62Supports(requested.type)) {
            m_debug.isakmp(QStringLiteral("        Unsupported Attr: %1").arg(requested.type));
            continue;
        }
        appendModeConfigValue(sa, requested.type, reply.attributes);
    }
    m_debug.isakmp(QStringLiteral("ISAKMP (0:0): responding to peer config from %1. ID = %2").arg(sa.peer.toString()).arg(mid));
    const QByteArray bytes = sealTransaction(m_node, sa, mid, reply);
    m_debug.isakmp(debug_lines::returnStatus());
    sendIsakmp(sa, bytes, false);
}

void IkeDaemon::appendModeConfigValue(IkeSa &sa, std::uint16_t type, DataAttributes &out)
{
    const model::VpnGroup *group = m_config.group(sa.groupName);
    switch (ConfigAttribute(type)) {
    case ConfigAttribute::InternalIp4Address:
        if (const auto address = allocateAddress(sa))
            out.push_back(DataAttribute::tlv(type, bigEndianBytes(address->toUInt())));
        return;
    case ConfigAttribute::InternalIp4Dns:
        if (group)
            for (const Ipv4Address &dns : group->dnsServers)
                out.push_back(DataAttribute::tlv(type, bigEndianBytes(dns.toUInt())));
        return;
    case ConfigAttribute::InternalIp4Nbns:
        if (group)
            for (const Ipv4Address &wins : group->winsServers)
                out.push_back(DataAttribute::tlv(type, bigEndianBytes(wins.toUInt())));
        return;
    case ConfigAttribute::UnityDefDomain:
        if (group && !group->defaultDomain.isEmpty())
            out.push_back(DataAttribute::tlv(type, group->defaultDomain.toUtf8()));
        return;
    default:
        return; // netmask and split-tunnel lists: only when configured (not modelled yet)
    }
}

std::optional<Ipv4Address> IkeDaemon::allocateAddress(IkeSa &sa)
{
    if (sa.assignedAddress)
        return sa.assignedAddress;
    const model::VpnGroup *group = m_config.group(sa.groupName);
    const AddressPool *pool = group ? m_config.pool(group->addressPool) : nullptr;
    if (!pool) {
        reportDiagnostic(QStringLiteral("ike.no-address-pool"), QStringLiteral("error"), sa.peer,
                         {{QStringLiteral("group"), sa.groupName}});
        return std::nullopt;
    }
    // The lowest address no live IKE SA holds (deleteSa() gives leases back). Every address
    // below the pool's scan start is leased: a hub handing out thousands does not walk them.
    std::uint32_t &scanFrom = m_poolScanFrom.try_emplace(pool->first.toUInt(), pool->first.toUInt()).first->second;
    for (quint64 value = scanFrom; value <= pool->last.toUInt(); ++value) {
        if (m_addressLeases.contains(quint32(value)))
            continue;
        m_addressLeases[quint32(value)] = &sa;
        scanFrom = quint32(value + 1);
        sa.assignedAddress = Ipv4Address{quint32(value)};
        return sa.assignedAddress;
    }
    return std::nullopt;
}

void IkeDaemon::releaseAddress(const IkeSa &sa)
{
    if (!sa.assignedAddress)
        return;
    const std::uint32_t address = sa.assignedAddress->toUInt();
    const auto lease = m_addressLeases.find(address);
    if (lease == m_addressLeases.end() || lease->second != &sa)
        return;
    m_addressLeases.erase(lease);
    for (auto &[first, scanFrom] : m_poolScanFrom) {
        if (first <= address && address < scanFrom)
            scanFrom = address;
    }
}

} // namespace vtd::sim::ike
