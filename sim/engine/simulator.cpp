#include "simulator.h"

#include <QtGlobal>

#include <utility>

namespace vtd::sim {

Simulator::Simulator(std::uint64_t seed)
    : m_rng(seed)
{}

EventId Simulator::schedule(SimTime delay, Callback callback)
{
    Q_ASSERT_X(delay >= SimTime(), "Simulator::schedule", "negative delay");
    if (delay < SimTime())
        delay = SimTime();
    return m_queue.push(m_now + delay, std::move(callback));
}

EventId Simulator::scheduleAt(SimTime at, Callback callback)
{
    return m_queue.push(at < m_now ? m_now : at, std::move(callback));
}

bool Simulator::cancel(EventId id)
{
    return m_queue.cancel(id);
}

bool Simulator::step()
{
    SimTime at;
    Callback callback;
    if (!m_queue.pop(at, callback))
        return false;
    Q_ASSERT(at >= m_now); // time never moves backwards
    m_now = at;
    ++m_executed;
    if (callback)
        callback();
    return true;
}

void Simulator::runUntil(SimTime until)
{
    m_stopRequested = false;
    for (;;) {
        const std::optional<SimTime> next = m_queue.nextTime();
        if (!next || *next > until)
            break;
        step();
        if (m_stopRequested)
            return;
    }
    if (until > m_now)
        m_now = until;
}

void Simulator::runAll()
{
    m_stopRequested = false;
    while (!m_stopRequested && step()) {
    }
}

} // namespace vtd::sim
