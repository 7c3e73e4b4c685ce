#pragma once

#include "byte_order.h"

#include <QString>

#include <vector>

namespace vtd::sim::net {

/** One decoded header field, as a packet detail view lists it ("IPv4", "TTL", "254"). */
struct PacketField
{
    QString layer; ///< "IPv4", "ICMP", "UDP", "ESP", or "Error"
    QString name;
    QString value;
    friend bool operator==(const PacketField &, const PacketField &) = default;
};

/** Every header field of an IPv4 datagram, layer by layer, in wire order. Decoding stops at
 *  the first layer that is malformed, with an "Error" row saying why. */
std::vector<PacketField> decodePacketFields(BytesView datagram);

} // namespace vtd::sim::net
