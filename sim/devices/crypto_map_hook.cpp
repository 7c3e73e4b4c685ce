#include "crypto_map_hook.h"

#include "sim_node.h"

#include "sim/net/packet.h"

namespace vtd::sim::devices {

QString CryptoMapEgressStage::name() const
{
    return QStringLiteral("crypto-map");
}

StageVerdict CryptoMapEgressStage::process(SimNode &node, net::Packet &packet,
                                           net::SimInterface &interface)
{
    CryptoMapHook *hook = node.extension<CryptoMapHook>();
    return hook ? hook->outbound(node, packet, interface) : StageVerdict::proceed();
}

QString CryptoMapIngressStage::name() const
{
    return QStringLiteral("crypto-map");
}

StageVerdict CryptoMapIngressStage::process(SimNode &node, net::Packet &packet,
                                            net::SimInterface &interface)
{
    CryptoMapHook *hook = node.extension<CryptoMapHook>();
    if (!hook || packet.wasDecrypted())
        return StageVerdict::proceed();
    return hook->inbound(node, packet, interface);
}

} // namespace vtd::sim::devices
