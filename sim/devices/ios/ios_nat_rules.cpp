#include "ios_nat_rules.h"

#include "generators/ios122/ios122_print.h"

#include <algorithm>

namespace vtd::sim::devices::ios {

IosNatRules::IosNatRules(const model::IosConfig &config)
    : m_rules(config.natInsideSources()), m_statics(gen::ios122::natStatics(config))
{
    for (const model::IosInterface *interface : config.interfaces()) {
        if (const auto side = interface->natSide())
            m_sides.insert(interface->name, *side);
    }
    for (const model::IosRouteMap *map : config.all<model::IosRouteMap>())
        m_routeMaps << *map;
    std::ranges::stable_sort(m_routeMaps, [](const model::IosRouteMap &a, const model::IosRouteMap &b) {
        return a.name == b.name ? a.seq < b.seq : a.name < b.name;
    });
}

std::optional<IosNatRules::Side> IosNatRules::side(const QString &ifName) const
{
    const auto found = m_sides.constFind(ifName);
    if (found == m_sides.constEnd())
        return std::nullopt;
    return *found;
}

IosNatRules::Choice IosNatRules::choose(IosAccessLists &lists, model::Ipv4Address src, model::Ipv4Address dst,
                                        const IosFlow &flow) const
{
    Choice choice;
    for (const model::IosNatInsideSource &rule : m_rules) {
        if (rule.match == model::IosNatInsideSource::Match::RouteMap) {
            if (routeMapPermits(lists, rule.matchName, src, dst, flow, choice.reason).value_or(false)) {
                choice.rule = &rule;
                return choice;
            }
            continue;
        }
        const auto result = lists.evaluate(rule.matchName, src, dst, flow);
        choice.reason = result ? result->text
                               : QStringLiteral("access list %1 is not defined").arg(rule.matchName);
        if (result && result->permitted) {
            choice.rule = &rule;
            return choice;
        }
    }
    return choice;
}

// IOS: entries by sequence number; an entry without `match ip address` matches everything; the
// lists of one (or several) match clauses are alternatives; the first matching entry decides.
std::optional<bool> IosNatRules::routeMapPermits(IosAccessLists &lists, const QString &name,
                                                 model::Ipv4Address src, model::Ipv4Address dst,
                                                 const IosFlow &flow, QString &reason) const
{
    reason = QStringLiteral("route-map %1 matches nothing").arg(name);
    for (const model::IosRouteMap &map : m_routeMaps) {
        if (map.name != name)
            continue;
        const QString head = QStringLiteral("route-map %1 %2 %3")
                                 .arg(name, map.action == model::AclAction::Permit ? QStringLiteral("permit")
                                                                                   : QStringLiteral("deny"))
                                 .arg(map.seq);
        const QStringList acls = map.matchedAcls();
        bool matched = acls.isEmpty();
        QString why = matched ? QStringLiteral("no match clause") : QString();
        for (const QString &acl : acls) {
            const auto result = lists.evaluate(acl, src, dst, flow);
            why = result ? result->text : QStringLiteral("access list %1 is not defined").arg(acl);
            if (result && result->permitted) {
                matched = true;
                break;
            }
        }
        reason = head + QStringLiteral(": ") + why;
        if (matched)
            return map.action == model::AclAction::Permit;
    }
    return std::nullopt;
}

QString IosNatRules::ruleText(const model::IosNatInsideSource &rule)
{
    const QStringList lines = gen::ios122::statementLines(model::IosStatement(rule), {});
    return lines.value(0);
}

} // namespace vtd::sim::devices::ios
