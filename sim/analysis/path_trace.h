#pragma once

#include "trace_probe.h"

#include "model/diagnostic.h"

#include <QString>
#include <QStringList>

namespace vtd::model {
class Project;
}

namespace vtd::sim::analysis {

/** `vpnsim trace PROJECT SRC DST`: endpoints as the scenario language takes them (a node
 *  name, or an address that a node owns or that lies in a device's connected subnet). */
struct TraceRequest
{
    QString source;
    QString destination;
    ProbeSpec probe;
};

/** How the trace ended, and everything it saw, line by line. */
struct PathTraceResult
{
    enum class Outcome {
        Delivered,  ///< the probe reached the destination
        Dropped,    ///< a device dropped it (drop set), or no physical path exists
        Invalid,    ///< an endpoint is unknown (diagnostics say which)
    };
    Outcome outcome = Outcome::Invalid;
    QStringList lines;               ///< the report, for stdout
    model::Diagnostics diagnostics;  ///< invalid input, or the drop as a diagnostic
};

/** Traces one probe through the project as the simulator runs it: first the topology (is
 *  there a chain of links at all, and which), then the real pipeline of every device on the
 *  way, with a recorder on the simulator's trace: every packet hop, every stage decision
 *  (ACL, NAT, route with the candidates it weighed, crypto map) and the drop, if any, with its
 *  reason. Because it is the simulation itself, the trace cannot disagree with a run.
 *
 *  A probe that a crypto map holds or drops while IKE negotiates (`ipsec.*`, as the first echo
 *  of a ping is lost) is followed by a second probe 5 s later, which decides the outcome;
 *  both are reported. */
PathTraceResult tracePath(const model::Project &project, const TraceRequest &request);

} // namespace vtd::sim::analysis
