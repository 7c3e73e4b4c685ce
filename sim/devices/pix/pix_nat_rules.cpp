#include "pix_nat_rules.h"

#include "generators/pix62/pix62_format.h"

#include <algorithm>
#include <bit>

namespace vtd::sim::devices::pix {

using model::Ipv4Address;

namespace {
bool inNetwork(Ipv4Address address, Ipv4Address network, Ipv4Address mask)
{
    return (address.toUInt() & mask.toUInt()) == (network.toUInt() & mask.toUInt());
}

/** The network part from `base`, the host part from `address` (static ... netmask). */
Ipv4Address remap(Ipv4Address address, Ipv4Address base, Ipv4Address mask)
{
    return Ipv4Address((base.toUInt() & mask.toUInt()) | (address.toUInt() & ~mask.toUInt()));
}

int protocolOf(const model::StaticCmd &rule)
{
    if (!rule.portProtocol)
        return 0;
    return *rule.portProtocol == model::AclProtocol::Kind::Tcp ? 6 : 17;
}

bool inGlobal(const model::GlobalCmd &global, Ipv4Address address)
{
    if (global.interface)
        return false; // the interface address is the interface's own
    const quint32 last = global.last ? global.last->toUInt() : global.first.toUInt();
    return address.toUInt() >= global.first.toUInt() && address.toUInt() <= last;
}
} // namespace

PixNatRules::PixNatRules(const model::PixConfig &config)
{
    for (const model::NatCmd *nat : config.all<model::NatCmd>())
        m_nats << *nat;
    for (const model::GlobalCmd *global : config.all<model::GlobalCmd>())
        m_globals << *global;
    for (const model::StaticCmd *rule : config.all<model::StaticCmd>())
        m_statics << *rule;
    for (const model::AccessList &list : config.accessLists())
        m_lists.insert(list.name, list);
    for (const model::PixInterface &interface : config.interfaces()) {
        if (interface.address && !interface.name.isEmpty())
            m_addresses.insert(interface.name, *interface.address);
    }
}

QString PixNatRules::Exemption::describe() const
{
    return QStringLiteral("nat (%1) 0 access-list %2: %3")
        .arg(nat->ifName, nat->accessList, gen::pix62::formatAclEntry(*entry));
}

std::optional<PixNatRules::Exemption> PixNatRules::exemption(const QString &ifName, const Flow &flow) const
{
    for (const model::NatCmd &nat : m_nats) {
        if (nat.ifName != ifName || nat.id != 0 || nat.accessList.isEmpty())
            continue;
        const auto list = m_lists.constFind(nat.accessList);
        if (list == m_lists.constEnd())
            continue; // an exemption naming no ACL exempts nothing
        for (const model::AccessListEntry &entry : list->entries) {
            if (!entry.matches(flow.protocol, flow.source, flow.sourcePort, flow.destination, flow.destinationPort))
                continue;
            if (entry.action != model::AclAction::Permit)
                break; // a deny line takes the flow out of this exemption
            return Exemption{&nat, &entry};
        }
    }
    return std::nullopt;
}

std::optional<Ipv4Address> PixNatRules::mappedBase(const model::StaticCmd &rule) const
{
    if (!rule.mappedInterface)
        return rule.mapped;
    return interfaceAddress(rule.mappedIf);
}

std::optional<PixNatRules::StaticHit> PixNatRules::staticForSource(const QString &realIf, const QString &mappedIf,
                                                                    const Flow &flow) const
{
    for (const model::StaticCmd &rule : m_statics) {
        if (rule.realIf != realIf || rule.mappedIf != mappedIf || !inNetwork(flow.source, rule.real, rule.netmask))
            continue;
        const int protocol = protocolOf(rule);
        if (protocol && (protocol != flow.protocol || rule.realPort != flow.sourcePort))
            continue;
        const auto base = mappedBase(rule);
        if (!base)
            continue;
        return StaticHit{&rule, remap(flow.source, *base, rule.netmask), protocol ? rule.mappedPort : 0};
    }
    return std::nullopt;
}

std::optional<PixNatRules::StaticHit> PixNatRules::staticForDestination(const QString &mappedIf,
                                                                         const Flow &flow) const
{
    for (const model::StaticCmd &rule : m_statics) {
        const auto base = mappedBase(rule);
        if (rule.mappedIf != mappedIf || !base || !inNetwork(flow.destination, *base, rule.netmask))
            continue;
        const int protocol = protocolOf(rule);
        if (protocol && (protocol != flow.protocol || rule.mappedPort != flow.destinationPort))
            continue;
        return StaticHit{&rule, remap(flow.destination, rule.real, rule.netmask), protocol ? rule.realPort : 0};
    }
    return std::nullopt;
}

const model::NatCmd *PixNatRules::natFor(const QString &ifName, Ipv4Address source) const
{
    const model::NatCmd *best = nullptr;
    for (const model::NatCmd &nat : m_nats) {
        if (nat.ifName != ifName || !nat.accessList.isEmpty() || !inNetwork(source, nat.address, nat.mask))
            continue;
        if (!best || std::popcount(nat.mask.toUInt()) > std::popcount(best->mask.toUInt()))
            best = &nat;
    }
    return best;
}

QList<model::GlobalCmd> PixNatRules::globals(const QString &ifName, int id) const
{
    QList<model::GlobalCmd> found;
    for (const model::GlobalCmd &global : m_globals) {
        if (global.ifName == ifName && global.id == id)
            found << global;
    }
    return found;
}

std::optional<Ipv4Address> PixNatRules::interfaceAddress(const QString &ifName) const
{
    const auto found = m_addresses.constFind(ifName);
    if (found == m_addresses.constEnd())
        return std::nullopt;
    return *found;
}

bool PixNatRules::claims(const QString &ifName, Ipv4Address address) const
{
    for (const model::GlobalCmd &global : m_globals) {
        if (global.ifName == ifName && inGlobal(global, address))
            return true;
    }
    for (const model::StaticCmd &rule : m_statics) {
        const auto base = mappedBase(rule);
        if (rule.mappedIf == ifName && base && inNetwork(address, *base, rule.netmask))
            return true;
    }
    return false;
}

bool PixNatRules::claimsAnyOn(const QString &ifName) const
{
    return std::any_of(m_globals.begin(), m_globals.end(), [&](const model::GlobalCmd &g) { return g.ifName == ifName; })
           || std::any_of(m_statics.begin(), m_statics.end(),
                          [&](const model::StaticCmd &rule) { return rule.mappedIf == ifName; });
}

QString PixNatRules::describe(const model::StaticCmd &rule)
{
    return gen::pix62::formatCommand(model::PixCommand(rule));
}

QString PixNatRules::describe(const model::NatCmd &rule)
{
    return gen::pix62::formatCommand(model::PixCommand(rule));
}

} // namespace vtd::sim::devices::pix
