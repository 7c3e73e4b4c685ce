#pragma once

#include "device_extension.h"
#include "packet_stage.h"

#include "sim/net/packet.h"
#include "sim/net/routing_table.h"
#include "sim/net/sim_interface.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace vtd::sim {
class Simulator;
}

namespace vtd::sim::devices {

/** One simulated box (PIX, IOS router, host, VPN Client PC): its interfaces, its routing table
 *  and the IPv4 behaviour every box shares, so that device models only add their pipelines.
 *
 *  A packet that arrives runs the ingress stages, then is delivered to the node when its
 *  destination is one of the node's addresses (ICMP echo requests are answered here), or else
 *  forwarded when the node is a router: TTL check (ICMP time exceeded back to the source),
 *  route lookup (`route.no-route` traced when none), egress stages, then the wire. */
class SimNode
{
public:
    enum class Role { Router, EndSystem };
    /** Called for every packet delivered to this node (after the echo reply, if any). */
    using LocalListener = std::function<void(const net::Packet &)>;

    SimNode(Simulator &sim, QString name, Role role);
    virtual ~SimNode();
    SimNode(const SimNode &) = delete;
    SimNode &operator=(const SimNode &) = delete;

    Simulator &simulator() const { return m_sim; }
    const QString &name() const { return m_name; }
    Role role() const { return m_role; }
    /** The TTL of datagrams it originates: 255 on Cisco boxes, 128 on (Windows) end systems. */
    std::uint8_t defaultTtl() const;

    /** Adds an interface named `name` (PIX nameif, IOS full name, "eth0"), plugged in at the
     *  hardware port `hardware` (what project links name); both may be equal. */
    net::SimInterface &addInterface(const QString &name, const QString &hardware);
    net::SimInterface *interface(const QString &name) const;
    net::SimInterface *interfaceAtPort(const QString &hardware) const;
    std::vector<net::SimInterface *> interfaces() const;
    /** Its own addresses (those its interfaces carry, whatever their state). */
    bool ownsAddress(model::Ipv4Address address) const;
    /** The interface whose connected subnet contains `address`, if any. */
    net::SimInterface *connectedInterfaceFor(model::Ipv4Address address) const;

    net::RoutingTable &routingTable() { return m_routes; }
    const net::RoutingTable &routingTable() const { return m_routes; }

    /** The pipeline hooks: see PacketStage. Empty by default (a plain router). */
    void addIngressStage(std::unique_ptr<PacketStage> stage);
    void addEgressStage(std::unique_ptr<PacketStage> stage);

    /** Hangs device-specific state on the node (see DeviceExtension); the node owns it. */
    void addExtension(std::shared_ptr<DeviceExtension> extension);
    /** The first extension of type T, or nullptr. Stages ask on every packet, so the answer
     *  is remembered per type until the extensions change (a dynamic_cast over all of them
     *  costs more than the rest of a stage). */
    template<typename T>
    T *extension() const
    {
        const std::size_t slot = extensionSlot<T>();
        if (slot < m_extensionCache.size() && m_extensionCache[slot].known)
            return static_cast<T *>(m_extensionCache[slot].extension);
        T *found = nullptr;
        for (const auto &candidate : m_extensions) {
            if ((found = dynamic_cast<T *>(candidate.get())))
                break;
        }
        if (slot >= m_extensionCache.size())
            m_extensionCache.resize(slot + 1);
        m_extensionCache[slot] = {true, found};
        return found;
    }

    /** Takes over what `built` (the same device built from a changed configuration) has:
     *  interface addresses and admin states, routes, pipeline stages, and the extensions of
     *  every type `built` carries (so a PIX's firewall tables, hit counters and xlates start
     *  afresh, as the stages built with them expect). Kept: this node's interfaces on their
     *  channels (cable, loss), its local listeners, and extensions `built` has no counterpart
     *  for (the IKE daemon and its SAs). A port `built` adds is taken over unattached; an
     *  interface renamed by nameif is replaced by `built`'s, moved onto the old one's channel.
     *  `built` is left empty. */
    void adoptConfiguration(SimNode &built);

    /** Returns an id for removeLocalListener(). */
    int addLocalListener(LocalListener listener);
    void removeLocalListener(int id);

    /** Originates a packet: a zero source becomes the egress interface's address; the packet
     *  gets a fresh trace id. False when it was dropped here (traced). */
    bool send(net::Packet packet);
    /** Entry point of arriving packets (the interfaces' receive handler). */
    void receive(net::SimInterface &ingress, net::Packet packet);
    /** Re-injects the datagram the IPsec layer decrypted from a packet that arrived on
     *  `ingress`: it runs the ingress path again, marked Packet::wasDecrypted (so that `sysopt
     *  connection permit-ipsec` can let it bypass the access-group). */
    void receiveDecrypted(net::SimInterface &ingress, net::Packet packet);

private:
    struct Port
    {
        std::unique_ptr<net::SimInterface> interface;
        QString hardware;
    };
    using StageList = std::vector<std::unique_ptr<PacketStage>>;

    /** False when a stage dropped or consumed the packet. */
    bool runStages(const StageList &stages, net::Packet &packet, net::SimInterface &interface);
    void deliverLocally(const net::Packet &packet);
    void forward(net::SimInterface &ingress, net::Packet packet);
    /** Route lookup, egress stages and transmission. */
    bool route(net::Packet packet, bool originated);
    void answerEcho(const net::Packet &request);
    void sendTimeExceeded(net::SimInterface &ingress, const net::Packet &expired);
    /** Tells the routing table which interfaces are operational right now. */
    void refreshInterfaceStates();

    Simulator &m_sim;
    QString m_name;
    Role m_role;
    std::vector<Port> m_ports;
    net::RoutingTable m_routes;
    StageList m_ingress;
    StageList m_egress;
    std::vector<std::shared_ptr<DeviceExtension>> m_extensions;
    // extension<T>()'s answers, by a number each type T gets on first use.
    struct CachedExtension
    {
        bool known = false;
        void *extension = nullptr;  // the T* found, or nullptr for none
    };
    mutable std::vector<CachedExtension> m_extensionCache;
    static std::size_t newExtensionSlot();
    template<typename T>
    static std::size_t extensionSlot()
    {
        static const std::size_t slot = newExtensionSlot();
        return slot;
    }
    // A deque: a listener may add listeners while it runs, and the others must stay in place.
    // Removal while the list is being walked only zeroes the id (the listener running may be
    // the one removed); deliverLocally() erases those entries once it is done.
    std::deque<std::pair<int, LocalListener>> m_listeners;
    int m_lastListenerId = 0;
    int m_deliveringDepth = 0;
    // The simulator's link-state epoch when the routing table last heard the interface
    // states; none yet.
    std::uint64_t m_linkStateEpoch = NoLinkStateEpoch;
    static constexpr std::uint64_t NoLinkStateEpoch = ~std::uint64_t(0);
};

} // namespace vtd::sim::devices
