#pragma once

#include "pix_show_crypto_ipsec_sa.h"
#include "pix_show_crypto_isakmp_sa.h"

#include "sim/engine/sim_time.h"

namespace vtd::sim::devices {
class SimNode;
}
namespace vtd::sim::ike {
class IkeDaemon;
}

namespace vtd::sim::output {

/** The rows of `show crypto isakmp sa` from a running IKE daemon (deleted SAs left out;
 *  `created` counts the ESP SA pairs with the SA's peer, as IkeSa keeps no Quick Mode count). */
QList<PixIsakmpSaRow> pixIsakmpSaRows(const ike::IkeDaemon &daemon);

/** The blocks of `show crypto ipsec sa` from a running IKE daemon: per interface with a crypto
 *  map, every permit line of its static entries as a flow (with or without SAs), then the
 *  flows of dynamic entries and of SAs no ACL line names, with their SAs and counters. */
QList<PixIpsecInterface> pixIpsecInterfaces(const ike::IkeDaemon &daemon, const devices::SimNode &node,
                                            SimTime now);

} // namespace vtd::sim::output
