#pragma once

#include "crypto_map_classifier.h"
#include "ike_config.h"
#include "ike_debug.h"
#include "ike_sa.h"
#include "ipsec_sa_pair.h"
#include "isakmp_crypt.h"
#include "isakmp_message.h"
#include "phase1_policy_match.h"
#include "phase2_proposal_match.h"

#include "sim/devices/crypto_map_hook.h"
#include "sim/devices/sim_node.h"
#include "sim/esp/esp_sad.h"

#include <QMap>
#include <QString>

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <vector>

namespace vtd::sim::net {
struct UdpDatagram;
}

namespace vtd::sim::ike {

/** A Quick Mode that waits for its IKE SA: traffic for `binding` towards `peer` triggered it. */
struct PendingQuickMode
{
    int bindingIndex = -1;
    model::Ipv4Address peer;
    esp::ProxyIdentity proxies;   ///< from our side: local = behind us
};

/** The IKE daemon and IPsec engine of one PIX or IOS router: it answers and starts ISAKMP on
 *  UDP 500 (Main, Aggressive, Quick Mode, Transaction, Informational), keeps the IKE SAs and
 *  the ESP SA database, and as the node's CryptoMapHook protects, triggers or drops the
 *  traffic its crypto maps select. Everything it prints goes through IkeDebug, in the device's
 *  own debug format, only while `debug crypto isakmp|ipsec` is on.
 *
 *  The exchanges live in their own files (ike_main_mode.cpp, ike_quick_mode.cpp,
 *  ike_aggressive_mode.cpp...) as member functions of this class: they share its SA table,
 *  its sending and its debug log. */
class IkeDaemon : public devices::CryptoMapHook
{
public:
    IkeDaemon(devices::SimNode &node, IkeConfig config);
    ~IkeDaemon() override;

    /** Creates the daemon for `node`, hangs it on the node and starts listening. */
    static std::shared_ptr<IkeDaemon> install(devices::SimNode &node, IkeConfig config);
    static IkeDaemon *of(const devices::SimNode &node) { return node.extension<IkeDaemon>(); }

    devices::StageVerdict outbound(devices::SimNode &node, net::Packet &packet,
                                   net::SimInterface &egress) override;
    devices::StageVerdict inbound(devices::SimNode &node, net::Packet &packet,
                                  net::SimInterface &ingress) override;

    const IkeConfig &config() const { return m_config; }
    const QString &nodeName() const { return m_node.name(); }
    /** The crypto map entry an SA pair was negotiated for, by our inbound SPI. */
    const CryptoMapBinding *bindingForSpi(std::uint32_t inboundSpi) const;
    IkeDebug &debug() { return m_debug; }
    const std::vector<std::unique_ptr<IkeSa>> &ikeSas() const { return m_sas; }
    esp::EspSad &sad() { return m_sad; }
    const esp::EspSad &sad() const { return m_sad; }

    /** A `configure` changed the device: new policies, keys and crypto maps apply to new
     *  negotiations; established SAs stay, as on the box. */
    void reconfigure(IkeConfig config);

