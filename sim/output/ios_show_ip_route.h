#pragma once

// IOS 12.2 `show ip route` [unverified: no seed sample; layout from the IOS 12.2 command
// reference as recalled]: the codes legend, "Gateway of last resort is ...", then the routes
// grouped by classful major network ("     193.0.0.0/30 is subnetted, 2 subnets").

#include "model/config/ios_config.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace vtd::sim::output {

/** One route of the table as `show ip route` lists it. */
struct IosRouteLine
{
    model::Ipv4Address network;
    int length = 0;
    bool connected = false;                  ///< C; else S
    QString interface;                       ///< connected: the interface; static: optional
    std::optional<model::Ipv4Address> nextHop;  ///< static only
    int distance = 1;                        ///< static only: [distance/0]
    friend bool operator==(const IosRouteLine &, const IosRouteLine &) = default;
};

/** Connected routes of the interfaces that have an address and are up (not shut down and not
 *  in downInterfaces: unlinked ports), static routes from `ip route` whose interface (if
 *  named) is up; in table order (network, then prefix length). */
QList<IosRouteLine> iosRouteLines(const model::IosConfig &config, const QSet<QString> &downInterfaces = {});

QString renderIosShowIpRoute(const QList<IosRouteLine> &routes);
QString renderIosShowIpRoute(const model::IosConfig &config, const QSet<QString> &downInterfaces = {});

} // namespace vtd::sim::output
