#pragma once

#include "sim/devices/sim_node.h"

#include <memory>

namespace vtd::model {
class PixConfig;
}

namespace vtd::sim::devices::pix {

/** A PIX as the simulator runs it, built from its typed configuration: interfaces by nameif
 *  (hardware name when unnamed) with their `ip address` (the 127.0.0.1/32 placeholder carries
 *  nothing) and `interface ... shutdown`, connected routes plus `route IF NET MASK GW METRIC`,
 *  and the adaptive security pipeline as ordered stages with its state (PixFirewall). */
std::unique_ptr<SimNode> buildPixDevice(Simulator &sim, const QString &name,
                                        const model::PixConfig &config);

} // namespace vtd::sim::devices::pix
