#pragma once

#include "config_merge.h"

#include "model/config/pix_config.h"

namespace vtd::sim::console {

/** mergeConfigLine for a PIX 6.2 configuration (rules in config_merge.h). */
MergeResult mergePixLine(const model::PixConfig &config, const QString &line);

} // namespace vtd::sim::console
