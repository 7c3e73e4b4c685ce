// Small semantic helpers of the typed IOS statements (ios_*_commands.h).

#include "ios_crypto_commands.h"
#include "ios_interface_commands.h"
#include "ios_system_commands.h"
#include "ios_traffic_commands.h"

namespace vtd::model {

namespace {

/** Visits the commands of a block and returns the last one of type T, if any. */
template <class T, class List> const T *lastOf(const List &commands)
{
    const T *found = nullptr;
    for (const auto &c : commands) {
        if (const T *t = std::get_if<T>(&c))
            found = t;
    }
    return found;
}

bool numberIn(const QString &number, std::initializer_list<std::pair<int, int>> ranges)
{
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok)
        return false;
    for (const auto &[low, high] : ranges) {
        if (n >= low && n <= high)
            return true;
    }
    return false;
}

} // namespace

QString IosLine::label() const
{
    static const char *const names[] = {"con", "aux", "vty", "tty"};
    QString text = QString::fromLatin1(names[int(kind)]) + u' ' + QString::number(first);
    if (last)
        text += u' ' + QString::number(*last);
    return text;
}

const IosLinePassword *IosLine::password() const
{
    return lastOf<IosLinePassword>(commands);
}

std::optional<IosIpAddress> IosInterface::primaryAddress() const
{
    std::optional<IosIpAddress> primary;
    for (const IosInterfaceCommand &c : commands) {
        if (const auto *a = std::get_if<IosIpAddress>(&c); a && !a->secondary)
            primary = *a;
        else if (std::holds_alternative<IosNoIpAddress>(c))
            primary.reset();
    }
    return primary;
}

QList<IosIpAddress> IosInterface::secondaryAddresses() const
{
    QList<IosIpAddress> result;
    for (const IosInterfaceCommand &c : commands) {
        if (const auto *a = std::get_if<IosIpAddress>(&c); a && a->secondary)
            result << *a;
    }
    return result;
}

bool IosInterface::isShutdown() const
{
    const auto *s = find<IosShutdown>();
    return s && s->shutdown;
}

QString IosInterface::description() const
{
    const auto *d = find<IosDescription>();
    return d ? d->text : QString();
}

QString IosInterface::cryptoMap() const
{
    const auto *m = find<IosInterfaceCryptoMap>();
    return m ? m->map : QString();
}

std::optional<IosIpNat::Side> IosInterface::natSide() const
{
    const auto *n = find<IosIpNat>();
    return n ? std::optional(n->side) : std::nullopt;
}

QString IosInterface::accessGroup(IosIpAccessGroup::Direction direction) const
{
    QString acl;
    for (const IosInterfaceCommand &c : commands) {
        if (const auto *g = std::get_if<IosIpAccessGroup>(&c); g && g->direction == direction)
            acl = g->acl;
    }
    return acl;
}

std::optional<IosEncapsulationDot1Q> IosInterface::dot1Q() const
{
    const auto *e = find<IosEncapsulationDot1Q>();
    return e ? std::optional(*e) : std::nullopt;
}

IsakmpPolicy IosIsakmpPolicy::policy() const
{
    IsakmpPolicy p;
    p.priority = priority;
    for (const IosIsakmpPolicyCommand &c : commands) {
        if (const auto *e = std::get_if<IkeEncryption>(&c))
            p.encryption = *e;
        else if (const auto *h = std::get_if<IkeHash>(&c))
            p.hash = *h;
        else if (const auto *a = std::get_if<IkeAuthentication>(&c))
            p.authentication = *a;
        else if (const auto *g = std::get_if<DhGroup>(&c))
            p.group = *g;
        else if (const auto *l = std::get_if<IosIsakmpLifetime>(&c))
            p.lifetimeSeconds = l->seconds;
    }
    return p;
}

TransformSet IosTransformSet::transformSet() const
{
    TransformSet set;
    set.name = name;
    set.transforms = transforms;
    if (const IpsecMode *mode = lastOf<IpsecMode>(commands))
        set.mode = *mode;
    return set;
}

CryptoMapSettings cryptoMapSettings(const QList<IosCryptoMapCommand> &commands)
{
    CryptoMapSettings s;
    for (const IosCryptoMapCommand &c : commands) {
        if (const auto *p = std::get_if<IosSetPeer>(&c)) {
            s.peers << p->peer;
        } else if (const auto *t = std::get_if<IosSetTransformSet>(&c)) {
            s.transformSets = t->names;
        } else if (const auto *f = std::get_if<IosSetPfs>(&c)) {
            s.pfs = PfsSetting{true, f->group};
        } else if (const auto *l = std::get_if<IosSetSaLifetime>(&c)) {
            if (l->lifetime.unit == IosSaLifetime::Unit::Seconds)
                s.lifetime.seconds = int(l->lifetime.value);
            else
                s.lifetime.kilobytes = l->lifetime.value;
        } else if (const auto *m = std::get_if<IosMatchAddress>(&c)) {
            s.matchAddress = m->acl;
        }
    }
    return s;
}

CryptoMapEntry IosCryptoMapEntry::entry() const
{
    return CryptoMapEntry{seq, kind, dynamicMap, cryptoMapSettings(commands)};
}

DynamicMapEntry IosDynamicMapEntry::entry() const
{
    return DynamicMapEntry{seq, cryptoMapSettings(commands)};
}

bool isStandardAclNumber(const QString &number)
{
    return numberIn(number, {{1, 99}, {1300, 1999}});
}

bool isExtendedAclNumber(const QString &number)
{
    return numberIn(number, {{100, 199}, {2000, 2699}});
}

QStringList IosRouteMap::matchedAcls() const
{
    QStringList acls;
    for (const IosRouteMapCommand &c : commands) {
        if (const auto *m = std::get_if<IosMatchIpAddress>(&c))
            acls << m->acls;
    }
    return acls;
}

} // namespace vtd::model
