#include "builtin_commands.h"
#include "device_console.h"
#include "device_state.h"

#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/output/ios_show_ip_route.h"
#include "sim/output/ios_show_version.h"

#include "model/hardware_catalog.h"

namespace vtd::sim::console {

namespace {
/** Interfaces without line protocol (unlinked, cable pulled) withdraw their connected routes. */
QSet<QString> downInterfaces(const devices::SimNode &node)
{
    QSet<QString> down;
    for (const net::SimInterface *interface : node.interfaces()) {
        if (!interface->isOperational())
            down.insert(interface->name());
    }
    return down;
}

QString showIpRoute(CommandContext &context)
{
    return output::renderIosShowIpRoute(context.device.iosConfig(), downInterfaces(context.node));
}

QString showVersion(CommandContext &context)
{
    const model::Node &node = context.device.modelNode();
    output::IosVersionInput input;
    input.hostname = context.device.hostname();
    input.hardwareModel = node.hardwareModel;
    input.softwareVersion = node.softwareVersion;
    const model::HardwareModel *hardware = model::findHardwareModel(node.hardwareModel);
    input.interfaces = !hardware || hardware->interfacesFromNode ? node.customInterfaces : hardware->interfaces;
    input.uptimeMs = context.node.simulator().now().toMilliseconds() - context.device.bootTimeMs();
    return output::renderIosShowVersion(input);
}
} // namespace

void registerIosCommands(CommandRegistry &registry)
{
    registry.add(Platform::Ios, QStringLiteral("show ip route"), showIpRoute);
    registry.add(Platform::Ios, QStringLiteral("show version"), showVersion);
}

} // namespace vtd::sim::console
