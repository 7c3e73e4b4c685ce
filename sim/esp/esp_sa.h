#pragma once

#include "esp_counters.h"
#include "esp_error.h"
#include "esp_transform.h"
#include "proxy_identity.h"
#include "replay_window.h"

#include "model/ipv4.h"
#include "sim/crypto/bytes.h"
#include "sim/crypto/cbc_cipher.h"
#include "sim/crypto/hmac.h"
#include "sim/engine/sim_time.h"

#include <cstdint>
#include <optional>

namespace vtd::sim::esp {

/** Which way an SA carries traffic; RFC 2401 SAs are one-way, so a tunnel is an inbound/outbound pair. */
enum class EspDirection { Inbound, Outbound };

/** `set security-association lifetime seconds S kilobytes K`; defaults are Cisco's global ones. */
struct EspLifetime
{
    std::int64_t seconds = 3600;
    std::int64_t kilobytes = 4608000;

    /** When the IKE layer should start the rekey: 90 % of each limit [infer: Cisco documents a
     *  soft lifetime before the hard one but not the 12.2 margin]. */
    std::int64_t softSeconds() const { return seconds - seconds / 10; }
    std::int64_t softKilobytes() const { return kilobytes - kilobytes / 10; }

    friend bool operator==(const EspLifetime &, const EspLifetime &) = default;
};

/** Where an SA stands against its lifetimes. */
enum class LifetimeState { Alive, SoftExpired, HardExpired };

/** Everything Quick Mode decides about one SA; the IKE layer fills it, EspSa::create keys it. */
struct EspSaConfig
{
    std::uint32_t spi = 0;  ///< chosen by the receiver of this SA
    EspDirection direction = EspDirection::Outbound;
    model::Ipv4Address localAddress;  ///< this device's tunnel endpoint (outer source when sending)
    model::Ipv4Address peerAddress;   ///< the peer's tunnel endpoint
    ProxyIdentity proxies;            ///< from this device's side: local = behind us
    EspTransform transform;
    crypto::Bytes encryptionKey;      ///< encryptionKeySize() bytes
    crypto::Bytes authenticationKey;  ///< authenticationKeySize() bytes
    EspLifetime lifetime;
    bool replayDetection = true;      ///< `replay detection support: Y`
    SimTime created;

    /** Cuts an SA's KEYMAT (RFC 2409 §5.5) into the two keys: cipher key first, HMAC key next
     *  (the order racoon and Cisco use). False if KEYMAT is shorter than both keys. */
    bool takeKeysFromKeymat(crypto::BytesView keymat);
};

/**
 * One direction of an ESP tunnel: keys, keyed cipher and HMAC, sequence counter (outbound) or
 * anti-replay window (inbound), lifetimes and the counters `show crypto ipsec sa` prints.
 */
class EspSa
{
public:
    /** InvalidSa for esp-null without auth, a zero SPI or keys of the wrong length. */
    static EspResult<EspSa> create(EspSaConfig config);

    const EspSaConfig &config() const { return m_config; }
    std::uint32_t spi() const { return m_config.spi; }
    EspDirection direction() const { return m_config.direction; }
    const EspTransform &transform() const { return m_config.transform; }
    model::Ipv4Address localAddress() const { return m_config.localAddress; }
    model::Ipv4Address peerAddress() const { return m_config.peerAddress; }
    const ProxyIdentity &proxies() const { return m_config.proxies; }

    /** Keyed primitives; nullptr for esp-null / no authentication. */
    const crypto::CbcCipher *cipher() const { return m_cipher ? &*m_cipher : nullptr; }
    const crypto::Hmac *hmac() const { return m_hmac ? &*m_hmac : nullptr; }

    /** Outbound: the number the next packet takes (last + 1), nullopt when anti-replay forbids
     *  the wrap past 2^32 - 1 (RFC 2406 §3.3.3): the SA must be rekeyed. */
    std::optional<std::uint32_t> takeSequenceNumber();
    std::uint32_t lastSequenceNumber() const { return m_lastSequence; }
    /** Sets the last number sent: lets tests and state restores start next to the wrap. */
    void setLastSequenceNumber(std::uint32_t sequence) { m_lastSequence = sequence; }

    /** Inbound: the window; meaningful only with replayDetection and authentication. */
    const ReplayWindow &replayWindow() const { return m_window; }
    ReplayWindow &replayWindow() { return m_window; }
    /** Anti-replay is active: asked for, and possible (RFC 2406 §3.4.3 needs the ICV). */
    bool checksReplay() const;

    /** Counts one protected datagram of `bytes` octets against the volume lifetime. */
    void recordTraffic(std::size_t bytes);
    std::uint64_t bytesProcessed() const { return m_bytes; }
    std::uint64_t packetsProcessed() const { return m_packets; }

    LifetimeState lifetimeState(SimTime now) const;
    /** `remaining key lifetime (k/sec)`: KB and seconds left, never below 0. */
    std::int64_t remainingKilobytes() const;
    std::int64_t remainingSeconds(SimTime now) const;

    EspCounters &counters() { return m_counters; }
    const EspCounters &counters() const { return m_counters; }

private:
    explicit EspSa(EspSaConfig config) : m_config(std::move(config)) {}

    EspSaConfig m_config;
    std::optional<crypto::CbcCipher> m_cipher;
    std::optional<crypto::Hmac> m_hmac;
    std::uint32_t m_lastSequence = 0;
    ReplayWindow m_window;
    std::uint64_t m_bytes = 0;
    std::uint64_t m_packets = 0;
    EspCounters m_counters;
};

} // namespace vtd::sim::esp
