#pragma once

#include <QElapsedTimer>

namespace vtd::sim::bench {

/** Wall and CPU time of one measured stretch. */
struct Timing
{
    double wallSeconds = 0;
    double cpuSeconds = 0;  ///< this thread's CPU time

    Timing operator+(const Timing &other) const
    {
        return {wallSeconds + other.wallSeconds, cpuSeconds + other.cpuSeconds};
    }
    Timing operator-(const Timing &other) const
    {
        return {wallSeconds - other.wallSeconds, cpuSeconds - other.cpuSeconds};
    }
};

/** Measures both clocks. The overhead figure compares CPU times: other work on the same cores
 *  (a CI build, say) stretches the wall time of the simulation and of the crypto floor unevenly,
 *  while the CPU time of this single-threaded thread is what the work itself costs. */
class BenchClock
{
public:
    BenchClock() { restart(); }
    void restart();
    Timing elapsed() const;

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
};

} // namespace vtd::sim::bench
