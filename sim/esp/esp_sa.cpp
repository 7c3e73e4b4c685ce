#include "esp_sa.h"

#include <algorithm>
#include <limits>

namespace vtd::sim::esp {

namespace {

constexpr std::int64_t KilobyteBytes = 1024;

} // namespace

bool EspSaConfig::takeKeysFromKeymat(crypto::BytesView keymat)
{
    const std::size_t cipherBytes = transform.encryptionKeySize();
    const std::size_t authBytes = transform.authenticationKeySize();
    if (keymat.size() < cipherBytes + authBytes)
        return false;
    encryptionKey = crypto::toBytes(keymat.first(cipherBytes));
    authenticationKey = crypto::toBytes(keymat.subspan(cipherBytes, authBytes));
    return true;
}

EspResult<EspSa> EspSa::create(EspSaConfig config)
{
    const EspTransform &transform = config.transform;
    if (!transform.isValid() || config.spi == 0
        || config.encryptionKey.size() != transform.encryptionKeySize()
        || config.authenticationKey.size() != transform.authenticationKeySize())
        return EspError::InvalidSa;
    EspSa sa(std::move(config));
    if (transform.encryption) {
        auto cipher = crypto::CbcCipher::create(*transform.encryption, sa.m_config.encryptionKey);
        if (!cipher)
            return EspError::InvalidSa;
        sa.m_cipher.emplace(std::move(cipher).value());
    }
    if (transform.authentication) {
        auto hmac = crypto::Hmac::create(*transform.authentication, sa.m_config.authenticationKey);
        if (!hmac)
            return EspError::InvalidSa;
        sa.m_hmac.emplace(std::move(hmac).value());
    }
    return sa;
}

std::optional<std::uint32_t> EspSa::takeSequenceNumber()
{
    // RFC 2406 §3.3.3: with anti-replay the counter must not cycle; without, it wraps to 0.
    if (m_lastSequence == std::numeric_limits<std::uint32_t>::max() && m_config.replayDetection)
        return std::nullopt;
    return ++m_lastSequence;
}

bool EspSa::checksReplay() const
{
    return m_config.replayDetection && m_config.transform.authentication.has_value();
}

void EspSa::recordTraffic(std::size_t bytes)
{
    m_bytes += bytes;
    ++m_packets;
}

LifetimeState EspSa::lifetimeState(SimTime now) const
{
    const std::int64_t age = (now - m_config.created).toNanoseconds() / 1000000000;
    const std::int64_t kilobytes = std::int64_t(m_bytes / KilobyteBytes);
    const EspLifetime &life = m_config.lifetime;
    if (age >= life.seconds || kilobytes >= life.kilobytes)
        return LifetimeState::HardExpired;
    if (age >= life.softSeconds() || kilobytes >= life.softKilobytes())
        return LifetimeState::SoftExpired;
    return LifetimeState::Alive;
}

std::int64_t EspSa::remainingKilobytes() const
{
    // Whole KB left of the byte budget: the first byte sent already shows one KB fewer, as the
    // seed's 4608000 -> 4607999 after a few pings does [infer].
    const std::int64_t budget = m_config.lifetime.kilobytes * KilobyteBytes - std::int64_t(m_bytes);
    return std::max<std::int64_t>(0, budget / KilobyteBytes);
}

std::int64_t EspSa::remainingSeconds(SimTime now) const
{
    const std::int64_t age = (now - m_config.created).toNanoseconds() / 1000000000;
    return std::max<std::int64_t>(0, m_config.lifetime.seconds - age);
}

} // namespace vtd::sim::esp
