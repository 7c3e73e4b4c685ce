#pragma once

#include "sim/analysis/tunnel_states.h"

#include "model/diagnostic.h"

#include <QCoreApplication>
#include <QString>

namespace vtd::app {

/** The words the simulation overlay shows (tunnel state names, tooltips of tunnels and drop
 *  marks), in the user's language, kept apart so the items stay about drawing. */
class OverlayTexts
{
    Q_DECLARE_TR_FUNCTIONS(vtd::app::OverlayTexts)

public:
    /** The short name written on a tunnel: "IPsec SA up", "Phase 1 in progress"... */
    static QString stateName(sim::analysis::TunnelState state);
    /** A finding as the Problems view words it (the catalog's template, translated). */
    static QString diagnosticText(const model::Diagnostic &diagnostic);
    /** Why SAs ended, from the trace's reason ("expired", "cleared", ...). */
    static QString endReason(const QString &reason);
    /** Peers, where the tunnel is configured, its state, since when and why. */
    static QString tunnelToolTip(const sim::analysis::ConfiguredTunnel &tunnel,
                                 const sim::analysis::TunnelStatus &status);

    /** One reason packets were dropped at a place, with how many and the last one's summary. */
    struct DropReason
    {
        model::Diagnostic finding; ///< code and parameters of the drop
        int count = 0;
        QString lastSummary;       ///< "icmp 10.48.66.76 > 11.0.0.2 echo request ..."
    };
    /** Where packets were dropped and why, one paragraph per reason. */
    static QString dropToolTip(const QString &node, const QString &interface,
                               const QList<DropReason> &reasons);
};

} // namespace vtd::app
