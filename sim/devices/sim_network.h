#pragma once

#include "sim_node.h"

#include "sim/net/channel.h"

#include "model/diagnostic.h"
#include "model/ids.h"
#include "model/ipv4.h"

#include <QMap>
#include <QString>

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
 *  PIX: each hardware interface, named by its nameif (hardware name when unnamed), with its
 *  `ip address` (the 127.0.0.1/32 placeholder carries nothing) and `interface ... shutdown`;
 *  connected routes plus `route IF NET MASK GW METRIC`. IOS: interface blocks, ` shutdown`,
 *  ` no ip address`, `ip route`, `no ip classless`. Hosts and VPN Client PCs: one interface
 *  with their settings, a connected route and a default route via their gateway. The PIX runs
 *  as a plain router here: its NAT/ACL pipeline and the crypto maps plug in later through
 *  SimNode's ingress/egress stages. */
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
};

} // namespace vtd::sim::devices
