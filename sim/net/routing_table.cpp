#include "routing_table.h"

#include <algorithm>
#include <utility>

namespace vtd::sim::net {

namespace {

using model::Ipv4Address;
using model::Ipv4Prefix;
using Verdict = RouteExplanation::Verdict;

constexpr std::size_t MaxRecursion = 8;
constexpr std::size_t MaxRememberedLookups = 1 << 16;

// RFC 791 classes: A 0.0.0.0/1 -> /8, B 128.0.0.0/2 -> /16, C 192.0.0.0/3 -> /24.
int classfulLength(Ipv4Address a)
{
    const std::uint32_t v = a.toUInt();
    if ((v >> 31) == 0)
        return 8;
    if ((v >> 30) == 2)
        return 16;
    if ((v >> 29) == 6)
        return 24;
    return 0;
}

// True when `a` is the better route for the same destination (both usable).
bool better(const Route &a, std::size_t ia, const Route &b, std::size_t ib)
{
    if (a.prefix.length() != b.prefix.length())
        return a.prefix.length() > b.prefix.length();
    if (a.distance != b.distance)
        return a.distance < b.distance;
    if (a.metric != b.metric)
        return a.metric < b.metric;
    return ia < ib;
}

Verdict loserVerdict(const Route &loser, const Route &winner)
{
    if (loser.prefix.length() != winner.prefix.length())
        return Verdict::ShorterPrefix;
    if (loser.distance != winner.distance)
        return Verdict::HigherDistance;
    if (loser.metric != winner.metric)
        return Verdict::HigherMetric;
    return Verdict::LaterEntry;
}

} // namespace

QString Route::toString() const
{
    const QString code = origin == RouteOrigin::Connected ? QStringLiteral("C") : QStringLiteral("S");
    QString text = QStringLiteral("%1 %2").arg(code, prefix.toString());
    if (origin == RouteOrigin::Static)
        text += QStringLiteral(" via %1").arg(gateway.toString());
    if (!interface.isEmpty())
        text += QLatin1Char(' ') + interface;
    return text + QStringLiteral(" [%1/%2]").arg(distance).arg(metric);
}

QString routeVerdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Selected: return QStringLiteral("selected");
    case Verdict::ShorterPrefix: return QStringLiteral("shorter prefix");
    case Verdict::HigherDistance: return QStringLiteral("higher distance");
    case Verdict::HigherMetric: return QStringLiteral("higher metric");
    case Verdict::LaterEntry: return QStringLiteral("equal, later entry");
    case Verdict::InterfaceDown: return QStringLiteral("interface down");
    case Verdict::GatewayUnresolved: return QStringLiteral("gateway unresolved");
    case Verdict::ClassfulSkipped: return QStringLiteral("no ip classless: known major network");
    }
    return {};
}

QStringList RouteExplanation::lines() const
{
    QStringList out;
    for (const Candidate &c : candidates)
        out << QStringLiteral("%1: %2").arg(c.route.toString(), routeVerdictName(c.verdict));
    if (result)
        out << QStringLiteral("%1 via %2 next hop %3")
                   .arg(destination.toString(), result->interface, result->nextHop.toString());
    else
        out << QStringLiteral("no route to %1").arg(destination.toString());
    return out;
}

bool RoutingTable::addConnected(const QString &interface, const Ipv4Prefix &address, int metric)
{
    const Route route{address.canonical(), Ipv4Address(), interface, 0, metric, RouteOrigin::Connected};
    if (std::find(m_routes.begin(), m_routes.end(), route) != m_routes.end())
        return false;
    m_routes.push_back(route);
    forgetLookups();
    return true;
}

bool RoutingTable::addStatic(const Ipv4Prefix &prefix, Ipv4Address gateway, const QString &interface,
                             int metric, int distance)
{
    const Route route{prefix.canonical(), gateway, interface, distance, metric, RouteOrigin::Static};
    if (std::find(m_routes.begin(), m_routes.end(), route) != m_routes.end())
        return false;
    m_routes.push_back(route);
    forgetLookups();
    return true;
}

