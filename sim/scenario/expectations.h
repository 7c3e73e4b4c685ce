#pragma once

#include "run_summary.h"
#include "script.h"

#include "model/diagnostic.h"

#include <optional>

namespace vtd::sim {

class VpnControl;

/** Whether an `expect` held; when not, the finding that says why (code and params set; the
 *  runner adds file, line, node and time). */
struct ExpectOutcome
{
    bool held = false;
    std::optional<model::Diagnostic> failure;
};

// The four expectations of the contract, each judged from what the run has recorded so far or
// from the node's state now, never from what the script hoped for.

/** `expect ping SRC DST >= P`: the last ping with the same endpoints (as written) reached P %. */
ExpectOutcome evaluateExpectPing(const ExpectPingCommand &expect, const QString &text,
                                 const QList<PingRecord> &pings);
/** `expect drop NODE CODE`: some packet was dropped at NODE with CODE so far. */
ExpectOutcome evaluateExpectDrop(const ExpectDropCommand &expect, const QString &text,
                                 const QList<DropRecord> &drops);
/** `expect ike NODE PEER up|down`: up = an IKE SA with PEER in QM_IDLE. A node without IKE
 *  (`vpn` null) fails with scenario.no-ike, whichever state was expected. */
ExpectOutcome evaluateExpectIke(const ExpectIkeCommand &expect, const QString &text,
                                const VpnControl *vpn);
/** `expect ipsec NODE PEER up|down [transform T]`: up = an IPsec SA with PEER whose transform
 *  has every word of T. */
ExpectOutcome evaluateExpectIpsec(const ExpectIpsecCommand &expect, const QString &text,
                                  const VpnControl *vpn);

/** The finding for a command that needs IKE on a node that does not simulate it. */
model::Diagnostic noIkeDiagnostic(const QString &node, const QString &commandText);

} // namespace vtd::sim
