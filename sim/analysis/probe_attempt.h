#pragma once

#include "trace_endpoints.h"
#include "trace_probe.h"

#include "sim/engine/sim_time.h"
#include "sim/engine/trace_event.h"

#include "model/diagnostic.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace vtd::sim::devices {
class SimNetwork;
}

namespace vtd::sim::analysis {

/** One probe sent through the running network and followed in the simulator's trace: its
 *  hops, the decisions taken on it (and on the datagrams NAT or the IPsec layer made of it,
 *  recognised by the probe's payload) and how it ended. The probe is sent on construction
 *  and the simulation runs 4 s, so IKE, when triggered, has time to finish. */
class ProbeAttempt
{
public:
    enum class Outcome { Delivered, Dropped, Held };

    ProbeAttempt(devices::SimNetwork &network, const TraceEndpoint &source, const TraceEndpoint &destination,
                 const ProbeSpec &spec, int number);

    Outcome outcome() const { return m_outcome; }
    SimTime sentAt() const { return m_sentAt; }
    const std::optional<DropTrace> &drop() const { return m_drop; }

    /** "probe N, sent at T ms:" and one line per hop or decision (route candidates indented). */
    QStringList lines() const { return m_lines; }
    /** "result: delivered to ...", "result: dropped at NODE INTERFACE by STAGE: MESSAGE [code]". */
    QString conclusion() const;
    /** The drop (or the hold) as a diagnostic for stderr. */
    model::Diagnostic asDiagnostic() const;

private:
    /** The trace ids of the probe and of every datagram that carried its payload. */
    static std::vector<std::uint64_t> probeIds(const std::vector<TraceEvent> &events, const QByteArray &marker);
    /** The events about the probe, in order (see the .cpp for how they are recognised). */
    static std::vector<const TraceEvent *> select(const std::vector<TraceEvent> &events, const QByteArray &marker);
    void describe(const std::vector<TraceEvent> &events, const QByteArray &marker);
    QStringList routeCandidates(const QString &node, const QByteArray &lastBytes) const;

    devices::SimNetwork &m_network;
    TraceEndpoint m_destination;
    int m_number;
    SimTime m_sentAt;
    std::optional<SimTime> m_deliveredAt;
    Outcome m_outcome = Outcome::Held;
    std::optional<DropTrace> m_drop;
    QStringList m_lines;
};

} // namespace vtd::sim::analysis