bool RoutingTable::remove(const Route &route)
{
    Route canonical = route;
    canonical.prefix = route.prefix.canonical();
    const auto it = std::find(m_routes.begin(), m_routes.end(), canonical);
    if (it == m_routes.end())
        return false;
    m_routes.erase(it);
    forgetLookups();
    return true;
}

void RoutingTable::removeConnected(const QString &interface)
{
    std::erase_if(m_routes, [&](const Route &r) {
        return r.origin == RouteOrigin::Connected && r.interface == interface;
    });
    forgetLookups();
}

void RoutingTable::clear()
{
    m_routes.clear();
    forgetLookups();
}

void RoutingTable::setClassless(bool classless)
{
    m_classless = classless;
    forgetLookups();
}

std::vector<Route> RoutingTable::sortedRoutes() const
{
    std::vector<Route> sorted = m_routes;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Route &a, const Route &b) {
        if (a.prefix.network() != b.prefix.network())
            return a.prefix.network() < b.prefix.network();
        return a.prefix.length() < b.prefix.length();
    });
    return sorted;
}

void RoutingTable::setInterfaceUp(const QString &interface, bool up)
{
    if (isInterfaceUp(interface) == up)
        return;  // devices refresh the states before every lookup: keep the answers then
    if (up)
        m_downInterfaces.remove(interface);
    else
        m_downInterfaces.insert(interface);
    forgetLookups();
}

std::optional<RouteResult> RoutingTable::lookup(Ipv4Address destination) const
{
    if (const std::optional<RouteHit> hit = find(destination))
        return RouteResult{*hit->route, *hit->interface, hit->nextHop};
    return std::nullopt;
}

std::optional<RouteHit> RoutingTable::find(Ipv4Address destination) const
{
    std::uint32_t answer = EmptySlot;
    if (!m_slots.empty())
        answer = m_slots[slotOf(destination.toUInt())].answer;
    if (answer == EmptySlot)
        answer = remember(destination);
    if (answer == NoRoute)
        return std::nullopt;
    const Answer &known = m_answers[answer - FirstAnswer];
    return RouteHit{&known.result.route, &known.result.interface,
                    known.nextHopIsDestination ? destination : known.result.nextHop};
}

std::size_t RoutingTable::slotOf(std::uint32_t destination) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::uint32_t spread = destination * 0x9e3779b1u;  // neighbouring addresses far apart
    std::size_t slot = (spread ^ (spread >> 15)) & mask;
    while (m_slots[slot].answer != EmptySlot && m_slots[slot].destination != destination)
        slot = (slot + 1) & mask;  // linear probing: the table is at most half full
    return slot;
}

std::uint32_t RoutingTable::remember(Ipv4Address destination) const
{
    Path path;
    const std::optional<RouteResult> result = evaluate(destination, path).result;
    const std::uint32_t answer = result ? shareAnswer(*result) : NoRoute;
    storeSlot(destination.toUInt(), answer);
    return answer;
}

// Destinations routed alike share one answer: a connected route's next hop is whatever was
// asked, so it is left out of the comparison.
std::uint32_t RoutingTable::shareAnswer(const RouteResult &result) const
{
    const bool connected = result.route.origin == RouteOrigin::Connected;
    const auto same = std::find_if(m_answers.begin(), m_answers.end(), [&](const Answer &a) {
        return a.nextHopIsDestination == connected && a.result.route == result.route
            && a.result.interface == result.interface && (connected || a.result.nextHop == result.nextHop);
    });
    const auto index = std::size_t(same - m_answers.begin());
    if (index == m_answers.size())
        m_answers.push_back({result, connected});
    return FirstAnswer + std::uint32_t(index);
}

void RoutingTable::storeSlot(std::uint32_t destination, std::uint32_t answer) const
{
    if (m_slotsUsed >= MaxRememberedLookups) {
        std::fill(m_slots.begin(), m_slots.end(), CacheSlot{0, EmptySlot});
        m_slotsUsed = 0;
    }
    if (2 * (m_slotsUsed + 1) > m_slots.size()) {  // grow, keeping the table at most half full
        std::vector<CacheSlot> old = std::move(m_slots);
        m_slots.assign(std::max<std::size_t>(64, 2 * old.size()), CacheSlot{0, EmptySlot});
        for (const CacheSlot &slot : old) {
            if (slot.answer != EmptySlot)
                m_slots[slotOf(slot.destination)] = slot;
        }
    }
    m_slots[slotOf(destination)] = {destination, answer};
    ++m_slotsUsed;
}

