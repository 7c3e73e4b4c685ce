#include "pix_show_route.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <bit>

namespace vtd::sim::output {

namespace {

constexpr model::Ipv4Address kPlaceholder(127, 0, 0, 1);
constexpr model::Ipv4Address kHostMask(0xffffffffu);

/** The last `ip address` line of each interface name (a later line replaces an earlier one). */
QHash<QString, const model::IpAddressCmd *> effectiveAddresses(const model::PixConfig &config)
{
    QHash<QString, const model::IpAddressCmd *> byName;
    for (const model::IpAddressCmd *c : config.all<model::IpAddressCmd>())
        byName.insert(c->ifName, c);
    return byName;
}

QList<PixRouteLine> connectedLines(const model::PixConfig &config)
{
    const auto addresses = effectiveAddresses(config);
    QList<PixRouteLine> lines;
    QString placeholderOwner;
    int placeholders = 0;
    for (const model::PixInterface &itf : config.interfaces()) {
        const model::IpAddressCmd *ip = itf.name.isEmpty() ? nullptr : addresses.value(itf.name);
        if (!ip)
            continue;
        if (ip->address == kPlaceholder && ip->mask == kHostMask) {
            if (placeholders++ == 0)
                placeholderOwner = itf.name;
            continue;
        }
        const model::Ipv4Address network(ip->address.toUInt() & ip->mask.toUInt());
        lines << PixRouteLine{itf.name, network, ip->mask, ip->address, 1, true};
    }
    if (placeholders % 2 == 1)
        lines << PixRouteLine{placeholderOwner, kPlaceholder, kHostMask, kPlaceholder, 1, true};
    return lines;
}

int maskLength(model::Ipv4Address mask)
{
    return std::popcount(mask.toUInt());
}

} // namespace

QList<PixRouteLine> pixRouteLines(const model::PixConfig &config)
{
    QList<PixRouteLine> lines = connectedLines(config);
    for (const model::RouteCmd *r : config.all<model::RouteCmd>()) {
        const model::Ipv4Address network(r->network.toUInt() & r->mask.toUInt());
        lines << PixRouteLine{r->ifName, network, r->mask, r->gateway, r->metric, false};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const PixRouteLine &a, const PixRouteLine &b) {
        if (a.network != b.network)
            return a.network < b.network;
        if (maskLength(a.mask) != maskLength(b.mask))
            return maskLength(a.mask) < maskLength(b.mask);
        return a.connected && !b.connected;
    });
    return lines;
}

QString renderPixShowRoute(const QList<PixRouteLine> &lines)
{
    QString text;
    for (const PixRouteLine &l : lines) {
        text += QStringLiteral("%1 %2 %3 %4 %5 %6 static\n")
                    .arg(l.ifName, l.network.toString(), l.mask.toString(), l.gateway.toString())
                    .arg(l.metric)
                    .arg(l.connected ? QStringLiteral("CONNECT") : QStringLiteral("OTHER"));
    }
    return text;
}

QString renderPixShowRoute(const model::PixConfig &config)
{
    return renderPixShowRoute(pixRouteLines(config));
}

} // namespace vtd::sim::output
