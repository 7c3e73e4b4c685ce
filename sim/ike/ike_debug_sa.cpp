#include "ike_debug_sa.h"

#include "ike_sa.h"

namespace vtd::sim::ike {

IkeDebugSa debugSaOf(const IkeSa *sa, int upcomingConnId)
{
    if (!sa) {
        IkeDebugSa none;
        none.upcomingConnId = upcomingConnId;
        return none;
    }
    return IkeDebugSa{sa->connId, 0, sa->initiator ? 'I' : 'R', ikeStateName(sa->state), sa->peer};
}

} // namespace vtd::sim::ike
