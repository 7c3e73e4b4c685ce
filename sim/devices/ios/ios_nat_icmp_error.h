#pragma once

#include "ios_nat_table.h"

#include <QString>

#include <optional>

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::devices::ios {

/** NAT outside->inside for an ICMP error (time exceeded, unreachable...) about a translated
 *  packet: the error is addressed to the inside global address and quotes the translated
 *  header, so IOS looks the quoted source (and port or echo identifier) up in the table and
 *  gives both the error and its quote the inside local end back; without that, traceroute and
 *  the `&`/`U` marks of ping would never reach an inside host.
 *
 *  Rewrites `packet` and returns the trace detail when a row matches; nullopt (packet
 *  unchanged) otherwise. The row's last-use time is left alone: an error is no traffic. */
std::optional<QString> untranslateIcmpError(net::Packet &packet, IosNatTable &table);

} // namespace vtd::sim::devices::ios
