#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim trace PROJECT SRC DST [--proto icmp|udp|tcp] [--port N]`: one probe's path with every
 *  pipeline decision; exit 0 delivered, 3 dropped (where and why printed), 1 invalid input. */
Subcommand traceCommand();

} // namespace vtd::cli
