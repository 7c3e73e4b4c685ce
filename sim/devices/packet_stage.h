#pragma once

#include <QMap>
#include <QString>

namespace vtd::sim::net {
class Packet;
class SimInterface;
} // namespace vtd::sim::net

namespace vtd::sim::devices {

class SimNode;

/** What a stage decided about a packet. */
struct StageVerdict
{
    enum class Kind { Continue, Drop, Consumed };
    Kind kind = Kind::Continue;
    QString code;                  ///< Drop: the catalog code ("acl.denied", "ipsec.no-sa"...)
    QMap<QString, QString> params; ///< Drop: the code's template parameters

    static StageVerdict proceed() { return {}; }
    static StageVerdict drop(QString code, QMap<QString, QString> params = {})
    {
        return {Kind::Drop, std::move(code), std::move(params)};
    }
    /** The stage took the packet over (tunnelled it, queued it for IKE...): the path stops
     *  here without a drop. */
    static StageVerdict consumed() { return {Kind::Consumed, {}, {}}; }
};

/** One step of a node's ingress or egress path, so that the PIX pipeline (ingress ACL, NAT,
 *  xlate, conduit) and the crypto map's "protect" decision can plug into plain forwarding
 *  without SimNode knowing about them.
 *
 *  Ingress stages run, in order, on every packet that arrives on an interface, before the
 *  node decides whether it is for itself or to be forwarded. Egress stages run, in order,
 *  after the route lookup has chosen the egress interface and before the packet goes on the
 *  wire (also for packets the node originates). A stage may rewrite the packet (NAT). A Drop
 *  verdict is traced by the node as a DropTrace with the stage's name and the verdict's code. */
class PacketStage
{
public:
    virtual ~PacketStage() = default;
    /** The stage name in traces: "ingress-acl", "nat", "crypto-map"... */
    virtual QString name() const = 0;
    /** `interface` is the ingress interface (ingress path) or the chosen egress (egress path). */
    virtual StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) = 0;
};

} // namespace vtd::sim::devices
