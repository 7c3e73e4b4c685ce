#include "isakmp_payloads.h"

#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

namespace {

IdPayload makeId(IdType type, QByteArray data, std::uint8_t protocol, std::uint16_t port)
{
    IdPayload id;
    id.type = type;
    id.protocol = protocol;
    id.port = port;
    id.data = std::move(data);
    return id;
}

QByteArray addressBytes(model::Ipv4Address address)
{
    QByteArray out;
    net::appendU32(out, address.toUInt());
    return out;
}

model::Ipv4Address addressAt(const QByteArray &data, int at)
{
    return model::Ipv4Address(net::readU32(net::viewOf(data), std::size_t(at)));
}

} // namespace

IdPayload IdPayload::ipv4Address(model::Ipv4Address address, std::uint8_t protocol, std::uint16_t port)
{
    return makeId(IdType::Ipv4Address, addressBytes(address), protocol, port);
}

IdPayload IdPayload::ipv4Subnet(model::Ipv4Address address, model::Ipv4Address mask, std::uint8_t protocol,
                                std::uint16_t port)
{
    return makeId(IdType::Ipv4AddressSubnet, addressBytes(address) + addressBytes(mask), protocol, port);
}

IdPayload IdPayload::fqdn(const QString &name, std::uint8_t protocol, std::uint16_t port)
{
    return makeId(IdType::Fqdn, name.toLatin1(), protocol, port);
}

IdPayload IdPayload::userFqdn(const QString &name, std::uint8_t protocol, std::uint16_t port)
{
    return makeId(IdType::UserFqdn, name.toLatin1(), protocol, port);
}

IdPayload IdPayload::keyId(const QByteArray &key, std::uint8_t protocol, std::uint16_t port)
{
    return makeId(IdType::KeyId, key, protocol, port);
}

std::optional<model::Ipv4Address> IdPayload::address() const
{
    switch (type) {
    case IdType::Ipv4Address:
        if (data.size() == 4)
            return addressAt(data, 0);
        break;
    case IdType::Ipv4AddressSubnet:
    case IdType::Ipv4AddressRange:
        if (data.size() == 8)
            return addressAt(data, 0);
        break;
    default:
        break;
    }
    return std::nullopt;
}

std::optional<model::Ipv4Address> IdPayload::mask() const
{
    if (type == IdType::Ipv4Address && data.size() == 4)
        return model::Ipv4Address(0xffffffffu);
    if (type == IdType::Ipv4AddressSubnet && data.size() == 8)
        return addressAt(data, 4);
    return std::nullopt;
}

QString IdPayload::text() const
{
    switch (type) {
    case IdType::Ipv4Address:
        if (auto a = address())
            return a->toString();
        break;
    case IdType::Ipv4AddressSubnet:
        if (data.size() == 8)
            return addressAt(data, 0).toString() + QLatin1Char('/') + addressAt(data, 4).toString();
        break;
    case IdType::Ipv4AddressRange:
        if (data.size() == 8)
            return addressAt(data, 0).toString() + QLatin1Char('-') + addressAt(data, 4).toString();
        break;
    case IdType::Fqdn:
    case IdType::UserFqdn:
    case IdType::KeyId:
        return QString::fromLatin1(data);
    default:
        break;
    }
    return QString::fromLatin1(data.toHex(' '));
}

std::optional<std::uint32_t> NotifyPayload::dpdSequence() const
{
    if ((type != NotifyType::RUThere && type != NotifyType::RUThereAck) || data.size() != 4)
        return std::nullopt;
    return net::readU32(net::viewOf(data), 0);
}

} // namespace vtd::sim::ike
