#pragma once

#include "configured_tunnels.h"

#include "sim/engine/sim_time.h"
#include "sim/engine/trace_event.h"

#include "model/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::sim::analysis {

/** Where a configured tunnel stands, as a designer shows it. */
enum class TunnelState {
    Configured,       ///< configured, nothing negotiated yet (or since a reset)
    Phase1InProgress, ///< an IKE SA exists but is not established (MM_*, AG_* states)
    IkeUp,            ///< an IKE SA is established (QM_IDLE), no IPsec SA yet
    IpsecUp,          ///< IPsec SAs are ACTIVE
    Failed,           ///< a negotiation failed; failure says why
    Expired,          ///< the last SAs reached their lifetime
    Deleted,          ///< the last SAs were deleted (cleared, deleted by the peer...)
};

/** Stable lower-case id: "configured", "phase1", "ike-up", "ipsec-up", "failed", "expired",
 *  "deleted". */
QString tunnelStateId(TunnelState state);

/** A tunnel's state with what explains it. */
struct TunnelStatus
{
    TunnelState state = TunnelState::Configured;
    SimTime since;                              ///< when it entered this state
    std::optional<model::Diagnostic> failure;   ///< Failed: the finding (code, params, node)
    QString endReason;                          ///< Expired/Deleted: the trace's reason
};

/** The state of every tunnel a project configures, followed through a run's trace records:
 *  feed them in order with apply() (incremental; reset() starts over at time 0). Widget-free,
 *  so the canvas, the CLI and tests read the same states.
 *
 *  Rules, kept simple and deterministic: each side's IKE SAs (by state) and ACTIVE IPsec SAs are
 *  counted from SaStateTrace records. Any ACTIVE IPsec SA makes the tunnel IpsecUp, else a
 *  QM_IDLE IKE SA IkeUp. Otherwise an ike.* finding about the pair (DiagnosticTrace whose node
 *  and peer are the two sides, or an SA that ended with a diagnostic code as its reason) makes
 *  it Failed (the first such finding: later ones are its consequences) until it comes up again; else any IKE SA makes it Phase1InProgress; else it is
 *  where the last SA's end left it: Expired ("expired"), Deleted (any other end) or Configured. */
class TunnelStates
{
public:
    explicit TunnelStates(QList<ConfiguredTunnel> tunnels = {});

    /** Replaces the tunnels (a changed project) and resets. */
    void setTunnels(QList<ConfiguredTunnel> tunnels);
    /** Every tunnel back to Configured, as at time 0. */
    void reset();
    /** Follows one record; returns the index of the tunnel whose state changed, or -1. */
    int apply(const TraceEvent &event);

    int size() const { return int(m_tunnels.size()); }
    const QList<ConfiguredTunnel> &tunnels() const { return m_tunnels; }
    const ConfiguredTunnel &tunnel(int index) const { return m_tunnels.at(index); }
    const TunnelStatus &status(int index) const { return m_status.at(index); }
    /** The tunnel between these two nodes (either order), or -1. */
    int indexOf(const QString &node, const QString &otherNode) const;
    /** The tunnel whose side `node` talks to `peerAddress`, or -1. */
    int indexFor(const QString &node, const QString &peerAddress) const;

private:
    /** What one side holds right now. */
    struct SideSas
    {
        QStringList ikeStates;   ///< one entry per IKE SA, its current state
        int ipsecActive = 0;     ///< ACTIVE IPsec SAs
        bool isEmpty() const { return ikeStates.isEmpty() && ipsecActive == 0; }
    };
    struct Track
    {
        SideSas sides[2];
        std::optional<model::Diagnostic> failure;  ///< since the tunnel was last up
        TunnelState rest = TunnelState::Configured; ///< where it stands without SAs
        QString restReason;
    };

    int applySa(const SaStateTrace &sa);
    int applyDiagnostic(const DiagnosticTrace &trace);
    int settle(int index, SimTime now);
    TunnelState derivedState(const Track &track) const;

    QList<ConfiguredTunnel> m_tunnels;
    QList<TunnelStatus> m_status;
    QList<Track> m_tracks;
};

} // namespace vtd::sim::analysis
