#pragma once

#include "pix_firewall.h"

#include "sim/devices/packet_stage.h"

#include <functional>
#include <memory>
#include <variant>

namespace vtd::sim::devices::pix {

/** PIX 6.2 address translation on the egress path, once the route has chosen the interface:
 *  every packet crossing the box needs a translation rule ("NAT control" is always on in 6.x).
 *
 *  Toward a lower security level the source is looked up in this order: `nat (in) 0
 *  access-list` exemption (untranslated), `static (in,out)` (mapped), identity `nat (in) 0
 *  ADDR MASK` (untranslated, an identity slot), `nat (in) ID ADDR MASK` with the `global (out)
 *  ID` of the EGRESS interface (dynamic NAT from a range first, then PAT to an address or the
 *  interface, keyed by port or ICMP identifier). A nat id without a global on the egress
 *  interface, or no rule at all, drops the packet (pix.no-translation-group, syslog 305005).
 *  Toward an equal or higher level the packet must have come back through an xlate or static
 *  (PixUntranslateStage), or be exempt by the `nat (out) 0 access-list` of the higher side
 *  (matched with source and destination swapped). The PIX's own packets are not translated. */
class PixNatStage : public PacketStage
{
public:
    explicit PixNatStage(std::shared_ptr<PixFirewall> firewall);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    /** A slot to use, or the drop that explains why none could be made. */
    using Allocation = std::variant<Xlate, StageVerdict>;

    StageVerdict outbound(SimNode &node, net::Packet &packet, const QString &from, const QString &to);
    StageVerdict inbound(SimNode &node, net::Packet &packet, const PixFirewall::Arrival &arrival,
                         const QString &to);
    StageVerdict translate(SimNode &node, net::Packet &packet, const QString &from, const QString &to,
                           const model::NatCmd &rule);
    Allocation allocate(SimNode &node, const net::Packet &packet, const QString &from, const QString &to,
                        const model::NatCmd &rule);
    StageVerdict noTranslationGroup(SimNode &node, const net::Packet &packet, const QString &from,
                                    const QString &to, const QString &why);
    /** Traces the decision; `detail` makes its text, only when tracing (formatting a rule
     *  costs more than applying it). */
    void decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                const std::function<QString()> &detail);

    std::shared_ptr<PixFirewall> m_firewall;
};

} // namespace vtd::sim::devices::pix
