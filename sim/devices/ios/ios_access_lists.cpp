#include "ios_access_lists.h"

#include "sim/devices/sim_node.h"

#include "generators/ios122/ios122_print.h"
#include "model/config/ios_config.h"

namespace vtd::sim::devices::ios {

namespace {
constexpr int TcpFlagRst = 0x04;
constexpr int TcpFlagAck = 0x10;
} // namespace

IosAccessLists::IosAccessLists(const model::IosConfig &config) : m_lists(config.accessLists())
{
    for (const model::IosAccessList *numbered : config.all<model::IosAccessList>()) {
        if (model::isStandardAclNumber(numbered->number))
            m_standard.insert(numbered->number);
    }
    for (const model::IosNamedAccessList *named : config.all<model::IosNamedAccessList>()) {
        m_named.insert(named->name);
        if (named->standard)
            m_standard.insert(named->name);
    }
    for (const model::AccessList &acl : std::as_const(m_lists))
        m_matches.insert(acl.name, QList<quint64>(acl.entries.size(), 0));
    for (const model::IosInterface *interface : config.interfaces()) {
        const QString in = interface->accessGroup(Direction::In);
        const QString out = interface->accessGroup(Direction::Out);
        if (!in.isEmpty())
            m_groupsIn.insert(interface->name, in);
        if (!out.isEmpty())
            m_groupsOut.insert(interface->name, out);
    }
}

IosAccessLists *IosAccessLists::of(const SimNode &node)
{
    return node.extension<IosAccessLists>();
}

const model::AccessList *IosAccessLists::list(const QString &name) const
{
    for (const model::AccessList &acl : m_lists) {
        if (acl.name == name)
            return &acl;
    }
    return nullptr;
}

void IosAccessLists::clearCounters()
{
    for (QList<quint64> &counts : m_matches)
        counts.fill(0);
}

QString IosAccessLists::accessGroup(const QString &ifName, Direction direction) const
{
    return (direction == Direction::In ? m_groupsIn : m_groupsOut).value(ifName);
}

std::optional<IosAccessLists::Result> IosAccessLists::evaluate(const QString &name, model::Ipv4Address src,
                                                               model::Ipv4Address dst, const IosFlow &flow)
{
    const model::AccessList *acl = list(name);
    if (!acl)
        return std::nullopt;
    for (int i = 0; i < acl->entries.size(); ++i) {
        const model::AccessListEntry &entry = acl->entries[i];
        if (!entryMatches(entry, src, dst, flow))
            continue;
        ++m_matches[name][i];
        return Result{entry.action == model::AclAction::Permit, i, entryText(name, entry)};
    }
    const QString implicit = m_named.contains(name) ? QStringLiteral("ip access-list %1: implicit deny").arg(name)
                                                    : QStringLiteral("access-list %1 implicit deny").arg(name);
    return Result{false, std::nullopt, implicit};
}

// `established` (tcp) matches segments with ACK or RST set: the return half of a connection.
bool IosAccessLists::entryMatches(const model::AccessListEntry &entry, model::Ipv4Address src,
                                  model::Ipv4Address dst, const IosFlow &flow)
{
    if (!entry.matches(flow.protocol, src, flow.srcPort, dst, flow.dstPortOrType))
        return false;
    if (entry.established && flow.protocol == 6)
        return (flow.tcpFlags & (TcpFlagAck | TcpFlagRst)) != 0;
    return true;
}

// Numbered entries as their configuration line; named ones after the list's header words.
QString IosAccessLists::entryText(const QString &name, const model::AccessListEntry &entry) const
{
    const QString text = gen::ios122::aclEntryText(entry, isStandard(name));
    if (m_named.contains(name))
        return QStringLiteral("ip access-list %1: %2").arg(name, text);
    return QStringLiteral("access-list %1 %2").arg(name, text);
}

} // namespace vtd::sim::devices::ios
