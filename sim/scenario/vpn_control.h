#pragma once

#include "sim/devices/device_extension.h"
#include "sim/esp/esp_transform.h"

#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace vtd::sim {

/** One IKE (ISAKMP) SA as `show crypto isakmp sa` knows it: a row of the summary's `ike_sas`. */
struct IkeSaInfo
{
    QString node;
    model::Ipv4Address local;
    model::Ipv4Address peer;
    QString role;        ///< "initiator" or "responder"
    QString state;       ///< the device's own name: QM_IDLE, MM_NO_STATE, AG_INIT_EXCH...
    QString mode;        ///< "main" or "aggressive"
    QString encryption;  ///< "des", "3des", "aes"...
    QString hash;        ///< "sha" or "md5"
    int group = 0;       ///< Diffie-Hellman group
    QString auth;        ///< "pre-share"...
    std::int64_t lifetimeSeconds = 0;
};

/** Packet counters of one IPsec SA pair, as `show crypto ipsec sa` prints them. */
struct IpsecCounters
{
    std::int64_t encaps = 0, encrypt = 0, digest = 0;
    std::int64_t decaps = 0, decrypt = 0, verify = 0;
    std::int64_t sendErrors = 0, recvErrors = 0;
};

/** One IPsec SA pair (inbound and outbound): a row of the summary's `ipsec_sas`. */
struct IpsecSaInfo
{
    QString node;
    QString interface;
    QString cryptoMap;
    model::Ipv4Address local;
    model::Ipv4Address peer;
    QString localProxy;    ///< "12.0.0.0/255.255.255.0/0/0"
    QString remoteProxy;
    QString transform;     ///< "esp-des esp-sha-hmac"
    std::optional<int> pfsGroup;
    std::uint32_t spiIn = 0;
    std::uint32_t spiOut = 0;
    std::int64_t lifetimeSeconds = 0;
    std::int64_t lifetimeKilobytes = 0;
    IpsecCounters counters;
};

/** What the scenario runner needs from a node's IKE/IPsec layer (`connect`, `disconnect`,
 *  `expect ike`, `expect ipsec`, the summary's SA tables), so that the runner does not depend on
 *  how IKE is simulated: the IKE layer hangs an implementation on each node that runs IKE
 *  (SimNode::addExtension) and the runner finds it with SimNode::extension<VpnControl>(). A node
 *  without one does not simulate IKE, and the runner says so instead of guessing. */
class VpnControl : public devices::DeviceExtension
{
public:
    /** How a `connect` ended: `connected`, or why not (English, for the run log). */
    struct ConnectOutcome
    {
        bool connected = false;
        QString reason;
    };
    using ConnectFinished = std::function<void(const ConnectOutcome &)>;

    /** A VPN Client dials its profile (with XAUTH credentials when `user` is set) and calls
     *  `finished` exactly once, from inside a simulator event, when it is connected or has
     *  given up. The runner waits at most 30 simulated seconds, then calls disconnect(). */
    virtual void connect(const QString &user, const QString &password, ConnectFinished finished) = 0;
    /** Tears the client's tunnel down (delete notifications as the client sends them). */
    virtual void disconnect() = 0;

    /** The node's SAs now, in any order (the summary sorts them). */
    virtual QList<IkeSaInfo> ikeSas() const = 0;
    virtual QList<IpsecSaInfo> ipsecSas() const = 0;

    /** One ESP SA's work so far, without the texts of ipsecSas(): `vpnsim bench` reads every
     *  node's every few thousand events, and building thousands of texts each time disturbed
     *  the run it measures. */
    struct EspSaWork
    {
        std::uint32_t spi = 0;
        bool inbound = false;
        esp::EspTransform transform;
        std::int64_t packets = 0;  ///< encrypted (outbound SA) or decrypted (inbound SA)
    };
    virtual QList<EspSaWork> espWork() const { return {}; }
};

} // namespace vtd::sim
