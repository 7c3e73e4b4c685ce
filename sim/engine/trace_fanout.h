#pragma once

#include "trace_sink.h"

#include <vector>

namespace vtd::sim {

/** Forwards every record to several sinks in the order they were added (GUI views, a recorder
 *  and the summary builder can all listen to one run). Does not own the sinks. */
class TraceFanout final : public TraceSink
{
public:
    void addSink(TraceSink *sink);
    void removeSink(TraceSink *sink);
    bool isEmpty() const { return m_sinks.empty(); }

    void onPacketSent(const PacketTrace &e) override;
    void onPacketReceived(const PacketTrace &e) override;
    void onPacketDropped(const DropTrace &e) override;
    void onDecision(const DecisionTrace &e) override;
    void onConsoleLine(const ConsoleTrace &e) override;
    void onSaStateChanged(const SaStateTrace &e) override;
    void onDiagnostic(const DiagnosticTrace &e) override;
    void onKeys(const KeyTrace &e) override;
    void onCipher(const CipherTrace &e) override;

private:
    std::vector<TraceSink *> m_sinks;
};

} // namespace vtd::sim
