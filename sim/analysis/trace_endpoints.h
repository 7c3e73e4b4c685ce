#pragma once

#include "model/diagnostic.h"
#include "model/ids.h"
#include "model/ipv4.h"

#include <QString>

#include <optional>

namespace vtd::model {
class Project;
}

namespace vtd::sim::devices {
class SimNetwork;
class SimNode;
} // namespace vtd::sim::devices

namespace vtd::sim::analysis {

/** A trace endpoint as the network runs it. */
struct TraceEndpoint
{
    devices::SimNode *node = nullptr;  ///< sends or receives the probe
    model::Ipv4Address address;        ///< the probe's source or destination address
    model::NodeId anchor;              ///< project node the topology check starts/ends at
    QString label;                     ///< "snow-lan-host (10.0.0.2)"
};

/** Resolves SRC or DST like the scenario language: a node name (its first address), an
 *  address a node owns (a device then originates with it, as `ping ... source`), or an
 *  address in a device's connected subnet (an implicit host there, anchored at that device).
 *  A diagnostic `trace.unknown-endpoint` otherwise. */
std::optional<TraceEndpoint> resolveTraceEndpoint(const model::Project &project, devices::SimNetwork &network,
                                                  const QString &text, model::Diagnostics &diagnostics);

} // namespace vtd::sim::analysis
