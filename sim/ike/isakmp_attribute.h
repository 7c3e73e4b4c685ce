#pragma once

#include "isakmp_decode_error.h"
#include "isakmp_wire_reader.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace vtd::sim::ike {

/** One ISAKMP data attribute (RFC 2408 §3.3): either TV ("basic", AF = 1, a 16-bit value) or
 *  TLV ("variable", AF = 0, a length and that many bytes). Cisco debug prints the two forms
 *  differently ("(basic) of 28800" / "(VPI) of  0x0 0x1 0x51 0x80"), so the form is kept. */
struct DataAttribute
{
    std::uint16_t type = 0; ///< attribute class, 15 bits (the AF bit is `basic`)
    bool basic = true;
    std::uint16_t basicValue = 0; ///< the value of a TV attribute
    QByteArray variableValue;     ///< the value of a TLV attribute

    static DataAttribute tv(std::uint16_t type, std::uint16_t value);
    static DataAttribute tlv(std::uint16_t type, QByteArray value);
    /** A number as Cisco sends it: TV when it fits 16 bits, else a 4-byte TLV. */
    static DataAttribute number(std::uint16_t type, std::uint32_t value);

    template<typename E>
    static DataAttribute tv(E type, std::uint16_t value) { return tv(std::uint16_t(type), value); }
    template<typename E>
    static DataAttribute number(E type, std::uint32_t value) { return number(std::uint16_t(type), value); }

    /** The value as an unsigned number: TV value, or a TLV of 1 to 8 bytes read big-endian. */
    std::optional<std::uint64_t> integer() const;
    /** Bytes on the wire: 4 for TV, 4 + length for TLV. */
    int encodedSize() const;
    void appendTo(QByteArray &out) const;

    friend bool operator==(const DataAttribute &, const DataAttribute &) = default;
};

using DataAttributes = std::vector<DataAttribute>;

/** Encodes a list of attributes back to back. */
QByteArray encodeAttributes(const DataAttributes &attributes);

/** Decodes attributes until the reader is exhausted; every TLV must fit exactly.
 *  `owner` names the enclosing structure for errors ("transform 1 of proposal 1"). */
IsakmpResult<DataAttributes> decodeAttributes(WireReader reader, const Place &owner);

/** The first attribute of that class, or nullptr. */
const DataAttribute *findAttribute(const DataAttributes &attributes, std::uint16_t type);
template<typename E>
const DataAttribute *findAttribute(const DataAttributes &attributes, E type)
{
    return findAttribute(attributes, std::uint16_t(type));
}

} // namespace vtd::sim::ike
