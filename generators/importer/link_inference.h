#pragma once

#include "model/ipv4.h"

#include <QList>
#include <QString>

namespace vtd::gen {

/** An addressed interface of an imported device, as the link inference sees it. */
struct AddressedInterface
{
    int device = -1;          ///< index of the device in the import
    QString interface;        ///< hardware name ("ethernet0", "Ethernet5/1")
    model::Ipv4Prefix prefix; ///< address and length as configured
    bool shutdown = false;
};

/** What the importer should cable: point-to-point links and LAN segments. */
struct InferredLinks
{
    struct PointToPoint
    {
        AddressedInterface a;
        AddressedInterface b;
    };
    struct Segment
    {
        model::Ipv4Prefix subnet;          ///< canonical ("10.48.66.0/24"): the segment's name
        QList<AddressedInterface> members; ///< in import order
    };
    QList<PointToPoint> pointToPoint;
    QList<Segment> segments;
};

/** Interfaces that share a subnet are linked: a /30 or /31 shared by exactly two interfaces is a
 *  point-to-point link; any other shared subnet, and a stub subnet with one interface, is a LAN
 *  segment. Shut-down interfaces and 127.0.0.1/32 placeholders (PIX 6.2's unconfigured ports) are
 *  left unlinked. Output order follows the first interface of each subnet in input order. */
InferredLinks inferLinks(const QList<AddressedInterface> &interfaces);

/** PIX 6.2 prints `ip address IF 127.0.0.1 255.255.255.255` for an interface with no address. */
bool isPlaceholderAddress(const model::Ipv4Prefix &prefix);

} // namespace vtd::gen
