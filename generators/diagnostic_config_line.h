#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

namespace vtd::gen {

/** Where a finding of the simulation points in a device's configuration: the 1-based line of
 *  the node's text that the finding is about (the pre-shared key for a key mismatch, the ISAKMP
 *  policies for "no proposal chosen", the crypto map's transform sets, match address, peer...),
 *  so that the GUI can show it. 0 when the finding is about something missing (no `isakmp
 *  enable`) or names no node with a configuration. */
int configLineOf(const model::Project &project, const model::Diagnostic &finding);

} // namespace vtd::gen
