#include "aaa_directory.h"

#include "ike_daemon.h"
#include "ios_aaa.h"

#include "generators/ios122/ios122_parser.h"
#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"

#include <algorithm>

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

namespace {
/** An IOS router's own AAA settings (method lists, usernames, server lines) for XAUTH: only a
 *  router with a crypto map that runs XAUTH needs them, so only its configuration is read a
 *  second time (LAN-to-LAN routers are not). */
void installIosAaa(devices::SimNode &router, const QString &configText)
{
    const IkeDaemon *daemon = IkeDaemon::of(router);
    if (!daemon)
        return;
    const QList<CryptoMapBinding> &bindings = daemon->config().bindings;
    if (std::any_of(bindings.begin(), bindings.end(), [](const CryptoMapBinding &b) { return b.xauth; }))
        IosAaa::install(router, gen::ios122::parseIosConfig(configText, router.name()).config);
}
} // namespace

void AaaDirectory::installOn(devices::SimNetwork &network, const model::Project &project)
{
    const auto directory = std::make_shared<AaaDirectory>(fromProject(project));
    for (const model::Node &node : project.nodes()) {
        if (node.kind != model::NodeKind::PixFirewall && node.kind != model::NodeKind::IosRouter)
            continue;
        devices::SimNode *device = network.node(node.name);
        if (!device)
            continue;
        if (!device->extension<AaaDirectory>())
            device->addExtension(directory);
        if (node.kind == model::NodeKind::IosRouter)
            installIosAaa(*device, node.configText);
    }
    // `configure` on a router may add or change its AAA lines, or start its IKE.
    devices::SimNetwork *owner = &network;
    network.addReconfigureListener([owner, directory](devices::SimNode &device, const QString &configText) {
        const model::Node *settings = owner->modelNode(device.name());
        if (!settings || settings->kind != model::NodeKind::IosRouter)
            return;
        if (!device.extension<AaaDirectory>())
            device.addExtension(directory);
        installIosAaa(device, configText);
    });
}

std::optional<QList<model::AaaUser>> AaaDirectory::accountsAt(model::Ipv4Address address) const
{
    const auto found = m_accounts.constFind(address.toUInt());
    if (found == m_accounts.constEnd())
        return std::nullopt;
    return *found;
}

} // namespace vtd::sim::ike
