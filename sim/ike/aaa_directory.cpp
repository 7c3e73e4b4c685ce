#include "aaa_directory.h"

#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"

namespace vtd::sim::ike {

AaaDirectory AaaDirectory::fromProject(const model::Project &project)
{
    AaaDirectory directory;
    for (const model::Node &node : project.nodes()) {
        if (node.kind == model::NodeKind::Host && !node.host.aaaUsers.isEmpty())
            directory.m_accounts.insert(node.host.address.toUInt(), node.host.aaaUsers);
    }
    return directory;
}

void AaaDirectory::installOn(devices::SimNetwork &network, const model::Project &project)
{
    const auto directory = std::make_shared<AaaDirectory>(fromProject(project));
    for (const model::Node &node : project.nodes()) {
        if (node.kind != model::NodeKind::PixFirewall)
            continue;
        if (devices::SimNode *pix = network.node(node.name); pix && !pix->extension<AaaDirectory>())
            pix->addExtension(directory);
    }
}

std::optional<QList<model::AaaUser>> AaaDirectory::accountsAt(model::Ipv4Address address) const
{
    const auto found = m_accounts.constFind(address.toUInt());
    if (found == m_accounts.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace vtd::sim::ike
