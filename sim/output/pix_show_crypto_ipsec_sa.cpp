#include "pix_show_crypto_ipsec_sa.h"

namespace vtd::sim::output {

namespace {

QString saLines(const QString &title, const QList<PixIpsecSaLine> &sas)
{
    QString out = QStringLiteral("     %1 esp sas:\n").arg(title);
    for (const PixIpsecSaLine &sa : sas) {
        out += QStringLiteral("      spi: 0x%1(%2)\n").arg(sa.spi, 0, 16).arg(sa.spi);
        out += QStringLiteral("        transform: %1 ,\n").arg(sa.transform);
        out += QStringLiteral("        in use settings ={Tunnel, }\n");
        const QString flow = sa.flowId ? QStringLiteral(", flow_id: %1").arg(*sa.flowId) : QString();
        out += QStringLiteral("        slot: 0, conn id: %1%2, crypto map: %3\n").arg(sa.connId).arg(flow, sa.cryptoMap);
        out += QStringLiteral("        sa timing: remaining key lifetime (k/sec): (%1/%2)\n")
                   .arg(sa.remainingKilobytes)
                   .arg(sa.remainingSeconds);
        out += QStringLiteral("        IV size: %1 bytes\n").arg(sa.ivSize);
        out += QStringLiteral("        replay detection support: %1\n").arg(sa.replayDetection ? 'Y' : 'N');
    }
    out += QStringLiteral("     %1 ah sas:\n     %1 pcp sas:\n").arg(title);
    return out;
}

QString counterLines(const esp::EspCounters &c)
{
    return QStringLiteral("    #pkts encaps: %1, #pkts encrypt: %2, #pkts digest %3\n"
                          "    #pkts decaps: %4, #pkts decrypt: %5, #pkts verify %6\n")
               .arg(c.encaps).arg(c.encrypt).arg(c.digest).arg(c.decaps).arg(c.decrypt).arg(c.verify)
           + QStringLiteral("    #pkts compressed: %1, #pkts decompressed: %2\n"
                            "    #pkts not compressed: %3, #pkts compr. failed: %4, #pkts decompress failed: %5\n"
                            "    #send errors %6, #recv errors %7\n")
                 .arg(c.compressed).arg(c.decompressed).arg(c.notCompressed).arg(c.compressionFailed)
                 .arg(c.decompressionFailed).arg(c.sendErrors).arg(c.recvErrors);
}

QString flowBlock(const PixIpsecFlow &flow)
{
    QString out = QStringLiteral("   local  ident (addr/mask/prot/port): (%1)\n"
                                 "   remote ident (addr/mask/prot/port): (%2)\n"
                                 "   current_peer: %3\n")
                      .arg(flow.localIdent, flow.remoteIdent, flow.peer.toString());
    if (flow.dynamicPeerIp)
        out += QStringLiteral("   dynamic allocated peer ip: %1\n").arg(flow.dynamicPeerIp->toString());
    out += flow.fromAcl ? QStringLiteral("     PERMIT, flags={origin_is_acl,}\n")
                        : QStringLiteral("     PERMIT, flags={}\n");
    out += counterLines(flow.counters);
    out += QStringLiteral("     local crypto endpt.: %1, remote crypto endpt.: %2\n")
               .arg(flow.localEndpoint.toString(), flow.peer.toString());
    out += QStringLiteral("     path mtu %1, ipsec overhead %2, media mtu %3\n")
               .arg(flow.pathMtu).arg(flow.ipsecOverhead).arg(flow.mediaMtu);
    out += QStringLiteral("     current outbound spi: %1\n").arg(flow.currentOutboundSpi, 0, 16);
    return out + saLines(QStringLiteral("inbound"), flow.inbound)
           + saLines(QStringLiteral("outbound"), flow.outbound);
}

} // namespace

QString renderPixShowCryptoIpsecSa(const QList<PixIpsecInterface> &interfaces)
{
    QString out;
    for (const PixIpsecInterface &itf : interfaces) {
        out += QStringLiteral("interface: %1\n    Crypto map tag: %2, local addr. %3\n")
                   .arg(itf.name, itf.cryptoMap, itf.localAddress.toString());
        for (const PixIpsecFlow &flow : itf.flows)
            out += flowBlock(flow);
    }
    return out;
}

} // namespace vtd::sim::output
