#include "overlay_texts.h"

#include "model/diagnostic_catalog.h"

namespace vtd::app {

using sim::analysis::TunnelState;

QString OverlayTexts::stateName(TunnelState state)
{
    switch (state) {
    case TunnelState::Configured: return tr("Configured");
    case TunnelState::Phase1InProgress: return tr("Phase 1 in progress");
    case TunnelState::IkeUp: return tr("IKE SA up (QM_IDLE)");
    case TunnelState::IpsecUp: return tr("IPsec SA up");
    case TunnelState::Failed: return tr("Failed");
    case TunnelState::Expired: return tr("Expired");
    case TunnelState::Deleted: return tr("Deleted");
    }
    return {};
}

QString OverlayTexts::diagnosticText(const model::Diagnostic &diagnostic)
{
    return model::diagnosticMessage(diagnostic, [](const char *english) {
        return QCoreApplication::translate("Diagnostics", english);
    });
}

QString OverlayTexts::endReason(const QString &reason)
{
    if (reason == u"expired")
        return tr("the SA lifetime expired");
    if (reason == u"deleted by peer")
        return tr("the peer deleted the SAs");
    if (reason == u"cleared")
        return tr("the SAs were cleared by a command");
    if (reason == u"replaced by rekey")
        return tr("the SAs were replaced by a rekey");
    if (reason == u"peer dead")
        return tr("the peer stopped answering keepalives");
    if (reason.isEmpty())
        return tr("the SAs were deleted");
    return reason;
}

QString OverlayTexts::tunnelToolTip(const sim::analysis::ConfiguredTunnel &tunnel,
                                    const sim::analysis::TunnelStatus &status)
{
    QStringList lines;
    lines << (tunnel.remoteAccess ? tr("VPN Client connection %1 – %2")
                                  : tr("IPsec tunnel %1 – %2"))
                 .arg(tunnel.a.node, tunnel.b.node);
    lines << tr("Configured on %1: %2").arg(tunnel.a.node, tunnel.source);
    lines << tr("State: %1").arg(stateName(status.state));
    if (status.state != TunnelState::Configured)
        lines << tr("Since: %1 s").arg(double(status.since.toMilliseconds()) / 1000.0, 0, 'f', 3);
    if (status.failure)
        lines << tr("Reason: %1").arg(diagnosticText(*status.failure));
    else if (status.state == TunnelState::Expired || status.state == TunnelState::Deleted)
        lines << tr("Reason: %1").arg(endReason(status.endReason));
    return lines.join(u'\n');
}

QString OverlayTexts::dropToolTip(const QString &node, const QString &interface,
                                  const QList<DropReason> &reasons)
{
    QStringList lines;
    lines << (interface.isEmpty() ? tr("Packets dropped at %1").arg(node)
                                  : tr("Packets dropped at %1 %2").arg(node, interface));
    for (const DropReason &reason : reasons) {
        lines << tr("%1 (%n packet(s))", nullptr, reason.count).arg(diagnosticText(reason.finding));
        if (!reason.lastSummary.isEmpty())
            lines << QStringLiteral("    ") + reason.lastSummary;
    }
    return lines.join(u'\n');
}

} // namespace vtd::app
