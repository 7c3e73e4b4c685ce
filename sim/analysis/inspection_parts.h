#pragma once

// Pieces of inspectPacket() (packet_inspection.cpp): the IP layers, ISAKMP and ESP each in
// their own file. Not part of the library's interface.

#include "packet_inspection.h"

#include "sim/net/byte_order.h"

#include <optional>

namespace vtd::sim::analysis::detail {

InspectionRow makeRow(const QString &layer, const QString &field, const QString &value,
                      InspectionBytes bytes = InspectionBytes::None, int offset = 0, int length = 0);

/** Where the IP layers leave the rest of the datagram. */
struct IpPayload
{
    enum class Kind { None, Isakmp, Esp };
    Kind kind = Kind::None;
    int offset = 0;          ///< of the ISAKMP message or ESP payload in the datagram
    int length = 0;
    QString destination;     ///< dotted outer destination (for the ESP SA lookup)
};

/** IPv4 and its ICMP or UDP rows (an "Error" row where the bytes stop making sense); `layerPrefix`
 *  is "" for the datagram itself, "Inner " for a decrypted one. */
IpPayload appendIpRows(std::vector<InspectionRow> &rows, net::BytesView datagram, InspectionBytes bytes,
                       const QString &layerPrefix);

/** The ISAKMP message at `base` of the datagram, decrypted from its CipherTrace when encrypted,
 *  plus the "Keys" row of the IKE SA with these cookies. */
void appendIsakmpRows(PacketInspection &out, const std::vector<TraceEvent> &events, int eventIndex, int base,
                      int length);

/** The ESP payload at `base`, decrypted with the keys of its SA (KeyTrace "esp"), plus "Keys". */
void appendEspRows(PacketInspection &out, const std::vector<TraceEvent> &events, int eventIndex, int base,
                   int length, const QString &destination);

/** Lower-case hex, "none" when empty. */
QString hexText(net::BytesView bytes);

} // namespace vtd::sim::analysis::detail

namespace vtd::sim::analysis::detail {

/** Index of the CipherTrace of `kind` whose ciphertext is exactly `ciphertext`, or -1. */
int findCipher(const std::vector<TraceEvent> &events, const QString &kind, const QByteArray &ciphertext);

/** The KeyTrace of `kind` whose fields match every pair of `match`: the last one recorded at
 *  or before `eventIndex`, else the first one after it; nullptr when none. */
const KeyTrace *findKeys(const std::vector<TraceEvent> &events, int eventIndex, const QString &kind,
                         const QMap<QString, QString> &match);

} // namespace vtd::sim::analysis::detail
