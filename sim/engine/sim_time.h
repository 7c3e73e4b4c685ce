#pragma once

#include <QString>

#include <compare>
#include <cstdint>

namespace vtd::sim {

/** Simulated time as an integer count of nanoseconds since the start of the run.
 *  Integer time (never floating point) keeps the event order identical on every machine;
 *  nanoseconds leave room for sub-millisecond processing delays, while the run summary
 *  reports whole milliseconds (toMilliseconds() truncates). int64 covers 292 years. */
class SimTime
{
public:
    constexpr SimTime() = default;

    static constexpr SimTime fromNanoseconds(std::int64_t ns) { return SimTime(ns); }
    static constexpr SimTime fromMicroseconds(std::int64_t us) { return SimTime(us * 1000); }
    static constexpr SimTime fromMilliseconds(std::int64_t ms) { return SimTime(ms * 1000000); }
    static constexpr SimTime fromSeconds(std::int64_t s) { return SimTime(s * 1000000000); }
    static constexpr SimTime max() { return SimTime(INT64_MAX); }

    constexpr std::int64_t toNanoseconds() const { return m_ns; }
    /** Whole milliseconds, truncated toward zero (the unit of the run summary). */
    constexpr std::int64_t toMilliseconds() const { return m_ns / 1000000; }

    /** "1001.000250" : milliseconds with six decimals, exact for every value (trace lines). */
    QString toString() const;

    constexpr SimTime operator+(SimTime other) const { return SimTime(m_ns + other.m_ns); }
    constexpr SimTime operator-(SimTime other) const { return SimTime(m_ns - other.m_ns); }
    constexpr SimTime operator*(std::int64_t factor) const { return SimTime(m_ns * factor); }
    constexpr SimTime &operator+=(SimTime other) { m_ns += other.m_ns; return *this; }
    constexpr SimTime &operator-=(SimTime other) { m_ns -= other.m_ns; return *this; }

    friend constexpr auto operator<=>(SimTime, SimTime) = default;

private:
    constexpr explicit SimTime(std::int64_t ns) : m_ns(ns) {}
    std::int64_t m_ns = 0;
};

/** Literals for readable delays: `1_ms`, `30_s`. */
namespace time_literals {
constexpr SimTime operator""_ns(unsigned long long v) { return SimTime::fromNanoseconds(std::int64_t(v)); }
constexpr SimTime operator""_us(unsigned long long v) { return SimTime::fromMicroseconds(std::int64_t(v)); }
constexpr SimTime operator""_ms(unsigned long long v) { return SimTime::fromMilliseconds(std::int64_t(v)); }
constexpr SimTime operator""_s(unsigned long long v) { return SimTime::fromSeconds(std::int64_t(v)); }
} // namespace time_literals

} // namespace vtd::sim
