#pragma once

#include "sim/engine/trace_event.h"

#include "model/diagnostic.h"

#include <QString>

#include <optional>
#include <vector>

namespace vtd::sim {
class TraceSink;
}

namespace vtd::app {

class SimulationSession;

/** What went wrong writing an export (translated, naming the path); nothing on success. */
using ExportError = std::optional<QString>;

// Exports of the session's run as far as it has gone (the records of events()), in the formats
// of `vpnsim run --pcap FILE --wireshark-keys DIR` (contract: cli-and-scenarios.md, "Wireshark
// export") plus one console log per device. The caller asks for the paths (file dialogs).

/** Feeds recorded trace events to a sink in order, as the simulator fed them during the run. */
void replayEvents(const std::vector<sim::TraceEvent> &events, sim::TraceSink &sink);

/** The run's packets as a pcap file (raw IPv4, each packet once, as its originating device
 *  sends it), written atomically. */
ExportError exportRunPcap(const SimulationSession &session, const QString &path);
/** Wireshark's IKEv1 and ESP key tables and preferences in `directory` (created if needed;
 *  owner-only files, they hold keys): with it tshark decrypts the exported capture. */
ExportError exportWiresharkKeys(const SimulationSession &session, const QString &directory);
/** One text file per PIX/IOS device, DEVICE.log, with its console transcript of the run
 *  (debug output, syslog lines, typed commands and their output), in `directory` (created if
 *  needed). A log that shows a real secret is written owner-only. */
ExportError exportConsoleLogs(const SimulationSession &session, const QString &directory);

/** A failed file write as the user reads it: "PATH: reason" in the user's language. */
QString fileErrorText(const QString &path, const model::Diagnostic &error);

/** The file name of a device's console log ("snow.log"); characters that file systems refuse
 *  become '_'. */
QString consoleLogFileName(const QString &node);

} // namespace vtd::app
