#include "ike_debug_lines.h"

#include "isakmp_names.h"
#include "isakmp_vendor_ids.h"
#include "cisco_ios_vendor_id.h"

namespace vtd::sim::ike::debug_lines {

using model::Ipv4Address;

QString processBlock(Ipv4Address src, Ipv4Address dest)
{
    return QStringLiteral("crypto_isakmp_process_block: src %1, dest %2").arg(src.toString(), dest.toString());
}

QString addedPeer(Ipv4Address peer, int totalPeers)
{
    return QStringLiteral("VPN Peer: ISAKMP: Added new peer: ip:%1 Total VPN Peers:%2").arg(peer.toString()).arg(totalPeers);
}

QString peerRefIncremented(const QString &layer, Ipv4Address peer, int refs, int totalPeers)
{
    return QStringLiteral("VPN Peer: %1: Peer ip:%2 Ref cnt incremented to:%3 Total VPN Peers:%4")
        .arg(layer, peer.toString())
        .arg(refs)
        .arg(totalPeers);
}

QString exchangeLabel(ExchangeType exchange)
{
    return ciscoExchangeLabel(exchange) + QStringLiteral(" exchange");
}

QString processingPayload(const QString &payload, std::uint32_t messageId)
{
    return QStringLiteral("ISAKMP (0): processing %1 payload. message ID = %2").arg(payload).arg(messageId);
}

QString checkingTransform(int transform, int priority)
{
    return QStringLiteral("ISAKMP (0): Checking ISAKMP transform %1 against priority %2 policy").arg(transform).arg(priority);
}

QString attsAcceptable(bool acceptable, int nextPayload)
{
    return QStringLiteral("ISAKMP (0): atts are %1acceptable. Next payload is %2")
        .arg(acceptable ? QString() : QStringLiteral("not "))
        .arg(nextPayload);
}

QString doingPreShared(IdType ownIdType)
{
    return QStringLiteral("ISAKMP (0): SA is doing pre-shared key authentication using id type %1").arg(idTypeName(ownIdType));
}

QString ownIdPayload(const IdPayload &id, int nextPayload)
{
    const int length = 4 + int(id.data.size());
    return QStringLiteral("ISAKMP (0): ID payload\n"
                          "\tnext-payload : %1\n"
                          "\ttype         : %2\n"
                          "\tprotocol     : %3\n"
                          "\tport         : %4\n"
                          "\tlength       : %5")
        .arg(nextPayload)
        .arg(int(id.type))
        .arg(id.protocol)
        .arg(id.port)
        .arg(length);
}

QString totalPayloadLength(const IdPayload &id)
{
    return QStringLiteral("ISAKMP (0): Total payload length: %1").arg(8 + int(id.data.size()));
}

QString vendorIdLines(const QByteArray &vendorId)
{
    QString lines = QStringLiteral("ISAKMP (0): processing vendor id payload");
    const auto known = identifyVendorId(vendorId);
    if (known == KnownVendorId::DeadPeerDetection)
        lines += QStringLiteral("\nISAKMP (0): remote peer supports dead peer detection");
    else if (known == KnownVendorId::CiscoUnity)
        lines += QStringLiteral("\nISAKMP (0): speaking to a Unity client");
    else if (isCiscoIosBoxVendorId(vendorId))
        lines += QStringLiteral("\nISAKMP (0): speaking to another IOS box!");
    return lines;
}

QString returnStatus()
{
    return QStringLiteral("return status is IKMP_NO_ERROR");
}

QString beginningMainMode()
{
    return QStringLiteral("ISAKMP (0): beginning Main Mode exchange");
}

QString saAuthenticated()
{
    return QStringLiteral("ISAKMP (0): SA has been authenticated");
}

QString beginningQuickMode(std::uint32_t messageId)
{
    return QStringLiteral("ISAKMP (0): beginning Quick Mode exchange, M-ID of %1:%2")
        .arg(std::int32_t(messageId))
        .arg(messageId, 0, 16);
}

QString sendingInitialContact()
{
    return QStringLiteral("ISAKMP (0): sending INITIAL_CONTACT notify");
}

// The seed has no sample of the lines below; their wording follows the PIX's style [ours].

QString unexpectedSource(Ipv4Address actual, Ipv4Address expected)
{
    return QStringLiteral("ISAKMP (0): packet from %1 for an SA negotiated with %2, discarded")
        .arg(actual.toString(), expected.toString());
}

QString retransmitting(int count, Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): retransmitting phase 1 (%1) to %2...").arg(count).arg(peer.toString());
}

QString retransmitGiveUp(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): deleting SA: no response from %1 after retransmissions").arg(peer.toString());
}

QString malformed(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP: message from %1 failed its sanity check or is malformed").arg(peer.toString());
}

QString noPreSharedKey(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): No preshared key configured for %1").arg(peer.toString());
}

QString hashMismatch(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): hash validation failed for %1: SA not authenticated").arg(peer.toString());
}

QString noProposalChosen(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): SA not acceptable! (no matching policy for %1)").arg(peer.toString());
}

QString padded(Ipv4Address address)
{
    return address.toString().rightJustified(15);
}

} // namespace vtd::sim::ike::debug_lines
