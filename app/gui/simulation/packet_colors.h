#pragma once

#include "sim/analysis/exchange_labels.h"

#include <QByteArray>
#include <QColor>

/** The colours of packets in every simulation view (ladder diagram, canvas animation), so
 *  that an ESP packet is the same purple wherever the user sees it. */
namespace vtd::app::packet_colors {

inline const QColor kIcmp{0x2e, 0x9a, 0x5c};          ///< green
inline const QColor kIsakmpPhase1{0x2f, 0x6f, 0xc4};  ///< blue: Main and Aggressive Mode
inline const QColor kIsakmpLater{0xd9, 0x7a, 0x14};   ///< orange: Quick Mode, Transaction, Informational
inline const QColor kEsp{0x7d, 0x4c, 0xb8};           ///< purple
inline const QColor kOther{0x6b, 0x77, 0x85};         ///< grey
inline const QColor kDropped{0xc8, 0x2f, 0x2f};       ///< red

/** The colour of a packet of that kind (phase 1 ISAKMP blue, later ISAKMP orange). */
QColor colorOf(sim::analysis::PacketKind kind, bool isakmpPhase1 = false);

/** The colour of a datagram from its headers; kDropped when `dropped`. */
QColor colorOfDatagram(const QByteArray &datagram, bool dropped = false);

} // namespace vtd::app::packet_colors
