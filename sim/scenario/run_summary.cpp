#include "run_summary.h"

#include <algorithm>

namespace vtd::sim {

bool RunSummary::allExpectsHeld() const
{
    return std::all_of(expects.begin(), expects.end(), [](const ExpectRecord &e) { return e.held; });
}

} // namespace vtd::sim
