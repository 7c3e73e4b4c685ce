#include "node_addressing.h"

namespace vtd::app {

gen::InterfaceAddressMap nodeAddressing(const model::Project &project, const model::Node &node)
{
    if (model::holdsConfiguration(node.kind))
        return gen::readInterfaceAddresses(node.kind, node.configText);
    gen::InterfaceAddressMap result;
    if (!model::holdsHostSettings(node.kind))
        return result;
    const QStringList interfaces = project.interfacesOf(node);
    if (interfaces.isEmpty() || node.host.address.isZero())
        return result;
    result[interfaces.first()].address =
        model::Ipv4Prefix::fromMask(node.host.address, node.host.mask);
    return result;
}

} // namespace vtd::app