    /** `clear crypto isakmp sa` / `clear crypto ipsec sa`: each peer is told with an
     *  Informational DELETE under its IKE SA, then the SAs go (ike_informational.cpp). */
    void clearIkeSas();
    void clearIpsecSas();
    /** The selective forms (ike_clear.cpp): `clear crypto ipsec sa peer|map|entry` (PIX 6.2),
     *  `clear crypto sa peer|map|entry` and `clear crypto isakmp CONN-ID` (IOS 12.2). Only the
     *  named SAs go, each pair with its sibling; their peers get the DELETE. Return how many
     *  SA pairs (IKE SAs) went: none for a peer, map, SPI or conn-id without SAs. */
    int clearIpsecSasWithPeer(model::Ipv4Address peer);
    int clearIpsecSasOfMap(const QString &map);
    /** An SA by its destination and SPI: our inbound one (destination = our address) or our
     *  outbound one (destination = the peer), with the other SA of its pair. */
    int clearIpsecSaEntry(model::Ipv4Address destination, std::uint32_t spi);
    int clearIkeSa(int connId);

private:
    // ike_daemon.cpp: plumbing
    void onLocalPacket(const net::Packet &packet);
    void onIsakmp(const net::Packet &packet, const net::UdpDatagram &udp);
    void onEsp(const net::Packet &packet);
    /** Sends an ISAKMP message to the SA's peer (sendIsakmpDatagram), remembering it for
     *  retransmission when a reply is expected. */
    void sendIsakmp(IkeSa &sa, const QByteArray &message, bool expectReply);
    void retransmit(IkeSa *sa);
    /** Reports (once per SA) IKE that leaves through another interface than its crypto map's. */
    void checkIsakmpRoute(IkeSa &sa);
    IkeSa *findSa(const Cookie &initiator, const Cookie &responder);
    IkeSa *findEstablished(model::Ipv4Address peer);
    IkeSa *findAnyTo(model::Ipv4Address peer);
    /** A new SA in MM_NO_STATE, found by findSa() under its initiator cookie from now on. */
    IkeSa &newSa(bool initiator, model::Ipv4Address local, model::Ipv4Address peer, const QString &interface,
                 const Cookie &initiatorCookie);
    void deleteSa(IkeSa &sa, const QString &why);
    /** `reason` says why an SA ended (SaStateTrace::reason); empty for other changes. */
    void setState(IkeSa &sa, IkeState state, const QString &reason = {});
    Cookie newCookie();
    QByteArray randomBytes(int count);
    crypto::DhKeyPair newDhKey(model::DhGroup group);
    QString interfaceOwning(model::Ipv4Address address) const;
    void reportDiagnostic(const QString &code, const QString &severity, model::Ipv4Address peer,
                          QMap<QString, QString> params, const QString &suggestion = {});
    void established(IkeSa &sa);
    /** The "VPN Peer" table the PIX logs: first contact adds a peer, each SA adds a reference. */
    void notePeer(model::Ipv4Address peer, const QString &layer);
    void traceIkeDecision(const QString &outcome, const QString &detail);
    /** KeyTrace records: what the packet view and the Wireshark export need to decrypt. */
    void traceIkeKeys(const IkeSa &sa);
    void traceEspKeys(const esp::EspSaConfig &config, std::uint32_t messageId, bool pfs);

    // ike_main_mode.cpp
    void startMainMode(int bindingIndex, model::Ipv4Address peer);
    void onMainMode(IkeSa *sa, const net::Packet &packet, const QByteArray &bytes);
    void mainModeResponderFirst(const net::Packet &packet, const IsakmpMessage &message,
                                const QByteArray &bytes, const DecodedChain &chain);
    void logPhase1Checks(const Proposal &offer, const Phase1MatchResult &result);
    void processKeyExchange(IkeSa &sa, const IsakmpMessage &message, bool fromInitiator);
    IsakmpMessage identityMessage(IkeSa &sa, bool initiator);
    bool verifyPeerHash(IkeSa &sa, const DecryptedMessage &message, bool peerIsInitiator);
    void mainModeInitiatorSecond(IkeSa &sa, const IsakmpMessage &message);
    void mainModeResponderThird(IkeSa &sa, const IsakmpMessage &message);
    void mainModeInitiatorFourth(IkeSa &sa, const IsakmpMessage &message);
    void mainModeResponderFifth(IkeSa &sa, const DecryptedMessage &message);
    void mainModeInitiatorSixth(IkeSa &sa, const DecryptedMessage &message);
    bool deriveKeys(IkeSa &sa);
    IsakmpMessage keyExchangeMessage(IkeSa &sa, bool initiator);
    IdPayload ownIdentity(const IkeSa &sa) const;
    void logSaRequests(const IkeSa &sa);

