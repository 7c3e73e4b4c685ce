#pragma once

#include "sim/engine/trace_event.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace vtd::sim::analysis {

/** Which bytes a row's offset and length count in. */
enum class InspectionBytes {
    None,      ///< the row covers no bytes of its own (keys, decisions, notes)
    Datagram,  ///< the IPv4 datagram as on the wire
    Plaintext, ///< PacketInspection::plaintext (the decrypted message or ESP payload)
};

/** One row of the packet detail tree, Wireshark-like: English device and protocol vocabulary. */
struct InspectionRow
{
    QString layer;  ///< "IPv4", "UDP", "ICMP", "ISAKMP", "ESP", "Inner IPv4", "Keys", "Decisions", "Error"
    QString field;
    QString value;
    InspectionBytes bytes = InspectionBytes::None;
    int offset = 0;
    int length = 0;
    std::vector<InspectionRow> children;
};

/** What the packet detail view shows of one recorded packet: its layers as a tree whose rows
 *  point at their bytes, the decrypted side of an encrypted ISAKMP message or ESP packet (from
 *  the run's CipherTrace/KeyTrace records), the keys and how they were derived, and the
 *  pipeline decisions about the packet. Widget-free, so tests read exactly what the view shows. */
struct PacketInspection
{
    bool valid = false;           ///< false when the index names no PacketTrace or DropTrace
    QString node;
    QString interface;
    QString summary;              ///< the trace's one-line summary
    QByteArray datagram;          ///< the bytes as recorded
    QByteArray plaintext;         ///< decrypted bytes (ISAKMP: header | body; ESP: payload | trailer)
    QString plaintextTitle;       ///< "Decrypted ISAKMP message", "Decrypted ESP payload"; empty if none
    std::vector<InspectionRow> rows;
};

/** Inspects events[eventIndex] (a PacketTrace or DropTrace) with the rest of the recording as
 *  context. Malformed bytes end their layer with an "Error" row; nothing here throws or crashes. */
PacketInspection inspectPacket(const std::vector<TraceEvent> &events, int eventIndex);

/** Depth-first search for the first row whose field is `field` (exact); nullptr if none. */
const InspectionRow *findRow(const std::vector<InspectionRow> &rows, const QString &field);

} // namespace vtd::sim::analysis
