#pragma once

// A configuration built from the model (typed statements in any order, no defaults) made into
// the complete configuration an IOS 12.2 router would print: sections in the device's order
// (ios122-commands.md §5), the defaults IOS prints, and `!` between sections.

#include "model/config/ios_config.h"

#include <QString>

namespace vtd::gen::ios122 {

struct IosBuildOptions
{
    QString version = QStringLiteral("12.2"); ///< printed as `version 12.2` when none is given
};

/** The statements of `config` in IOS's order, completed with what IOS prints by default:
 *  the header, `version`, the `service` lines, `hostname` (Router), `ip subnet-zero`,
 *  `ip classless`, `no ip http server`, `line con 0`, `line aux 0`, `line vty 0 4` / ` login`
 *  and `end`. Within a section: isakmp policies by priority, then keys and identity; crypto map
 *  options before entries, entries by map and sequence; numbered access lists by number, then
 *  named ones and route maps; lines con, aux, vty. Interfaces, routes and other lines keep
 *  their order. Comments and an old header are dropped (they are regenerated); verbatim lines
 *  that repeat a default are not printed twice. Applying it twice gives the same result. */
model::IosConfig completeIosConfig(const model::IosConfig &config, const IosBuildOptions &options = {});

} // namespace vtd::gen::ios122
