#include "bench_clock.h"

#include <ctime>

namespace vtd::sim::bench {

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

void BenchClock::restart()
{
    m_wall.start();
    m_cpuStart = threadCpuSeconds();
}

Timing BenchClock::elapsed() const
{
    return {double(m_wall.nsecsElapsed()) / 1e9, threadCpuSeconds() - m_cpuStart};
}

} // namespace vtd::sim::bench
