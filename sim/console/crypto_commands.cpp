#include "crypto_commands.h"
#include "crypto_clear_commands.h"
#include "console_command_registry.h"
#include "device_console.h"
#include "device_state.h"

#include "sim/devices/pix/pix_firewall.h"
#include "sim/devices/sim_node.h"
#include "sim/engine/simulator.h"
#include "sim/ike/ike_daemon.h"
#include "sim/output/ios_show_crypto.h"
#include "sim/output/pix_show_crypto_input.h"
#include "sim/output/show_crypto_map_input.h"

#include <memory>

namespace vtd::sim::console {

namespace {

using Category = ike::IkeDebug::Category;

/** Debug switches the IKE layer does not print for but `show debug` lists (`debug crypto engine`). */
struct ConsoleDebugSwitches : devices::DeviceExtension
{
    bool engine = false;

    static ConsoleDebugSwitches &of(devices::SimNode &node)
    {
        if (ConsoleDebugSwitches *existing = node.extension<ConsoleDebugSwitches>())
            return *existing;
        auto created = std::make_shared<ConsoleDebugSwitches>();
        node.addExtension(created);
        return *created;
    }
};

ike::IkeDaemon *daemonOf(const CommandContext &context)
{
    return ike::IkeDaemon::of(context.node);
}

bool validLevel(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return true;
    bool ok = false;
    const int level = arguments.first().toInt(&ok);
    return arguments.size() == 1 && ok && level >= 1 && level <= 255;
}

CommandHandler setDebug(Category category, bool on)
{
    return [category, on](CommandContext &context) -> QString {
        if (!validLevel(context.arguments))
            return QStringLiteral("Type help or '?' for a list of available commands.\n");
        if (ike::IkeDaemon *daemon = daemonOf(context))
            daemon->debug().setOn(category, on);
        return {};
    };
}

CommandHandler setEngineDebug(bool on)
{
    return [on](CommandContext &context) -> QString {
        ConsoleDebugSwitches::of(context.node).engine = on;
        return {};
    };
}

QString undebugAll(CommandContext &context)
{
    if (ike::IkeDaemon *daemon = daemonOf(context)) {
        daemon->debug().setOn(Category::Isakmp, false);
        daemon->debug().setOn(Category::Ipsec, false);
    }
    ConsoleDebugSwitches::of(context.node).engine = false;
    return {};
}

// PIX 6.2 always lists the failover debug switches after the others.
QString showDebug(CommandContext &context)
{
    QString out;
    if (ike::IkeDaemon *daemon = daemonOf(context)) {
        if (daemon->debug().isOn(Category::Ipsec))
            out += QStringLiteral("debug crypto ipsec 1\n");
        if (daemon->debug().isOn(Category::Isakmp))
            out += QStringLiteral("debug crypto isakmp 1\n");
    }
    if (ConsoleDebugSwitches::of(context.node).engine)
        out += QStringLiteral("debug crypto engine\n");
    out += QStringLiteral("debug fover status\n");
    for (const char *name : {"tx", "rx", "open", "cable", "txdmp", "rxdmp", "ifc", "rxip", "txip", "get", "put",
                             "verify", "switch", "fail", "fmsg"})
        out += QStringLiteral("\t%1\tOff\n").arg(QLatin1String(name));
    return out;
}

QString showIsakmpSa(CommandContext &context)
{
    const ike::IkeDaemon *daemon = daemonOf(context);
    return output::renderPixShowCryptoIsakmpSa(daemon ? output::pixIsakmpSaRows(*daemon)
                                                      : QList<output::PixIsakmpSaRow>{});
}

QString showIpsecSa(CommandContext &context)
{
    const ike::IkeDaemon *daemon = daemonOf(context);
    if (!daemon)
        return {};
    return output::renderPixShowCryptoIpsecSa(
        output::pixIpsecInterfaces(*daemon, context.node, context.node.simulator().now()));
}

// The ACL counters are the firewall's: the PIX shares one hitcnt per entry between its uses.
output::AclHitCounts pixHitCounts(const devices::SimNode &node)
{
    output::AclHitCounts hits;
    if (const devices::pix::PixFirewall *firewall = devices::pix::PixFirewall::of(node)) {
        for (auto it = firewall->hitCounts().cbegin(); it != firewall->hitCounts().cend(); ++it) {
            for (const quint64 count : it.value())
                hits[it.key()] << std::uint64_t(count);
        }
    }
    return hits;
}

QString showPixCryptoMap(CommandContext &context)
{
    const model::PixConfig &config = context.device.pixConfig();
    const output::CryptoMapConfigView view{config.cryptoMaps(), config.dynamicMaps(), config.accessLists(),
                                           config.ipsecLifetime()};
    return output::renderPixShowCryptoMap(output::showCryptoMaps(view, daemonOf(context), pixHitCounts(context.node)));
}

QString showIosCryptoMap(CommandContext &context)
{
    const model::IosConfig &config = context.device.iosConfig();
    const output::CryptoMapConfigView view{config.cryptoMaps(), config.dynamicMaps(), config.accessLists(),
                                           config.ipsecLifetime()};
    return output::renderIosShowCryptoMap(output::showCryptoMaps(view, daemonOf(context)));
}

QString showIosIsakmpSa(CommandContext &context)
{
    const ike::IkeDaemon *daemon = daemonOf(context);
    return output::renderIosShowCryptoIsakmpSa(daemon ? output::iosIsakmpSaRows(*daemon)
                                                      : QList<output::IosIsakmpSaRow>{});
}

QString showIosIpsecSa(CommandContext &context)
{
    const ike::IkeDaemon *daemon = daemonOf(context);
    if (!daemon)
        return {};
    return output::renderPixShowCryptoIpsecSa(
        output::iosIpsecInterfaces(*daemon, context.node, context.node.simulator().now()));
}

// IOS 12.2 `show debugging`: the switches that are on, under their subsystem [unverified].
QString showIosDebugging(CommandContext &context)
{
    ike::IkeDaemon *daemon = daemonOf(context);
    QString lines;
    if (daemon && daemon->debug().isOn(Category::Isakmp))
        lines += QStringLiteral("  Crypto ISAKMP debugging is on\n");
    if (daemon && daemon->debug().isOn(Category::Ipsec))
        lines += QStringLiteral("  Crypto IPSEC debugging is on\n");
    if (ConsoleDebugSwitches::of(context.node).engine)
        lines += QStringLiteral("  Crypto Engine debugging is on\n");
    return lines.isEmpty() ? QString() : QStringLiteral("Cryptographic Subsystem:\n") + lines;
}

void registerDebugCommands(CommandRegistry &registry, Platform platform)
{
    const bool withLevel = true;
    registry.add(platform, QStringLiteral("debug crypto isakmp"), setDebug(Category::Isakmp, true), withLevel);
    registry.add(platform, QStringLiteral("debug crypto ipsec"), setDebug(Category::Ipsec, true), withLevel);
    registry.add(platform, QStringLiteral("debug crypto engine"), setEngineDebug(true));
    registry.add(platform, QStringLiteral("no debug crypto isakmp"), setDebug(Category::Isakmp, false), withLevel);
    registry.add(platform, QStringLiteral("no debug crypto ipsec"), setDebug(Category::Ipsec, false), withLevel);
    registry.add(platform, QStringLiteral("no debug crypto engine"), setEngineDebug(false));
    registry.add(platform, QStringLiteral("no debug all"), undebugAll);
    registry.add(platform, QStringLiteral("undebug all"), undebugAll);
}

} // namespace

void registerCryptoCommands(CommandRegistry &registry)
{
    registerDebugCommands(registry, Platform::Pix);
    registry.add(Platform::Pix, QStringLiteral("show debug"), showDebug);
    registry.add(Platform::Pix, QStringLiteral("show crypto isakmp sa"), showIsakmpSa);
    registry.add(Platform::Pix, QStringLiteral("show crypto ipsec sa"), showIpsecSa);
    registry.add(Platform::Pix, QStringLiteral("show crypto map"), showPixCryptoMap);

    registerDebugCommands(registry, Platform::Ios);
    registry.add(Platform::Ios, QStringLiteral("show debugging"), showIosDebugging);
    registry.add(Platform::Ios, QStringLiteral("show crypto isakmp sa"), showIosIsakmpSa);
    registry.add(Platform::Ios, QStringLiteral("show crypto ipsec sa"), showIosIpsecSa);
    registry.add(Platform::Ios, QStringLiteral("show crypto map"), showIosCryptoMap);

    registerCryptoClearCommands(registry);
}

} // namespace vtd::sim::console
