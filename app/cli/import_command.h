#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim import FILE... -o PROJECT [--psk ...] [--group-password ...]`. */
Subcommand importCommand();

} // namespace vtd::cli
