#include "isakmp_attribute.h"

namespace vtd::sim::ike {

namespace {
constexpr std::uint16_t FormatBit = 0x8000; // AF: 1 = TV, 0 = TLV
}

DataAttribute DataAttribute::tv(std::uint16_t type, std::uint16_t value)
{
    DataAttribute a;
    a.type = type & 0x7fff;
    a.basic = true;
    a.basicValue = value;
    return a;
}

DataAttribute DataAttribute::tlv(std::uint16_t type, QByteArray value)
{
    DataAttribute a;
    a.type = type & 0x7fff;
    a.basic = false;
    a.variableValue = std::move(value);
    return a;
}

DataAttribute DataAttribute::number(std::uint16_t type, std::uint32_t value)
{
    if (value <= 0xffff)
        return tv(type, std::uint16_t(value));
    QByteArray bytes;
    net::appendU32(bytes, value);
    return tlv(type, bytes);
}

std::optional<std::uint64_t> DataAttribute::integer() const
{
    if (basic)
        return basicValue;
    if (variableValue.isEmpty() || variableValue.size() > 8)
        return std::nullopt;
    std::uint64_t v = 0;
    for (char c : variableValue)
        v = v << 8 | std::uint8_t(c);
    return v;
}

int DataAttribute::encodedSize() const
{
    return basic ? 4 : 4 + int(variableValue.size());
}

void DataAttribute::appendTo(QByteArray &out) const
{
    if (basic) {
        net::appendU16(out, std::uint16_t(FormatBit | (type & 0x7fff)));
        net::appendU16(out, basicValue);
        return;
    }
    net::appendU16(out, std::uint16_t(type & 0x7fff));
    net::appendU16(out, std::uint16_t(variableValue.size()));
    out.append(variableValue);
}

QByteArray encodeAttributes(const DataAttributes &attributes)
{
    QByteArray out;
    for (const DataAttribute &a : attributes)
        a.appendTo(out);
    return out;
}

IsakmpResult<DataAttributes> decodeAttributes(WireReader reader, const Place &owner)
{
    DataAttributes out;
    while (!reader.atEnd()) {
        const Place where{"attribute", int(out.size()) + 1, &owner};
        const int at = reader.offset();
        if (!reader.has(4))
            return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                     QStringLiteral("%1 bytes left, an attribute needs at least 4").arg(reader.remaining())};
        const std::uint16_t word = reader.u16();
        DataAttribute a;
        a.type = word & 0x7fff;
        a.basic = (word & FormatBit) != 0;
        if (a.basic) {
            a.basicValue = reader.u16();
        } else {
            const std::uint16_t length = reader.u16();
            if (!reader.has(length))
                return IsakmpDecodeError{IsakmpProblem::Truncated, where.text(), at,
                                         QStringLiteral("attribute length %1 exceeds the %2 bytes left")
                                             .arg(length).arg(reader.remaining())};
            a.variableValue = reader.bytes(length);
        }
        out.push_back(std::move(a));
    }
    return out;
}

const DataAttribute *findAttribute(const DataAttributes &attributes, std::uint16_t type)
{
    for (const DataAttribute &a : attributes)
        if (a.type == type)
            return &a;
    return nullptr;
}

} // namespace vtd::sim::ike
