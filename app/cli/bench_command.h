#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim bench [--spokes N] [--clients M] [--pings K]`: the hub-and-spoke performance figures. */
Subcommand benchCommand();

} // namespace vtd::cli
