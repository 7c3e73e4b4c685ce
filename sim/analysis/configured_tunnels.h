#pragma once

#include "model/ipv4.h"

#include <QList>
#include <QString>

namespace vtd::model {
class Project;
}

namespace vtd::sim::analysis {

/** One side of a tunnel: a project node and every address it owns, so that the IKE records of
 *  either side (which name the peer by address) find the tunnel whichever interface spoke. */
struct TunnelEnd
{
    QString node;
    QList<model::Ipv4Address> addresses;

    bool owns(model::Ipv4Address address) const { return addresses.contains(address); }
};

/** A tunnel the project's configuration asks for: a static crypto map peer (PIX or IOS `set
 *  peer`) or a VPN Client's connection entry, between two nodes of the project. `a` is the side
 *  that names the peer (the client for remote access), `b` the peer. */
struct ConfiguredTunnel
{
    TunnelEnd a;
    TunnelEnd b;
    model::Ipv4Address peerAddress; ///< the address `a` configures for `b`
    bool remoteAccess = false;      ///< a VPN Client to its gateway
    QString source;                 ///< "crypto map vpn-intf2 10", "profile Host=193.0.0.1"

    bool joins(const QString &first, const QString &second) const
    {
        return (a.node == first && b.node == second) || (a.node == second && b.node == first);
    }
};

/** The tunnels a project configures, one per pair of nodes, in project order (the node naming
 *  the peer, then its configuration order). Peers whose address no node of the project owns
 *  (an implicit host, a typo) are left out: there is nothing to draw the tunnel to. */
QList<ConfiguredTunnel> configuredTunnels(const model::Project &project);

} // namespace vtd::sim::analysis
