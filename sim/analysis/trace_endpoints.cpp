#include "trace_endpoints.h"

#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"

#include "model/project.h"

namespace vtd::sim::analysis {

namespace {
const model::Node *projectNode(const model::Project &project, const QString &name)
{
    for (const model::Node &node : project.nodes()) {
        if (node.name == name)
            return &node;
    }
    return nullptr;
}

/** The first address a node has, preferring interfaces that carry traffic. */
std::optional<model::Ipv4Address> firstAddress(const devices::SimNode &node)
{
    std::optional<model::Ipv4Address> any;
    for (const net::SimInterface *interface : node.interfaces()) {
        if (!interface->hasAddress())
            continue;
        if (interface->isOperational())
            return interface->address().address();
        if (!any)
            any = interface->address().address();
    }
    return any;
}

/** The device whose connected subnet holds `address` (project order, as ensureEndpoint). */
const devices::SimNode *attachmentDevice(const devices::SimNetwork &network, model::Ipv4Address address)
{
    for (const auto &node : network.nodes()) {
        const net::SimInterface *interface = node->role() == devices::SimNode::Role::Router
                                                 ? node->connectedInterfaceFor(address) : nullptr;
        if (interface && interface->channel())
            return node.get();
    }
    return nullptr;
}

model::Diagnostic unknownEndpoint(const QString &text)
{
    model::Diagnostic diagnostic;
    diagnostic.code = QStringLiteral("trace.unknown-endpoint");
    diagnostic.params = {{QStringLiteral("endpoint"), text}};
    return diagnostic;
}
} // namespace

std::optional<TraceEndpoint> resolveTraceEndpoint(const model::Project &project, devices::SimNetwork &network,
                                                  const QString &text, model::Diagnostics &diagnostics)
{
    TraceEndpoint endpoint;
    if (const model::Node *named = projectNode(project, text)) {
        endpoint.node = network.node(text);
        const auto address = endpoint.node ? firstAddress(*endpoint.node) : std::nullopt;
        if (address) {
            endpoint.address = *address;
            endpoint.anchor = named->id;
            endpoint.label = QStringLiteral("%1 (%2)").arg(text, address->toString());
            return endpoint;
        }
    } else if (const auto address = model::Ipv4Address::parse(text)) {
        endpoint.address = *address;
        devices::SimNode *owner = network.nodeOwning(*address);
        if (const model::Node *owning = owner ? projectNode(project, owner->name()) : nullptr) {
            endpoint.node = owner;
            endpoint.anchor = owning->id;
        } else if (const devices::SimNode *device = attachmentDevice(network, *address)) {
            endpoint.anchor = projectNode(project, device->name())->id;
            endpoint.node = network.ensureEndpoint(*address);
        }
        if (endpoint.node) {
            endpoint.label = QStringLiteral("%1 (%2)").arg(endpoint.node->name(), text);
            return endpoint;
        }
    }
    diagnostics << unknownEndpoint(text);
    return std::nullopt;
}

} // namespace vtd::sim::analysis
