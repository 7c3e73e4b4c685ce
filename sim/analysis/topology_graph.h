#pragma once

#include "model/ids.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace vtd::model {
class Project;
}

namespace vtd::sim::analysis {

/** Which devices and segments the project's links join, as a Boost.Graph, so that `vpnsim
 *  trace` can say "no physical path" before simulating and show the chain of boxes a packet
 *  can only follow. Vertices are the project's nodes (LAN segments included); edges its links
 *  whose two ends exist. Configuration, interface state and routing play no part here. */
class TopologyGraph
{
public:
    explicit TopologyGraph(const model::Project &project);
    ~TopologyGraph();
    TopologyGraph(const TopologyGraph &) = delete;
    TopologyGraph &operator=(const TopologyGraph &) = delete;

    /** Whether some chain of links joins the two nodes. */
    bool connected(model::NodeId a, model::NodeId b) const;
    /** Node names along a shortest chain of links from `from` to `to` (both included);
     *  nullopt when none exists. */
    std::optional<QStringList> shortestPath(model::NodeId from, model::NodeId to) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace vtd::sim::analysis
