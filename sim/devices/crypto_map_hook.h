#pragma once

#include "device_extension.h"
#include "packet_stage.h"

namespace vtd::sim::devices {

/** Where a device's crypto maps meet its packet path: the IKE/IPsec layer installs one on a
 *  node (SimNode::addExtension) and the crypto-map stages ask it about every packet. A node
 *  without one sends everything in clear, which is what a box without `crypto map ... interface`
 *  does.
 *
 *  outbound() runs on the egress path after NAT, with the egress interface chosen: Continue =
 *  not interesting traffic (send as is); Consumed = encapsulated and sent, or held while IKE
 *  negotiates; Drop = e.g. `ipsec.no-sa` for the echo lost while phase 1 runs.
 *  inbound() runs first on the ingress path: a clear packet that a crypto map says must arrive
 *  protected is dropped there; ESP and ISAKMP for the box itself pass to local delivery, where
 *  the IKE/IPsec layer listens and re-injects decrypted datagrams with SimNode::receiveDecrypted. */
class CryptoMapHook : public DeviceExtension
{
public:
    virtual StageVerdict outbound(SimNode &node, net::Packet &packet, net::SimInterface &egress) = 0;
    virtual StageVerdict inbound(SimNode &node, net::Packet &packet, net::SimInterface &ingress)
    {
        (void)node, (void)packet, (void)ingress;
        return StageVerdict::proceed();
    }
};

/** The egress stage "crypto-map": asks the node's CryptoMapHook, if any. Install it last on
 *  the egress path (after NAT), as PIX and IOS apply the crypto map to the translated packet. */
class CryptoMapEgressStage : public PacketStage
{
public:
    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;
};

/** The ingress stage "crypto-map": asks the node's CryptoMapHook, if any. Install it first on
 *  the ingress path; decrypted datagrams (Packet::wasDecrypted) are not asked again. */
class CryptoMapIngressStage : public PacketStage
{
public:
    QString name() const override;
    StageVerdict process(SimNode &node, net::Packet &packet, net::SimInterface &interface) override;
};

} // namespace vtd::sim::devices
