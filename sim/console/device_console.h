#pragma once

#include "console_command_registry.h"

#include "sim/engine/trace_sink.h"
#include "sim/output/pix_show_interface.h"

#include "model/diagnostic.h"

#include <QMap>
#include <QString>

#include <memory>

namespace vtd::sim::devices {
class SimNetwork;
class SimNode;
} // namespace vtd::sim::devices

namespace vtd::sim::console {

class DeviceState;

/** The consoles of one run's PIX and IOS devices: what `on NODE: CLI` types at a prompt and
 *  `configure NODE: LINE` enters in configure-terminal mode, with one transcript per node, so
 *  that scenarios, the run summary ("consoles") and the GUI all see the same device output.
 *
 *  Commands are looked up in commands() with the devices' abbreviation rules; the built-in
 *  show/clear commands are registered by the constructor, and other layers (IKE/IPsec) add
 *  theirs with commands().add(...) without touching the dispatcher. Lines a device prints on
 *  its own go into the transcript: ConsoleTrace lines from the simulator's trace (the IKE
 *  layer's debug and syslog output) automatically, other text through appendLine(). */
class DeviceConsoles : public TraceSink
{
public:
    explicit DeviceConsoles(devices::SimNetwork &network);
    ~DeviceConsoles() override;
    DeviceConsoles(const DeviceConsoles &) = delete;
    DeviceConsoles &operator=(const DeviceConsoles &) = delete;

    /** Runs `cli` at NODE's prompt; appends "NODE# cli\n" + output to the node's transcript;
     *  returns the output. A node without a console (host, unknown name) answers with an
     *  empty output and no transcript. */
    QString execute(const QString &node, const QString &cli);
    /** Applies one configure-terminal line; diagnostics (with node set) on refusal. */
    model::Diagnostics configure(const QString &node, const QString &line);
    /** Transcripts by node name (the summary's "consoles"). */
    QMap<QString, QString> transcripts() const;

    /** Appends device-originated text (debug output, syslog lines) to NODE's transcript; a
     *  missing final newline is added. */
    void appendLine(const QString &node, const QString &text);
    /** Appends text exactly as given: some PIX debug messages end without a newline and run
     *  into the next one (reference: output-formats.md section 8). */
    void appendText(const QString &node, const QString &text);

    /** Packets and bytes in and out of a node's interface (by its running name) since the
     *  consoles were created: `show interface` counters. */
    output::PixInterfaceCounters interfaceCounters(const QString &node, const QString &interface) const;

    /** The command table every console of this run dispatches through. */
    CommandRegistry &commands() { return m_commands; }
    const CommandRegistry &commands() const { return m_commands; }

    devices::SimNetwork &network() const { return m_network; }
    /** The console state of a PIX/IOS node (its current configuration); nullptr otherwise. */
    const DeviceState *device(const QString &node) const;

    // TraceSink: device console lines and interface counters.
    void onConsoleLine(const ConsoleTrace &line) override;
    void onPacketSent(const PacketTrace &packet) override;
    void onPacketReceived(const PacketTrace &packet) override;

private:
    DeviceState *stateOf(const QString &node);

    devices::SimNetwork &m_network;
    CommandRegistry m_commands;
    QMap<QString, std::shared_ptr<DeviceState>> m_devices;
    QMap<QString, QString> m_transcripts;
    QMap<QString, QMap<QString, output::PixInterfaceCounters>> m_counters;
};

} // namespace vtd::sim::console