    // ike_aggressive_mode.cpp
    void onAggressiveMode(IkeSa *sa, const net::Packet &packet, const QByteArray &bytes);
    void aggressiveResponderFirst(const net::Packet &packet, const IsakmpMessage &message,
                                  const QByteArray &bytes, const DecodedChain &chain);
    void aggressiveResponderThird(IkeSa &sa, const DecryptedMessage &message);
    /** The vpngroup password for an ID_KEY_ID (sets groupName), else the peer's isakmp key. */
    QByteArray aggressivePreSharedKey(const IdPayload &id, model::Ipv4Address peer, QString &groupName);

    // ike_transaction.cpp
    void onTransaction(IkeSa &sa, const EncryptedMessage &received);
    void appendModeConfigValue(IkeSa &sa, std::uint16_t type, DataAttributes &out);
    std::optional<model::Ipv4Address> allocateAddress(IkeSa &sa);
    /** Ends the SA's Mode Config lease (deleteSa()). */
    void releaseAddress(const IkeSa &sa);

    // ike_xauth.cpp: the gateway's XAUTH transaction (after Aggressive Mode, before Mode Config)
    void startXauth(IkeSa &sa);
    void onXauthReply(IkeSa &sa, const AttributePayload &reply);
    void onXauthAck(IkeSa &sa);
    /** Asks the crypto map's AAA server; false (with a diagnostic) for a refused user. */
    bool checkXauthUser(const IkeSa &sa, const QString &user, const QString &password);
    void sendXauthStatus(IkeSa &sa, bool accepted);
    /** A refused or cancelled XAUTH: DELETE of the IKE SA to the client, then the SA goes. */
    void endRefusedSa(IkeSa &sa, const QString &reason);

    // ike_quick_mode.cpp
    void startQuickMode(IkeSa &sa, const PendingQuickMode &pending);
    void onQuickMode(IkeSa &sa, const EncryptedMessage &received);
    void quickModeResponderFirst(IkeSa &sa, const DecryptedMessage &message, crypto::Bytes iv);
    void quickModeInitiatorSecond(IkeSa &sa, QuickModeExchange &qm, const DecryptedMessage &message, crypto::Bytes iv);
    void logPhase2Checks(const std::vector<Proposal> &offer, const Phase2MatchResult &result, std::uint32_t mid);
    debug_lines::KeyEngineMessage keyEngineMessage(const IkeSa &sa, const QuickModeExchange &qm, bool inbound,
                                                   std::uint64_t seconds, std::uint64_t kilobytes) const;
    void processQuickModeNotifies(IkeSa &sa, const DecryptedMessage &message, std::uint32_t mid);
    void sendQuickModeReply(IkeSa &sa, QuickModeExchange qm, const std::vector<Proposal> &offered,
                            const Phase2MatchResult &result, crypto::Bytes iv);
    void logSasCreated(IkeSa &sa, const QuickModeExchange &qm);
    void traceIpsecState(const IkeSa &sa, const QuickModeExchange &qm, bool up);
    void quickModeResponderThird(IkeSa &sa, QuickModeExchange &qm, const DecryptedMessage &message);
    bool installSas(IkeSa &sa, QuickModeExchange &qm);
    int findResponderBinding(const IkeSa &sa, const esp::ProxyIdentity &proxies) const;
    void runPendingQuickModes(IkeSa &sa);

    // ike_informational.cpp: DELETE and DPD notifies (RFC 2408 §3.15, RFC 2409 §5.7, RFC 3706)
    void onInformational(IkeSa &sa, const EncryptedMessage &received);
    void processDelete(IkeSa &sa, const DeletePayload &payload, std::uint32_t mid);
    void processDpdNotify(IkeSa &sa, const NotifyPayload &notify, std::uint32_t mid);
    /** Sends one protected Informational message to the SA's peer (no reply, no resend). */
    std::uint32_t sendInformational(IkeSa &sa, const std::vector<Payload> &payloads); ///< its M-ID
    void sendIkeDelete(IkeSa &sa);
    /** DELETE for our inbound SPIs, if an IKE SA with the peer can carry it. */
    void sendEspDelete(model::Ipv4Address peer, const std::vector<std::uint32_t> &inboundSpis);
    /** The "VPN Peer" table's counterpart of notePeer(). */
    void releasePeer(model::Ipv4Address peer, const QString &layer);

