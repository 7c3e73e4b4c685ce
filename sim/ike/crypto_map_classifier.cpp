#include "crypto_map_classifier.h"

#include <algorithm>

namespace vtd::sim::ike {

void CryptoMapClassifier::rebuild(const QList<CryptoMapBinding> &bindings)
{
    m_interfaces.clear();
    for (int i = 0; i < bindings.size(); ++i) {
        const CryptoMapBinding &binding = bindings[i];
        InterfaceIndex &index = m_interfaces[binding.interface];
        if (binding.dynamic) {
            index.dynamic.push_back(i);
            continue;
        }
        if (!binding.acl)
            continue;  // selects nothing
        for (const model::AccessListEntry &entry : binding.acl->entries) {
            if (entry.action != model::AclAction::Permit)
                continue;
            const std::uint32_t mask = entry.destination.effectiveMask().toUInt();
            std::vector<int> &entries = index.byDestination[mask][entry.destination.address.toUInt() & mask];
            if (entries.empty() || entries.back() != i)
                entries.push_back(i);
        }
    }
}

std::vector<int> CryptoMapClassifier::candidates(const QString &interface, model::Ipv4Address destination) const
{
    const auto found = m_interfaces.constFind(interface);
    if (found == m_interfaces.constEnd())
        return {};
    std::vector<int> out = found->dynamic;
    for (const auto &[mask, networks] : found->byDestination) {
        const auto entries = networks.find(destination.toUInt() & mask);
        if (entries != networks.end())
            out.insert(out.end(), entries->second.begin(), entries->second.end());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<int> CryptoMapClassifier::dynamicEntries(const QString &interface) const
{
    const auto found = m_interfaces.constFind(interface);
    return found == m_interfaces.constEnd() ? std::vector<int>{} : found->dynamic;
}

} // namespace vtd::sim::ike
