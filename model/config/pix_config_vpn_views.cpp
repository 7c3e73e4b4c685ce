// The IPsec/IKE views of PixConfig: statements folded into dialect-neutral values.

#include "pix_config.h"

#include <algorithm>

namespace vtd::model {

namespace {

template <class T>
T &namedEntry(QList<T> &list, const QString &name)
{
    for (T &item : list) {
        if (item.name == name)
            return item;
    }
    T created;
    created.name = name;
    list << created;
    return list.last();
}

template <class Entry>
Entry &entryWithSeq(QList<Entry> &entries, int seq)
{
    for (Entry &e : entries) {
        if (e.seq == seq)
            return e;
    }
    Entry created;
    created.seq = seq;
    entries << created;
    return entries.last();
}

void mergeLifetime(SaLifetime &into, const SaLifetime &from)
{
    if (from.seconds)
        into.seconds = from.seconds;
    if (from.kilobytes)
        into.kilobytes = from.kilobytes;
}

/** Applies one `match address` / `set ...` line to the shared settings of an entry. */
void applySetting(CryptoMapSettings &s, const MapEntryLine &line)
{
    if (const auto *m = std::get_if<MapMatchAddress>(&line))
        s.matchAddress = m->acl;
    else if (const auto *p = std::get_if<MapSetPeer>(&line))
        s.peers << p->peer;
    else if (const auto *t = std::get_if<MapSetTransformSet>(&line))
        s.transformSets = t->names;
    else if (const auto *f = std::get_if<MapSetPfs>(&line))
        s.pfs = PfsSetting{true, f->group};
    else if (const auto *l = std::get_if<MapSetLifetime>(&line))
        mergeLifetime(s.lifetime, l->lifetime);
}

void applyPolicyAttribute(IsakmpPolicy &p, const IsakmpPolicyAttribute &a)
{
    if (const auto *v = std::get_if<IkeAuthentication>(&a))
        p.authentication = *v;
    else if (const auto *e = std::get_if<IkeEncryption>(&a))
        p.encryption = *e;
    else if (const auto *h = std::get_if<IkeHash>(&a))
        p.hash = *h;
    else if (const auto *g = std::get_if<DhGroup>(&a))
        p.group = *g;
    else if (const auto *l = std::get_if<IsakmpLifetime>(&a))
        p.lifetimeSeconds = l->seconds;
}

void applyGroupAttribute(VpnGroup &g, const VpngroupAttribute &a)
{
    if (const auto *p = std::get_if<VgAddressPool>(&a))
        g.addressPool = p->pool;
    else if (const auto *d = std::get_if<VgDnsServer>(&a))
        g.dnsServers = d->servers;
    else if (const auto *w = std::get_if<VgWinsServer>(&a))
        g.winsServers = w->servers;
    else if (const auto *dd = std::get_if<VgDefaultDomain>(&a))
        g.defaultDomain = dd->domain;
    else if (const auto *s = std::get_if<VgSplitTunnel>(&a))
        g.splitTunnelAcl = s->acl;
    else if (const auto *i = std::get_if<VgIdleTime>(&a))
        g.idleTimeSeconds = i->seconds;
    else if (const auto *m = std::get_if<VgMaxTime>(&a))
        g.maxTimeSeconds = m->seconds;
    else if (const auto *pw = std::get_if<VgPassword>(&a)) {
        g.hasPassword = true;
        g.password = pw->password;
    } else if (std::holds_alternative<VgPfs>(a))
        g.pfs = true;
}

} // namespace

QList<TransformSet> PixConfig::transformSets() const
{
    QList<TransformSet> result;
    for (const PixCommand &s : statements) {
        if (const auto *t = std::get_if<TransformSetCmd>(&s))
            namedEntry(result, t->name).transforms = t->transforms;
        else if (const auto *m = std::get_if<TransformSetModeCmd>(&s))
            namedEntry(result, m->name).mode = m->mode;
    }
    return result;
}

SaLifetime PixConfig::ipsecLifetime() const
{
    SaLifetime result{28800, 4608000};
    for (const IpsecLifetimeCmd *c : all<IpsecLifetimeCmd>())
        mergeLifetime(result, c->lifetime);
    return result;
}

QList<CryptoMap> PixConfig::cryptoMaps() const
{
    QList<CryptoMap> result;
    for (const PixCommand &s : statements) {
        if (const auto *e = std::get_if<CryptoMapEntryCmd>(&s)) {
            CryptoMapEntry &entry = entryWithSeq(namedEntry(result, e->map).entries, e->seq);
            if (const auto *k = std::get_if<MapIpsecIsakmp>(&e->line)) {
                entry.kind = k->dynamicMap.isEmpty() ? CryptoMapEntry::Kind::IpsecIsakmp
                                                     : CryptoMapEntry::Kind::Dynamic;
                entry.dynamicMap = k->dynamicMap;
            }
            applySetting(entry.settings, e->line);
        } else if (const auto *a = std::get_if<CryptoMapClientAuthCmd>(&s)) {
            CryptoMap &map = namedEntry(result, a->map);
            map.clientAuthentication = a->aaaTag;
            map.clientAuthenticationLocal = a->local;
        } else if (const auto *c = std::get_if<CryptoMapClientConfigCmd>(&s)) {
            namedEntry(result, c->map).clientConfiguration = c->mode;
        } else if (const auto *i = std::get_if<CryptoMapInterfaceCmd>(&s)) {
            namedEntry(result, i->map).interfaces = QStringList{i->ifName};
        }
    }
    for (CryptoMap &map : result)
        std::ranges::stable_sort(map.entries, {}, &CryptoMapEntry::seq);
    return result;
}

QList<DynamicMap> PixConfig::dynamicMaps() const
{
    QList<DynamicMap> result;
    for (const DynamicMapEntryCmd *d : all<DynamicMapEntryCmd>())
        applySetting(entryWithSeq(namedEntry(result, d->map).entries, d->seq).settings, d->line);
    for (DynamicMap &map : result)
        std::ranges::stable_sort(map.entries, {}, &DynamicMapEntry::seq);
    return result;
}

QList<IsakmpPolicy> PixConfig::isakmpPolicies() const
{
    QList<IsakmpPolicy> result;
    for (const IsakmpPolicyCmd *c : all<IsakmpPolicyCmd>()) {
        auto it = std::ranges::find(result, c->priority, &IsakmpPolicy::priority);
        if (it == result.end()) {
            IsakmpPolicy created;
            created.priority = c->priority;
            result << created;
            it = result.end() - 1;
        }
        applyPolicyAttribute(*it, c->attribute);
    }
    std::ranges::stable_sort(result, {}, &IsakmpPolicy::priority);
    return result;
}

QList<VpnGroup> PixConfig::vpnGroups() const
{
    QList<VpnGroup> result;
    for (const VpngroupCmd *c : all<VpngroupCmd>())
        applyGroupAttribute(namedEntry(result, c->group), c->attribute);
    return result;
}

} // namespace vtd::model