    // ike_clear.cpp: the selective clear commands
    /** DELETE to each pair's peer (one message per peer), then the pairs end as "cleared". */
    int clearIpsecPairs(const std::vector<std::pair<std::uint32_t, std::uint32_t>> &keys);

    // ike_sa_lifetimes.cpp: IPsec SA lifetimes (seconds, kilobytes), rekey, IKE SA lifetime
    using PairKey = std::pair<std::uint32_t, std::uint32_t>;  ///< (address, SPI)
    void trackIpsecPair(const IkeSa &sa, const QuickModeExchange &qm);
    void onIpsecSoftLifetime(PairKey key);
    void rekeyIpsecPair(IpsecSaPair &pair);
    /** Removes the pair from the SAD with its end lines and trace; tellPeer sends a DELETE. */
    void endIpsecPair(PairKey key, const QString &reason, bool tellPeer);
    void endPeerPairs(model::Ipv4Address peer, const QString &reason);
    /** After a datagram on `sa`: a volume limit reached starts the rekey or ends the pair. */
    void checkIpsecVolume(const esp::EspSa &sa);
    void checkInboundVolume(const net::Packet &outer);
    void startIkeLifetime(IkeSa &sa);
    void expireIkeSa(IkeSa &sa);

    // ike_dpd.cpp: `isakmp keepalive` (dead peer detection, RFC 3706)
    void startKeepalive(IkeSa &sa);
    void keepaliveTick(IkeSa *sa);
    void dpdRetry(IkeSa *sa);
    void sendRuThere(IkeSa &sa);
    void declarePeerDead(IkeSa &sa);
    /** Notes the peer's DPD vendor ID in a clear Main or Aggressive Mode message. */
    void noteDpdSupport(const QByteArray &message);
    void noteHeardFrom(model::Ipv4Address peer);

    devices::SimNode &m_node;
    IkeConfig m_config;
    CryptoMapClassifier m_classifier;         ///< m_config.bindings indexed by what they select
    IkeDebug m_debug;
    std::vector<std::unique_ptr<IkeSa>> m_sas;
    /** m_sas by initiator cookie (oldest first): a hub holds thousands, every message looks one up. */
    std::unordered_map<std::uint64_t, std::vector<IkeSa *>> m_sasByCookie;
    // Mode Config addresses by the SA they went to; the lease ends when that SA is deleted.
    // (SAs stay in m_sas until it is cleared, so the pointers live as long as the entries.)
    std::unordered_map<std::uint32_t, const IkeSa *> m_addressLeases;
    /** Per pool (by its first address): every address below this one is leased. */
    std::unordered_map<std::uint32_t, std::uint32_t> m_poolScanFrom;
    std::vector<PendingQuickMode> m_pending;
    esp::EspSad m_sad;
    QMap<quint32, int> m_peerRefs;
    QMap<std::uint32_t, int> m_spiBindings;   ///< our inbound SPI -> index into m_config.bindings
    std::map<PairKey, IpsecSaPair> m_ipsecPairs;    ///< by (local address, inbound SPI)
    std::map<PairKey, PairKey> m_outboundPairs;     ///< (peer, outbound SPI) -> m_ipsecPairs key
    std::unordered_map<std::uint32_t, std::set<PairKey>> m_pairsByPeer;  ///< peer -> m_ipsecPairs keys
    int m_listenerId = 0;
    int m_nextConnId = 1;
    int m_mapEntries = 0;     ///< map_alloc_entry numbers (the SAs' conn_id)
    std::uint16_t m_outerIpId = 0;
};

} // namespace vtd::sim::ike
