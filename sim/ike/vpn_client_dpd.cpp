// The Cisco VPN Client 3.6's own dead peer detection (RFC 3706), on when the .pcf sets
// PeerTimeout and the gateway's Aggressive Mode reply carried the DPD vendor ID. It works on
// demand (RFC 3706 §5.5): the client worries only when it has sent into the tunnel and heard
// nothing from the gateway (no ISAKMP, no ESP) for DpdIdle. It then sends an R-U-THERE, resends
// it every DpdRetry while unanswered, and once PeerTimeout seconds have passed since the gateway
// was last heard the peer is dead: the tunnel is dropped as if the gateway had deleted it and
// the finding ike.client-peer-dead names the gateway. An idle tunnel sends nothing.

#include "vpn_client_daemon.h"

#include "informational_message.h"
#include "isakmp_vendor_ids.h"

#include "sim/engine/simulator.h"
#include "sim/engine/trace_event.h"

namespace vtd::sim::ike {

namespace {
/** Silence after the client's own traffic before it asks (the VPN Client's "worry" time) [infer]. */
constexpr SimTime DpdIdle = SimTime::fromSeconds(10);
/** Interval between unanswered R-U-THEREs [infer]. */
constexpr SimTime DpdRetry = SimTime::fromSeconds(5);
} // namespace

std::optional<int> VpnClientDaemon::peerTimeoutOf(const model::VpnClientProfile &profile)
{
    const auto text = profile.value(QStringLiteral("PeerTimeout"));
    bool ok = false;
    const int seconds = text ? text->trimmed().toInt(&ok) : 0;
    return ok && seconds > 0 ? std::optional<int>(seconds) : std::nullopt;
}

void VpnClientDaemon::noteGatewayVendorIds(const IsakmpMessage &message)
{
    for (const VendorIdPayload *vid : findPayloads<VendorIdPayload>(message.payloads)) {
        if (identifyVendorId(vid->data) == KnownVendorId::DeadPeerDetection)
            m_sa->peerSupportsDpd = true;
    }
}

void VpnClientDaemon::noteHeardFromGateway()
{
    if (m_sa)
        m_sa->lastHeard = m_node.simulator().now();
}

void VpnClientDaemon::noteTunnelTraffic()
{
    if (!m_connected || !m_sa || !m_sa->peerSupportsDpd || !m_peerTimeoutSeconds)
        return;
    m_lastTunnelSend = m_node.simulator().now();
    if (!m_dpdTimer.isValid())
        scheduleDpdCheck(m_lastTunnelSend + DpdIdle);
}

void VpnClientDaemon::scheduleDpdCheck(SimTime at)
{
    m_dpdTimer = m_node.simulator().scheduleAt(at, [this] {
        m_dpdTimer = {};
        dpdCheck();
    });
}

void VpnClientDaemon::dpdCheck()
{
    if (!m_sa || !m_connected || m_sa->lastHeard >= m_lastTunnelSend)
        return;  // the gateway spoke after the client's last datagram
    const SimTime quietSince = m_sa->lastHeard;
    if (m_node.simulator().now() - quietSince < DpdIdle) {
        scheduleDpdCheck(quietSince + DpdIdle);
        return;
    }
    m_sa->dpdUnanswered = 0;
    sendRuThere();
}

void VpnClientDaemon::sendRuThere()
{
    IkeSa &sa = *m_sa;
    sa.dpdSequence = sa.dpdSequence == 0 ? (m_node.simulator().rng().nextU32() >> 1) | 1u : sa.dpdSequence + 1;
    ++sa.dpdUnanswered;
    sendInformational({dpdNotify(sa, NotifyType::RUThere, sa.dpdSequence)});
    m_dpdTimer = m_node.simulator().schedule(DpdRetry, [this] {
        m_dpdTimer = {};
        dpdRetry();
    });
}

void VpnClientDaemon::dpdRetry()
{
    if (!m_sa || m_sa->dpdUnanswered == 0)
        return;
    const SimTime silent = m_node.simulator().now() - m_sa->lastHeard;
    if (silent < DpdRetry) {
        m_sa->dpdUnanswered = 0;  // the gateway spoke (ESP or ISAKMP): it is alive
        return;
    }
    if (silent >= SimTime::fromSeconds(*m_peerTimeoutSeconds))
        declareGatewayDead();
    else
        sendRuThere();
}

void VpnClientDaemon::onRuThereAck(std::uint32_t sequence)
{
    if (!m_sa || sequence != m_sa->dpdSequence || m_sa->dpdUnanswered == 0)
        return;
    m_sa->dpdUnanswered = 0;
    m_node.simulator().cancel(m_dpdTimer);
    m_dpdTimer = {};
}

void VpnClientDaemon::declareGatewayDead()
{
    const int tries = m_sa->dpdUnanswered;
    const int seconds = *m_peerTimeoutSeconds;
    dropTunnel();
    Simulator &sim = m_node.simulator();
    if (!sim.isTracing())
        return;
    model::Diagnostic finding;
    finding.code = QStringLiteral("ike.client-peer-dead");
    finding.severity = model::Severity::Error;
    finding.node = m_node.name();
    finding.peer = m_gateway.toString();
    finding.timeMs = sim.now().toMilliseconds();
    finding.params = {{QStringLiteral("gateway"), m_gateway.toString()},
                      {QStringLiteral("seconds"), QString::number(seconds)},
                      {QStringLiteral("tries"), QString::number(tries)}};
    sim.trace().onDiagnostic(DiagnosticTrace{sim.now(), finding});
}

} // namespace vtd::sim::ike
