#include "script_interfaces.h"

#include "sim/devices/sim_network.h"

#include "generators/ios122/ios122_interface_names.h"

namespace vtd::sim {

namespace {

bool same(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/** The names a port answers to: its hardware name and, on a PIX, its nameif. */
QStringList namesOf(const devices::SimNode *node, const QString &hardware)
{
    QStringList names{hardware};
    if (const net::SimInterface *port = node ? node->interfaceAtPort(hardware) : nullptr)
        names << port->name();
    return names;
}

std::optional<QString> findPort(const QStringList &ports, const devices::SimNode *node,
                                const QString &written)
{
    for (const QString &hardware : ports) {
        for (const QString &name : namesOf(node, hardware)) {
            if (same(name, written))
                return hardware;
        }
    }
    return std::nullopt;
}

} // namespace

InterfaceResolver scriptInterfaceResolver(const model::Project &project,
                                          const devices::SimNetwork &network)
{
    return [&project, &network](const model::Node &node, const QString &written) -> std::optional<QString> {
        const QStringList ports = project.interfacesOf(node);
        const devices::SimNode *simNode = network.node(node.name);
        if (const auto exact = findPort(ports, simNode, written))
            return exact;
        // IOS abbreviations: "e5/0" and "Et5/0" name Ethernet5/0, as at the router's prompt.
        const auto expanded = gen::ios122::resolveInterfaceName(written);
        if (expanded && expanded->knownType)
            return findPort(ports, simNode, expanded->fullName);
        return std::nullopt;
    };
}

} // namespace vtd::sim
