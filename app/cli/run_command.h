#pragma once

#include "subcommand.h"

namespace vtd::cli {

/** `vpnsim run PROJECT [--scenario FILE] [--seed N] [--json FILE] [--pcap FILE]
 *  [--wireshark-keys DIR] [--psk ...] [--group-password ...]`: runs a scenario, prints the run
 *  log on stdout and findings on stderr, writes the run summary; exit 0 when every expect held,
 *  1 when the project or the scenario is invalid (nothing ran), 3 when an expect failed. */
Subcommand runCommand();

} // namespace vtd::cli
