#pragma once

#include <QByteArray>

#include <array>
#include <cstdint>

namespace vtd::sim {

/** The simulation's only source of randomness (cookies, nonces, SPIs, DH keys, link loss).
 *
 *  xoshiro256** 1.0 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro256starstar.c), its
 *  256-bit state filled from the 64-bit seed by SplitMix64 as the authors recommend. Both are
 *  written here from the published algorithms, and every derived value (ranges, percentages,
 *  bytes) uses our own integer arithmetic, never std:: distributions, whose results differ
 *  between standard libraries: the same seed gives the same numbers on every machine. */
class SeededRng
{
public:
    explicit SeededRng(std::uint64_t seed = 0);
    /** Starts from an explicit state (for the generator's reference test vectors). */
    static SeededRng fromState(const std::array<std::uint64_t, 4> &state);

    std::uint64_t seed() const { return m_seed; }

    std::uint64_t nextU64();
    /** The high 32 bits of nextU64() (the better bits of xoshiro's output). */
    std::uint32_t nextU32();
    /** Uniform in [0, bound); bound 0 returns 0. Unbiased: rejection below 2^64 mod bound. */
    std::uint64_t below(std::uint64_t bound);
    /** Uniform in [low, high] inclusive; low > high returns low. */
    std::int64_t between(std::int64_t low, std::int64_t high);
    /** True with the given probability in parts per million (0 never, >= 1000000 always). */
    bool chancePpm(std::uint32_t partsPerMillion);
    /** True with the given percentage (resolution 0.0001 %). */
    bool chancePercent(double percent);
    /** `count` bytes, taken from successive outputs in little-endian order. */
    QByteArray bytes(int count);

private:
    std::uint64_t m_seed = 0;
    std::array<std::uint64_t, 4> m_state{};
};

/** SplitMix64 (Steele, Lea, Flood; https://prng.di.unimi.it/splitmix64.c): advances `state`
 *  and returns the next output. Used to seed SeededRng; exposed for its reference test. */
std::uint64_t splitMix64(std::uint64_t &state);

} // namespace vtd::sim
