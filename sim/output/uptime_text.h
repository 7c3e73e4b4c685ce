#pragma once

// How the devices spell how long they have been up, from the simulated uptime.

#include <QString>

#include <cstdint>

namespace vtd::sim::output {

/** PIX 6.2 `show version`: the two most significant units from the first non-zero one
 *  ("11 mins 19 secs", "2 hours 23 mins", "45 secs") [seed; singular "1 min" inferred]. */
QString pixUptimeText(std::int64_t uptimeMs);

/** IOS 12.2 `show version`: "2 weeks, 3 days, 22 hours, 32 minutes" [seed]: years, weeks,
 *  days, hours from the first non-zero unit, always ending in minutes [unverified beyond the
 *  seed's one sample]. */
QString iosUptimeText(std::int64_t uptimeMs);

} // namespace vtd::sim::output
