#include "run_export.h"

#include "simulation_session.h"

#include "app/gui/inspector/value_sources.h"

#include "generators/secrets.h"
#include "model/io/atomic_file.h"
#include "sim/console/device_console.h"
#include "sim/engine/trace_sink.h"
#include "sim/export/pcap_writer.h"
#include "sim/export/wireshark_keys.h"
#include "sim/scenario/scenario_runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>

#include <variant>

namespace vtd::app {

namespace {

ExportError writeFile(const QString &path, const QByteArray &data, model::FileAccess access)
{
    if (const auto error = model::writeFileAtomically(path, data, access))
        return fileErrorText(path, *error);
    return std::nullopt;
}

/** Every PIX/IOS device's transcript (empty for one that printed nothing), by node name. */
QMap<QString, QString> consoleTranscripts(const SimulationSession &session)
{
    QMap<QString, QString> logs;
    for (const model::Node &node : session.project().nodes()) {
        if (model::holdsConfiguration(node.kind))
            logs.insert(node.name, QString());
    }
    if (sim::ScenarioRunner *runner = session.runner()) {
        const QMap<QString, QString> transcripts = runner->consoles().transcripts();
        for (auto it = transcripts.begin(); it != transcripts.end(); ++it)
            logs.insert(it.key(), it.value());
    }
    return logs;
}

} // namespace

void replayEvents(const std::vector<sim::TraceEvent> &events, sim::TraceSink &sink)
{
    for (const sim::TraceEvent &event : events) {
        if (const auto *packet = std::get_if<sim::PacketTrace>(&event)) {
            if (packet->direction == sim::PacketDirection::Sent)
                sink.onPacketSent(*packet);
            else
                sink.onPacketReceived(*packet);
        } else if (const auto *e = std::get_if<sim::DropTrace>(&event)) {
            sink.onPacketDropped(*e);
        } else if (const auto *e = std::get_if<sim::DecisionTrace>(&event)) {
            sink.onDecision(*e);
        } else if (const auto *e = std::get_if<sim::ConsoleTrace>(&event)) {
            sink.onConsoleLine(*e);
        } else if (const auto *e = std::get_if<sim::SaStateTrace>(&event)) {
            sink.onSaStateChanged(*e);
        } else if (const auto *e = std::get_if<sim::DiagnosticTrace>(&event)) {
            sink.onDiagnostic(*e);
        } else if (const auto *e = std::get_if<sim::KeyTrace>(&event)) {
            sink.onKeys(*e);
        } else if (const auto *e = std::get_if<sim::CipherTrace>(&event)) {
            sink.onCipher(*e);
        }
    }
}

ExportError exportRunPcap(const SimulationSession &session, const QString &path)
{
    sim::exporting::PcapWriter pcap;
    replayEvents(session.events(), pcap);
    return writeFile(path, pcap.capture(), model::FileAccess::Normal);
}

ExportError exportWiresharkKeys(const SimulationSession &session, const QString &directory)
{
    sim::exporting::WiresharkKeys keys;
    replayEvents(session.events(), keys);
    if (const QString problem = keys.write(directory); !problem.isEmpty())
        return QCoreApplication::translate("RunExport", "Cannot write the Wireshark key tables to %1: %2")
            .arg(QDir::toNativeSeparators(directory), problem);
    return std::nullopt;
}

ExportError exportConsoleLogs(const SimulationSession &session, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return QCoreApplication::translate("RunExport", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(directory));
    const QMap<QString, QString> logs = consoleTranscripts(session);
    for (auto it = logs.begin(); it != logs.end(); ++it) {
        const auto access = gen::textHoldsSecrets(it.value()) ? model::FileAccess::OwnerOnly : model::FileAccess::Normal;
        const QString path = QDir(directory).filePath(consoleLogFileName(it.key()));
        if (ExportError error = writeFile(path, it.value().toUtf8(), access))
            return error;
    }
    return std::nullopt;
}

QString fileErrorText(const QString &path, const model::Diagnostic &error)
{
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), translatedDiagnostic(error));
}

QString consoleLogFileName(const QString &node)
{
    QString name = node;
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>'
            || c == u'|' || c.unicode() < 0x20)
            c = u'_';
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("_") + name;
    return name + QStringLiteral(".log");
}

} // namespace vtd::app
