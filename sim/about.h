#pragma once

#include <QString>

namespace vtd::sim {

/** One line naming the simulator's build and its crypto backend, for `--version`. */
QString aboutSimulator();

} // namespace vtd::sim
