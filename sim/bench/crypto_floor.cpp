#include "crypto_floor.h"

#include "sim/crypto/algorithms.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/dh_key_pair.h"
#include "sim/crypto/hmac.h"

#include <algorithm>
#include <random>

namespace vtd::sim::bench {

namespace {

using crypto::Bytes;

constexpr int IpHeader = 20;
constexpr int IcmpHeader = 8;
constexpr int EspHeader = 8;   // SPI + sequence number
constexpr int EspTrailer = 2;  // pad length + next header

/** Deterministic filler, so that every measurement does the same work. */
Bytes pseudoRandomBytes(std::mt19937 &rng, std::size_t size)
{
    Bytes bytes(size);
    for (auto &byte : bytes)
        byte = std::uint8_t(rng());
    if (!bytes.empty())
        bytes[0] |= 0x40;  // a private value well inside 1 < x < p-1
    return bytes;
}

} // namespace

bool doDhExchange(crypto::DhGroup group, std::mt19937 &rng)
{
    const auto a = crypto::DhKeyPair::fromPrivateValue(group, pseudoRandomBytes(rng, crypto::privateValueSize(group)));
    const auto b = crypto::DhKeyPair::fromPrivateValue(group, pseudoRandomBytes(rng, crypto::privateValueSize(group)));
    if (!a || !b)
        return false;
    const auto ab = a->sharedSecret(b->publicValue());
    const auto ba = b->sharedSecret(a->publicValue());
    return ab && ba && *ab == *ba;
}

std::optional<EspFloorSa> EspFloorSa::create(const esp::EspTransform &transform, int innerBytes, std::mt19937 &rng)
{
    if (!transform.encryption || !transform.authentication)
        return std::nullopt;
    const crypto::EncryptionAlgorithm cipherAlgorithm = *transform.encryption;
    const crypto::HashAlgorithm hashAlgorithm = *transform.authentication;
    const std::size_t block = crypto::blockSize(cipherAlgorithm);
    auto cipher = crypto::CbcCipher::create(cipherAlgorithm, pseudoRandomBytes(rng, crypto::keySize(cipherAlgorithm)));
    auto hmac = crypto::Hmac::create(hashAlgorithm, pseudoRandomBytes(rng, crypto::digestSize(hashAlgorithm)));
    if (!cipher || !hmac)
        return std::nullopt;
    const std::size_t padded = (std::size_t(innerBytes + EspTrailer) + block - 1) / block * block;
    EspFloorSa sa{std::move(*cipher), std::move(*hmac)};
    sa.m_block = block;
    sa.m_iv = pseudoRandomBytes(rng, block);
    sa.m_packet = Bytes(EspHeader + block);
    const Bytes body = pseudoRandomBytes(rng, padded);
    sa.m_packet.insert(sa.m_packet.end(), body.begin(), body.end());
    sa.m_scratch = body;
    // The receiver checks the ICV the packet carries: one HMAC per packet, as in the simulation.
    const auto icv = sa.m_hmac.compute96(sa.m_packet);
    if (!icv)
        return std::nullopt;
    sa.m_icv = *icv;
    return sa;
}

bool EspFloorSa::run(std::int64_t encrypted, std::int64_t decrypted)
{
    // The leanest use of the adapter, as the simulation's ESP makes of it: CBC in place, the
    // ICV without a heap allocation.
    const std::span<std::uint8_t> body(m_packet.data() + EspHeader + m_block, m_packet.size() - EspHeader - m_block);
    for (std::int64_t i = 0; i < encrypted; ++i) {
        if (m_cipher.encryptInPlace(m_iv, body))
            return false;
        const auto icv = m_hmac.compute96(m_packet);
        if (!icv)
            return false;
        m_icv = *icv;
    }
    for (std::int64_t i = 0; i < decrypted; ++i) {
        if (!m_hmac.verify96(m_packet, m_icv))
            return false;
        std::copy(body.begin(), body.end(), m_scratch.begin());
        if (m_cipher.decryptInPlace(m_iv, m_scratch))
            return false;
    }
    return true;
}

int CryptoWork::innerPacketBytesOf(int pingSize)
{
    return IpHeader + IcmpHeader + pingSize;
}

std::int64_t CryptoWork::espPackets() const
{
    std::int64_t total = 0;
    for (const EspSa &sa : espSas)
        total += sa.encrypted + sa.decrypted;
    return total;
}

CryptoWork cryptoWorkOf(const QList<IkeSaInfo> &gatewayIkeSas, const QList<IpsecSaInfo> &ipsecSas)
{
    CryptoWork work;
    for (const IkeSaInfo &sa : gatewayIkeSas)
        work.dhGroups << sa.group;
    for (const IpsecSaInfo &sa : ipsecSas)
        work.espSas.append({sa.counters.encrypt, sa.counters.decrypt});
    return work;
}

} // namespace vtd::sim::bench
