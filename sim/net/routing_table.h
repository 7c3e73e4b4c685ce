#pragma once

#include "model/ipv4.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <unordered_map>
#include <vector>

namespace vtd::sim::net {

enum class RouteOrigin { Connected, Static };

/** One entry of a routing table: a connected subnet or a static route. */
struct Route
{
    model::Ipv4Prefix prefix;     ///< always in network form (10.0.0.0/24)
    model::Ipv4Address gateway;   ///< 0.0.0.0 for connected routes
    QString interface;            ///< egress; empty for an IOS route given by next hop only
    int distance = 1;             ///< administrative distance: connected 0, static 1 by default
    int metric = 0;
    RouteOrigin origin = RouteOrigin::Static;

    /** "S 10.0.0.0/8 via 193.0.0.5 outside [1/1]", "C 193.0.0.0/29 intf2 [0/0]". */
    QString toString() const;
    friend bool operator==(const Route &, const Route &) = default;
};

/** Where a lookup sends a packet. */
struct RouteResult
{
    Route route;                  ///< the matching entry
    QString interface;            ///< egress (after recursive resolution when the route has none)
    model::Ipv4Address nextHop;   ///< the gateway, or the destination itself for a connected route
};

/** Why each candidate won or lost, for `vpnsim trace` and the trace's decisions. */
struct RouteExplanation
{
    enum class Verdict { Selected, ShorterPrefix, HigherDistance, HigherMetric, LaterEntry,
                         InterfaceDown, GatewayUnresolved, ClassfulSkipped };
    struct Candidate
    {
        Route route;
        Verdict verdict;
    };

    model::Ipv4Address destination;
    std::vector<Candidate> candidates; ///< every route containing the destination, table order
    std::optional<RouteResult> result;

    /** One line per candidate, then the outcome ("no route to 8.8.8.8"). */
    QStringList lines() const;
};

/** Connected and static routes with longest-prefix-match lookup.
 *
 *  Among the routes whose prefix contains the destination, the longest prefix wins; ties go
 *  to the lower administrative distance, then the lower metric, then the earlier entry (so
 *  the result never depends on anything but the configuration). Routes through an interface
 *  that is down are skipped, as the devices withdraw them. A route without an interface is
 *  resolved recursively through its gateway (IOS `ip route NET MASK GW`); one whose gateway
 *  does not resolve is skipped. A PIX route names its interface and is used as given: a
 *  gateway outside every connected subnet is the device's problem, not the table's.
 *
 *  With classless off (IOS `no ip classless`), a destination in a major network of which
 *  the table knows a subnet may not use a supernet or the default route. */
class RoutingTable
{
public:
    /** Adds the subnet of `address` (e.g. 193.0.0.5/29 -> 193.0.0.0/29) on `interface`. */
    bool addConnected(const QString &interface, const model::Ipv4Prefix &address, int metric = 0);
    bool addStatic(const model::Ipv4Prefix &prefix, model::Ipv4Address gateway,
                   const QString &interface = {}, int metric = 0, int distance = 1);
    /** False when the table holds no such route; the prefix is compared in network form. */
    bool remove(const Route &route);
    /** Removes the connected routes of an interface (address changed or removed). */
    void removeConnected(const QString &interface);
    void clear();

    const std::vector<Route> &routes() const { return m_routes; }
    /** By network address, then prefix length, then table order (`show route` order). */
    std::vector<Route> sortedRoutes() const;

    void setInterfaceUp(const QString &interface, bool up);
    bool isInterfaceUp(const QString &interface) const { return !m_downInterfaces.contains(interface); }

    void setClassless(bool classless);
    bool isClassless() const { return m_classless; }

    std::optional<RouteResult> lookup(model::Ipv4Address destination) const;
    /** lookup() without the copy, for the packet path: null when there is no route. The
     *  answer lives in the table's cache, valid until the table changes or the next lookup. */
    const RouteResult *find(model::Ipv4Address destination) const;
    RouteExplanation explain(model::Ipv4Address destination) const;

private:
    using Path = std::vector<std::size_t>; // routes being resolved, outermost first

    struct Classified
    {
        RouteExplanation::Verdict verdict;
        std::optional<RouteResult> result;
    };

    Classified classify(std::size_t index, model::Ipv4Address destination, Path &path) const;
    RouteExplanation evaluate(model::Ipv4Address destination, Path &path) const;
    std::optional<RouteResult> resolve(std::size_t index, model::Ipv4Address destination, Path &path) const;
    bool isClassfulSkipped(const Route &route, model::Ipv4Address destination) const;

    void forgetLookups() const { m_lookups.clear(); }

    std::vector<Route> m_routes;
    QSet<QString> m_downInterfaces;
    bool m_classless = true;
    // lookup()'s answers by destination, as a route cache: the answer depends on nothing but
    // the table, so every change of the table forgets them all.
    mutable std::unordered_map<std::uint32_t, std::optional<RouteResult>> m_lookups;
};

QString routeVerdictName(RouteExplanation::Verdict verdict);

} // namespace vtd::sim::net
