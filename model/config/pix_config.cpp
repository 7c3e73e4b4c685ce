#include "pix_config.h"

#include <QHash>

#include <algorithm>

namespace vtd::model {

namespace {

/** "ethernet10" sorts after "ethernet2": compare the prefix, then the number. */
bool hardwareLess(const QString &a, const QString &b)
{
    auto split = [](const QString &s) {
        qsizetype i = s.size();
        while (i > 0 && s.at(i - 1).isDigit())
            --i;
        return std::pair(s.left(i), s.mid(i).toInt());
    };
    return split(a) < split(b);
}

PixInterface &interfaceFor(QList<PixInterface> &list, const QString &hardware)
{
    for (PixInterface &i : list) {
        if (i.hardware == hardware)
            return i;
    }
    PixInterface created;
    created.hardware = hardware;
    list << created;
    return list.last();
}

PixInterface *byName(QList<PixInterface> &list, const QString &ifName)
{
    for (PixInterface &i : list) {
        if (i.name == ifName)
            return &i;
    }
    return nullptr;
}

// `line N` inserts before the entry now at position N (1-based); beyond the end appends.
void addEntry(AccessList &list, const AccessListCmd &command)
{
    const qsizetype at = command.line ? std::clamp<qsizetype>(*command.line - 1, 0, list.entries.size())
                                      : list.entries.size();
    list.entries.insert(at, command.entry);
}

} // namespace

QString PixConfig::version() const
{
    const auto found = all<PixVersionCmd>();
    return found.isEmpty() ? QString() : found.first()->version;
}

QString PixConfig::hostname() const
{
    const auto found = all<HostnameCmd>();
    return found.isEmpty() ? QStringLiteral("pixfirewall") : found.last()->name;
}

QList<PixInterface> PixConfig::interfaces() const
{
    QList<PixInterface> result;
    for (const NameifCmd *n : all<NameifCmd>()) {
        PixInterface &i = interfaceFor(result, n->hardware);
        i.name = n->name;
        i.security = n->security;
    }
    for (const InterfaceCmd *c : all<InterfaceCmd>()) {
        PixInterface &i = interfaceFor(result, c->hardware);
        i.speed = c->speed;
        i.shutdown = c->shutdown;
    }
    for (const MtuCmd *m : all<MtuCmd>()) {
        if (PixInterface *i = byName(result, m->ifName))
            i->mtu = m->bytes;
    }
    for (const IpAddressCmd *a : all<IpAddressCmd>()) {
        PixInterface *i = byName(result, a->ifName);
        if (!i)
            continue;
        const bool placeholder = a->address == Ipv4Address(127, 0, 0, 1)
            && a->mask == Ipv4Address(0xffffffffu);
        i->address = placeholder ? std::nullopt : std::optional(a->address);
        i->mask = placeholder ? Ipv4Address() : a->mask;
    }
    std::ranges::stable_sort(result, hardwareLess, &PixInterface::hardware);
    return result;
}

std::optional<PixInterface> PixConfig::interfaceNamed(const QString &ifName) const
{
    for (const PixInterface &i : interfaces()) {
        if (i.name == ifName)
            return i;
    }
    return std::nullopt;
}

QList<NameCmd> PixConfig::names() const
{
    QList<NameCmd> result;
    for (const NameCmd *n : all<NameCmd>())
        result << *n;
    return result;
}

QList<AccessList> PixConfig::accessLists() const
{
    QList<AccessList> result;
    QHash<QString, qsizetype> positions;  // a hub has an access list per spoke
    for (const AccessListCmd *c : all<AccessListCmd>()) {
        const auto known = positions.constFind(c->name);
        const qsizetype at = known != positions.cend() ? *known : result.size();
        if (at == result.size()) {
            positions.insert(c->name, at);
            result << AccessList{c->name, {}};
        }
        addEntry(result[at], *c);
    }
    return result;
}

std::optional<AccessList> PixConfig::accessList(const QString &name) const
{
    std::optional<AccessList> list;
    for (const AccessListCmd *c : all<AccessListCmd>()) {
        if (c->name != name)
            continue;
        if (!list)
            list = AccessList{c->name, {}};
        addEntry(*list, *c);
    }
    return list;
}

QStringList PixConfig::isakmpEnabledInterfaces() const
{
    QStringList result;
    for (const IsakmpEnableCmd *c : all<IsakmpEnableCmd>()) {
        if (!result.contains(c->ifName))
            result << c->ifName;
    }
    return result;
}

QList<PreSharedKey> PixConfig::presharedKeys() const
{
    QList<PreSharedKey> result;
    for (const IsakmpKeyCmd *c : all<IsakmpKeyCmd>())
        result << c->key;
    return result;
}

IsakmpIdentityCmd::Kind PixConfig::isakmpIdentity() const
{
    const auto found = all<IsakmpIdentityCmd>();
    return found.isEmpty() ? IsakmpIdentityCmd::Kind::Hostname : found.last()->kind;
}

bool PixConfig::sysoptEnabled(const QString &option) const
{
    bool enabled = false;
    for (const SysoptCmd *c : all<SysoptCmd>()) {
        if (c->option == option)
            enabled = c->enabled;
    }
    return enabled;
}

} // namespace vtd::model
