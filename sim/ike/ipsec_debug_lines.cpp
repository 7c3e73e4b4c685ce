#include "ipsec_debug_lines.h"

#include "ike_debug_lines.h"

namespace vtd::sim::ike::debug_lines {

using model::Ipv4Address;

QString KeyEngineProxy::text(bool hostMaskZero) const
{
    const bool host = prefix.length() == 32;
    const QString mask = host && hostMaskZero ? QStringLiteral("0.0.0.0") : prefix.mask().toString();
    return QStringLiteral("%1/%2/0/0 (type=%3)").arg(prefix.address().toString(), mask).arg(type());
}

QString spiText(std::uint32_t spi)
{
    return QStringLiteral("0x%1(%2)").arg(spi, 0, 16).arg(spi);
}

QString keyEngineBlock(const QString &title, const KeyEngineMessage &m, bool hostMaskZero)
{
    const QString endpoints = m.srcFirst ? QStringLiteral("src= %1, dest= %2").arg(m.src.toString(), m.dest.toString())
                                         : QStringLiteral("dest= %1, src= %2").arg(m.dest.toString(), m.src.toString());
    const QString firstProxy = m.srcFirst ? QStringLiteral("src_proxy= ") + m.srcProxy.text(hostMaskZero)
                                          : QStringLiteral("dest_proxy= ") + m.destProxy.text(hostMaskZero);
    const QString secondProxy = m.srcFirst ? QStringLiteral("dest_proxy= ") + m.destProxy.text(hostMaskZero)
                                           : QStringLiteral("src_proxy= ") + m.srcProxy.text(hostMaskZero);
    return QStringLiteral("%1\n  (key eng. msg.) %2, \n    %3, \n    %4,\n"
                          "    protocol= ESP, transform= %5 , \n    lifedur= %6s and %7kb, \n"
                          "    spi= %8, conn_id= %9, keysize= 0, flags= 0x4")
        .arg(title, endpoints, firstProxy, secondProxy, m.transform)
        .arg(m.seconds)
        .arg(m.kilobytes)
        .arg(spiText(m.spi))
        .arg(m.connId);
}

QString keyEngineQueueEvent()
{
    return QStringLiteral("IPSEC(key_engine): got a queue event...");
}

QString spiResponse(std::uint32_t spi, Ipv4Address from, Ipv4Address to)
{
    return QStringLiteral("IPSEC(spi_response): getting spi %1 for SA \n\tfrom %2 to %3 for prot 3")
        .arg(spiText(spi), padded(from), padded(to));
}

QString checkingIpsecProposal(int number)
{
    return QStringLiteral("ISAKMP : Checking IPSec proposal %1").arg(number);
}

QString attsNotAcceptable(int nextPayload)
{
    return QStringLiteral("ISAKMP (0): atts not acceptable. Next payload is %1").arg(nextPayload);
}

QString skippingAnded(int number)
{
    return QStringLiteral("ISAKMP (0): skipping next ANDed proposal (%1)").arg(number);
}

QString badSpiSize(int octets)
{
    return QStringLiteral("ISAKMP (0): bad SPI size of %1 octets!").arg(octets);
}

QString notSupported(int protocol, int transform, int hmac)
{
    return QStringLiteral("IPSEC(validate_proposal): transform proposal (prot %1, trans %2, hmac_alg %3) not supported")
        .arg(protocol)
        .arg(transform)
        .arg(hmac);
}

QString proxyIdLine(const IdPayload &id, bool source)
{
    const QString type = id.type == IdType::Ipv4Address ? QStringLiteral("ID_IPV4_ADDR") : QStringLiteral("ID_IPV4_ADDR_SUBNET");
    QString address = id.address().value_or(Ipv4Address()).toString();
    if (id.type != IdType::Ipv4Address)
        address += QLatin1Char('/') + id.mask().value_or(Ipv4Address()).toString();
    return QStringLiteral("ISAKMP (0): %1 %2 %3 prot %4 port %5")
        .arg(type, source ? QStringLiteral("src") : QStringLiteral("dst"), address)
        .arg(id.protocol)
        .arg(id.port);
}

QString notifyProcessing(int type, int protocol, std::uint32_t spi, std::uint32_t messageId)
{
    return QStringLiteral("ISAKMP (0): processing NOTIFY payload %1 protocol %2\n\tspi %3, message ID = %4")
        .arg(type)
        .arg(protocol)
        .arg(spi)
        .arg(messageId);
}

QString deleteNotifyLines(Ipv4Address peer, bool padPeer)
{
    return QStringLiteral("IPSEC(key_engine_delete_sas): rec'd delete notify from ISAKMP\n"
                          "IPSEC(key_engine_delete_sas): delete all SAs shared with %1")
        .arg(padPeer ? padded(peer) : peer.toString());
}

QString creatingSas(const KeyEngineMessage &in, const KeyEngineMessage &out, std::optional<std::uint64_t> offeredKilobytes)
{
    const auto lifetimes = [&](const KeyEngineMessage &m) {
        QString text = QStringLiteral("\n        lifetime of %1 seconds").arg(m.seconds);
        if (offeredKilobytes)
            text += QStringLiteral("\n        lifetime of %1 kilobytes").arg(*offeredKilobytes);
        return text;
    };
    const auto block = [&](const QString &direction, const KeyEngineMessage &m) {
        return QStringLiteral("\n        %1 SA from %2 to %3 (proxy %4 to %5)\n        has spi %6 and conn_id %7 and flags 4")
                   .arg(direction, padded(m.src), padded(m.dest), padded(m.srcProxy.prefix.address()),
                        padded(m.destProxy.prefix.address()))
                   .arg(m.spi)
                   .arg(m.connId)
               + lifetimes(m);
    };
    return QStringLiteral("ISAKMP (0): Creating IPSec SAs") + block(QStringLiteral("inbound"), in)
           + block(QStringLiteral("outbound"), out);
}

QString mapAllocEntry(int entry)
{
    return QStringLiteral("map_alloc_entry: allocating entry %1").arg(entry);
}

QString saCreatedSyslog(const KeyEngineMessage &sa)
{
    return QStringLiteral("sa created, (sa) sa_dest= %1, sa_prot= 50, sa_spi= %2, sa_trans= %3 , sa_conn_id= %4")
        .arg(sa.dest.toString(), spiText(sa.spi), sa.transform)
        .arg(sa.connId);
}

QString saRequestSyslog(const KeyEngineMessage &m)
{
    return QStringLiteral("sa_request, (key eng. msg.) src= %1, dest= %2, src_proxy= %3, dest_proxy= %4, "
                          "protocol= ESP, transform= %5 , lifedur= %6s and %7kb, spi= 0x0(0), conn_id= 0, "
                          "keysize= 0, flags= 0x4004")
        .arg(m.src.toString(), m.dest.toString(), m.srcProxy.text(false), m.destProxy.text(false), m.transform)
        .arg(m.seconds)
        .arg(m.kilobytes);
}

} // namespace vtd::sim::ike::debug_lines
