#include "sim_network.h"

#include "ios/ios_device.h"
#include "pix/pix_device.h"
#include "pix/pix_firewall.h"
#include "sim/ike/aaa_directory.h"
#include "sim/ike/ike_daemon.h"
#include "sim/ike/ios_debug_dialect.h"
#include "sim/ike/ios_ike_config.h"
#include "sim/ike/vpn_client_daemon.h"
#include "sim/net/lan_segment.h"
#include "sim/net/point_to_point_link.h"

#include "generators/ios122/ios122_parser.h"
#include "generators/pix62/pix62_parser.h"
#include "generators/vpnclient/pcf_parser.h"
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

/** A router's IKE: the PIX's daemon, printing its debug lines in IOS 12.2's wording. */
void installIosIke(SimNode &node, ike::IkeConfig config)
{
    const auto daemon = ike::IkeDaemon::install(node, std::move(config));
    daemon->debug().setDialect(std::make_shared<ike::IosDebugDialect>());
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
    // XAUTH: each PIX asks the hosts that carry AAA accounts.
    ike::AaaDirectory::installOn(*this, project);
    return diagnostics;
}

void SimNetwork::buildNode(const model::Node &node, model::Diagnostics &diagnostics)
{
    if (node.kind != NodeKind::LanSegment)
        m_models.insert(node.name, node);
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
        if (node.kind == NodeKind::VpnClient) {
            const auto profile = gen::parsePcf(node.profileText, node.name);
            collect(profile.diagnostics, node.name, diagnostics);
            ike::VpnClientDaemon::install(*m_nodes.back(), profile.profile);
        }
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
    m_nodes.push_back(pix::buildPixDevice(m_sim, node.name, parsed.config));
    // The IKE daemon and IPsec engine, for a PIX that applies a crypto map somewhere.
    ike::IkeConfig ikeConfig = ike::ikeConfigFromPix(parsed.config, node);
    if (ikeConfig.hasCrypto())
        ike::IkeDaemon::install(*m_nodes.back(), std::move(ikeConfig));
}

void SimNetwork::buildIos(const model::Node &node, model::Diagnostics &diagnostics)
{
    const auto parsed = gen::ios122::parseIosConfig(node.configText, node.name);
    collect(parsed.diagnostics, node.name, diagnostics);
    m_nodes.push_back(ios::buildIosDevice(m_sim, node.name, parsed.config));
    // The same IKE daemon and IPsec engine as the PIX's, for a router with a crypto map applied.
    ike::IkeConfig ikeConfig = ike::ikeConfigFromIos(parsed.config, node);
    if (ikeConfig.hasCrypto())
        installIosIke(*m_nodes.back(), std::move(ikeConfig));
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

const model::Node *SimNetwork::modelNode(const QString &name) const
{
    const auto found = m_models.constFind(name);
    return found == m_models.constEnd() ? nullptr : &*found;
}

model::Diagnostics SimNetwork::reconfigure(const QString &name, const QString &configText)
{
    model::Diagnostics diagnostics;
    SimNode *running = node(name);
    const auto model = m_models.find(name);
    if (!running || model == m_models.end())
        return diagnostics;
    std::unique_ptr<SimNode> built;
    std::optional<ike::IkeConfig> ikeConfig;
    if (model->kind == NodeKind::PixFirewall) {
        const auto parsed = gen::pix62::parsePixConfig(configText, name);
        collect(parsed.diagnostics, name, diagnostics);
        built = pix::buildPixDevice(m_sim, name, parsed.config);
        ikeConfig = ike::ikeConfigFromPix(parsed.config, *model);
    } else if (model->kind == NodeKind::IosRouter) {
        const auto parsed = gen::ios122::parseIosConfig(configText, name);
        collect(parsed.diagnostics, name, diagnostics);
        built = ios::buildIosDevice(m_sim, name, parsed.config);
        ikeConfig = ike::ikeConfigFromIos(parsed.config, *model);
    } else {
        return diagnostics;
    }
    // The xlate table outlives configuration changes until `clear xlate`, as on the PIX.
    std::optional<pix::XlateTable> xlates;
    if (pix::PixFirewall *firewall = pix::PixFirewall::of(*running))
        xlates = firewall->xlates();
    running->adoptConfiguration(*built);
    if (pix::PixFirewall *firewall = pix::PixFirewall::of(*running); firewall && xlates)
        firewall->xlates() = *xlates;
    model->configText = configText;
    // IKE keeps its SAs across configuration changes, as the box does; new crypto lines apply.
    if (ikeConfig) {
        if (ike::IkeDaemon *daemon = ike::IkeDaemon::of(*running))
            daemon->reconfigure(std::move(*ikeConfig));
        else if (ikeConfig->hasCrypto() && model->kind == NodeKind::IosRouter)
            installIosIke(*running, std::move(*ikeConfig));
        else if (ikeConfig->hasCrypto())
            ike::IkeDaemon::install(*running, std::move(*ikeConfig));
    }
    for (const ReconfigureListener &listener : m_reconfigureListeners)
        listener(*running, configText);
    return diagnostics;
}

void SimNetwork::addReconfigureListener(ReconfigureListener listener)
{
    m_reconfigureListeners.push_back(std::move(listener));
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
