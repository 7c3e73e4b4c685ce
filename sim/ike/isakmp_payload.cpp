#include "isakmp_payload.h"

#include "isakmp_names.h"

namespace vtd::sim::ike {

namespace {

constexpr int GenericHeaderSize = 4;

struct BodyContext
{
    Place where; ///< the payload, named only if an error is reported
    int at;      ///< offset of the payload's generic header
};

IsakmpDecodeError fault(const BodyContext &c, IsakmpProblem problem, int relative, const QString &detail)
{
    return IsakmpDecodeError{problem, c.where.text(), c.at + relative, detail};
}

std::optional<IsakmpDecodeError> requireBody(const BodyContext &c, const WireReader &r, std::size_t minimum)
{
    if (r.has(minimum))
        return std::nullopt;
    return fault(c, minimum == 1 ? IsakmpProblem::BadLength : IsakmpProblem::Truncated, 0,
                 QStringLiteral("body of %1 bytes, at least %2 needed").arg(r.remaining()).arg(minimum));
}

/** The data length an ID type requires (-1: any non-empty length). */
int idDataSize(IdType type)
{
    switch (type) {
    case IdType::Ipv4Address: return 4;
    case IdType::Ipv4AddressSubnet:
    case IdType::Ipv4AddressRange: return 8;
    case IdType::Ipv6Address: return 16;
    case IdType::Ipv6AddressSubnet:
    case IdType::Ipv6AddressRange: return 32;
    default: return -1;
    }
}

IsakmpResult<Payload> decodeId(const BodyContext &c, WireReader r)
{
    if (auto e = requireBody(c, r, 5))
        return *e;
    IdPayload id;
    const std::uint8_t type = r.u8();
    id.type = IdType(type);
    id.protocol = r.u8();
    id.port = r.u16();
    id.data = r.bytes(r.remaining());
    if (type < 1 || type > 11)
        return fault(c, IsakmpProblem::BadValue, 4, QStringLiteral("unknown ID type %1").arg(type));
    const int size = idDataSize(id.type);
    if (size >= 0 && id.data.size() != size)
        return fault(c, IsakmpProblem::BadLength, 8,
                     QStringLiteral("%1 needs %2 bytes of data, has %3").arg(idTypeName(id.type)).arg(size).arg(id.data.size()));
    return Payload(id);
}

IsakmpResult<Payload> decodeNotify(const BodyContext &c, WireReader r)
{
    if (auto e = requireBody(c, r, 8))
        return *e;
    NotifyPayload n;
    n.doi = Doi(r.u32());
    n.protocol = ProtocolId(r.u8());
    const std::uint8_t spiSize = r.u8();
    n.type = NotifyType(r.u16());
    if (n.doi != Doi::Ipsec && n.doi != Doi::Isakmp)
        return fault(c, IsakmpProblem::BadValue, 4, QStringLiteral("DOI %1, expected 0 or 1").arg(std::uint32_t(n.doi)));
    if (!r.has(spiSize))
        return fault(c, IsakmpProblem::Truncated, 9,
                     QStringLiteral("SPI size %1 exceeds the %2 bytes left").arg(spiSize).arg(r.remaining()));
    n.spi = r.bytes(spiSize);
    n.data = r.bytes(r.remaining());
    return Payload(n);
}

IsakmpResult<Payload> decodeDelete(const BodyContext &c, WireReader r)
{
    if (auto e = requireBody(c, r, 8))
        return *e;
    DeletePayload d;
    d.doi = Doi(r.u32());
    d.protocol = ProtocolId(r.u8());
    d.spiSize = r.u8();
    const std::uint16_t count = r.u16();
    if (d.doi != Doi::Ipsec && d.doi != Doi::Isakmp)
        return fault(c, IsakmpProblem::BadValue, 4, QStringLiteral("DOI %1, expected 0 or 1").arg(std::uint32_t(d.doi)));
    if (d.spiSize == 0 || count == 0)
        return fault(c, IsakmpProblem::BadCount, 9,
                     QStringLiteral("%1 SPIs of %2 bytes: nothing to delete").arg(count).arg(d.spiSize));
    const std::size_t expected = std::size_t(d.spiSize) * count;
    if (r.remaining() != expected)
        return fault(c, r.remaining() < expected ? IsakmpProblem::Truncated : IsakmpProblem::BadLength, 10,
                     QStringLiteral("%1 SPIs of %2 bytes need %3 bytes, %4 present")
                         .arg(count).arg(d.spiSize).arg(expected).arg(r.remaining()));
    for (int i = 0; i < count; ++i)
        d.spis.push_back(r.bytes(d.spiSize));
    return Payload(d);
}

IsakmpResult<Payload> decodeAttributePayload(const BodyContext &c, WireReader r)
{
    if (auto e = requireBody(c, r, 4))
        return *e;
    AttributePayload a;
    const std::uint8_t type = r.u8();
    a.type = ConfigType(type);
    const std::uint8_t reserved = r.u8();
    a.identifier = r.u16();
    if (type < 1 || type > 4)
        return fault(c, IsakmpProblem::BadValue, 4, QStringLiteral("unknown configuration message type %1").arg(type));
    if (reserved != 0)
        return fault(c, IsakmpProblem::BadReserved, 5, QStringLiteral("reserved byte is %1").arg(reserved));
    auto attributes = decodeAttributes(r, c.where);
    if (!attributes)
        return attributes.error();
    a.attributes = std::move(attributes.value());
    return Payload(a);
}

/** KE, HASH, NONCE, VID and uninterpreted payloads: the body is the data. */
IsakmpResult<Payload> decodeOpaque(PayloadType type, const BodyContext &c, WireReader r)
{
    if (auto e = requireBody(c, r, 1))
        return *e;
    QByteArray data = r.bytes(r.remaining());
    switch (type) {
    case PayloadType::KeyExchange: return Payload(KePayload{data});
    case PayloadType::Hash: return Payload(HashPayload{data});
    case PayloadType::VendorId: return Payload(VendorIdPayload{data});
    case PayloadType::Nonce:
        if (data.size() < NoncePayload::MinSize || data.size() > NoncePayload::MaxSize)
            return fault(c, IsakmpProblem::BadLength, 0,
                         QStringLiteral("nonce of %1 bytes, RFC 2409 allows 8 to 256").arg(data.size()));
        return Payload(NoncePayload{data});
    default: return Payload(RawPayload{type, data});
    }
}

/** The body encoder of each payload alternative. */
struct BodyEncoder
{
    QByteArray operator()(const SaPayload &p) const { return p.encodeBody(); }
    QByteArray operator()(const KePayload &p) const { return p.data; }
    QByteArray operator()(const IdPayload &p) const
    {
        QByteArray out;
        out.append(char(p.type));
        out.append(char(p.protocol));
        net::appendU16(out, p.port);
        return out + p.data;
    }
    QByteArray operator()(const HashPayload &p) const { return p.data; }
    QByteArray operator()(const NoncePayload &p) const { return p.data; }
    QByteArray operator()(const NotifyPayload &p) const
    {
        QByteArray out;
        net::appendU32(out, std::uint32_t(p.doi));
        out.append(char(p.protocol));
        out.append(char(p.spi.size()));
        net::appendU16(out, std::uint16_t(p.type));
        return out + p.spi + p.data;
    }
    QByteArray operator()(const DeletePayload &p) const
    {
        QByteArray out;
        net::appendU32(out, std::uint32_t(p.doi));
        out.append(char(p.protocol));
        out.append(char(p.spiSize));
        net::appendU16(out, std::uint16_t(p.spis.size()));
        for (const QByteArray &spi : p.spis)
            out.append(spi);
        return out;
    }
    QByteArray operator()(const VendorIdPayload &p) const { return p.data; }
    QByteArray operator()(const AttributePayload &p) const
    {
        QByteArray out;
        out.append(char(p.type));
        out.append(char(0));
        net::appendU16(out, p.identifier);
        return out + encodeAttributes(p.attributes);
    }
    QByteArray operator()(const RawPayload &p) const { return p.data; }
};

} // namespace

PayloadType payloadType(const Payload &payload)
{
    struct Visitor
    {
        PayloadType operator()(const SaPayload &) const { return PayloadType::SecurityAssociation; }
        PayloadType operator()(const KePayload &) const { return PayloadType::KeyExchange; }
        PayloadType operator()(const IdPayload &) const { return PayloadType::Identification; }
        PayloadType operator()(const HashPayload &) const { return PayloadType::Hash; }
        PayloadType operator()(const NoncePayload &) const { return PayloadType::Nonce; }
        PayloadType operator()(const NotifyPayload &) const { return PayloadType::Notification; }
        PayloadType operator()(const DeletePayload &) const { return PayloadType::Delete; }
        PayloadType operator()(const VendorIdPayload &) const { return PayloadType::VendorId; }
        PayloadType operator()(const AttributePayload &) const { return PayloadType::Attribute; }
        PayloadType operator()(const RawPayload &p) const { return p.type; }
    };
    return std::visit(Visitor{}, payload);
}

bool isTopLevelPayloadType(std::uint8_t value)
{
    return (value >= 1 && value <= 14 && value != 2 && value != 3) || value == 20 || value == 21 || value == 130
           || value == 131;
}

QByteArray encodePayloadBody(const Payload &payload)
{
    return std::visit(BodyEncoder{}, payload);
}

QByteArray encodePayload(const Payload &payload, PayloadType next)
{
    QByteArray out;
    appendPayload(out, payload, next);
    return out;
}

void appendPayload(QByteArray &out, const Payload &payload, PayloadType next)
{
    const QByteArray body = encodePayloadBody(payload);
    out.reserve(out.size() + GenericHeaderSize + body.size());
    out.append(char(next));
    out.append(char(0));
    net::appendU16(out, std::uint16_t(GenericHeaderSize + body.size()));
    out.append(body);
}

IsakmpResult<Payload> decodePayloadBody(PayloadType type, WireReader body)
{
    const BodyContext c{Place::payloadOf(std::uint8_t(type)), body.offset() - GenericHeaderSize};
    switch (type) {
    case PayloadType::SecurityAssociation: {
        auto sa = SaPayload::decodeBody(body);
        if (!sa)
            return sa.error();
        return Payload(std::move(sa.value()));
    }
    case PayloadType::Identification: return decodeId(c, body);
    case PayloadType::Notification: return decodeNotify(c, body);
    case PayloadType::Delete: return decodeDelete(c, body);
    case PayloadType::Attribute: return decodeAttributePayload(c, body);
    default: return decodeOpaque(type, c, body);
    }
}

} // namespace vtd::sim::ike
