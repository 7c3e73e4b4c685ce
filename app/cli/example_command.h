#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim example -o FILE`: writes the built-in example project. */
Subcommand exampleCommand();

} // namespace vtd::cli
