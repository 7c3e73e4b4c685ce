#pragma once

// Serial numbers, activation keys and MAC addresses of simulated boxes whose real ones the
// project does not know. They must be stable (the same node name gives the same values on
// every run and machine) so consoles stay byte-identical; they are plainly made up.

#include <QMap>
#include <QString>

#include <array>
#include <cstdint>

namespace vtd::sim::output {

/** FNV-1a (32 bit) over the UTF-8 bytes of the text: the one hash all rules below use. */
std::uint32_t fnv1a32(const QString &text);

/** "0002.b9HH.HHHH": Cisco's OUI 00:02:b9 (as the seed's ethernet0 MACs) followed by the low
 *  24 bits of fnv1a32(nodeName) + portIndex. */
QString derivedMacAddress(const QString &nodeName, int portIndex);

/** The node's MAC for this port, or derivedMacAddress when the node has none. */
QString macAddressOf(const QMap<QString, QString> &known, const QString &nodeName,
                     const QString &port, int portIndex);

/** 400000000 + fnv1a32(nodeName) % 100000000: nine decimal digits like the seed's. */
std::uint32_t derivedSerialNumber(const QString &nodeName);

/** Word i = fnv1a32(nodeName + ":key" + i), i = 0..3. */
std::array<std::uint32_t, 4> derivedActivationKey(const QString &nodeName);

} // namespace vtd::sim::output
