#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim export PROJECT -o DIR [--reveal-secrets]`. */
Subcommand exportCommand();

} // namespace vtd::cli
