#include "seeded_rng.h"

#include <cmath>

namespace vtd::sim {

namespace {

constexpr std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::uint64_t splitMix64(std::uint64_t &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

SeededRng::SeededRng(std::uint64_t seed)
    : m_seed(seed)
{
    std::uint64_t mixer = seed;
    for (std::uint64_t &word : m_state)
        word = splitMix64(mixer);
}

SeededRng SeededRng::fromState(const std::array<std::uint64_t, 4> &state)
{
    SeededRng rng;
    rng.m_state = state;
    return rng;
}

std::uint64_t SeededRng::nextU64()
{
    // xoshiro256** 1.0: output = rotl(s1 * 5, 7) * 9, then the xorshift state transition.
    std::uint64_t *s = m_state.data();
    const std::uint64_t result = rotl(s[1] * 5, 7) * 9;
    const std::uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

std::uint32_t SeededRng::nextU32()
{
    return std::uint32_t(nextU64() >> 32);
}

std::uint64_t SeededRng::below(std::uint64_t bound)
{
    if (bound == 0)
        return 0;
    // Values below 2^64 mod bound would make the low residues more likely: redraw them.
    const std::uint64_t threshold = (0 - bound) % bound;
    for (;;) {
        const std::uint64_t r = nextU64();
        if (r >= threshold)
            return r % bound;
    }
}

std::int64_t SeededRng::between(std::int64_t low, std::int64_t high)
{
    if (low >= high)
        return low;
    const std::uint64_t span = std::uint64_t(high) - std::uint64_t(low);
    const std::uint64_t offset = span == UINT64_MAX ? nextU64() : below(span + 1);
    return std::int64_t(std::uint64_t(low) + offset);
}

bool SeededRng::chancePpm(std::uint32_t partsPerMillion)
{
    if (partsPerMillion == 0)
        return false;
    if (partsPerMillion >= 1000000)
        return true;
    return below(1000000) < partsPerMillion;
}

bool SeededRng::chancePercent(double percent)
{
    if (!(percent > 0.0))
        return false;
    if (percent >= 100.0)
        return true;
    // IEEE rounding of a value this small is exact and identical everywhere.
    return chancePpm(std::uint32_t(std::llround(percent * 10000.0)));
}

QByteArray SeededRng::bytes(int count)
{
    QByteArray out;
    out.reserve(count);
    while (out.size() < count) {
        std::uint64_t word = nextU64();
        for (int i = 0; i < 8 && out.size() < count; ++i, word >>= 8)
            out.append(char(word & 0xff));
    }
    return out;
}

} // namespace vtd::sim
