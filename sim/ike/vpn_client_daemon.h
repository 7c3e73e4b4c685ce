#pragma once

#include "ike_sa.h"
#include "ike_vpn_control.h"
#include "isakmp_crypt.h"

#include "sim/devices/crypto_map_hook.h"
#include "sim/devices/sim_node.h"
#include "sim/esp/esp_sad.h"

#include "model/config/vpnclient_profile.h"

#include <memory>
#include <vector>

namespace vtd::sim::net {
struct UdpDatagram;
}

namespace vtd::sim::ike {

/** The Cisco VPN Client 3.6 on a PC: `connect` dials the .pcf profile's Host with group
 *  authentication (Aggressive Mode, ID_KEY_ID = GroupName, the group password as pre-shared
 *  key, the client's eight transforms), answers XAUTH with the user and password `connect`
 *  gave when the gateway chose an XAUTH method, pulls its address with Mode Config, then runs its two
 *  Quick Modes (to the gateway itself and to 0.0.0.0/0). While connected every datagram the PC
 *  sends leaves from the assigned address inside ESP, as with the client's virtual adapter. */
class VpnClientDaemon : public devices::CryptoMapHook
{
public:
    VpnClientDaemon(devices::SimNode &node, model::VpnClientProfile profile);
    ~VpnClientDaemon() override;

    static std::shared_ptr<VpnClientDaemon> install(devices::SimNode &node, model::VpnClientProfile profile);

    devices::StageVerdict outbound(devices::SimNode &node, net::Packet &packet, net::SimInterface &egress) override;

    /** Dials; `user`/`password` answer XAUTH (empty: the user gives none, as when the login
     *  dialog is cancelled). */
    void connect(const QString &user, const QString &password, VpnControl::ConnectFinished finished);
    void disconnect();
    bool isConnected() const { return m_connected; }
    std::optional<model::Ipv4Address> assignedAddress() const { return m_sa ? m_sa->assignedAddress : std::nullopt; }

private:
    void onLocalPacket(const net::Packet &packet);
    void onIsakmp(const QByteArray &bytes);
    /** Sends an ISAKMP message to the gateway and resends it until an answer comes. */
    void send(const QByteArray &message);
    /** Sends once (the last message of an exchange expects no answer). */
    void transmit(const QByteArray &message);
    void fail(const QString &reason);
    void onAggressiveReply(const IsakmpMessage &message, const DecodedChain &chain, const QByteArray &bytes);
    void sendModeConfigRequest();
    void onTransaction(const EncryptedMessage &received);
    /** After an XAUTH phase 1: the gateway's CFG_REQUEST must come within the retry time. */
    void awaitXauth();
    void onXauthRequest(std::uint32_t mid, const AttributePayload &request);
    void onXauthStatus(std::uint32_t mid, const AttributePayload &set);
    /** After XAUTH_STATUS FAIL: the connect fails when the gateway's DELETE of the IKE SA
     *  arrives, or with the refusal alone when none comes (vpn_client_informational.cpp). */
    void awaitRefusalDelete(const QString &refusal);
    void onModeConfigReply(const AttributePayload &reply);
    void startQuickMode(const model::Ipv4Prefix &remote);
    void onQuickModeReply(const EncryptedMessage &received);
    bool installSas(QuickModeExchange &qm);
    // vpn_client_informational.cpp: DELETE and DPD (RFC 2409 §5.7, RFC 3706)
    void onInformational(const EncryptedMessage &received);
    void onDelete(const DeletePayload &payload);
    /** Tells the gateway the tunnel goes: DELETE of the ESP SAs, then of the IKE SA. */
    void sendDeletes();
    void sendInformational(const std::vector<Payload> &payloads);
    void bringUpAdapter(model::Ipv4Address address);
    /** Forgets the tunnel (SAs, timers) without telling the gateway. */
    void dropTunnel();
    // vpn_client_dpd.cpp: the client's dead peer detection (.pcf PeerTimeout, RFC 3706)
    /** The .pcf's PeerTimeout, when DPD is on; read once, as the client reads its profile
     *  when it starts (and every datagram into the tunnel asks for it). */
    static std::optional<int> peerTimeoutOf(const model::VpnClientProfile &profile);
    void noteGatewayVendorIds(const IsakmpMessage &message);
    void noteHeardFromGateway();
    /** After a datagram into the tunnel: worry if the gateway stays silent. */
    void noteTunnelTraffic();
    void scheduleDpdCheck(SimTime at);
    /** Probes when the client has sent since it last heard the gateway, DpdIdle ago. */
    void dpdCheck();
    void sendRuThere();
    void dpdRetry();
    void onRuThereAck(std::uint32_t sequence);
    void declareGatewayDead();

    devices::SimNode &m_node;
    model::VpnClientProfile m_profile;
    model::Ipv4Address m_gateway;
    std::optional<int> m_peerTimeoutSeconds;
    QString m_user;                            ///< XAUTH credentials of the current connect
    QString m_password;
    std::vector<std::unique_ptr<IkeSa>> m_sas; ///< at most one: the tunnel's
    IkeSa *m_sa = nullptr;
    esp::EspSad m_sad;
    VpnControl::ConnectFinished m_finished;
    std::uint32_t m_configMessageId = 0;
    int m_quickModesDone = 0;
    bool m_connected = false;
    int m_listenerId = 0;
    std::uint16_t m_outerIpId = 0;
    EventId m_retransmit;
    EventId m_dpdTimer;                        ///< the client's DPD: worry check or R-U-THERE resend
    SimTime m_lastTunnelSend;                  ///< the client's last datagram into the tunnel
    QString m_refusal;                         ///< the gateway refused XAUTH: why (until its DELETE)
    int m_retries = 0;
};

} // namespace vtd::sim::ike
