#include "trace_recorder.h"

namespace vtd::sim {

QStringList TraceRecorder::lines(bool withBytes) const
{
    QStringList out;
    out.reserve(qsizetype(m_events.size()));
    for (const TraceEvent &event : m_events)
        out << formatTraceEvent(event, withBytes);
    return out;
}

std::uint64_t TraceRecorder::fingerprint() const
{
    // FNV-1a, 64-bit (offset basis and prime from the published FNV parameters).
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const TraceEvent &event : m_events) {
        const QByteArray line = formatTraceEvent(event, true).toUtf8() + '\n';
        for (const char c : line) {
            hash ^= std::uint8_t(c);
            hash *= 0x100000001b3ULL;
        }
    }
    return hash;
}

} // namespace vtd::sim
