#pragma once

#include "ike_debug.h"

namespace vtd::sim::ike {

struct IkeSa;

/** The debug context of an SA as the daemon sees it; null: a message for no known SA yet,
 *  whose SA, if one is made, will be number `upcomingConnId`. */
IkeDebugSa debugSaOf(const IkeSa *sa, int upcomingConnId = 0);

} // namespace vtd::sim::ike
