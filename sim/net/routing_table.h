#pragma once

#include "model/ipv4.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
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

/** lookup()'s answer without copies, for the packet path: pointers into the table's cache,
 *  valid until the table changes or the next lookup. */
struct RouteHit
{
    const Route *route;
    const QString *interface;
    model::Ipv4Address nextHop;
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
    /** lookup() without the copy (see RouteHit); nothing when there is no route. */
    std::optional<RouteHit> find(model::Ipv4Address destination) const;
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

    void forgetLookups() const;
    /** The cache slot of a destination: its own, or the empty one where it would go. */
    std::size_t slotOf(std::uint32_t destination) const;
    /** Evaluates a destination and caches the answer; returns the slot's answer code. */
    std::uint32_t remember(model::Ipv4Address destination) const;
    std::uint32_t shareAnswer(const RouteResult &result) const;
    void storeSlot(std::uint32_t destination, std::uint32_t answer) const;

    std::vector<Route> m_routes;
    QSet<QString> m_downInterfaces;
    bool m_classless = true;

    // lookup()'s answers by destination, as a route cache: the answer depends on nothing but
    // the table, so every change of the table forgets them all. A hub routes thousands of
    // destinations through a handful of routes, so the cache is an open-addressing table of
    // 8-byte slots (one cache line per lookup) naming a few shared answers.
    struct CacheSlot
    {
        std::uint32_t destination;
        std::uint32_t answer;  ///< EmptySlot, NoRoute, or FirstAnswer + index into m_answers
    };
    static constexpr std::uint32_t EmptySlot = 0;
    static constexpr std::uint32_t NoRoute = 1;
    static constexpr std::uint32_t FirstAnswer = 2;
    struct Answer
    {
        RouteResult result;
        bool nextHopIsDestination;  ///< a connected route: the next hop is whatever was asked
    };
    mutable std::vector<CacheSlot> m_slots;  // size a power of two, or empty
    mutable std::size_t m_slotsUsed = 0;
    mutable std::vector<Answer> m_answers;
};

QString routeVerdictName(RouteExplanation::Verdict verdict);

} // namespace vtd::sim::net
