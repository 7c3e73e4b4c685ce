#pragma once

#include "event_id.h"
#include "event_queue.h"
#include "seeded_rng.h"
#include "sim_time.h"
#include "trace_fanout.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>

namespace vtd::sim {

/** The discrete-event kernel of one run: simulated clock, future events, the run's only RNG and
 *  the trace fan-out (ns-3's Simulator, as an object rather than a static facade, so that tests
 *  and the GUI can hold several independent runs).
 *
 *  Deterministic by construction: integer time, (time, sequence) order, one seeded RNG. The same
 *  inputs and seed give the same events, the same random numbers and the same trace. Not
 *  thread-safe; callbacks run on the caller's thread, one at a time. */
class Simulator
{
public:
    using Callback = std::function<void()>;

    explicit Simulator(std::uint64_t seed = 0);
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    SimTime now() const { return m_now; }

    /** Runs `callback` `delay` after now; a negative delay is a programming error (treated as 0). */
    EventId schedule(SimTime delay, Callback callback);
    /** Runs `callback` at an absolute time; a time in the past is treated as now. */
    EventId scheduleAt(SimTime at, Callback callback);
    /** False if the event already ran or was cancelled. */
    bool cancel(EventId id);
    bool isPending(EventId id) const { return m_queue.isPending(id); }

    /** Runs the next event, advancing the clock to its time; false if there is none. */
    bool step();
    /** Runs every event due at or before `until`, then sets the clock to `until`
     *  (unless stop() was called: the clock then stays at the stopping event's time). */
    void runUntil(SimTime until);
    /** Runs until no event is left or stop() is called (a periodic timer never lets it end). */
    void runAll();
    /** Called from inside an event: the current runUntil()/runAll() returns after this event. */
    void stop() { m_stopRequested = true; }
    bool isStopRequested() const { return m_stopRequested; }

    std::size_t pendingEvents() const { return m_queue.size(); }
    std::optional<SimTime> nextEventTime() const { return m_queue.nextTime(); }
    std::uint64_t executedEvents() const { return m_executed; }

    SeededRng &rng() { return m_rng; }
    std::uint64_t seed() const { return m_rng.seed(); }

    /** Where the simulation reports; records go to every added sink. */
    TraceSink &trace() { return m_trace; }
    void addTraceSink(TraceSink *sink) { m_trace.addSink(sink); }
    void removeTraceSink(TraceSink *sink) { m_trace.removeSink(sink); }
    /** False when nobody listens: emitters may skip building summaries. */
    bool isTracing() const { return !m_trace.isEmpty(); }

    /** A fresh id for a new packet (1, 2, ...), so a trace can follow it across hops. */
    std::uint64_t allocatePacketId() { return ++m_lastPacketId; }

    /** Moves whenever the line state of some interface may have changed (shutdown, cable,
     *  attachment): nodes refresh their routes' interface states only then, not per packet. */
    std::uint64_t linkStateEpoch() const { return m_linkStateEpoch; }
    void noteLinkStateChange() { ++m_linkStateEpoch; }

private:
    SimTime m_now;
    EventQueue m_queue;
    SeededRng m_rng;
    TraceFanout m_trace;
    std::uint64_t m_executed = 0;
    std::uint64_t m_lastPacketId = 0;
    std::uint64_t m_linkStateEpoch = 0;
    bool m_stopRequested = false;
};

} // namespace vtd::sim
