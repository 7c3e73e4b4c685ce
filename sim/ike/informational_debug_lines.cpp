#include "informational_debug_lines.h"

namespace vtd::sim::ike::debug_lines {

using model::Ipv4Address;

QString processingDelete(std::uint32_t messageId, int spiSize)
{
    return QStringLiteral("ISAKMP (0): processing DELETE payload. message ID = %1, spi size = %2").arg(messageId).arg(spiSize);
}

QString deletingIkeSa(Ipv4Address src, Ipv4Address dst)
{
    return QStringLiteral("ISAKMP (0): deleting SA: src %1, dst %2").arg(src.toString(), dst.toString());
}

QString deleteSaWithSpi(std::uint32_t spi, Ipv4Address peer)
{
    return QStringLiteral("IPSEC(key_engine_delete_sas): rec'd delete notify from ISAKMP\n"
                          "IPSEC(key_engine_delete_sas): delete SA with spi %1/50 for %2")
        .arg(spiText(spi), peer.toString());
}

QString sendingDelete(int protocol, int spiSize, std::uint32_t messageId)
{
    return QStringLiteral("ISAKMP (0): sending DELETE payload protocol %1, spi size %2, message ID = %3")
        .arg(protocol).arg(spiSize).arg(messageId);
}

QString sendingNotify(int type, int protocol)
{
    return QStringLiteral("ISAKMP (0): sending NOTIFY message %1 protocol %2").arg(type).arg(protocol);
}

QString receivedDpd(bool ack, Ipv4Address peer)
{
    return QStringLiteral("ISAKMP (0): received %1 from peer %2")
        .arg(ack ? QStringLiteral("DPD_R_U_THERE_ACK") : QStringLiteral("DPD_R_U_THERE"), peer.toString());
}

QString peerDead(Ipv4Address peer, int tries)
{
    return QStringLiteral("ISAKMP (0): DPD: no answer from peer %1 after %2 R-U-THERE, deleting its SAs")
        .arg(peer.toString()).arg(tries);
}

QString peerRefDecremented(const QString &layer, Ipv4Address peer, int refs, int totalPeers)
{
    return QStringLiteral("VPN Peer: %1: Peer ip:%2 Ref cnt decremented to:%3 Total VPN Peers:%4")
        .arg(layer, peer.toString()).arg(refs).arg(totalPeers);
}

QString deletedPeer(Ipv4Address peer, int totalPeers)
{
    return QStringLiteral("VPN Peer: ISAKMP: Deleted peer: ip:%1 Total VPN peers:%2").arg(peer.toString()).arg(totalPeers);
}

QString ipsecSaExpired(std::uint32_t spi, Ipv4Address peer, bool replaced)
{
    return QStringLiteral("IPSEC(sa_expired): SA with spi %1 for %2 %3, deleting")
        .arg(spiText(spi), peer.toString(), replaced ? QStringLiteral("replaced by rekey") : QStringLiteral("reached its lifetime"));
}

QString saDeletedSyslog(const KeyEngineMessage &sa)
{
    return QStringLiteral("deleting SA, (sa) sa_dest= %1, sa_prot= 50, sa_spi= %2, sa_trans= %3 , sa_conn_id= %4")
        .arg(sa.dest.toString(), spiText(sa.spi), sa.transform)
        .arg(sa.connId);
}

} // namespace vtd::sim::ike::debug_lines
