#include "crypto_floor.h"

#include "sim/crypto/algorithms.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/dh_key_pair.h"
#include "sim/crypto/hmac.h"

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

crypto::EncryptionAlgorithm cipherOf(const QString &transform)
{
    if (transform.contains(QLatin1String("esp-3des")))
        return crypto::EncryptionAlgorithm::TripleDes;
    if (transform.contains(QLatin1String("esp-aes-256")))
        return crypto::EncryptionAlgorithm::Aes256;
    if (transform.contains(QLatin1String("esp-aes-192")))
        return crypto::EncryptionAlgorithm::Aes192;
    if (transform.contains(QLatin1String("esp-aes")))
        return crypto::EncryptionAlgorithm::Aes128;
    return crypto::EncryptionAlgorithm::Des;
}

crypto::HashAlgorithm hashOf(const QString &transform)
{
    return transform.contains(QLatin1String("md5")) ? crypto::HashAlgorithm::Md5 : crypto::HashAlgorithm::Sha1;
}

/** Both sides of one exchange: two key pairs, two shared secrets. */
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

/** One SA pair's packets: encryption + ICV out, ICV check + decryption in, keyed once. */
bool doEspSa(const CryptoWork::EspSa &sa, int innerBytes, std::mt19937 &rng)
{
    const auto cipherAlgorithm = cipherOf(sa.transform);
    const std::size_t block = crypto::blockSize(cipherAlgorithm);
    const auto cipher = crypto::CbcCipher::create(cipherAlgorithm, pseudoRandomBytes(rng, crypto::keySize(cipherAlgorithm)));
    const auto hmac = crypto::Hmac::create(hashOf(sa.transform), pseudoRandomBytes(rng, crypto::digestSize(hashOf(sa.transform))));
    if (!cipher || !hmac)
        return false;
    const std::size_t padded = (std::size_t(innerBytes + EspTrailer) + block - 1) / block * block;
    const Bytes plaintext = pseudoRandomBytes(rng, padded);
    const Bytes iv = pseudoRandomBytes(rng, block);
    Bytes packet(EspHeader + block + padded);
    for (std::int64_t i = 0; i < sa.encrypted + sa.decrypted; ++i) {
        if (i < sa.encrypted) {
            const auto encrypted = cipher->encrypt(iv, plaintext);
            if (!encrypted)
                return false;
            std::copy(encrypted->begin(), encrypted->end(), packet.begin() + EspHeader + block);
            if (!hmac->compute96(packet))
                return false;
        } else {
            const auto icv = hmac->compute96(packet);
            if (!icv || !hmac->verify96(packet, *icv))
                return false;
            if (!cipher->decrypt(iv, crypto::BytesView(packet).subspan(EspHeader + block)))
                return false;
        }
    }
    return true;
}

} // namespace

std::int64_t CryptoWork::espPackets() const
{
    std::int64_t total = 0;
    for (const EspSa &sa : espSas)
        total += sa.encrypted + sa.decrypted;
    return total;
}

CryptoWork cryptoWorkOf(const QList<IkeSaInfo> &gatewayIkeSas, const QList<IpsecSaInfo> &ipsecSas, int pingSize)
{
    CryptoWork work;
    for (const IkeSaInfo &sa : gatewayIkeSas)
        work.dhGroups << sa.group;
    for (const IpsecSaInfo &sa : ipsecSas)
        work.espSas.append({sa.transform, sa.counters.encrypt, sa.counters.decrypt});
    work.innerPacketBytes = IpHeader + IcmpHeader + pingSize;
    return work;
}

Timing measureCryptoFloor(const CryptoWork &work)
{
    std::mt19937 rng(20261130);
    const BenchClock clock;
    for (int number : work.dhGroups) {
        if (const auto group = crypto::dhGroupFromNumber(number))
            doDhExchange(*group, rng);
    }
    for (const CryptoWork::EspSa &sa : work.espSas)
        doEspSa(sa, work.innerPacketBytes, rng);
    return clock.elapsed();
}

} // namespace vtd::sim::bench
