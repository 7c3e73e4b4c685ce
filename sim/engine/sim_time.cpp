#include "sim_time.h"

namespace vtd::sim {

QString SimTime::toString() const
{
    // Integer arithmetic only: the same digits on every platform, no rounding.
    const bool negative = m_ns < 0;
    const std::uint64_t magnitude = negative ? std::uint64_t(0) - std::uint64_t(m_ns) : std::uint64_t(m_ns);
    const std::uint64_t wholeMs = magnitude / 1000000;
    const std::uint64_t fraction = magnitude % 1000000;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(wholeMs)
        .arg(fraction, 6, 10, QLatin1Char('0'));
}

} // namespace vtd::sim
