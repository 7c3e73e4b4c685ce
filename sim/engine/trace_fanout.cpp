#include "trace_fanout.h"

#include <algorithm>

namespace vtd::sim {

void TraceFanout::addSink(TraceSink *sink)
{
    if (sink && sink != this && std::find(m_sinks.begin(), m_sinks.end(), sink) == m_sinks.end())
        m_sinks.push_back(sink);
}

void TraceFanout::removeSink(TraceSink *sink)
{
    m_sinks.erase(std::remove(m_sinks.begin(), m_sinks.end(), sink), m_sinks.end());
}

void TraceFanout::onPacketSent(const PacketTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onPacketSent(e);
}

void TraceFanout::onPacketReceived(const PacketTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onPacketReceived(e);
}

void TraceFanout::onPacketDropped(const DropTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onPacketDropped(e);
}

void TraceFanout::onDecision(const DecisionTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onDecision(e);
}

void TraceFanout::onConsoleLine(const ConsoleTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onConsoleLine(e);
}

void TraceFanout::onSaStateChanged(const SaStateTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onSaStateChanged(e);
}

void TraceFanout::onDiagnostic(const DiagnosticTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onDiagnostic(e);
}

void TraceFanout::onKeys(const KeyTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onKeys(e);
}

void TraceFanout::onCipher(const CipherTrace &e)
{
    for (TraceSink *sink : m_sinks)
        sink->onCipher(e);
}

} // namespace vtd::sim
