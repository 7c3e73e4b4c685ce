#include "tunnel_states.h"

namespace vtd::sim::analysis {

namespace {

const QString kEstablished = QStringLiteral("QM_IDLE");
const QString kExpired = QStringLiteral("expired");

/** An SA end reason that is a diagnostic code ("ike.psk-mismatch") rather than a plain word. */
bool isFailureCode(const QString &reason)
{
    return reason.startsWith(u"ike.") || reason.startsWith(u"ipsec.");
}

} // namespace

QString tunnelStateId(TunnelState state)
{
    switch (state) {
    case TunnelState::Configured: return QStringLiteral("configured");
    case TunnelState::Phase1InProgress: return QStringLiteral("phase1");
    case TunnelState::IkeUp: return QStringLiteral("ike-up");
    case TunnelState::IpsecUp: return QStringLiteral("ipsec-up");
    case TunnelState::Failed: return QStringLiteral("failed");
    case TunnelState::Expired: return QStringLiteral("expired");
    case TunnelState::Deleted: return QStringLiteral("deleted");
    }
    return {};
}

TunnelStates::TunnelStates(QList<ConfiguredTunnel> tunnels)
{
    setTunnels(std::move(tunnels));
}

void TunnelStates::setTunnels(QList<ConfiguredTunnel> tunnels)
{
    m_tunnels = std::move(tunnels);
    reset();
}

void TunnelStates::reset()
{
    m_status = QList<TunnelStatus>(m_tunnels.size());
    m_tracks = QList<Track>(m_tunnels.size());
}

int TunnelStates::indexOf(const QString &node, const QString &otherNode) const
{
    for (int i = 0; i < m_tunnels.size(); ++i) {
        if (m_tunnels[i].joins(node, otherNode))
            return i;
    }
    return -1;
}

int TunnelStates::indexFor(const QString &node, const QString &peerAddress) const
{
    const auto peer = model::Ipv4Address::parse(peerAddress);
    if (!peer)
        return -1;
    for (int i = 0; i < m_tunnels.size(); ++i) {
        const ConfiguredTunnel &t = m_tunnels[i];
        if ((t.a.node == node && t.b.owns(*peer)) || (t.b.node == node && t.a.owns(*peer)))
            return i;
    }
    return -1;
}

int TunnelStates::apply(const TraceEvent &event)
{
    if (const auto *sa = std::get_if<SaStateTrace>(&event))
        return applySa(*sa);
    if (const auto *diagnostic = std::get_if<DiagnosticTrace>(&event))
        return applyDiagnostic(*diagnostic);
    return -1;
}

int TunnelStates::applySa(const SaStateTrace &sa)
{
    const int index = indexFor(sa.node, sa.peer);
    if (index < 0)
        return -1;
    Track &track = m_tracks[index];
    SideSas &side = track.sides[m_tunnels[index].a.node == sa.node ? 0 : 1];
    if (sa.protocol == u"ipsec") {
        if (sa.from.isEmpty() && !sa.to.isEmpty())
            ++side.ipsecActive;
        else if (!sa.from.isEmpty() && sa.to.isEmpty())
            side.ipsecActive = std::max(0, side.ipsecActive - 1);
    } else if (sa.protocol == u"ike") {
        if (sa.from.isEmpty() && !sa.to.isEmpty())
            side.ikeStates << sa.to;
        else if (const qsizetype at = side.ikeStates.indexOf(sa.from); at >= 0 && sa.to.isEmpty())
            side.ikeStates.removeAt(at);
        else if (at >= 0)
            side.ikeStates[at] = sa.to;
    } else {
        return -1;
    }
    if (sa.to.isEmpty() && track.sides[0].isEmpty() && track.sides[1].isEmpty()) {
        // The last SA of the pair ended: remember how, for when nothing replaces it.
        if (isFailureCode(sa.reason)) {
            model::Diagnostic finding;
            finding.code = sa.reason;
            finding.node = sa.node;
            finding.peer = sa.peer;
            if (!track.failure)
                track.failure = finding;
        } else if (sa.reason != u"replaced by rekey") {
            track.rest = sa.reason == kExpired ? TunnelState::Expired : TunnelState::Deleted;
            track.restReason = sa.reason;
        }
    }
    return settle(index, sa.time);
}

int TunnelStates::applyDiagnostic(const DiagnosticTrace &trace)
{
    const model::Diagnostic &d = trace.diagnostic;
    if (!d.code.startsWith(u"ike."))
        return -1;
    const int index = indexFor(d.node, d.peer);
    if (index < 0)
        return -1;
    // The first finding is the cause; later ones (the peer not responding after a misrouted
    // reply) are its consequences.
    if (!m_tracks[index].failure)
        m_tracks[index].failure = d;
    return settle(index, trace.time);
}

TunnelState TunnelStates::derivedState(const Track &track) const
{
    bool ikeUp = false;
    bool ikeAny = false;
    for (const SideSas &side : track.sides) {
        if (side.ipsecActive > 0)
            return TunnelState::IpsecUp;
        ikeUp = ikeUp || side.ikeStates.contains(kEstablished);
        ikeAny = ikeAny || !side.ikeStates.isEmpty();
    }
    if (ikeUp)
        return TunnelState::IkeUp;
    if (track.failure)
        return TunnelState::Failed;
    return ikeAny ? TunnelState::Phase1InProgress : track.rest;
}

int TunnelStates::settle(int index, SimTime now)
{
    Track &track = m_tracks[index];
    const TunnelState state = derivedState(track);
    if (state == TunnelState::IkeUp || state == TunnelState::IpsecUp) {
        // Up again: earlier failures and ends no longer explain anything.
        track.failure.reset();
        track.rest = TunnelState::Configured;
        track.restReason.clear();
    }
    TunnelStatus &status = m_status[index];
    const std::optional<model::Diagnostic> failure =
        state == TunnelState::Failed ? track.failure : std::nullopt;
    const QString endReason =
        (state == TunnelState::Expired || state == TunnelState::Deleted) ? track.restReason : QString();
    if (status.state == state && status.failure == failure && status.endReason == endReason)
        return -1;
    if (status.state != state)
        status.since = now;
    status.state = state;
    status.failure = failure;
    status.endReason = endReason;
    return index;
}

} // namespace vtd::sim::analysis
