#pragma once

#include "model/project.h"

#include <QStringList>

namespace vtd::sim::bench {

/** How big the benchmark's network is and how much traffic crosses each tunnel. */
struct BenchSize
{
    int spokes = 1000;
    int clients = 1000;
    int pings = 10;
};

/** The generated project and the names the benchmark drives. */
struct HubSpokeProject
{
    model::Project project;
    QStringList spokeHosts;   ///< the LAN host behind each spoke, in spoke order
    QStringList clients;      ///< the VPN Client PCs
};

/** Builds, in memory, the hub-and-spoke network that `vpnsim bench` measures: one hub PIX
 *  with a LAN host, `spokes` spoke PIXes each with a LAN host, and `clients` VPN Client PCs,
 *  all outside interfaces on one Internet segment, so that the benchmark needs no file. */
HubSpokeProject buildHubSpokeProject(const BenchSize &size);

} // namespace vtd::sim::bench
