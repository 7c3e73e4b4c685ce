#pragma once

#include "packet.h"

#include "sim/engine/simulator.h"

#include <QMap>
#include <QString>

namespace vtd::sim::net {

// Helpers that report a packet through the simulator's trace with its bytes and summary.
// They build nothing when no sink listens, so an untraced run (the benchmark) pays nothing.

void tracePacket(Simulator &sim, const QString &node, const QString &interface,
                 PacketDirection direction, const Packet &packet);

void traceDrop(Simulator &sim, const QString &node, const QString &interface, const QString &stage,
               const QString &code, const Packet &packet, const QMap<QString, QString> &params = {});

void traceDecision(Simulator &sim, const QString &node, const QString &stage, const QString &outcome,
                   const QString &detail, const Packet &packet);

} // namespace vtd::sim::net
