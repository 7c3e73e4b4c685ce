#pragma once

#include "ios_access_lists.h"
#include "ios_flow.h"

#include "generators/ios122/ios122_nat_static.h"
#include "model/config/ios_config.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vtd::sim::devices::ios {

/** What an IOS router's configuration says about NAT: which interfaces are `ip nat inside` /
 *  `ip nat outside`, the `ip nat inside source list|route-map` rules in order, the static
 *  translations, and the route maps they use; and which rule, if any, applies to a packet. */
class IosNatRules
{
public:
    using Side = model::IosIpNat::Side;

    /** Which rule a packet goes by, and why (for the trace). */
    struct Choice
    {
        const model::IosNatInsideSource *rule = nullptr; ///< nullptr: no rule translates it
        QString reason;     ///< the ACL or route-map line that decided (last one looked at)
    };

    explicit IosNatRules(const model::IosConfig &config);

    /** True when the configuration translates anything (there is something to install). */
    bool isEmpty() const { return m_sides.isEmpty(); }
    std::optional<Side> side(const QString &ifName) const;
    const QList<model::IosNatInsideSource> &dynamicRules() const { return m_rules; }
    const QList<gen::ios122::IosNatStatic> &statics() const { return m_statics; }

    /** The first dynamic rule whose list permits (or whose route map permits) the packet;
     *  every list looked at counts the match. */
    Choice choose(IosAccessLists &lists, model::Ipv4Address src, model::Ipv4Address dst,
                  const IosFlow &flow) const;
    /** The rule as written in the configuration. */
    static QString ruleText(const model::IosNatInsideSource &rule);

private:
    /** A route map's verdict: permit (translate) / deny (exempt), or no entry matched. */
    std::optional<bool> routeMapPermits(IosAccessLists &lists, const QString &name, model::Ipv4Address src,
                                        model::Ipv4Address dst, const IosFlow &flow, QString &reason) const;

    QHash<QString, Side> m_sides;
    QList<model::IosNatInsideSource> m_rules;
    QList<gen::ios122::IosNatStatic> m_statics;
    QList<model::IosRouteMap> m_routeMaps; ///< by name, then sequence number
};

} // namespace vtd::sim::devices::ios
