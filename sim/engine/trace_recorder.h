#pragma once

#include "trace_sink.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace vtd::sim {

/** A sink that keeps every record, in order: for tests, event logs and determinism checks. */
class TraceRecorder final : public TraceSink
{
public:
    const std::vector<TraceEvent> &events() const { return m_events; }
    void clear() { m_events.clear(); }

    /** The records of one kind, in order (e.g. `ofType<DropTrace>()`). */
    template<typename T>
    std::vector<T> ofType() const
    {
        std::vector<T> out;
        for (const TraceEvent &event : m_events) {
            if (const T *e = std::get_if<T>(&event))
                out.push_back(*e);
        }
        return out;
    }

    /** One formatTraceEvent() line per record. */
    QStringList lines(bool withBytes = false) const;
    /** FNV-1a 64 over every line with bytes: two runs are identical iff (practically) equal. */
    std::uint64_t fingerprint() const;

    void onPacketSent(const PacketTrace &e) override { m_events.emplace_back(e); }
    void onPacketReceived(const PacketTrace &e) override { m_events.emplace_back(e); }
    void onPacketDropped(const DropTrace &e) override { m_events.emplace_back(e); }
    void onDecision(const DecisionTrace &e) override { m_events.emplace_back(e); }
    void onConsoleLine(const ConsoleTrace &e) override { m_events.emplace_back(e); }
    void onSaStateChanged(const SaStateTrace &e) override { m_events.emplace_back(e); }
    void onDiagnostic(const DiagnosticTrace &e) override { m_events.emplace_back(e); }
    void onKeys(const KeyTrace &e) override { m_events.emplace_back(e); }
    void onCipher(const CipherTrace &e) override { m_events.emplace_back(e); }

private:
    std::vector<TraceEvent> m_events;
};

} // namespace vtd::sim
