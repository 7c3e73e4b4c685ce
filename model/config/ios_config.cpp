#include "ios_config.h"

#include <algorithm>

namespace vtd::model {

namespace {

template <class Map> Map &mapNamed(QList<Map> &maps, const QString &name)
{
    for (Map &m : maps) {
        if (m.name == name)
            return m;
    }
    Map created;
    created.name = name;
    maps << created;
    return maps.last();
}

AccessList &listNamed(QList<AccessList> &lists, const QString &name)
{
    return mapNamed(lists, name);
}

} // namespace

QString IosConfig::version() const
{
    const auto found = all<IosVersion>();
    return found.isEmpty() ? QString() : found.first()->version;
}

QString IosConfig::hostname() const
{
    const auto found = all<IosHostname>();
    return found.isEmpty() ? QStringLiteral("Router") : found.last()->name;
}

QList<const IosInterface *> IosConfig::interfaces() const
{
    return all<IosInterface>();
}

const IosInterface *IosConfig::interfaceNamed(const QString &fullName) const
{
    for (const IosInterface *i : all<IosInterface>()) {
        if (i->name.compare(fullName, Qt::CaseInsensitive) == 0)
            return i;
    }
    return nullptr;
}

QList<IosIpRoute> IosConfig::routes() const
{
    QList<IosIpRoute> result;
    for (const IosIpRoute *r : all<IosIpRoute>())
        result << *r;
    return result;
}

QList<AccessList> IosConfig::accessLists() const
{
    QList<AccessList> result;
    for (const IosAccessList *a : all<IosAccessList>()) {
        AccessList &list = listNamed(result, a->number);
        if (const auto *e = std::get_if<AccessListEntry>(&a->item))
            list.entries << *e;
    }
    for (const IosNamedAccessList *n : all<IosNamedAccessList>()) {
        AccessList &list = listNamed(result, n->name);
        for (const IosNamedAclCommand &c : n->commands) {
            if (const auto *e = std::get_if<AccessListEntry>(&c))
                list.entries << *e;
        }
    }
    return result;
}

std::optional<AccessList> IosConfig::accessList(const QString &nameOrNumber) const
{
    for (const AccessList &list : accessLists()) {
        if (list.name == nameOrNumber)
            return list;
    }
    return std::nullopt;
}

QList<IsakmpPolicy> IosConfig::isakmpPolicies() const
{
    QList<IsakmpPolicy> result;
    for (const IosIsakmpPolicy *p : all<IosIsakmpPolicy>())
        result << p->policy();
    std::ranges::stable_sort(result, {}, &IsakmpPolicy::priority);
    return result;
}

QList<PreSharedKey> IosConfig::presharedKeys() const
{
    QList<PreSharedKey> result;
    for (const IosIsakmpKey *k : all<IosIsakmpKey>()) {
        if (k->hostname.isEmpty())
            result << k->key;
    }
    return result;
}

IosIsakmpIdentity::Kind IosConfig::isakmpIdentity() const
{
    const auto found = all<IosIsakmpIdentity>();
    return found.isEmpty() ? IosIsakmpIdentity::Kind::Address : found.last()->kind;
}

QList<TransformSet> IosConfig::transformSets() const
{
    QList<TransformSet> result;
    for (const IosTransformSet *t : all<IosTransformSet>())
        result << t->transformSet();
    return result;
}

SaLifetime IosConfig::ipsecLifetime() const
{
    SaLifetime lifetime{3600, 4608000};
    for (const IosIpsecLifetime *l : all<IosIpsecLifetime>()) {
        if (l->lifetime.unit == IosSaLifetime::Unit::Seconds)
            lifetime.seconds = int(l->lifetime.value);
        else
            lifetime.kilobytes = l->lifetime.value;
    }
    return lifetime;
}

QList<CryptoMap> IosConfig::cryptoMaps() const
{
    QList<CryptoMap> maps;
    for (const IosStatement &s : statements) {
        if (const auto *e = std::get_if<IosCryptoMapEntry>(&s)) {
            mapNamed(maps, e->map).entries << e->entry();
        } else if (const auto *o = std::get_if<IosCryptoMapOption>(&s)) {
            CryptoMap &map = mapNamed(maps, o->map);
            if (o->kind == IosCryptoMapOption::Kind::ClientAuthenticationList)
                map.clientAuthentication = o->value;
            else if (o->kind == IosCryptoMapOption::Kind::ClientConfigurationAddress)
                map.clientConfiguration = o->mode;
        } else if (const auto *i = std::get_if<IosInterface>(&s); i && !i->cryptoMap().isEmpty()) {
            mapNamed(maps, i->cryptoMap()).interfaces << i->name;
        }
    }
    for (CryptoMap &map : maps)
        std::ranges::stable_sort(map.entries, {}, &CryptoMapEntry::seq);
    return maps;
}

QList<DynamicMap> IosConfig::dynamicMaps() const
{
    QList<DynamicMap> maps;
    for (const IosDynamicMapEntry *e : all<IosDynamicMapEntry>())
        mapNamed(maps, e->map).entries << e->entry();
    for (DynamicMap &map : maps)
        std::ranges::stable_sort(map.entries, {}, &DynamicMapEntry::seq);
    return maps;
}

QString IosConfig::cryptoMapLocalAddress(const QString &map) const
{
    QString interface;
    for (const IosCryptoMapOption *o : all<IosCryptoMapOption>()) {
        if (o->map == map && o->kind == IosCryptoMapOption::Kind::LocalAddress)
            interface = o->value;
    }
    return interface;
}

QList<IosNatInsideSource> IosConfig::natInsideSources() const
{
    QList<IosNatInsideSource> result;
    for (const IosNatInsideSource *n : all<IosNatInsideSource>())
        result << *n;
    return result;
}

const IosRouteMap *IosConfig::routeMap(const QString &name, int seq) const
{
    for (const IosRouteMap *r : all<IosRouteMap>()) {
        if (r->name == name && r->seq == seq)
            return r;
    }
    return nullptr;
}

QList<const IosLine *> IosConfig::lines() const
{
    return all<IosLine>();
}

} // namespace vtd::model
