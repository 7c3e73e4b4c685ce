#pragma once

#include "run_summary.h"

#include "sim/engine/trace_sink.h"

#include <functional>

namespace vtd::sim {

/** Listens to a run's trace for what the run summary and the run log need: drops (the
 *  summary's `drops`, `expect drop`), findings (`diagnostics`, also handed to the diagnostic
 *  report) and the lines devices print on their own (debug output), each logged as it happens. */
class RunCollector final : public TraceSink
{
public:
    using LogLine = std::function<void(const QString &)>;
    using DiagnosticReport = std::function<void(const model::Diagnostic &)>;

    explicit RunCollector(RunSummary &summary) : m_summary(summary) {}

    void setLog(LogLine log) { m_log = std::move(log); }
    void setDiagnosticReport(DiagnosticReport report) { m_report = std::move(report); }

    void onPacketDropped(const DropTrace &drop) override;
    void onConsoleLine(const ConsoleTrace &line) override;
    void onDiagnostic(const DiagnosticTrace &finding) override;

    /** A finding of the runner itself (same path as the simulation's). */
    void addDiagnostic(const model::Diagnostic &diagnostic);

private:
    void log(const QString &line) const;

    RunSummary &m_summary;
    LogLine m_log;
    DiagnosticReport m_report;
};

/** "[    10.001]": simulated seconds with milliseconds, the run log's line prefix. */
QString runLogTime(SimTime time);

} // namespace vtd::sim
