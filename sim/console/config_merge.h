#pragma once

// `configure NODE: LINE`: one configure-terminal line merged into a device's configuration.

#include "model/diagnostic.h"

#include <QString>

namespace vtd::sim::console {

class DeviceState;

/** The configuration after the line, or why the line was refused. */
struct MergeResult
{
    QString text;                    ///< the whole new configuration (when changed)
    model::Diagnostics diagnostics;  ///< refusal (errors) or remarks (warnings)
    bool changed = false;
};

/** Merges one line, read by the device's dialect (PIX 6.2 or IOS 12.2), into its configuration.
 *
 *  A line the dialect cannot read is refused with the dialect's diagnostic (as an error). A
 *  statement that exists once per key (hostname, `ip address IF`, `route IF NET MASK`, a crypto
 *  map entry's `set peer`...) replaces the existing one; list-like statements (access-list
 *  entries, nat, global, static, icmp, IOS `ip route` with another next hop) are appended
 *  unless the same statement is already there. `no X` removes every statement that is X or,
 *  word for word, starts with X (`no access-list acl-out` removes the whole list); when none
 *  matches, a modelled statement gives the warning console.nothing-to-remove and nothing
 *  changes. On IOS an unmodelled `no X` (`no ip classless`) removes the X lines and is kept
 *  itself, as IOS lists the negation of features that are on by default. */
MergeResult mergeConfigLine(const DeviceState &device, const QString &line);

} // namespace vtd::sim::console
