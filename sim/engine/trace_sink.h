#pragma once

#include "trace_event.h"

namespace vtd::sim {

/** Receives everything the simulation wants to show; implemented by the GUI, the CLI and tests.
 *
 *  The simulation never sees a widget: it reports through this observer (OMNeT++'s cEnvir).
 *  Every callback has an empty default, so a sink overrides only what it needs and new kinds
 *  of records (IKE, ESP) can be added without touching existing sinks. Callbacks run inside
 *  the event being processed, in simulated-time order; a sink must not schedule events. */
class TraceSink
{
public:
    virtual ~TraceSink() = default;

    /** A packet left `node` through `interface`: a view may start animating it along the link. */
    virtual void onPacketSent(const PacketTrace &) {}
    /** The packet reached the far interface: the animation ends there, a log may list it. */
    virtual void onPacketReceived(const PacketTrace &) {}
    /** A packet died: the run summary's `drops`, `expect drop`, a red mark on the canvas. */
    virtual void onPacketDropped(const DropTrace &) {}
    /** A pipeline stage decided something: `vpnsim trace` and the packet detail pane list these. */
    virtual void onDecision(const DecisionTrace &) {}
    /** A device printed a line: the device console views and the summary's `consoles`. */
    virtual void onConsoleLine(const ConsoleTrace &) {}
    /** An SA changed state: the SA tables and the ladder diagram. */
    virtual void onSaStateChanged(const SaStateTrace &) {}
    /** A finding during the run: the summary's `diagnostics`, the GUI's issue list. */
    virtual void onDiagnostic(const DiagnosticTrace &) {}
    /** Keys of a new IKE or ESP SA (secret material: only sinks that export or show it care). */
    virtual void onKeys(const KeyTrace &) {}
    /** A node encrypted a message or packet: the packet detail view shows its plaintext. */
    virtual void onCipher(const CipherTrace &) {}
};

} // namespace vtd::sim
