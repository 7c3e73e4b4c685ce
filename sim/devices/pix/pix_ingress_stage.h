#pragma once

#include "pix_firewall.h"

#include "sim/devices/packet_stage.h"

#include <functional>
#include <memory>

namespace vtd::sim::devices::pix {

/** The PIX 6.2 adaptive security algorithm on arrival (without a connection table): `icmp`
 *  rules for ICMP to the box, `sysopt connection permit-ipsec` for decrypted datagrams, the
 *  interface's inbound access-group for traffic through it (first match wins, implicit deny;
 *  matched against the destination as it arrived, before PixUntranslateStage restored the
 *  real one), and otherwise the security levels (higher to lower passes; lower or equal to
 *  higher only as echo return traffic). Each decision is traced with this stage's name. */
class PixIngressStage : public PacketStage
{
public:
    explicit PixIngressStage(std::shared_ptr<PixFirewall> firewall);

    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;

private:
    /** What the rules look at: protocol, ports or ICMP type, echo identifier. */
    struct Flow
    {
        int protocol = 0;
        int srcPort = 0;
        int dstPortOrType = 0;
        std::optional<std::uint16_t> echoRequestId;
        std::optional<std::uint16_t> echoReplyId;
    };
    static Flow flowOf(const net::Packet &packet);

    StageVerdict toTheBox(SimNode &node, const net::Packet &packet, const QString &ifName, const Flow &flow);
    StageVerdict byAccessGroup(SimNode &node, const net::Packet &packet, const QString &ifName,
                               int list, const Flow &flow);
    StageVerdict bySecurityLevel(SimNode &node, const net::Packet &packet, const QString &ifName,
                                 const Flow &flow);
    /** Traces the decision; `detail` makes its text, only when tracing (formatting a rule
     *  costs more than applying it). */
    void decide(SimNode &node, const net::Packet &packet, const QString &outcome,
                const std::function<QString()> &detail);

    std::shared_ptr<PixFirewall> m_firewall;
};

} // namespace vtd::sim::devices::pix
