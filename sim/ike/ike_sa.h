#pragma once

#include "ike_config.h"
#include "ipsec_debug_lines.h"
#include "isakmp_header.h"
#include "isakmp_sa_payload.h"
#include "keymat_v1.h"

#include "sim/crypto/dh_key_pair.h"
#include "sim/esp/esp_transform.h"
#include "sim/esp/proxy_identity.h"
#include "sim/engine/event_id.h"
#include "sim/engine/sim_time.h"

#include "model/config/isakmp_policy.h"
#include "model/ipv4.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace vtd::sim::ike {

/** Phase-1 states by the names PIX 6.2 and IOS 12.2 print in `show crypto isakmp sa`. */
enum class IkeState {
    MmNoState,   ///< MM_NO_STATE: MM1 sent / received
    MmSaSetup,   ///< MM_SA_SETUP: MM2 seen, MM3 sent
    MmKeyExch,   ///< MM_KEY_EXCH: MM4 seen, MM5 sent
    AgNoState,   ///< AG_NO_STATE: AM1 sent
    AgInitExch,  ///< AG_INIT_EXCH: AM2 sent, waiting for AM3
    QmIdle,      ///< QM_IDLE: authenticated, phase 2 may run
    Deleted,
};
QString ikeStateName(IkeState state);

/** One Quick Mode exchange in progress on an IKE SA. */
struct QuickModeExchange
{
    std::uint32_t messageId = 0;
    bool initiator = false;
    crypto::Bytes iv;                       ///< the exchange's CBC chain
    QByteArray nonceI;                      ///< Ni_b
    QByteArray nonceR;                      ///< Nr_b
    std::uint32_t ourSpi = 0;               ///< our inbound SPI
    std::uint32_t peerSpi = 0;
    int bindingIndex = -1;                  ///< into IkeConfig::bindings
    esp::ProxyIdentity proxies;             ///< from our side: local = behind us
    std::optional<crypto::DhKeyPair> pfsKey;
    QByteArray peerPfsPublic;
    bool awaitingFinal = false;             ///< responder: QM2 sent, waiting for QM3 (OAK_QM_AUTH_AWAIT)
    esp::EspTransform transform;            ///< of the accepted transform set
    std::uint64_t seconds = 0;              ///< the lifetime the debug output prints (as offered)
    std::optional<std::uint64_t> offeredKilobytes;
    std::uint64_t effectiveSeconds = 0;     ///< what the SA enforces
    std::uint64_t effectiveKilobytes = 0;
    debug_lines::KeyEngineMessage inboundLog;   ///< for the "sa created" syslog lines
    debug_lines::KeyEngineMessage outboundLog;
};

/** The XAUTH transaction of an IKE SA whose phase 1 chose an XAUTH method (65001): the
 *  gateway's CFG_REQUEST/CFG_REPLY and CFG_SET/CFG_ACK, each pair under its own message ID. */
struct XauthExchange
{
    std::uint32_t requestId = 0;            ///< M-ID of CFG_REQUEST -> CFG_REPLY
    std::uint32_t setId = 0;                ///< M-ID of CFG_SET -> CFG_ACK (0: not sent yet)
    QString user;
    bool accepted = false;                  ///< XAUTH_STATUS sent (gateway) / received (client)
    bool done = false;                      ///< CFG_ACK sent or received
};

/** One IKE (ISAKMP) SA with everything its exchanges need: cookies, role, the negotiated
 *  policy, DH, nonces, the derived keys and the CBC chain of its phase-1 messages. */
struct IkeSa
{
    Cookie cookieI{};
    Cookie cookieR{};
    bool initiator = false;
    ExchangeType mode = ExchangeType::IdentityProtection;
    IkeState state = IkeState::MmNoState;
    model::Ipv4Address local;               ///< our address the peer talks to (crypto map interface)
    model::Ipv4Address peer;
    QString interface;                      ///< the interface the SA belongs to
    int connId = 0;                         ///< the device's conn_id / SA number

    QByteArray saiBody;                     ///< SAi_b: the initiator's whole SA payload body
    std::optional<model::IsakmpPolicy> policy;
    std::uint16_t authMethod = 1;
    int lifetimeSeconds = 86400;
    std::optional<crypto::DhKeyPair> dh;
    QByteArray gxi, gxr, nonceI, nonceR;
    QByteArray peerIdBody;                  ///< the peer's ID payload body
    QString peerIdentity;                   ///< as text, for show output and diagnostics
    QString groupName;                      ///< Aggressive Mode with a VPN Client: ID_KEY_ID
    QByteArray preSharedKey;
    std::optional<KeymatV1> keys;
    crypto::Bytes phase1Iv;                 ///< the next phase-1 IV (CBC chain)
    crypto::Bytes lastPhase1Block;          ///< last cipher block of phase 1 (for phase-2 IVs)

    std::map<std::uint32_t, QuickModeExchange> quickModes;
    std::map<std::uint32_t, crypto::Bytes> transactionIvs; ///< Mode Config / XAUTH exchanges
    std::optional<model::Ipv4Address> assignedAddress;     ///< Mode Config
    std::optional<XauthExchange> xauth;                    ///< set when phase 1 chose XAUTH

    QByteArray lastSent;                    ///< for retransmission
    model::Ipv4Address lastSentTo;
    int retransmissions = 0;
    EventId retransmitTimer;
    SimTime established;
    bool initialContactSent = false;
    bool misrouteReported = false;

    // Life after phase 1 (ike_sa_lifetimes.cpp, ike_dpd.cpp)
    EventId lifetimeTimer;                  ///< the negotiated phase-1 lifetime
    bool peerSupportsDpd = false;           ///< the peer sent the RFC 3706 vendor ID
    EventId dpdTimer;                       ///< `isakmp keepalive`: the next probe or retry
    std::uint32_t dpdSequence = 0;          ///< of the last R-U-THERE sent
    int dpdUnanswered = 0;                  ///< R-U-THEREs sent since the peer last answered
    SimTime lastHeard;                      ///< the peer's last ISAKMP or ESP

    bool isEstablished() const { return state == IkeState::QmIdle; }
    /** Phase 2 and Mode Config may run: no XAUTH, or XAUTH accepted the user. */
    bool isAuthorised() const { return !xauth || (xauth->accepted && xauth->done); }
};

} // namespace vtd::sim::ike
