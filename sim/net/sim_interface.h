#pragma once

#include "packet.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <functional>

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::net {

class Channel;

/** One interface of a simulated node: its address, its state, and its attachment to a link
 *  or LAN segment (ns-3's NetDevice, reduced to what an IPv4 box needs).
 *
 *  The interface carries packets only while it is operational: not shut down, its cable in,
 *  attached to a channel that has carrier for it. Sending resolves the next hop on the
 *  channel (as ARP would), applies the interface's loss rate and lets the channel deliver;
 *  every outcome, delivered or dropped, is traced. */
class SimInterface
{
public:
    /** Called when a packet arrives on this interface (at the delivery time); the packet is
     *  the receiver's own, so that it can change it without a copy. */
    using ReceiveHandler = std::function<void(SimInterface &, Packet)>;
    /** Extra addresses the node answers ARP for on this interface (PIX global/static addresses). */
    using AddressClaim = std::function<bool(model::Ipv4Address)>;

    SimInterface(Simulator &sim, QString node, QString name);
    ~SimInterface();
    SimInterface(const SimInterface &) = delete;
    SimInterface &operator=(const SimInterface &) = delete;

    Simulator &simulator() const { return m_sim; }
    const QString &node() const { return m_node; }
    const QString &name() const { return m_name; }

    /** Address and prefix length (193.0.0.5/29); 0.0.0.0/0 = no address. */
    void setAddress(const model::Ipv4Prefix &address);
    const model::Ipv4Prefix &address() const { return m_address; }
    bool hasAddress() const { return !m_address.address().isZero(); }
    /** Proxy ARP: further addresses the interface answers for. The claim must depend on the
     *  configuration only (its channel indexes the claiming ports until this is called again). */
    void setAddressClaim(AddressClaim claim);
    const AddressClaim &addressClaim() const { return m_claim; }
    /** Its own address, or one it claims: what it answers ARP for. */
    bool ownsAddress(model::Ipv4Address address) const;

    /** False after `shutdown`. */
    void setAdminUp(bool up);
    bool isAdminUp() const { return m_adminUp; }
    /** The scenario's `link down|up NODE INTERFACE`: the cable at this interface. */
    void setCableConnected(bool connected);
    bool isCableConnected() const { return m_cableConnected; }
    /** Percentage (0..100) of packets lost, in each direction, on the wire at this interface. */
    void setLossPercent(double percent);
    double lossPercent() const { return m_lossPercent; }

    Channel *channel() const { return m_channel; }
    /** Line protocol up: admin up, cable in, attached, and the channel has carrier. */
    bool isOperational() const;

    void setReceiveHandler(ReceiveHandler handler) { m_receive = std::move(handler); }

    /** Puts the packet on the wire toward the interface that owns `nextHop`. False when it was
     *  dropped here (interface down, next hop unresolved, lost), after tracing the drop. */
    bool send(const Packet &packet, model::Ipv4Address nextHop);

private:
    friend class Channel;
    /** The channel delivers here; traces the arrival and calls the receive handler. */
    void deliver(Packet packet);
    /** The drop code that explains why the interface is not operational. */
    const char *downCode() const;

    // What every packet through the interface reads comes first, in one cache line (a hub's
    // segment has thousands of interfaces, each cold when its packet comes).
    model::Ipv4Prefix m_address;
    bool m_adminUp = true;
    bool m_cableConnected = true;
    double m_lossPercent = 0.0;
    Channel *m_channel = nullptr;
    ReceiveHandler m_receive;
    Simulator &m_sim;
    QString m_node;
    QString m_name;
    AddressClaim m_claim;
};

} // namespace vtd::sim::net
