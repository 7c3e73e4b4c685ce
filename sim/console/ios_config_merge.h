#pragma once

#include "config_merge.h"

#include "model/config/ios_config.h"

namespace vtd::sim::console {

/** mergeConfigLine for an IOS 12.2 configuration (rules in config_merge.h). One line is one
 *  global-configuration command: a block header (`interface Ethernet0`) adds an empty block
 *  when there is none; interface sub-commands cannot be entered this way. */
MergeResult mergeIosLine(const model::IosConfig &config, const QString &line);

} // namespace vtd::sim::console
