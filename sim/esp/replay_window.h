#pragma once

#include <cstdint>

namespace vtd::sim::esp {

/**
 * The receiver's anti-replay window of RFC 2401 Appendix C / RFC 2406 §3.4.3: a 64-packet
 * bitmap whose right edge is the highest sequence number already authenticated. check() runs
 * before the ICV (cheap rejection), accept() only after a good ICV, so forged packets never
 * move the window.
 */
class ReplayWindow
{
public:
    /** Cisco's window of this era (RFC 2406: 32 minimum, 64 preferred). */
    static constexpr std::uint32_t Size = 64;

    enum class Check {
        Ok,          ///< new: right of the edge, or inside the window and not yet seen
        Duplicate,   ///< inside the window, already seen
        TooOld,      ///< left of the window
        Zero,        ///< 0 is never sent (the first packet carries 1)
    };

    Check check(std::uint32_t sequence) const;
    /** Records a sequence number that check() called Ok and whose ICV verified. */
    void accept(std::uint32_t sequence);

    /** Right edge: highest sequence number accepted so far (0 before the first packet). */
    std::uint32_t highest() const { return m_highest; }
    /** Bit i set = highest() - i was received. */
    std::uint64_t bitmap() const { return m_bitmap; }

private:
    std::uint32_t m_highest = 0;
    std::uint64_t m_bitmap = 0;
};

} // namespace vtd::sim::esp
