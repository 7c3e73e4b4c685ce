#pragma once

#include <cstdint>

namespace vtd::sim {

/** Handle of a scheduled event, for cancelling it; a default-constructed id names no event. */
struct EventId
{
    std::uint64_t sequence = 0; ///< insertion number, unique for the whole run (0 = none)
    std::uint32_t slot = 0;     ///< where the queue keeps the callback (an implementation detail)

    constexpr bool isValid() const { return sequence != 0; }
    friend constexpr bool operator==(const EventId &, const EventId &) = default;
};

} // namespace vtd::sim
