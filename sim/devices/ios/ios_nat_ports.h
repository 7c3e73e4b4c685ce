#pragma once

#include "ios_flow.h"

#include "model/ipv4.h"

#include <QString>

namespace vtd::sim::devices::ios {

// What NAT calls the "port" of each end of a flow, and how it prints one, shared by the two
// NAT stages so that a row made on the way out is found again on the way back.

/** The port PAT translates at the source end: tcp/udp source port or the echo identifier;
 *  -1 for a flow PAT cannot translate. */
inline int sourcePortOf(const IosFlow &flow)
{
    if (flow.hasPorts())
        return flow.srcPort;
    return flow.echoId ? int(*flow.echoId) : -1;
}

/** The port at the destination end: tcp/udp destination port or the echo identifier. */
inline int destinationPortOf(const IosFlow &flow)
{
    if (flow.hasPorts())
        return flow.dstPortOrType;
    return flow.echoId ? int(*flow.echoId) : -1;
}

/** "10.0.0.5:1024" as `show ip nat translations` writes an end; the address alone for -1. */
inline QString endText(model::Ipv4Address address, int port)
{
    return port < 0 ? address.toString() : address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace vtd::sim::devices::ios