void RoutingTable::forgetLookups() const
{
    m_slots.clear();
    m_slotsUsed = 0;
    m_answers.clear();
}

RouteExplanation RoutingTable::explain(Ipv4Address destination) const
{
    Path path;
    return evaluate(destination, path);
}

bool RoutingTable::isClassfulSkipped(const Route &route, Ipv4Address destination) const
{
    // IOS without `ip classless`: if the major network of the destination is subnetted in the
    // table, only routes inside that major network may carry it (RFC 1812 predates this habit).
    const int major = classfulLength(destination);
    if (m_classless || major == 0 || route.prefix.length() >= major)
        return false;
    const Ipv4Prefix majorNetwork = Ipv4Prefix(destination, major).canonical();
    return std::any_of(m_routes.begin(), m_routes.end(), [&](const Route &r) {
        return r.prefix.length() > major && majorNetwork.contains(r.prefix);
    });
}

std::optional<RouteResult> RoutingTable::resolve(std::size_t index, Ipv4Address destination, Path &path) const
{
    const Route &route = m_routes[index];
    const Ipv4Address nextHop = route.origin == RouteOrigin::Connected ? destination : route.gateway;
    if (!route.interface.isEmpty())
        return RouteResult{route, route.interface, nextHop};
    // Recursive: the gateway's own route gives the interface. A route never resolves through
    // itself or a route already on the path (no loops), and the depth is bounded.
    if (path.size() >= MaxRecursion || std::find(path.begin(), path.end(), index) != path.end())
        return std::nullopt;
    path.push_back(index);
    const std::optional<RouteResult> viaGateway = evaluate(route.gateway, path).result;
    path.pop_back();
    if (!viaGateway)
        return std::nullopt;
    return RouteResult{route, viaGateway->interface, nextHop};
}

RoutingTable::Classified RoutingTable::classify(std::size_t index, Ipv4Address destination, Path &path) const
{
    const Route &route = m_routes[index];
    if (!route.interface.isEmpty() && !isInterfaceUp(route.interface))
        return {Verdict::InterfaceDown, std::nullopt};
    if (isClassfulSkipped(route, destination))
        return {Verdict::ClassfulSkipped, std::nullopt};
    std::optional<RouteResult> result = resolve(index, destination, path);
    if (!result)
        return {Verdict::GatewayUnresolved, std::nullopt};
    return {Verdict::Selected, std::move(result)}; // usable; the final verdict comes later
}

RouteExplanation RoutingTable::evaluate(Ipv4Address destination, Path &path) const
{
    RouteExplanation explanation;
    explanation.destination = destination;
    std::vector<std::size_t> tableIndex;             // candidate -> index in m_routes
    std::vector<std::optional<RouteResult>> results; // candidate -> where it would send
    std::optional<std::size_t> best;                 // candidate index
    for (std::size_t i = 0; i < m_routes.size(); ++i) {
        if (!m_routes[i].prefix.contains(destination))
            continue;
        Classified classified = classify(i, destination, path);
        const bool usable = classified.verdict == Verdict::Selected;
        explanation.candidates.push_back({m_routes[i], classified.verdict});
        tableIndex.push_back(i);
        results.push_back(std::move(classified.result));
        if (usable && (!best || better(m_routes[i], i, m_routes[tableIndex[*best]], tableIndex[*best])))
            best = explanation.candidates.size() - 1;
    }
    if (!best)
        return explanation;
    for (std::size_t c = 0; c < explanation.candidates.size(); ++c) {
        auto &candidate = explanation.candidates[c];
        if (candidate.verdict == Verdict::Selected && c != *best)
            candidate.verdict = loserVerdict(candidate.route, explanation.candidates[*best].route);
    }
    explanation.result = results[*best];
    return explanation;
}

} // namespace vtd::sim::net
