#include "quick_mode_sas.h"

#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

std::optional<std::pair<esp::EspSaConfig, esp::EspSaConfig>>
quickModeSaPair(const IkeSa &sa, const QuickModeExchange &qm, const crypto::Bytes &gqmxy, SimTime now)
{
    const crypto::Bytes ni = crypto::toBytes(net::viewOf(qm.nonceI));
    const crypto::Bytes nr = crypto::toBytes(net::viewOf(qm.nonceR));
    const auto keysFor = [&](std::uint32_t spi) {
        return sa.keys->espKeys(QuickModeKeyInput{3, spi, ni, nr, gqmxy},
                                qm.transform.encryption.value_or(crypto::EncryptionAlgorithm::Des),
                                qm.transform.authentication);
    };
    const auto inKeys = keysFor(qm.ourSpi);
    const auto outKeys = keysFor(qm.peerSpi);
    if (!inKeys || !outKeys)
        return std::nullopt;
    const auto configOf = [&](bool inbound, const EspKeys &keys) {
        esp::EspSaConfig config;
        config.spi = inbound ? qm.ourSpi : qm.peerSpi;
        config.direction = inbound ? esp::EspDirection::Inbound : esp::EspDirection::Outbound;
        config.localAddress = sa.local;
        config.peerAddress = sa.peer;
        config.proxies = qm.proxies;
        config.transform = qm.transform;
        config.encryptionKey = qm.transform.encryption ? keys.encryptionKey : crypto::Bytes();
        config.authenticationKey = keys.authenticationKey;
        config.lifetime = esp::EspLifetime{std::int64_t(qm.effectiveSeconds), std::int64_t(qm.effectiveKilobytes)};
        config.created = now;
        return config;
    };
    return std::make_pair(configOf(true, *inKeys), configOf(false, *outKeys));
}

} // namespace vtd::sim::ike
