#pragma once

// Shared by the tst_esp_* tests: inner datagrams, SA configurations with deterministic keys,
// every ESP transform combination, and the vector-file cipher names.

#include "sim/esp/esp_sa.h"
#include "sim/esp/esp_transform.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

namespace esp_fixtures {

namespace crypto = vtd::crypto;
namespace esp = vtd::sim::esp;
namespace net = vtd::sim::net;
using vtd::model::Ipv4Address;
using vtd::model::Ipv4Prefix;

inline const Ipv4Address SnowOutside(193, 0, 0, 5);
inline const Ipv4Address RainOutside(10, 48, 66, 156);

/** An ICMP echo 12.0.0.1 -> 11.0.0.2 (the seed's flow) with `dataLength` data bytes. */
inline net::Packet innerPacket(int dataLength = 32, std::uint16_t sequence = 1,
                               Ipv4Address source = Ipv4Address(12, 0, 0, 1),
                               Ipv4Address destination = Ipv4Address(11, 0, 0, 2))
{
    net::Ipv4Header header;
    header.source = source;
    header.destination = destination;
    header.ttl = 127;
    header.identification = std::uint16_t(0x1200 + sequence);
    QByteArray data(dataLength, '\0');
    for (int i = 0; i < dataLength; ++i)
        data[i] = char('a' + i % 23);
    return net::Packet::icmp(header, net::IcmpMessage::echoRequest(0x0200, sequence, data));
}

/** `size` bytes that differ per label, for keys. */
inline crypto::Bytes keyBytes(std::size_t size, std::uint8_t label)
{
    crypto::Bytes key(size);
    for (std::size_t i = 0; i < size; ++i)
        key[i] = std::uint8_t(label * 37 + i * 11 + 1);
    return key;
}

/** The seed's proxies seen from snow: 12.0.0.0/24 behind us, 11.0.0.0/24 behind rain. */
inline esp::ProxyIdentity snowProxies()
{
    return esp::ProxyIdentity{Ipv4Prefix(Ipv4Address(12, 0, 0, 0), 24), Ipv4Prefix(Ipv4Address(11, 0, 0, 0), 24)};
}

/** snow -> rain (outbound) or the same SA as rain receives it (inbound, mirrored proxies). */
inline esp::EspSaConfig saConfig(const esp::EspTransform &transform, esp::EspDirection direction,
                                 std::uint32_t spi = 0x8312e721)
{
    esp::EspSaConfig config;
    config.spi = spi;
    config.direction = direction;
    const bool outbound = direction == esp::EspDirection::Outbound;
    config.localAddress = outbound ? SnowOutside : RainOutside;
    config.peerAddress = outbound ? RainOutside : SnowOutside;
    config.proxies = outbound ? snowProxies() : snowProxies().mirrored();
    config.transform = transform;
    config.encryptionKey = keyBytes(transform.encryptionKeySize(), 1);
    config.authenticationKey = keyBytes(transform.authenticationKeySize(), 2);
    config.lifetime = esp::EspLifetime{28800, 4608000};
    return config;
}

/** Every valid transform: 6 ciphers (null included) x 3 authentications, minus null/none. */
inline QList<QPair<QString, esp::EspTransform>> allTransforms()
{
    using crypto::EncryptionAlgorithm;
    using crypto::HashAlgorithm;
    const std::optional<EncryptionAlgorithm> ciphers[] = {
        EncryptionAlgorithm::Des, EncryptionAlgorithm::TripleDes, EncryptionAlgorithm::Aes128,
        EncryptionAlgorithm::Aes192, EncryptionAlgorithm::Aes256, std::nullopt};
    const std::optional<HashAlgorithm> hashes[] = {HashAlgorithm::Md5, HashAlgorithm::Sha1, std::nullopt};
    QList<QPair<QString, esp::EspTransform>> result;
    for (const auto &cipher : ciphers) {
        for (const auto &hash : hashes) {
            const esp::EspTransform transform{cipher, hash};
            if (transform.isValid())
                result.append({transform.ciscoName(), transform});
        }
    }
    return result;
}

/** Vector-file words ("des", "aes256", "null"; "md5", "sha1", "none") as a transform. */
inline esp::EspTransform transformOf(const QByteArray &cipher, const QByteArray &auth)
{
    using crypto::EncryptionAlgorithm;
    esp::EspTransform transform;
    transform.encryption = cipher == "des"      ? std::optional(EncryptionAlgorithm::Des)
                           : cipher == "3des"   ? std::optional(EncryptionAlgorithm::TripleDes)
                           : cipher == "aes128" ? std::optional(EncryptionAlgorithm::Aes128)
                           : cipher == "aes192" ? std::optional(EncryptionAlgorithm::Aes192)
                           : cipher == "aes256" ? std::optional(EncryptionAlgorithm::Aes256)
                                                : std::nullopt;
    transform.authentication = auth == "md5"    ? std::optional(crypto::HashAlgorithm::Md5)
                               : auth == "sha1" ? std::optional(crypto::HashAlgorithm::Sha1)
                                                : std::nullopt;
    return transform;
}

} // namespace esp_fixtures

Q_DECLARE_METATYPE(vtd::sim::esp::EspTransform)
