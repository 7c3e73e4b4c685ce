#include "ping_endpoints.h"

#include "sim/devices/sim_network.h"
#include "sim/devices/sim_node.h"

namespace vtd::sim {

namespace {

model::Diagnostic endpointError(const char *code, const QString &value)
{
    model::Diagnostic d;
    d.severity = model::Severity::Error;
    d.code = QString::fromLatin1(code);
    d.params = {{QStringLiteral("value"), value}};
    return d;
}

/** The first address on the node's interfaces, in interface order. */
std::optional<model::Ipv4Address> firstAddress(const devices::SimNode &node)
{
    for (const net::SimInterface *interface : node.interfaces()) {
        if (interface->hasAddress())
            return interface->address().address();
    }
    return std::nullopt;
}

} // namespace

std::variant<PingEndpoints, model::Diagnostic> resolvePingEndpoints(devices::SimNetwork &network,
                                                                    const PingCommand &ping)
{
    PingEndpoints out;
    if (ping.source.address) {
        const model::Ipv4Address address = *ping.source.address;
        if (devices::SimNode *owner = network.nodeOwning(address)) {
            out.source = owner;
            out.sourceAddress = address;
        } else {
            out.source = network.ensureEndpoint(address);
        }
        if (!out.source)
            return endpointError("scenario.unreachable-endpoint", address.toString());
    } else {
        out.source = network.node(ping.source.node);
        if (!out.source)
            return endpointError("scenario.unreachable-endpoint", ping.source.node);
    }
    if (ping.destination.address) {
        out.destination = *ping.destination.address;
        network.ensureEndpoint(out.destination); // an implicit host answers, if one fits
        return out;
    }
    const devices::SimNode *target = network.node(ping.destination.node);
    const auto address = target ? firstAddress(*target) : std::nullopt;
    if (!address)
        return endpointError("scenario.no-address", ping.destination.node);
    out.destination = *address;
    return out;
}

} // namespace vtd::sim
