#pragma once

#include "pix_show_access_list.h"
#include "show_crypto_map.h"

#include "model/config/crypto_map.h"
#include "model/config/dynamic_map.h"

namespace vtd::sim::ike {
class IkeDaemon;
}

namespace vtd::sim::output {

/** The configuration `show crypto map` reads, as the dialect-neutral views both the PIX and
 *  the IOS configuration models provide. */
struct CryptoMapConfigView
{
    QList<model::CryptoMap> maps;
    QList<model::DynamicMap> dynamicMaps;
    QList<model::AccessList> accessLists;
    model::SaLifetime globalLifetime;   ///< values set; the platform's defaults when not configured
};

/** The maps of `show crypto map` from the running configuration, with the current peer of
 *  each entry taken from the daemon's live ESP SAs (the newest pair negotiated for the entry);
 *  without one a static entry shows its first `set peer`, as the devices do. */
QList<ShowCryptoMap> showCryptoMaps(const CryptoMapConfigView &config, const ike::IkeDaemon *daemon,
                                    const AclHitCounts &hits = {});

} // namespace vtd::sim::output
