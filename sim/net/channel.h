#pragma once

#include "packet.h"

#include "sim/engine/event_id.h"
#include "sim/engine/sim_time.h"

#include "model/ipv4.h"

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::net {

class SimInterface;

/** A medium that joins interfaces: a link is "schedule delivery later" (ns-3's
 *  PointToPointChannel::TransmitStart), with the packet copied at the boundary.
 *
 *  Delivery goes to the attached interface that owns the next-hop address, as ARP would find
 *  it; an interface detached or destroyed while a packet is in flight simply never gets it.
 *  Subclasses say who has carrier (a cable needs both ends, a switch port only its own). */
class Channel
{
public:
    static constexpr SimTime DefaultDelay = SimTime::fromMilliseconds(1);

    explicit Channel(Simulator &sim);
    virtual ~Channel();
    Channel(const Channel &) = delete;
    Channel &operator=(const Channel &) = delete;

    Simulator &simulator() const { return m_sim; }
    SimTime delay() const { return m_delay; }
    void setDelay(SimTime delay) { m_delay = delay; }

    /** False when the interface is attached elsewhere or this channel is full. */
    bool attach(SimInterface &port);
    void detach(SimInterface &port);
    /** Attached interfaces, in attachment order. */
    const std::vector<SimInterface *> &ports() const;

    /** Whether `port` sees a working medium (its own state aside). */
    virtual bool hasCarrier(const SimInterface &port) const = 0;
    /** The operational interface other than `from` that owns `address` (first attached wins). */
    SimInterface *resolve(const SimInterface &from, model::Ipv4Address address) const;
    /** Drops the address index resolve() uses: an attached interface changed its address or
     *  its ARP claims. SimInterface calls it from its setters; attach and detach call it too. */
    void addressesChanged() { m_addressIndexValid = false; }

protected:
    virtual int maxPorts() const = 0;

private:
    friend class SimInterface;

    /** From SimInterface::send, once the sender is known to be operational. */
    bool transmit(SimInterface &from, const Packet &packet, model::Ipv4Address nextHop);
    void deliver(std::uint64_t flightId);

    Simulator &m_sim;
    SimTime m_delay = DefaultDelay;
    std::vector<SimInterface *> m_ports;  // in attachment order
    struct Flight
    {
        std::uint64_t id;
        EventId event;
        SimInterface *to;  // attached: detach() removes the flights to a port
        Packet packet;
    };
    // Packets on the wire, kept here so that the delivery event carries only the flight id
    // (small enough for std::function to hold without a heap block, once per hop). Cancelled
    // if the channel goes away first. One delay for all: they land in sending order, so the
    // one delivered is nearly always the first.
    std::deque<Flight> m_inFlight;
    std::uint64_t m_lastFlightId = 0;
    // ARP without asking every port (a segment may have thousands, each with NAT claims):
    // the first position in m_ports of each own address (whether any address is on several
    // ports), and the positions of the ports that answer for more (proxy ARP claims).
    void indexAddresses() const;
    mutable std::unordered_map<std::uint32_t, std::size_t> m_firstPortByAddress;
    mutable bool m_sharedAddresses = false;
    mutable std::vector<std::size_t> m_claimingPorts;
    mutable bool m_addressIndexValid = false;
};

} // namespace vtd::sim::net
