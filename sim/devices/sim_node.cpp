#include "sim_node.h"

#include "sim/engine/simulator.h"
#include "sim/net/channel.h"
#include "sim/net/drop_codes.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet_tracing.h"

#include <algorithm>
#include <atomic>
#include <typeinfo>

namespace vtd::sim::devices {

using net::Packet;
using net::SimInterface;

namespace {
// IOS and the PIX start their own datagrams with TTL 255; Windows end systems with 128.
constexpr std::uint8_t RouterTtl = 255;
constexpr std::uint8_t EndSystemTtl = 128;

bool isIcmpError(const Packet &packet)
{
    if (packet.protocol() != net::ip_protocol::Icmp)
        return false;
    const auto message = net::IcmpMessage::decode(packet.payload());
    return !message || message->isError(); // an undecodable one gets no answer either
}
} // namespace

SimNode::SimNode(Simulator &sim, QString name, Role role)
    : m_sim(sim), m_name(std::move(name)), m_role(role)
{
}

// Extensions go first: their destructors may remove local listeners (the IKE daemons do), and
// m_listeners, declared after m_extensions, would otherwise already be gone.
SimNode::~SimNode()
{
    // In the order they were added, each out of the list before it goes: a destructor that
    // asks for another extension finds only the ones still alive.
    while (!m_extensions.empty()) {
        const std::shared_ptr<DeviceExtension> first = std::move(m_extensions.front());
        m_extensions.erase(m_extensions.begin());
        m_extensionCache.clear();
    }
}

std::size_t SimNode::newExtensionSlot()
{
    static std::atomic<std::size_t> next{0};
    return next++;
}

SimInterface &SimNode::addInterface(const QString &name, const QString &hardware)
{
    auto interface = std::make_unique<SimInterface>(m_sim, m_name, name);
    interface->setReceiveHandler([this](SimInterface &ingress, Packet packet) {
        receive(ingress, std::move(packet));
    });
    m_ports.push_back({std::move(interface), hardware});
    m_linkStateEpoch = NoLinkStateEpoch;
    return *m_ports.back().interface;
}

SimInterface *SimNode::interface(const QString &name) const
{
    for (const Port &port : m_ports) {
        if (port.interface->name() == name)
            return port.interface.get();
    }
    return nullptr;
}

SimInterface *SimNode::interfaceAtPort(const QString &hardware) const
{
    for (const Port &port : m_ports) {
        if (port.hardware.compare(hardware, Qt::CaseInsensitive) == 0)
            return port.interface.get();
    }
    return nullptr;
}

std::vector<SimInterface *> SimNode::interfaces() const
{
    std::vector<SimInterface *> out;
    for (const Port &port : m_ports)
        out.push_back(port.interface.get());
    return out;
}

bool SimNode::ownsAddress(model::Ipv4Address address) const
{
    for (const Port &port : m_ports) {
        if (port.interface->hasAddress() && port.interface->address().address() == address)
            return true;
    }
    return false;
}

SimInterface *SimNode::connectedInterfaceFor(model::Ipv4Address address) const
{
    for (const Port &port : m_ports) {
        if (port.interface->hasAddress() && port.interface->address().contains(address))
            return port.interface.get();
    }
    return nullptr;
}

void SimNode::addIngressStage(std::unique_ptr<PacketStage> stage)
{
    m_ingress.push_back(std::move(stage));
}

void SimNode::addEgressStage(std::unique_ptr<PacketStage> stage)
{
    m_egress.push_back(std::move(stage));
}

void SimNode::addExtension(std::shared_ptr<DeviceExtension> extension)
{
    m_extensions.push_back(std::move(extension));
    m_extensionCache.clear();
}

// Interfaces that keep their name stay the same objects (pointers held elsewhere, packets in
// flight to them), taking the new address, admin state and ARP claims; see the header.
void SimNode::adoptConfiguration(SimNode &built)
{
    for (Port &fresh : built.m_ports) {
        SimInterface *old = interfaceAtPort(fresh.hardware);
        if (old && old->name() == fresh.interface->name()) {
            old->setAddress(fresh.interface->address());
            old->setAdminUp(fresh.interface->isAdminUp());
            old->setAddressClaim(fresh.interface->addressClaim());
            continue;
        }
        fresh.interface->setReceiveHandler([this](SimInterface &ingress, Packet packet) {
            receive(ingress, std::move(packet));
        });
        auto existing = std::find_if(m_ports.begin(), m_ports.end(),
                                     [old](const Port &port) { return port.interface.get() == old; });
        if (existing == m_ports.end()) {
            m_ports.push_back(std::move(fresh));
            continue;
        }
        fresh.interface->setCableConnected(old->isCableConnected());
        fresh.interface->setLossPercent(old->lossPercent());
        if (net::Channel *channel = old->channel()) {
            channel->detach(*old);
            channel->attach(*fresh.interface);
        }
        existing->interface = std::move(fresh.interface);
    }
    built.m_ports.clear();
    m_routes = std::move(built.m_routes);
    m_linkStateEpoch = NoLinkStateEpoch;  // the new table has not heard the interface states
    m_ingress = std::move(built.m_ingress);
    m_egress = std::move(built.m_egress);
    for (auto &extension : built.m_extensions) {
        const DeviceExtension &incoming = *extension;
        std::erase_if(m_extensions, [&incoming](const auto &mine) { return typeid(*mine) == typeid(incoming); });
        m_extensions.push_back(std::move(extension));
    }
    built.m_extensions.clear();
    built.m_extensionCache.clear();
    m_extensionCache.clear();
}

int SimNode::addLocalListener(LocalListener listener)
{
    m_listeners.emplace_back(++m_lastListenerId, std::move(listener));
    return m_lastListenerId;
}

void SimNode::removeLocalListener(int id)
{
    if (m_deliveringDepth == 0) {
        std::erase_if(m_listeners, [id](const auto &entry) { return entry.first == id; });
        return;
    }
    for (auto &entry : m_listeners) {
        if (entry.first == id)
            entry.first = 0;
    }
}

bool SimNode::send(Packet packet)
{
    if (packet.traceId() == 0)
        packet.setTraceId(m_sim.allocatePacketId());
    return route(std::move(packet), true);
}

void SimNode::receive(SimInterface &ingress, Packet packet)
{
    if (!runStages(m_ingress, packet, ingress))
        return;
    if (ownsAddress(packet.destination())) {
        deliverLocally(packet);
        return;
    }
    // An end system does not forward; the channel only hands it packets for its own address
    // (next-hop resolution), so this is a packet routed to it by mistake: it is ignored.
    if (m_role == Role::Router)
        forward(ingress, std::move(packet));
}

void SimNode::receiveDecrypted(SimInterface &ingress, Packet packet)
{
    packet.setDecrypted(true);
    if (packet.traceId() == 0)
        packet.setTraceId(m_sim.allocatePacketId()); // the inner datagram is a packet of its own
    receive(ingress, std::move(packet));
}

bool SimNode::runStages(const StageList &stages, Packet &packet, SimInterface &interface)
{
    for (const auto &stage : stages) {
        const StageVerdict verdict = stage->process(*this, packet, interface);
        if (verdict.kind == StageVerdict::Kind::Continue)
            continue;
        if (verdict.kind == StageVerdict::Kind::Drop)
            net::traceDrop(m_sim, m_name, interface.name(), stage->name(), verdict.code, packet,
                           verdict.params);
        return false;
    }
    return true;
}

void SimNode::deliverLocally(const Packet &packet)
{
    if (packet.protocol() == net::ip_protocol::Icmp) {
        const auto message = net::IcmpMessage::decode(packet.payload());
        if (message && message->type == net::icmp_type::EchoRequest)
            answerEcho(packet);
    }
    // Those added meanwhile hear the next packet; those removed meanwhile hear no more.
    const std::size_t count = m_listeners.size();
    ++m_deliveringDepth;
    for (std::size_t i = 0; i < count; ++i) {
        if (m_listeners[i].first != 0)
            m_listeners[i].second(packet);
    }
    if (--m_deliveringDepth == 0)
        std::erase_if(m_listeners, [](const auto &entry) { return entry.first == 0; });
}

void SimNode::forward(SimInterface &ingress, Packet packet)
{
    if (packet.ttl() <= 1) {
        net::traceDrop(m_sim, m_name, ingress.name(), net::stage_name::Route,
                       net::drop_code::TtlExpired, packet,
                       {{QStringLiteral("destination"), packet.destination().toString()}});
        if (!isIcmpError(packet))
            sendTimeExceeded(ingress, packet);
        return;
    }
    packet.setTtl(std::uint8_t(packet.ttl() - 1));
    packet.setDecrypted(false);
    route(std::move(packet), false);
}

bool SimNode::route(Packet packet, bool originated)
{
    if (m_linkStateEpoch != m_sim.linkStateEpoch()) {
        refreshInterfaceStates();
        m_linkStateEpoch = m_sim.linkStateEpoch();
    }
    const std::optional<net::RouteHit> hit = m_routes.find(packet.destination());
    SimInterface *egress = hit ? interface(*hit->interface) : nullptr;
    if (!egress) {
        net::traceDrop(m_sim, m_name, {}, net::stage_name::Route, net::drop_code::NoRoute, packet,
                       {{QStringLiteral("destination"), packet.destination().toString()}});
        return false;
    }
    if (originated && packet.source().isZero())
        packet.setSource(egress->address().address());
    if (m_sim.isTracing())
        net::traceDecision(m_sim, m_name, QStringLiteral("route"), QStringLiteral("next-hop"),
                           hit->route->toString(), packet);
    // Taken before the stages run: they may look routes up (IKE), which moves the cache.
    const model::Ipv4Address nextHop = hit->nextHop.isZero() ? packet.destination() : hit->nextHop;
    if (!runStages(m_egress, packet, *egress))
        return false;
    return egress->send(packet, nextHop);
}

void SimNode::answerEcho(const Packet &request)
{
    const auto message = net::IcmpMessage::decode(request.payload());
    net::Ipv4Header header;
    header.source = request.destination();
    header.destination = request.source();
    header.ttl = defaultTtl();
    send(Packet::icmp(header, net::IcmpMessage::echoReply(*message)));
}

void SimNode::sendTimeExceeded(SimInterface &ingress, const Packet &expired)
{
    net::Ipv4Header header;
    header.source = ingress.address().address(); // zero when unnumbered: route() fills it in
    header.destination = expired.source();
    header.ttl = RouterTtl;
    send(Packet::icmp(header, net::IcmpMessage::timeExceeded(net::time_exceeded_code::TtlInTransit,
                                                             expired.view())));
}

void SimNode::refreshInterfaceStates()
{
    for (const Port &port : m_ports)
        m_routes.setInterfaceUp(port.interface->name(), port.interface->isOperational());
}

std::uint8_t SimNode::defaultTtl() const
{
    return m_role == Role::Router ? RouterTtl : EndSystemTtl;
}

} // namespace vtd::sim::devices
