#include "ios_show_ip_route.h"

#include <QStringList>

#include <algorithm>

namespace vtd::sim::output {

namespace {

using model::Ipv4Address;

/** Class A/B/C network length of an address (D/E count as /32: never grouped). */
int classfulLength(Ipv4Address a)
{
    const std::uint32_t top = a.toUInt() >> 24;
    return top < 128 ? 8 : top < 192 ? 16 : top < 224 ? 24 : 32;
}

Ipv4Address networkOf(Ipv4Address a, int length)
{
    return Ipv4Address(a.toUInt() & model::lengthToMask(length).toUInt());
}

bool lessRoute(const IosRouteLine &a, const IosRouteLine &b)
{
    if (a.network != b.network)
        return a.network < b.network;
    if (a.length != b.length)
        return a.length < b.length;
    return a.connected && !b.connected;
}

QString legend()
{
    return QStringLiteral(
        "Codes: C - connected, S - static, I - IGRP, R - RIP, M - mobile, B - BGP\n"
        "       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area \n"
        "       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2\n"
        "       E1 - OSPF external type 1, E2 - OSPF external type 2, E - EGP\n"
        "       i - IS-IS, L1 - IS-IS level-1, L2 - IS-IS level-2, ia - IS-IS inter area\n"
        "       * - candidate default, U - per-user static route, o - ODR\n"
        "       P - periodic downloaded static route\n");
}

QString gatewayLine(const QList<IosRouteLine> &routes)
{
    for (const IosRouteLine &r : routes) {
        if (r.length == 0 && !r.connected) {
            const QString gw = r.nextHop ? r.nextHop->toString() : QStringLiteral("0.0.0.0");
            return QStringLiteral("Gateway of last resort is %1 to network 0.0.0.0\n").arg(gw);
        }
    }
    return QStringLiteral("Gateway of last resort is not set\n");
}

/** "C       10.48.66.0 is directly connected, Ethernet5/0" / "S*   0.0.0.0/0 [1/0] via 193.0.0.1". */
QString routeLine(const IosRouteLine &r, bool child, bool showLength)
{
    QString code = r.connected ? QStringLiteral("C") : QStringLiteral("S");
    if (!r.connected && r.length == 0)
        code += u'*';
    QString text = code.leftJustified(child ? 8 : 5, u' ') + r.network.toString();
    if (showLength)
        text += u'/' + QString::number(r.length);
    if (r.connected || !r.nextHop)
        return text + QStringLiteral(" is directly connected, ") + r.interface + u'\n';
    text += QStringLiteral(" [%1/0] via %2").arg(r.distance).arg(r.nextHop->toString());
    if (!r.interface.isEmpty())
        text += QStringLiteral(", ") + r.interface;
    return text + u'\n';
}

/** The routes of one major network that are subnets of it (length >= the major's). */
QString groupText(const QList<IosRouteLine> &group, Ipv4Address major, int majorLength)
{
    if (group.size() == 1 && group.front().length == majorLength)
        return routeLine(group.front(), false, true);
    QList<int> masks;
    for (const IosRouteLine &r : group) {
        if (!masks.contains(r.length))
            masks << r.length;
    }
    QString text;
    if (masks.size() == 1) {
        text = QStringLiteral("     %1/%2 is subnetted, %3 subnets\n").arg(major.toString()).arg(masks.front()).arg(group.size());
    } else {
        text = QStringLiteral("     %1/%2 is variably subnetted, %3 subnets, %4 masks\n")
                   .arg(major.toString()).arg(majorLength).arg(group.size()).arg(masks.size());
    }
    for (const IosRouteLine &r : group)
        text += routeLine(r, true, masks.size() > 1);
    return text;
}

} // namespace

QList<IosRouteLine> iosRouteLines(const model::IosConfig &config, const QSet<QString> &downInterfaces)
{
    QList<IosRouteLine> routes;
    QSet<QString> up;
    for (const model::IosInterface *itf : config.interfaces()) {
        if (itf->isShutdown() || downInterfaces.contains(itf->name))
            continue;
        up.insert(itf->name);
        QList<model::IosIpAddress> addresses = itf->secondaryAddresses();
        if (const auto primary = itf->primaryAddress())
            addresses.prepend(*primary);
        for (const model::IosIpAddress &a : addresses) {
            const int length = model::maskToLength(a.mask).value_or(32);
            routes << IosRouteLine{networkOf(a.address, length), length, true, itf->name, std::nullopt, 0};
        }
    }
    for (const model::IosIpRoute &r : config.routes()) {
        if (!r.interface.isEmpty() && !up.contains(r.interface))
            continue;
        const int length = model::maskToLength(r.mask).value_or(32);
        routes << IosRouteLine{networkOf(r.prefix, length), length, false, r.interface, r.nextHop,
                               r.distance.value_or(1)};
    }
    std::stable_sort(routes.begin(), routes.end(), lessRoute);
    return routes;
}

QString renderIosShowIpRoute(const QList<IosRouteLine> &routes)
{
    QString text = legend() + u'\n' + gatewayLine(routes) + u'\n';
    for (int i = 0; i < routes.size();) {
        const IosRouteLine &r = routes.at(i);
        const int majorLength = classfulLength(r.network);
        if (r.length < majorLength) {   // supernet or default: not grouped
            text += routeLine(r, false, true);
            ++i;
            continue;
        }
        const Ipv4Address major = networkOf(r.network, majorLength);
        QList<IosRouteLine> group;
        for (; i < routes.size() && routes.at(i).length >= majorLength
               && networkOf(routes.at(i).network, majorLength) == major; ++i)
            group << routes.at(i);
        text += groupText(group, major, majorLength);
    }
    return text;
}

QString renderIosShowIpRoute(const model::IosConfig &config, const QSet<QString> &downInterfaces)
{
    return renderIosShowIpRoute(iosRouteLines(config, downInterfaces));
}

} // namespace vtd::sim::output
