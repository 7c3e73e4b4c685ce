#include "channel.h"

#include "drop_codes.h"
#include "packet_tracing.h"
#include "sim_interface.h"

#include "sim/engine/simulator.h"

#include <algorithm>

namespace vtd::sim::net {

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'g', 6);
}

} // namespace

Channel::Channel(Simulator &sim)
    : m_sim(sim)
{}

Channel::~Channel()
{
    for (const Flight &flight : m_inFlight)
        m_sim.cancel(flight.event);
    for (const Port &port : m_ports)
        port.interface->m_channel = nullptr;
}

bool Channel::attach(SimInterface &port)
{
    if (port.m_channel || int(m_ports.size()) >= maxPorts())
        return false;
    m_ports.push_back(Port{&port, ++m_lastPortId});
    addressesChanged();
    port.m_channel = this;
    port.m_portId = m_lastPortId;
    return true;
}

void Channel::detach(SimInterface &port)
{
    if (port.m_channel != this)
        return;
    std::erase_if(m_ports, [&](const Port &p) { return p.interface == &port; });
    addressesChanged();
    port.m_channel = nullptr;
    port.m_portId = 0;
}

std::vector<SimInterface *> Channel::ports() const
{
    std::vector<SimInterface *> out;
    for (const Port &port : m_ports)
        out.push_back(port.interface);
    return out;
}

void Channel::indexAddresses() const
{
    m_portsByAddress.clear();
    m_claimingPorts.clear();
    for (std::size_t i = 0; i < m_ports.size(); ++i) {
        const SimInterface *port = m_ports[i].interface;
        if (port->hasAddress())
            m_portsByAddress[port->address().address().toUInt()].push_back(i);
        if (port->addressClaim())
            m_claimingPorts.push_back(i);
    }
    m_addressIndexValid = true;
}

// The first port in attachment order that owns the address, as asking each port would find it:
// the first usable port with it as its own address, unless a claiming port comes before.
SimInterface *Channel::resolve(const SimInterface &from, model::Ipv4Address address) const
{
    if (!m_addressIndexValid)
        indexAddresses();
    const auto usable = [&](std::size_t i) {
        return m_ports[i].interface != &from && m_ports[i].interface->isOperational();
    };
    std::size_t owner = m_ports.size();
    if (const auto withAddress = m_portsByAddress.find(address.toUInt()); withAddress != m_portsByAddress.end()) {
        const auto first = std::find_if(withAddress->second.begin(), withAddress->second.end(), usable);
        if (first != withAddress->second.end())
            owner = *first;
    }
    for (const std::size_t i : m_claimingPorts) {
        if (i >= owner)
            break;
        if (usable(i) && m_ports[i].interface->ownsAddress(address)) {
            owner = i;
            break;
        }
    }
    return owner < m_ports.size() ? m_ports[owner].interface : nullptr;
}

SimInterface *Channel::portById(std::uint64_t id) const
{
    // Ids grow with each attach and detach keeps the order, so the ports are sorted by id.
    const auto port = std::lower_bound(m_ports.begin(), m_ports.end(), id,
                                       [](const Port &p, std::uint64_t wanted) { return p.id < wanted; });
    return port != m_ports.end() && port->id == id ? port->interface : nullptr;
}

bool Channel::transmit(SimInterface &from, const Packet &packet, model::Ipv4Address nextHop)
{
    const QLatin1String link(stage_name::Link);  // a QString only on the drop paths
    SimInterface *to = resolve(from, nextHop);
    if (!to) {
        traceDrop(m_sim, from.node(), from.name(), link, QLatin1String(drop_code::NextHopUnresolved), packet,
                  {{QStringLiteral("interface"), from.name()}, {QStringLiteral("next_hop"), nextHop.toString()}});
        return false;
    }
    tracePacket(m_sim, from.node(), from.name(), PacketDirection::Sent, packet);
    if (from.lossPercent() > 0.0 && m_sim.rng().chancePercent(from.lossPercent())) {
        traceDrop(m_sim, from.node(), from.name(), link, QLatin1String(drop_code::Loss), packet,
                  {{QStringLiteral("interface"), from.name()}, {QStringLiteral("percent"), percentText(from.lossPercent())}});
        return false;
    }
    const std::uint64_t flightId = ++m_lastFlightId;
    const EventId event = m_sim.schedule(m_delay, [this, flightId] { deliver(flightId); });
    m_inFlight.push_back(Flight{flightId, event, to->m_portId, packet});
    return true;
}

void Channel::deliver(std::uint64_t flightId)
{
    auto flight = m_inFlight.begin();
    if (flight == m_inFlight.end() || flight->id != flightId)
        flight = std::find_if(m_inFlight.begin(), m_inFlight.end(), [&](const Flight &f) { return f.id == flightId; });
    if (flight == m_inFlight.end())
        return;
    const std::uint64_t portId = flight->portId;
    const Packet packet = std::move(flight->packet);
    if (flight == m_inFlight.begin())
        m_inFlight.pop_front();
    else
        m_inFlight.erase(flight);
    SimInterface *to = portById(portId);
    if (!to)
        return; // detached while the packet was in flight: it falls on the floor, unseen
    if (to->lossPercent() > 0.0 && m_sim.rng().chancePercent(to->lossPercent())) {
        traceDrop(m_sim, to->node(), to->name(), QLatin1String(stage_name::Link), QLatin1String(drop_code::Loss),
                  packet, {{QStringLiteral("interface"), to->name()}, {QStringLiteral("percent"), percentText(to->lossPercent())}});
        return;
    }
    to->deliver(packet);
}

} // namespace vtd::sim::net
