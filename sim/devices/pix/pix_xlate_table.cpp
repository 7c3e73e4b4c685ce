#include "pix_xlate_table.h"

#include <algorithm>

namespace vtd::sim::devices::pix {

using model::Ipv4Address;

Xlate *XlateTable::findOutbound(const QString &globalIf, Ipv4Address local, int protocol,
                                std::optional<std::uint16_t> localPort, SimTime now)
{
    expire(now);
    for (Xlate &slot : m_slots) {
        if (slot.globalIf != globalIf || slot.local != local)
            continue;
        if (slot.kind == Xlate::Kind::Pat && (slot.protocol != protocol || !localPort || slot.localPort != *localPort))
            continue;
        slot.lastUsed = now;
        return &slot;
    }
    return nullptr;
}

Xlate *XlateTable::findInbound(const QString &globalIf, Ipv4Address global, int protocol,
                               std::optional<std::uint16_t> globalPort, SimTime now)
{
    expire(now);
    for (Xlate &slot : m_slots) {
        if (slot.globalIf != globalIf || slot.global != global)
            continue;
        if (slot.kind == Xlate::Kind::Pat && (slot.protocol != protocol || !globalPort || slot.globalPort != *globalPort))
            continue;
        slot.lastUsed = now;
        return &slot;
    }
    return nullptr;
}

bool XlateTable::isGlobalInUse(Ipv4Address global, SimTime now)
{
    expire(now);
    return std::any_of(m_slots.begin(), m_slots.end(), [global](const Xlate &slot) {
        return slot.kind == Xlate::Kind::Dynamic && slot.global == global;
    });
}

std::optional<std::uint16_t> XlateTable::freePatPort(Ipv4Address global, int protocol, SimTime now)
{
    expire(now);
    std::vector<std::uint16_t> taken;
    for (const Xlate &slot : m_slots) {
        if (slot.kind == Xlate::Kind::Pat && slot.global == global && slot.protocol == protocol)
            taken.push_back(slot.globalPort);
    }
    std::sort(taken.begin(), taken.end());
    std::uint32_t candidate = FirstPatPort;
    for (const std::uint16_t port : taken) {
        if (port == candidate)
            ++candidate;
        else if (port > candidate)
            break;
    }
    if (candidate > 0xffff)
        return std::nullopt;
    return std::uint16_t(candidate);
}

Xlate &XlateTable::add(Xlate slot, SimTime now)
{
    expire(now);
    slot.lastUsed = now;
    slot.serial = ++m_lastSerial;
    m_slots.push_back(std::move(slot));
    m_mostUsed = std::max(m_mostUsed, int(m_slots.size()));
    return m_slots.back();
}

void XlateTable::clear()
{
    m_slots.clear();
    m_mostUsed = 0;
}

const std::vector<Xlate> &XlateTable::alive(SimTime now)
{
    expire(now);
    return m_slots;
}

output::PixXlateTable XlateTable::toShow(SimTime now)
{
    expire(now);
    output::PixXlateTable table;
    table.mostUsed = m_mostUsed;
    for (auto slot = m_slots.rbegin(); slot != m_slots.rend(); ++slot) {
        output::PixXlateEntry entry;
        entry.global = slot->global;
        entry.local = slot->local;
        entry.pat = slot->kind == Xlate::Kind::Pat;
        entry.globalPort = slot->globalPort;
        entry.localPort = slot->localPort;
        table.entries << entry;
    }
    return table;
}

// An idle slot lives `timeout xlate` after its last use; 0:00:00 would mean "never" on the
// device, which is how a zero timeout is read here too.
void XlateTable::expire(SimTime now)
{
    if (m_idleTimeout <= SimTime())
        return;
    std::erase_if(m_slots, [&](const Xlate &slot) { return now - slot.lastUsed >= m_idleTimeout; });
}

} // namespace vtd::sim::devices::pix
