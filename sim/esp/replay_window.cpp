#include "replay_window.h"

namespace vtd::sim::esp {

ReplayWindow::Check ReplayWindow::check(std::uint32_t sequence) const
{
    if (sequence == 0)
        return Check::Zero;
    if (sequence > m_highest)
        return Check::Ok;
    const std::uint32_t offset = m_highest - sequence;
    if (offset >= Size)
        return Check::TooOld;
    return (m_bitmap >> offset) & 1u ? Check::Duplicate : Check::Ok;
}

void ReplayWindow::accept(std::uint32_t sequence)
{
    if (sequence > m_highest) {
        const std::uint32_t shift = sequence - m_highest;
        m_bitmap = shift >= Size ? 1u : (m_bitmap << shift) | 1u;
        m_highest = sequence;
        return;
    }
    const std::uint32_t offset = m_highest - sequence;
    if (offset < Size)
        m_bitmap |= std::uint64_t(1) << offset;
}

} // namespace vtd::sim::esp
