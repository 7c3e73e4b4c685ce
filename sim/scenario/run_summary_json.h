#pragma once

#include "run_summary.h"

#include <QByteArray>

namespace vtd::sim {

/** The run summary as the contract's JSON object (docs: cli-and-scenarios.md): its keys in the
 *  contract's order, integer milliseconds, dotted addresses, lists sorted as specified (pings,
 *  drops and diagnostics by time then node; SAs by node, local, peer; expects by line). The
 *  same summary always gives the same bytes. */
QByteArray writeRunSummaryJson(const RunSummary &summary);

} // namespace vtd::sim
