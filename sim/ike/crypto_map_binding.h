#pragma once

#include "ike_config.h"

#include "model/config/crypto_map.h"
#include "model/config/transform_set.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace vtd::sim::ike {

/** The transform sets named by a crypto map entry, in its order (unknown names left out). */
QList<model::TransformSet> resolveTransformSets(const QStringList &names, const QList<model::TransformSet> &all);

/** One crypto map entry on one interface as the IKE layer uses it. PIX 6.2 and IOS 12.2 share
 *  the crypto map model (PixConfig and IosConfig both offer accessList(), transformSets() and
 *  ipsecLifetime()); only the default IPsec lifetime differs (PIX 28800 s, IOS 3600 s). */
template<typename DeviceConfig>
CryptoMapBinding cryptoMapBinding(const model::CryptoMap &map, const QString &interface,
                                  const model::CryptoMapSettings &settings, const DeviceConfig &config,
                                  std::uint64_t defaultLifetimeSeconds)
{
    CryptoMapBinding binding;
    binding.interface = interface;
    binding.map = map.name;
    if (!settings.matchAddress.isEmpty())
        binding.acl = config.accessList(settings.matchAddress);
    binding.peers = settings.peers;
    binding.transformSets = resolveTransformSets(settings.transformSets, config.transformSets());
    binding.pfs = settings.pfs;
    const model::SaLifetime global = config.ipsecLifetime();
    binding.lifetimeSeconds = std::uint64_t(settings.lifetime.seconds.value_or(global.seconds.value_or(defaultLifetimeSeconds)));
    binding.lifetimeKilobytes = std::uint64_t(settings.lifetime.kilobytes.value_or(global.kilobytes.value_or(4608000)));
    binding.xauth = !map.clientAuthentication.isEmpty();
    binding.xauthServerTag = map.clientAuthentication;
    binding.xauthLocal = map.clientAuthenticationLocal;
    binding.modeConfig = map.clientConfiguration;
    return binding;
}

} // namespace vtd::sim::ike
