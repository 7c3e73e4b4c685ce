#include "esp_spd.h"

#include "sim/net/packet.h"

#include <algorithm>

namespace vtd::sim::esp {

void EspSpd::add(SpdEntry entry)
{
    const auto position = std::upper_bound(m_entries.begin(), m_entries.end(), entry,
                                           [](const SpdEntry &a, const SpdEntry &b) {
                                               return std::pair(a.sequence, a.aclLine)
                                                      < std::pair(b.sequence, b.aclLine);
                                           });
    m_entries.insert(position, std::move(entry));
}

const SpdEntry *EspSpd::lookupOutbound(const net::Packet &packet) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const SpdEntry &entry) {
        return entry.proxies.matchesOutbound(packet);
    });
    return found == m_entries.end() ? nullptr : &*found;
}

const SpdEntry *EspSpd::lookupInbound(const net::Packet &packet) const
{
    const auto found = std::find_if(m_entries.begin(), m_entries.end(), [&](const SpdEntry &entry) {
        return entry.proxies.matchesInbound(packet);
    });
    return found == m_entries.end() ? nullptr : &*found;
}

} // namespace vtd::sim::esp
