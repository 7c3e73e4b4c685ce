#pragma once

#include "model/ipv4.h"

#include <QString>

namespace vtd::sim::bench {

/** The address plan of the generated hub-and-spoke network, in one place so that the
 *  configurations, the hosts and the benchmark's pings agree (spoke and client indexes
 *  start at 0; at most 65,000 of each). */
struct BenchAddressPlan
{
    static model::Ipv4Address hubOutside() { return model::Ipv4Address(100, 64, 0, 1); }
    static model::Ipv4Address internetMask() { return model::Ipv4Address(255, 192, 0, 0); }
    static model::Ipv4Address hubLanHost() { return model::Ipv4Address(172, 16, 0, 2); }
    static model::Ipv4Address spokeOutside(int spoke);
    static model::Ipv4Address spokeLanNetwork(int spoke);
    static model::Ipv4Address clientAddress(int client);
};

/** The hub PIX (6.2 dialect): a static crypto map entry and a pre-shared key per spoke, a
 *  dynamic map and a vpngroup with an address pool for `clients` VPN Clients, as the seed's
 *  snow has them. */
QString hubPixConfig(int spokes, int clients);

/** Spoke PIX number `spoke`: one crypto map entry towards the hub for its LAN. */
QString spokePixConfig(int spoke);

/** The .pcf profile of every VPN Client: group authentication against the hub. */
QString clientProfile();

} // namespace vtd::sim::bench
