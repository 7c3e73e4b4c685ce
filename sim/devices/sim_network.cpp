#include "sim_network.h"

#include "pix/pix_firewall.h"
#include "pix/pix_ingress_stage.h"
#include "sim/net/lan_segment.h"
#include "sim/net/point_to_point_link.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "model/project.h"

namespace vtd::sim::devices {

using model::Ipv4Address;
using model::Ipv4Prefix;
using model::NodeKind;

namespace {
/** The parse findings of a device, labelled with its name. */
void collect(const model::Diagnostics &found, const QString &node, model::Diagnostics &into)
{
    for (model::Diagnostic diagnostic : found) {
        diagnostic.node = node;
        into << diagnostic;
    }
}

bool isIosClassless(const model::IosConfig &config)
{
    for (const model::IosVerbatim *line : config.all<model::IosVerbatim>()) {
        if (line->text.trimmed() == QLatin1String("no ip classless"))
            return false;
    }
    return true; // the IOS 12.2 default
}
} // namespace

SimNetwork::SimNetwork(Simulator &sim) : m_sim(sim) {}

// Nodes go first: their interfaces detach from the channels on destruction.
SimNetwork::~SimNetwork()
{
    m_nodes.clear();
}

model::Diagnostics SimNetwork::build(const model::Project &project)
{
    model::Diagnostics diagnostics;
    for (const model::Node &node : project.nodes())
        buildNode(node, diagnostics);
    wireLinks(project);
    return diagnostics;
}

void SimNetwork::buildNode(const model::Node &node, model::Diagnostics &diagnostics)
{
    switch (node.kind) {
    case NodeKind::PixFirewall:
        buildPix(node, diagnostics);
        break;
    case NodeKind::IosRouter:
        buildIos(node, diagnostics);
        break;
    case NodeKind::Host:
    case NodeKind::VpnClient: {
        const auto address = Ipv4Prefix::fromMask(node.host.address, node.host.mask);
        buildEndSystem(node.name, QStringLiteral("eth0"), address.value_or(Ipv4Prefix()),
                       node.host.gateway);
        break;
    }
    case NodeKind::LanSegment:
        m_channels.push_back(std::make_unique<net::LanSegment>(m_sim));
        m_segments.insert(node.id, m_channels.back().get());
        return;
    }
    m_byId.insert(node.id, m_nodes.back().get());
}

void SimNetwork::buildPix(const model::Node &node, model::Diagnostics &diagnostics)
{
    const auto parsed = gen::pix62::parsePixConfig(node.configText, node.name);
    collect(parsed.diagnostics, node.name, diagnostics);
    auto device = std::make_unique<SimNode>(m_sim, node.name, SimNode::Role::Router);
    for (const model::PixInterface &pix : parsed.config.interfaces()) {
        net::SimInterface &interface =
            device->addInterface(pix.name.isEmpty() ? pix.hardware : pix.name, pix.hardware);
        interface.setAdminUp(!pix.shutdown);
        const auto address = pix.address ? Ipv4Prefix::fromMask(*pix.address, pix.mask) : std::nullopt;
        if (!address)
            continue; // unset or the 127.0.0.1/32 placeholder: no IP on this interface
        interface.setAddress(*address);
        device->routingTable().addConnected(interface.name(), *address);
    }
    for (const model::RouteCmd *route : parsed.config.all<model::RouteCmd>()) {
        if (const auto prefix = Ipv4Prefix::fromMask(route->network, route->mask))
            device->routingTable().addStatic(*prefix, route->gateway, route->ifName, route->metric);
    }
    // The adaptive security algorithm (access-groups, security levels, icmp rules).
    auto firewall = std::make_shared<pix::PixFirewall>(*device, parsed.config);
    device->addIngressStage(std::make_unique<pix::PixIngressStage>(std::move(firewall)));
    m_nodes.push_back(std::move(device));
}

void SimNetwork::buildIos(const model::Node &node, model::Diagnostics &diagnostics)
{
    const auto parsed = gen::ios122::parseIosConfig(node.configText, node.name);
    collect(parsed.diagnostics, node.name, diagnostics);
    auto device = std::make_unique<SimNode>(m_sim, node.name, SimNode::Role::Router);
    for (const model::IosInterface *ios : parsed.config.interfaces()) {
        net::SimInterface &interface = device->addInterface(ios->name, ios->name);
        interface.setAdminUp(!ios->isShutdown());
        const auto primary = ios->primaryAddress();
        const auto address = primary ? Ipv4Prefix::fromMask(primary->address, primary->mask) : std::nullopt;
        if (!address)
            continue; // ` no ip address`
        interface.setAddress(*address);
        device->routingTable().addConnected(interface.name(), *address);
    }
    for (const model::IosIpRoute &route : parsed.config.routes()) {
        const auto prefix = Ipv4Prefix::fromMask(route.prefix, route.mask);
        if (prefix)
            device->routingTable().addStatic(*prefix, route.nextHop.value_or(Ipv4Address()),
                                             route.interface, 0, route.distance.value_or(1));
    }
    device->routingTable().setClassless(isIosClassless(parsed.config));
    m_nodes.push_back(std::move(device));
}

void SimNetwork::buildEndSystem(const QString &name, const QString &port, Ipv4Prefix address,
                                Ipv4Address gateway)
{
    auto host = std::make_unique<SimNode>(m_sim, name, SimNode::Role::EndSystem);
    net::SimInterface &interface = host->addInterface(port, port);
    if (!address.address().isZero()) {
        interface.setAddress(address);
        host->routingTable().addConnected(port, address);
    }
    if (!gateway.isZero())
        host->routingTable().addStatic(Ipv4Prefix(Ipv4Address(), 0), gateway, port);
    m_nodes.push_back(std::move(host));
}

// A link to a missing node or interface is skipped: the project validator reports it.
void SimNetwork::wireLinks(const model::Project &project)
{
    for (const model::Link &link : project.links()) {
        net::Channel *segmentA = m_segments.value(link.a.node);
        net::Channel *segmentB = m_segments.value(link.b.node);
        const model::Node *nodeA = project.node(link.a.node);
        const model::Node *nodeB = project.node(link.b.node);
        if (!nodeA || !nodeB || (segmentA && segmentB))
            continue;
        net::SimInterface *a = segmentA ? nullptr : portOf(*nodeA, link.a.interface);
        net::SimInterface *b = segmentB ? nullptr : portOf(*nodeB, link.b.interface);
        if (segmentA && b) {
            segmentA->attach(*b);
        } else if (segmentB && a) {
            segmentB->attach(*a);
        } else if (a && b) {
            m_channels.push_back(std::make_unique<net::PointToPointLink>(m_sim));
            m_channels.back()->attach(*a);
            m_channels.back()->attach(*b);
        }
    }
}

net::SimInterface *SimNetwork::portOf(const model::Node &node, const QString &hardware) const
{
    const SimNode *simNode = m_byId.value(node.id);
    return simNode ? simNode->interfaceAtPort(hardware) : nullptr;
}

SimNode *SimNetwork::node(const QString &name) const
{
    for (const auto &node : m_nodes) {
        if (node->name() == name)
            return node.get();
    }
    return nullptr;
}

SimNode *SimNetwork::nodeOwning(Ipv4Address address) const
{
    for (const auto &node : m_nodes) {
        if (node->ownsAddress(address))
            return node.get();
    }
    return nullptr;
}

SimNode *SimNetwork::ensureEndpoint(Ipv4Address address)
{
    if (SimNode *owner = nodeOwning(address))
        return owner;
    for (const auto &device : m_nodes) {
        if (device->role() != SimNode::Role::Router)
            continue;
        net::SimInterface *attachment = device->connectedInterfaceFor(address);
        if (!attachment || !attachment->channel())
            continue;
        const Ipv4Prefix prefix(address, attachment->address().length());
        buildEndSystem(QStringLiteral("host-") + address.toString(), QStringLiteral("eth0"), prefix,
                       attachment->address().address());
        SimNode *host = m_nodes.back().get();
        if (attachment->channel()->attach(*host->interfaces().front()))
            return host;
        m_nodes.pop_back(); // a cable already has both ends: try another device

    }
    return nullptr;
}

} // namespace vtd::sim::devices
