#include "ios_device.h"

#include "ios_access_lists.h"
#include "ios_acl_stage.h"
#include "ios_arrival_stage.h"
#include "ios_nat_inside_stage.h"
#include "ios_nat_outside_stage.h"
#include "ios_nat_rules.h"
#include "ios_nat_table.h"

#include "sim/devices/crypto_map_hook.h"

#include "model/config/ios_config.h"

#include <algorithm>

namespace vtd::sim::devices::ios {

using model::Ipv4Address;
using model::Ipv4Prefix;
using Direction = IosAccessLists::Direction;

namespace {
bool isClassless(const model::IosConfig &config)
{
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>()) {
        if (line->text.trimmed() == QLatin1String("no ip classless"))
            return false;
    }
    return true; // the IOS 12.2 default
}

// IOS makes an alias of each static inside global address on the interface whose subnet holds
// it (unless `no-alias`), so that the outside finds the translated host by ARP.
void claimStaticGlobals(SimNode &node, std::shared_ptr<const IosNatRules> rules)
{
    for (net::SimInterface *interface : node.interfaces()) {
        if (rules->side(interface->name()) != IosNatRules::Side::Outside || !interface->hasAddress())
            continue;
        const model::Ipv4Prefix subnet = interface->address();
        interface->setAddressClaim([rules, subnet](model::Ipv4Address address) {
            const auto &statics = rules->statics();
            return std::ranges::any_of(statics, [&](const gen::ios122::IosNatStatic &entry) {
                return !entry.noAlias && entry.globalInterface.isEmpty() && entry.global == address
                       && subnet.contains(address);
            });
        });
    }
}

bool hasCryptoMap(const model::IosConfig &config)
{
    const auto interfaces = config.interfaces();
    return std::ranges::any_of(interfaces, [](const model::IosInterface *i) { return !i->cryptoMap().isEmpty(); });
}
} // namespace

std::unique_ptr<SimNode> buildIosDevice(Simulator &sim, const QString &name,
                                        const model::IosConfig &config)
{
    auto device = std::make_unique<SimNode>(sim, name, SimNode::Role::Router);
    for (const model::IosInterface *ios : config.interfaces()) {
        net::SimInterface &interface = device->addInterface(ios->name, ios->name);
        interface.setAdminUp(!ios->isShutdown());
        const auto primary = ios->primaryAddress();
        const auto address = primary ? Ipv4Prefix::fromMask(primary->address, primary->mask) : std::nullopt;
        if (!address)
            continue; // ` no ip address`
        interface.setAddress(*address);
        device->routingTable().addConnected(interface.name(), *address);
    }
    for (const model::IosIpRoute &route : config.routes()) {
        const auto prefix = Ipv4Prefix::fromMask(route.prefix, route.mask);
        if (prefix)
            device->routingTable().addStatic(*prefix, route.nextHop.value_or(Ipv4Address()),
                                             route.interface, 0, route.distance.value_or(1));
    }
    device->routingTable().setClassless(isClassless(config));
    installIosPipeline(*device, config);
    return device;
}

void installIosPipeline(SimNode &node, const model::IosConfig &config)
{
    auto lists = std::make_shared<IosAccessLists>(config);
    auto table = std::make_shared<IosNatTable>();
    auto rules = std::make_shared<const IosNatRules>(config);
    auto memo = std::make_shared<IosArrivalMemo>();
    node.addExtension(lists);
    node.addExtension(table);
    node.addExtension(memo);
    const bool crypto = hasCryptoMap(config);
    const bool nat = !rules->isEmpty();

    if (nat)
        claimStaticGlobals(node, rules);

    if (crypto)
        node.addIngressStage(std::make_unique<CryptoMapIngressStage>());
    if (nat || lists->hasAccessGroups(Direction::Out))
        node.addIngressStage(std::make_unique<IosArrivalStage>(memo));
    if (lists->hasAccessGroups(Direction::In))
        node.addIngressStage(std::make_unique<IosAclStage>(Direction::In, lists, memo));
    if (nat)
        node.addIngressStage(std::make_unique<IosNatOutsideStage>(rules, table));

    if (nat)
        node.addEgressStage(std::make_unique<IosNatInsideStage>(rules, table, lists, memo));
    if (lists->hasAccessGroups(Direction::Out))
        node.addEgressStage(std::make_unique<IosAclStage>(Direction::Out, lists, memo));
    if (crypto)
        node.addEgressStage(std::make_unique<CryptoMapEgressStage>());
}

} // namespace vtd::sim::devices::ios
