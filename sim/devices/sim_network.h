#pragma once

#include "sim_node.h"

#include "sim/net/channel.h"

#include "model/diagnostic.h"
#include "model/ids.h"
#include "model/ipv4.h"
#include "model/project.h"

#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace vtd::model {
class Project;
struct Node;
} // namespace vtd::model

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::devices {

/** The running network of one project: a SimNode per PIX, IOS router, host and VPN Client PC,
 *  a channel per link and per LAN segment, built from the typed configurations so that a
 *  simulation run and the configurations a user edits can never disagree.
 *
 *  PIX and IOS devices are built by pix::buildPixDevice and ios::buildIosDevice from their
 *  typed configurations. Hosts and VPN Client PCs: one interface with their settings, a
 *  connected route and a default route via their gateway. */
class SimNetwork
{
public:
    explicit SimNetwork(Simulator &sim);
    ~SimNetwork();
    SimNetwork(const SimNetwork &) = delete;
    SimNetwork &operator=(const SimNetwork &) = delete;

    /** Builds the nodes and channels of `project` (call once). Configuration parse findings
     *  and links that cannot be wired come back as diagnostics; the rest is still built. */
    model::Diagnostics build(const model::Project &project);

    Simulator &simulator() const { return m_sim; }
    const std::vector<std::unique_ptr<SimNode>> &nodes() const { return m_nodes; }
    SimNode *node(const QString &name) const;
    /** The node that has `address` on one of its interfaces. */
    SimNode *nodeOwning(model::Ipv4Address address) const;

    /** The node behind a scenario endpoint address: its owner, or else an implicit host
     *  ("host-10.0.0.9", gateway = the device's address) attached to the first device
     *  (project order) whose connected subnet contains it. nullptr when neither exists. */
    SimNode *ensureEndpoint(model::Ipv4Address address);

    /** The project node `name` was built from, with the configuration last applied to it
     *  (reconfigure() updates it); nullptr for implicit hosts and unknown names. */
    const model::Node *modelNode(const QString &name) const;
    /** Applies a changed configuration to the running PIX or IOS node `name` (the consoles'
     *  `configure`): routes, pipeline stages and device state are rebuilt from `configText`
     *  while the node keeps its interfaces on their channels; see SimNode::adoptConfiguration
     *  for what survives. Parse findings come back as diagnostics. */
    model::Diagnostics reconfigure(const QString &name, const QString &configText);
    /** Called after each reconfigure() with the node and its new configuration text, so layers
     *  that read the configuration themselves (the IKE daemon's crypto maps) can follow. */
    using ReconfigureListener = std::function<void(SimNode &, const QString &configText)>;
    void addReconfigureListener(ReconfigureListener listener);

private:
    void buildNode(const model::Node &node, model::Diagnostics &diagnostics);
    void buildPix(const model::Node &node, model::Diagnostics &diagnostics);
    void buildIos(const model::Node &node, model::Diagnostics &diagnostics);
    void buildEndSystem(const QString &name, const QString &port, model::Ipv4Prefix address,
                        model::Ipv4Address gateway);
    void wireLinks(const model::Project &project);
    net::SimInterface *portOf(const model::Node &node, const QString &hardware) const;

    Simulator &m_sim;
    std::vector<std::unique_ptr<SimNode>> m_nodes;
    std::vector<std::unique_ptr<net::Channel>> m_channels;
    QMap<model::NodeId, net::Channel *> m_segments;
    QMap<model::NodeId, SimNode *> m_byId;
    QMap<QString, model::Node> m_models; ///< PIX/IOS/host/client nodes by name, as built
    std::vector<ReconfigureListener> m_reconfigureListeners;
};

} // namespace vtd::sim::devices
