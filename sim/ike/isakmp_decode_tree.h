#pragma once

#include "isakmp_message.h"

#include "sim/net/byte_order.h"
#include "sim/net/packet_fields.h"

#include <QString>

#include <vector>

namespace vtd::sim::ike {

/** One row of the packet detail view: a field, its value as text, and the bytes it occupies
 *  (offset from the start of the ISAKMP message), with the rows nested inside it. */
struct DecodeTreeRow
{
    QString field;
    QString value;
    int offset = 0;
    int length = 0;
    std::vector<DecodeTreeRow> children;

    friend bool operator==(const DecodeTreeRow &, const DecodeTreeRow &) = default;
};

/** The tree of a message as received: header rows, then the payloads; an encrypted body is
 *  one "Encrypted payloads" row; a malformed message shows the payloads decoded before the
 *  fault and ends with an "Error" row naming it. */
DecodeTreeRow isakmpDecodeTree(net::BytesView message);

/** The tree flattened to the packet detail view's rows (layer "ISAKMP", nesting shown by
 *  indenting the field name two spaces per level; an "Error" row has layer "Error"). */
std::vector<net::PacketField> isakmpPacketFields(net::BytesView message);

/** The tree of a decoded message (e.g. after decryption): offsets are those the message
 *  encodes to; paddingLength bytes after the last payload show as a "Padding" row. */
DecodeTreeRow isakmpDecodeTree(const IsakmpMessage &message, int paddingLength = 0);

/** The row of one payload at `offset`, whose generic header announces `next`. */
DecodeTreeRow payloadRow(const Payload &payload, PayloadType next, int offset);

/** The rows of one data attribute; `phase1` chooses the IKE or the IPsec attribute names. */
DecodeTreeRow attributeRow(const DataAttribute &attribute, bool phase1, int offset);

/** The rows of a Mode Config / XAUTH attribute. */
DecodeTreeRow configAttributeRow(const DataAttribute &attribute, int offset);

} // namespace vtd::sim::ike
