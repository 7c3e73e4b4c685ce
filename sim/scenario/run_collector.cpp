#include "run_collector.h"

#include "model/diagnostic_catalog.h"

namespace vtd::sim {

QString runLogTime(SimTime time)
{
    const std::int64_t ms = time.toMilliseconds();
    return QStringLiteral("[%1.%2]").arg(ms / 1000, 6).arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

void RunCollector::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

void RunCollector::onPacketDropped(const DropTrace &drop)
{
    DropRecord record{drop.time.toMilliseconds(), drop.node, drop.interface, drop.code, drop.params, drop.summary};
    m_summary.drops << record;
    model::Diagnostic reason;
    reason.code = drop.code;
    reason.params = drop.params;
    const QString where = drop.interface.isEmpty() ? drop.node : drop.node + u' ' + drop.interface;
    log(QStringLiteral("%1 drop at %2: %3: %4 [%5]")
            .arg(runLogTime(drop.time), where, drop.summary, model::diagnosticMessage(reason), drop.code));
}

void RunCollector::onConsoleLine(const ConsoleTrace &line)
{
    log(QStringLiteral("%1 %2: %3").arg(runLogTime(line.time), line.node, line.text));
}

void RunCollector::onDiagnostic(const DiagnosticTrace &finding)
{
    model::Diagnostic diagnostic = finding.diagnostic;
    diagnostic.timeMs = finding.time.toMilliseconds();
    addDiagnostic(diagnostic);
}

void RunCollector::addDiagnostic(const model::Diagnostic &diagnostic)
{
    m_summary.diagnostics << diagnostic;
    log(runLogTime(SimTime::fromMilliseconds(qMax<qint64>(0, diagnostic.timeMs))) + u' ' + model::diagnosticLine(diagnostic));
    if (m_report)
        m_report(diagnostic);
}

} // namespace vtd::sim
