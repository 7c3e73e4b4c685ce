#pragma once

#include "pix_firewall.h"

#include "sim/devices/packet_stage.h"

#include <memory>

namespace vtd::sim::devices::pix {

/** The return path of address translation, first PIX stage on ingress (after the crypto map):
 *  a packet whose destination is the global side of an xlate slot on the interface it came in
 *  on (for PAT: with the slot's port or ICMP identifier), or the mapped side of a `static`,
 *  gets its real destination back before the access check and the route lookup. It notes the
 *  packet's arrival on the PixFirewall (ingress interface, whether it was un-translated, the
 *  destination as it arrived) for the access check and the egress NAT stage. Never drops. */
class PixUntranslateStage : public PacketStage
{
public:
    explicit PixUntranslateStage(std::shared_ptr<PixFirewall> firewall);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    /** True when an xlate slot took the packet back (rewritten, traced). */
    bool throughXlate(SimNode &node, net::Packet &packet, const QString &ifName);
    /** True when a static took the packet in (rewritten, traced). */
    bool throughStatic(SimNode &node, net::Packet &packet, const QString &ifName);

    std::shared_ptr<PixFirewall> m_firewall;
};

} // namespace vtd::sim::devices::pix
