#pragma once

// PIX 6.2 `show route`: "{if} {network} {mask} {gateway} {metric} {OTHER|CONNECT} static".

#include "model/config/pix_config.h"

#include <QList>
#include <QString>

namespace vtd::sim::output {

/** One line of `show route`. */
struct PixRouteLine
{
    QString ifName;
    model::Ipv4Address network;
    model::Ipv4Address mask;
    model::Ipv4Address gateway;   ///< the interface's own address for a connected route
    int metric = 1;
    bool connected = false;       ///< CONNECT (interface network) or OTHER (route command)
    friend bool operator==(const PixRouteLine &, const PixRouteLine &) = default;
};

/** The routes a PIX lists for its configuration, in the order it prints them.
 *
 *  Connected routes come from each named interface's address (network form, gateway = the
 *  address, metric 1), listed whatever the interface's admin state: the seed lists
 *  `intf3 127.0.0.1 ...` for an interface that is shut down. Static routes come from the
 *  `route` lines. Lines are sorted by network address, then mask length, then connected
 *  before static, then interface/configuration order (stable) [seed: both samples ascend].
 *
 *  The 127.0.0.1/32 placeholder rule (the only rule found that reproduces both seed samples;
 *  a fit to two samples, not documented Cisco behaviour): all placeholder interfaces share
 *  ONE host route, owned by the first of them in hardware order; every further interface
 *  given the same placeholder toggles it, so the route is listed iff the number of
 *  placeholder interfaces is odd. snow: intf3..5 (3) -> `intf3 127.0.0.1 ...` listed; rain:
 *  intf2..5 (4) -> none. See sim/output/README.md. */
QList<PixRouteLine> pixRouteLines(const model::PixConfig &config);

/** The lines as the device prints them, each "\n"-terminated. */
QString renderPixShowRoute(const QList<PixRouteLine> &lines);
QString renderPixShowRoute(const model::PixConfig &config);

} // namespace vtd::sim::output
