#pragma once

#include "model/ipv4.h"
#include "model/node_kind.h"

#include <QMap>
#include <QString>

#include <optional>

namespace vtd::gen {

/** What a device's configuration says about one hardware interface, for display. */
struct InterfaceAddress
{
    QString nameif;                          ///< PIX interface name ("outside"); empty on IOS
    std::optional<model::Ipv4Prefix> address; ///< address with its prefix length, as configured
    bool shutdown = false;

    friend bool operator==(const InterfaceAddress &, const InterfaceAddress &) = default;
};

/** Hardware interface name ("ethernet0", "Ethernet5/1") -> what its configuration says. */
using InterfaceAddressMap = QMap<QString, InterfaceAddress>;

/** A small read-only extraction of interface names, addresses and shutdown state from a
 *  PIX or IOS configuration text, so the canvas can label ports and links. It reads only
 *  `nameif`, `interface ... shutdown` and `ip address` (PIX) and `interface X` blocks with
 *  ` ip address` / ` shutdown` (IOS); the dialect parsers of the config-dialects issue will
 *  replace it. Other node kinds give an empty map. */
InterfaceAddressMap readInterfaceAddresses(model::NodeKind kind, const QString &configText);

} // namespace vtd::gen
