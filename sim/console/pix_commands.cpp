#include "builtin_commands.h"
#include "device_console.h"
#include "device_state.h"

#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/sim_network.h"
#include "sim/engine/simulator.h"
#include "sim/output/device_identity.h"
#include "sim/output/pix_show_access_list.h"
#include "sim/output/pix_show_interface.h"
#include "sim/output/pix_show_route.h"
#include "sim/output/pix_show_version.h"
#include "sim/output/pix_show_xlate.h"

namespace vtd::sim::console {

namespace {
using devices::pix::PixFirewall;

std::int64_t uptimeMs(const CommandContext &context)
{
    return context.node.simulator().now().toMilliseconds() - context.device.bootTimeMs();
}

QString showVersion(CommandContext &context)
{
    const DeviceState &device = context.device;
    return output::renderPixShowVersion(
        output::pixVersionInput(device.modelNode(), device.hostname(), uptimeMs(context)));
}

QString showRoute(CommandContext &context)
{
    return output::renderPixShowRoute(context.device.pixConfig());
}

// The counters the running firewall kept; the lists as it evaluates them.
QString showAccessList(CommandContext &context)
{
    const PixFirewall *firewall = PixFirewall::of(context.node);
    if (!firewall)
        return output::renderPixShowAccessList(context.device.pixConfig().accessLists(), {});
    output::AclHitCounts hits;
    for (auto it = firewall->hitCounts().cbegin(); it != firewall->hitCounts().cend(); ++it) {
        QList<std::uint64_t> &counts = hits[it.key()];
        for (const quint64 count : it.value())
            counts << std::uint64_t(count);
    }
    return output::renderPixShowAccessList(firewall->accessLists(), hits);
}

QString showXlate(CommandContext &context)
{
    PixFirewall *firewall = PixFirewall::of(context.node);
    return output::renderPixShowXlate(firewall ? firewall->showXlate(context.node.simulator().now())
                                               : output::PixXlateTable{});
}

QString clearXlate(CommandContext &context)
{
    if (PixFirewall *firewall = PixFirewall::of(context.node))
        firewall->clearXlate();
    return {};
}

bool isPlaceholder(const model::PixConfig &config, const QString &ifName)
{
    for (const model::IpAddressCmd *line : config.all<model::IpAddressCmd>()) {
        if (line->ifName == ifName)
            return line->address == model::Ipv4Address(127, 0, 0, 1)
                   && line->mask == model::Ipv4Address(255, 255, 255, 255);
    }
    return false;
}

QString showInterface(CommandContext &context)
{
    const model::PixConfig &config = context.device.pixConfig();
    const model::Node &node = context.device.modelNode();
    QList<output::PixInterfaceStatus> ports;
    int index = 0;
    for (const model::PixInterface &pix : config.interfaces()) {
        output::PixInterfaceStatus status;
        status.config = pix;
        status.macAddress = output::macAddressOf(node.macAddresses, node.name, pix.hardware, index++);
        status.placeholderAddress = isPlaceholder(config, pix.name);
        const net::SimInterface *running = context.node.interfaceAtPort(pix.hardware);
        status.lineProtocolUp = running && running->isOperational();
        if (running)
            status.counters = context.consoles.interfaceCounters(node.name, running->name());
        ports << status;
    }
    return output::renderPixShowInterface(ports);
}
} // namespace

void registerPixCommands(CommandRegistry &registry)
{
    registry.add(Platform::Pix, QStringLiteral("show version"), showVersion);
    registry.add(Platform::Pix, QStringLiteral("show route"), showRoute);
    registry.add(Platform::Pix, QStringLiteral("show access-list"), showAccessList);
    registry.add(Platform::Pix, QStringLiteral("show xlate"), showXlate);
    registry.add(Platform::Pix, QStringLiteral("show interface"), showInterface);
    registry.add(Platform::Pix, QStringLiteral("clear xlate"), clearXlate);
}

} // namespace vtd::sim::console
