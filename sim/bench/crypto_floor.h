#pragma once

#include "sim/crypto/algorithms.h"
#include "sim/crypto/bytes.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/hmac.h"
#include "sim/esp/esp_transform.h"
#include "sim/scenario/vpn_control.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <random>

namespace vtd::sim::bench {

/** The cryptographic operations a benchmark run performed, read from the SA tables the run
 *  left behind (each IKE SA: one Diffie-Hellman exchange; each IPsec SA: its encrypt and
 *  decrypt counters), so that the floor repeats exactly the work the simulation did. */
struct CryptoWork
{
    QList<int> dhGroups;   ///< one entry per IKE exchange: both key pairs and both g^xy
    struct EspSa
    {
        std::int64_t encrypted = 0;
        std::int64_t decrypted = 0;
    };
    QList<EspSa> espSas;   ///< one entry per IPsec SA pair on each node

    std::int64_t dhOperations() const { return std::int64_t(dhGroups.size()) * 4; }
    /** The tunnelled IP datagram of a ping: IP header + ICMP header + the ping's data. */
    static int innerPacketBytesOf(int pingSize);
    std::int64_t espPackets() const;
};

/** Collects the work from the gateways' IKE SAs (one per exchange) and every node's IPsec SAs. */
CryptoWork cryptoWorkOf(const QList<IkeSaInfo> &gatewayIkeSas, const QList<IpsecSaInfo> &ipsecSas);

/** One IKE exchange's Diffie-Hellman work: two key pairs, two shared secrets. */
bool doDhExchange(crypto::DhGroup group, std::mt19937 &rng);

/** One IPsec SA's ESP work done directly: keyed once, then per packet the CBC encryption and
 *  HMAC-96 of a datagram of the run's size (sending), or the ICV check and the decryption
 *  (receiving). */
class EspFloorSa
{
public:
    /** Nullopt for a transform without encryption or without authentication (none in the bench). */
    static std::optional<EspFloorSa> create(const esp::EspTransform &transform, int innerBytes, std::mt19937 &rng);
    bool run(std::int64_t encrypted, std::int64_t decrypted);

private:
    EspFloorSa(crypto::CbcCipher cipher, crypto::Hmac hmac) : m_cipher(std::move(cipher)), m_hmac(std::move(hmac)) {}

    crypto::CbcCipher m_cipher;
    crypto::Hmac m_hmac;
    std::size_t m_block = 0;
    crypto::Bytes m_iv;
    crypto::Bytes m_packet;   ///< SPI | seq | IV | body: what the ICV covers
    crypto::Bytes m_scratch;  ///< the body decrypted, as the receiver does on its own copy
    crypto::Icv96 m_icv{};
};

} // namespace vtd::sim::bench
