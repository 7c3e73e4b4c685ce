#include "path_trace.h"

#include "probe_attempt.h"
#include "topology_graph.h"
#include "trace_endpoints.h"

#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"

#include "model/diagnostic_catalog.h"
#include "model/project.h"

namespace vtd::sim::analysis {

namespace {
constexpr SimTime RetryDelay = SimTime::fromSeconds(5);

model::Diagnostic noPhysicalPath(const TraceEndpoint &source, const TraceEndpoint &destination)
{
    model::Diagnostic diagnostic;
    diagnostic.code = QStringLiteral("trace.no-physical-path");
    diagnostic.params = {{QStringLiteral("source"), source.label}, {QStringLiteral("destination"), destination.label}};
    return diagnostic;
}

/** A first probe lost to IKE negotiation says nothing about the path: try once more. */
bool worthRetrying(const ProbeAttempt &attempt)
{
    if (attempt.outcome() == ProbeAttempt::Outcome::Held)
        return true;
    return attempt.outcome() == ProbeAttempt::Outcome::Dropped && attempt.drop()
           && attempt.drop()->code.startsWith(QLatin1String("ipsec."));
}

void conclude(const ProbeAttempt &attempt, PathTraceResult &result)
{
    result.lines << attempt.conclusion();
    switch (attempt.outcome()) {
    case ProbeAttempt::Outcome::Delivered:
        result.outcome = PathTraceResult::Outcome::Delivered;
        break;
    case ProbeAttempt::Outcome::Dropped:
    case ProbeAttempt::Outcome::Held:
        result.outcome = PathTraceResult::Outcome::Dropped;
        result.diagnostics << attempt.asDiagnostic();
        break;
    }
}
} // namespace

PathTraceResult tracePath(const model::Project &project, const TraceRequest &request)
{
    PathTraceResult result;
    Simulator sim(1);
    devices::SimNetwork network(sim);
    network.build(project);
    const auto source = resolveTraceEndpoint(project, network, request.source, result.diagnostics);
    const auto destination = resolveTraceEndpoint(project, network, request.destination, result.diagnostics);
    if (!source || !destination)
        return result;
    result.lines << QStringLiteral("trace %1 from %2 to %3")
                        .arg(request.probe.describe(), source->label, destination->label);
    const TopologyGraph topology(project);
    const auto path = topology.shortestPath(source->anchor, destination->anchor);
    if (!path) {
        result.outcome = PathTraceResult::Outcome::Dropped;
        result.diagnostics << noPhysicalPath(*source, *destination);
        result.lines << QStringLiteral("topology: no physical path: no chain of links joins them");
        result.lines << QStringLiteral("result: not sent: %1 [trace.no-physical-path]")
                            .arg(model::diagnosticMessage(result.diagnostics.back()));
        return result;
    }
    result.lines << QStringLiteral("topology: ") + path->join(QStringLiteral(" - "));
    ProbeAttempt first(network, *source, *destination, request.probe, 1);
    result.lines << first.lines();
    if (!worthRetrying(first)) {
        conclude(first, result);
        return result;
    }
    result.lines << first.conclusion();
    sim.runUntil(first.sentAt() + RetryDelay);
    ProbeAttempt second(network, *source, *destination, request.probe, 2);
    result.lines << second.lines();
    conclude(second, result);
    return result;
}

} // namespace vtd::sim::analysis
