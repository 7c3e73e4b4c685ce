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
    for (SimInterface *port : m_ports)
        port->m_channel = nullptr;
    if (!m_ports.empty())
        m_sim.noteLinkStateChange();
}

bool Channel::attach(SimInterface &port)
{
    if (port.m_channel || int(m_ports.size()) >= maxPorts())
        return false;
    m_ports.push_back(&port);
    addressesChanged();
    port.m_channel = this;
    m_sim.noteLinkStateChange();
    return true;
}

void Channel::detach(SimInterface &port)
{
    if (port.m_channel != this)
        return;
    std::erase(m_ports, &port);
    // Packets on their way to it fall on the floor, unseen (and the interface may be going away).
    std::erase_if(m_inFlight, [&](const Flight &flight) {
        if (flight.to != &port)
            return false;
        m_sim.cancel(flight.event);
        return true;
    });
    addressesChanged();
    port.m_channel = nullptr;
    m_sim.noteLinkStateChange();
}

const std::vector<SimInterface *> &Channel::ports() const
{
    return m_ports;
}

void Channel::indexAddresses() const
{
    m_firstPortByAddress.clear();
    m_claimingPorts.clear();
    m_sharedAddresses = false;
    for (std::size_t i = 0; i < m_ports.size(); ++i) {
        const SimInterface *port = m_ports[i];
        if (port->hasAddress() && !m_firstPortByAddress.emplace(port->address().address().toUInt(), i).second)
            m_sharedAddresses = true;
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
        return m_ports[i] != &from && m_ports[i]->isOperational();
    };
    std::size_t owner = m_ports.size();
    if (const auto first = m_firstPortByAddress.find(address.toUInt()); first != m_firstPortByAddress.end()) {
        if (usable(first->second)) {
            owner = first->second;
        } else if (m_sharedAddresses) {  // a later port with the same address may be up
            for (std::size_t i = first->second + 1; i < m_ports.size(); ++i) {
                const SimInterface *port = m_ports[i];
                if (port->hasAddress() && port->address().address() == address && usable(i)) {
                    owner = i;
                    break;
                }
            }
        }
    }
    for (const std::size_t i : m_claimingPorts) {
        if (i >= owner)
            break;
        if (usable(i) && m_ports[i]->ownsAddress(address)) {
            owner = i;
            break;
        }
    }
    return owner < m_ports.size() ? m_ports[owner] : nullptr;
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
    m_inFlight.push_back(Flight{flightId, event, to, packet});
    return true;
}

void Channel::deliver(std::uint64_t flightId)
{
    auto flight = m_inFlight.begin();
    if (flight == m_inFlight.end() || flight->id != flightId)
        flight = std::find_if(m_inFlight.begin(), m_inFlight.end(), [&](const Flight &f) { return f.id == flightId; });
    if (flight == m_inFlight.end())
        return;
    SimInterface *to = flight->to;  // still attached: detach() drops the flights to a port
    Packet packet = std::move(flight->packet);
    if (flight == m_inFlight.begin())
        m_inFlight.pop_front();
    else
        m_inFlight.erase(flight);
    if (to->lossPercent() > 0.0 && m_sim.rng().chancePercent(to->lossPercent())) {
        traceDrop(m_sim, to->node(), to->name(), QLatin1String(stage_name::Link), QLatin1String(drop_code::Loss),
                  packet, {{QStringLiteral("interface"), to->name()}, {QStringLiteral("percent"), percentText(to->lossPercent())}});
        return;
    }
    to->deliver(std::move(packet));
}

} // namespace vtd::sim::net
