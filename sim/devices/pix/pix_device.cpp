#include "pix_device.h"

#include "pix_firewall.h"
#include "pix_ingress_stage.h"
#include "pix_nat_stage.h"
#include "pix_untranslate_stage.h"

#include "sim/devices/crypto_map_hook.h"

#include "model/config/pix_config.h"

namespace vtd::sim::devices::pix {

using model::Ipv4Prefix;

namespace {
/** The stages in PIX order. Ingress: crypto map (a clear packet that should have come
 *  protected is refused), un-translation through the xlate or a static, then the access
 *  check. Egress, after the route lookup: translation, then the crypto map, which so sees
 *  translated packets (and exempted ones untranslated). */
void installPipeline(SimNode &device, const std::shared_ptr<PixFirewall> &firewall)
{
    device.addIngressStage(std::make_unique<CryptoMapIngressStage>());
    device.addIngressStage(std::make_unique<PixUntranslateStage>(firewall));
    device.addIngressStage(std::make_unique<PixIngressStage>(firewall));
    device.addEgressStage(std::make_unique<PixNatStage>(firewall));
    device.addEgressStage(std::make_unique<CryptoMapEgressStage>());
    // Global pool and static mapped addresses are answered for (ARP) on their interface.
    for (net::SimInterface *interface : device.interfaces()) {
        if (!firewall->natRules().claimsAnyOn(interface->name()))
            continue;  // nothing to answer for: the segment need not ask this interface
        interface->setAddressClaim([firewall, ifName = interface->name()](model::Ipv4Address address) {
            return firewall->natRules().claims(ifName, address);
        });
    }
}
} // namespace

std::unique_ptr<SimNode> buildPixDevice(Simulator &sim, const QString &name,
                                        const model::PixConfig &config)
{
    auto device = std::make_unique<SimNode>(sim, name, SimNode::Role::Router);
    for (const model::PixInterface &pix : config.interfaces()) {
        net::SimInterface &interface =
            device->addInterface(pix.name.isEmpty() ? pix.hardware : pix.name, pix.hardware);
        interface.setAdminUp(!pix.shutdown);
        const auto address = pix.address ? Ipv4Prefix::fromMask(*pix.address, pix.mask) : std::nullopt;
        if (!address)
            continue; // unset or the 127.0.0.1/32 placeholder: no IP on this interface
        interface.setAddress(*address);
        device->routingTable().addConnected(interface.name(), *address);
    }
    for (const model::RouteCmd *route : config.all<model::RouteCmd>()) {
        if (const auto prefix = Ipv4Prefix::fromMask(route->network, route->mask))
            device->routingTable().addStatic(*prefix, route->gateway, route->ifName, route->metric);
    }
    auto firewall = std::make_shared<PixFirewall>(config);
    device->addExtension(firewall);
    installPipeline(*device, firewall);
    return device;
}

} // namespace vtd::sim::devices::pix
