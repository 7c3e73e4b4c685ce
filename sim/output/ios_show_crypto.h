#pragma once

// IOS 12.2 `show crypto isakmp sa` and `show crypto ipsec sa`: the rows and blocks the PIX
// builders make from a running IKE daemon, in the router's layout (ios122-commands.md §6;
// exact widths unverified, see docs/reference/output-formats-unverified.md).

#include "pix_show_crypto_ipsec_sa.h"

#include "sim/engine/sim_time.h"

#include <QList>
#include <QString>

namespace vtd::sim::devices {
class SimNode;
}
namespace vtd::sim::ike {
class IkeDaemon;
}

namespace vtd::sim::output {

/** One row of IOS `show crypto isakmp sa`. */
struct IosIsakmpSaRow
{
    model::Ipv4Address dst;   ///< the responder of the IKE SA
    model::Ipv4Address src;   ///< its initiator
    QString state;
    int connId = 0;
};

QList<IosIsakmpSaRow> iosIsakmpSaRows(const ike::IkeDaemon &daemon);

/** `dst`, `src` 16 wide, state 15, then conn-id and slot right-aligned in 7 columns. */
QString renderIosShowCryptoIsakmpSa(const QList<IosIsakmpSaRow> &rows);

/** The PIX blocks with IOS's software crypto engine numbering: conn id 2000 upwards and
 *  flow_id from 1, in the order the SAs were allocated. */
QList<PixIpsecInterface> iosIpsecInterfaces(const ike::IkeDaemon &daemon, const devices::SimNode &node, SimTime now);

} // namespace vtd::sim::output
