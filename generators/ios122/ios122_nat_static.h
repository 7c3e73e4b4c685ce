#pragma once

// `ip nat inside source static` lines, which IosConfig keeps verbatim: read on demand by the
// simulator (the typed statement list does not model them yet).

#include "model/config/ios_config.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <optional>

namespace vtd::gen::ios122 {

/** `ip nat inside source static [tcp|udp] LOCAL [LPORT] {GLOBAL | interface IF} [GPORT]
 *  [extendable] [no-alias]`: a one-to-one translation of an inside local address (or port). */
struct IosNatStatic
{
    int protocol = 0;                 ///< 0: whole address; 6 tcp, 17 udp: one port
    model::Ipv4Address local;
    int localPort = 0;
    model::Ipv4Address global;        ///< unset when globalInterface is given
    QString globalInterface;          ///< `interface IF` (full name): the interface's address
    int globalPort = 0;
    bool noAlias = false;             ///< `no-alias`: the router does not answer ARP for global
    QString text;                     ///< the line as written, trimmed

    friend bool operator==(const IosNatStatic &, const IosNatStatic &) = default;
};

/** One line (with or without leading spaces); nullopt when it is not such a line or cannot be
 *  read (route-map and other options this program does not model included). */
std::optional<IosNatStatic> readNatStatic(const QString &line);

/** Every readable static translation among the top-level verbatim lines, in order. */
QList<IosNatStatic> natStatics(const model::IosConfig &config);

} // namespace vtd::gen::ios122
