#pragma once

#include "isakmp_attribute.h"
#include "isakmp_types.h"

#include "model/ipv4.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace vtd::sim::ike {

/** Key Exchange payload (RFC 2408 §3.7): g^x as a big-endian number padded to the prime size. */
struct KePayload
{
    QByteArray data;
    friend bool operator==(const KePayload &, const KePayload &) = default;
};

/** Identification payload (RFC 2407 §4.6.2): phase-1 identity (address, FQDN, group name as
 *  KEY_ID) or a phase-2 proxy identity (address or subnet with protocol and port). */
struct IdPayload
{
    IdType type = IdType::Ipv4Address;
    std::uint8_t protocol = 0; ///< IP protocol; Cisco's phase-1 IDs carry 17 (UDP)
    std::uint16_t port = 0;    ///< Cisco's phase-1 IDs carry 500
    QByteArray data;

    static IdPayload ipv4Address(model::Ipv4Address address, std::uint8_t protocol = 0, std::uint16_t port = 0);
    static IdPayload ipv4Subnet(model::Ipv4Address address, model::Ipv4Address mask,
                                std::uint8_t protocol = 0, std::uint16_t port = 0);
    static IdPayload fqdn(const QString &name, std::uint8_t protocol = 0, std::uint16_t port = 0);
    static IdPayload userFqdn(const QString &name, std::uint8_t protocol = 0, std::uint16_t port = 0);
    static IdPayload keyId(const QByteArray &key, std::uint8_t protocol = 0, std::uint16_t port = 0);

    /** ID_IPV4_ADDR's address, or the network of ID_IPV4_ADDR_SUBNET / the start of a range. */
    std::optional<model::Ipv4Address> address() const;
    /** ID_IPV4_ADDR_SUBNET's mask (ID_IPV4_ADDR: 255.255.255.255). */
    std::optional<model::Ipv4Address> mask() const;
    /** The identity as text: "193.0.0.5", "12.0.0.0/255.255.255.0", "rain.example", group name. */
    QString text() const;

    friend bool operator==(const IdPayload &, const IdPayload &) = default;
};

/** HASH payload (RFC 2408 §3.11): HASH_I/HASH_R or the Quick Mode/Informational HASH(n). */
struct HashPayload
{
    QByteArray data;
    friend bool operator==(const HashPayload &, const HashPayload &) = default;
};

/** Nonce payload (RFC 2408 §3.13); RFC 2409 §5 requires 8 to 256 bytes. */
struct NoncePayload
{
    static constexpr int MinSize = 8;
    static constexpr int MaxSize = 256;
    QByteArray data;
    friend bool operator==(const NoncePayload &, const NoncePayload &) = default;
};

/** Notification payload (RFC 2408 §3.14): errors, INITIAL-CONTACT, RESPONDER-LIFETIME, DPD. */
struct NotifyPayload
{
    Doi doi = Doi::Ipsec;
    ProtocolId protocol = ProtocolId::Isakmp;
    QByteArray spi; ///< empty, the two cookies (16 bytes), or an IPsec SPI (4 bytes)
    NotifyType type = NotifyType::InitialContact;
    QByteArray data; ///< DPD: the 32-bit sequence number; RESPONDER-LIFETIME: attributes

    /** DPD R-U-THERE / R-U-THERE-ACK sequence number (RFC 3706 §5), if the data holds one. */
    std::optional<std::uint32_t> dpdSequence() const;
    friend bool operator==(const NotifyPayload &, const NotifyPayload &) = default;
};

/** Delete payload (RFC 2408 §3.15): SPIs of IPsec SAs, or the cookie pair of an IKE SA. */
struct DeletePayload
{
    Doi doi = Doi::Ipsec;
    ProtocolId protocol = ProtocolId::IpsecEsp;
    std::uint8_t spiSize = 4;
    std::vector<QByteArray> spis; ///< each spiSize bytes
    friend bool operator==(const DeletePayload &, const DeletePayload &) = default;
};

/** Vendor ID payload (RFC 2408 §3.16); known values are in isakmp_vendor_ids.h. */
struct VendorIdPayload
{
    QByteArray data;
    friend bool operator==(const VendorIdPayload &, const VendorIdPayload &) = default;
};

/** Attribute payload of the Mode Config draft (§3.2): XAUTH and Mode Config requests/replies. */
struct AttributePayload
{
    ConfigType type = ConfigType::Request;
    std::uint16_t identifier = 0;
    DataAttributes attributes;
    friend bool operator==(const AttributePayload &, const AttributePayload &) = default;
};

/** A payload this simulation carries without interpreting (CERT, CERT-REQ, SIG, NAT-D, NAT-OA). */
struct RawPayload
{
    PayloadType type = PayloadType::Certificate;
    QByteArray data;
    friend bool operator==(const RawPayload &, const RawPayload &) = default;
};

} // namespace vtd::sim::ike
