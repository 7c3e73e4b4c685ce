#include "sim_interface.h"

#include "channel.h"
#include "drop_codes.h"
#include "packet_tracing.h"

#include "sim/engine/simulator.h"

#include <algorithm>

namespace vtd::sim::net {

SimInterface::SimInterface(Simulator &sim, QString node, QString name)
    : m_sim(sim)
    , m_node(std::move(node))
    , m_name(std::move(name))
{}

SimInterface::~SimInterface()
{
    if (m_channel)
        m_channel->detach(*this);
}

// A change of what the interface answers ARP for makes its channel index the addresses again.
void SimInterface::setAddress(const model::Ipv4Prefix &address)
{
    m_address = address;
    if (m_channel)
        m_channel->addressesChanged();
}

void SimInterface::setAddressClaim(AddressClaim claim)
{
    m_claim = std::move(claim);
    if (m_channel)
        m_channel->addressesChanged();
}

bool SimInterface::ownsAddress(model::Ipv4Address address) const
{
    if (hasAddress() && m_address.address() == address)
        return true;
    return m_claim && m_claim(address);
}

void SimInterface::setAdminUp(bool up)
{
    if (m_adminUp != up)
        m_sim.noteLinkStateChange();
    m_adminUp = up;
}

void SimInterface::setCableConnected(bool connected)
{
    if (m_cableConnected != connected)
        m_sim.noteLinkStateChange();
    m_cableConnected = connected;
}

void SimInterface::setLossPercent(double percent)
{
    m_lossPercent = std::clamp(percent, 0.0, 100.0);
}

bool SimInterface::isOperational() const
{
    return m_adminUp && m_cableConnected && m_channel && m_channel->hasCarrier(*this);
}

const char *SimInterface::downCode() const
{
    if (!m_adminUp)
        return drop_code::InterfaceShutdown;
    if (!m_channel)
        return drop_code::Unlinked;
    return drop_code::LinkDown;
}

bool SimInterface::send(const Packet &packet, model::Ipv4Address nextHop)
{
    if (!isOperational()) {
        traceDrop(m_sim, m_node, m_name, QLatin1String(stage_name::Link), QLatin1String(downCode()),
                  packet, {{QStringLiteral("interface"), m_name}});
        return false;
    }
    return m_channel->transmit(*this, packet, nextHop);
}

void SimInterface::deliver(Packet packet)
{
    // The link may have gone down while the packet was on the wire.
    if (!isOperational()) {
        traceDrop(m_sim, m_node, m_name, QLatin1String(stage_name::Link), QLatin1String(downCode()),
                  packet, {{QStringLiteral("interface"), m_name}});
        return;
    }
    tracePacket(m_sim, m_node, m_name, PacketDirection::Received, packet);
    if (m_receive)
        m_receive(*this, std::move(packet));
}

} // namespace vtd::sim::net
