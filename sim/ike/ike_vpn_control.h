#pragma once

#include "sim/scenario/vpn_control.h"

#include <functional>
#include <memory>
#include <vector>

namespace vtd::sim::esp {
class EspSad;
}

namespace vtd::sim::ike {

struct IkeSa;
struct CryptoMapBinding;

/** Where an IKE speaker (gateway daemon or VPN Client) keeps the SAs the runner reports. */
struct IkeTables
{
    QString node;
    const std::vector<std::unique_ptr<IkeSa>> *ikeSas = nullptr;
    const esp::EspSad *sad = nullptr;
    /** The crypto map entry of an SA pair by our inbound SPI; may be empty (VPN Client). */
    std::function<const CryptoMapBinding *(std::uint32_t)> bindingForSpi;
};

/** The scenario runner's view of a node that speaks IKE: its IKE and IPsec SA tables for
 *  `expect ike|ipsec` and the run summary, and, for a VPN Client, `connect`/`disconnect`.
 *  A gateway does not dial: without a dialer, connect() refuses with the reason. */
class IkeVpnControl : public VpnControl
{
public:
    using Dialer = std::function<void(const QString &user, const QString &password, ConnectFinished finished)>;

    explicit IkeVpnControl(IkeTables tables, Dialer dialer = {}, std::function<void()> hangUp = {})
        : m_tables(std::move(tables)), m_dialer(std::move(dialer)), m_hangUp(std::move(hangUp))
    {
    }

    void connect(const QString &user, const QString &password, ConnectFinished finished) override;
    void disconnect() override;
    QList<IkeSaInfo> ikeSas() const override;
    QList<IpsecSaInfo> ipsecSas() const override;
    QList<EspSaWork> espWork() const override;

private:
    IkeTables m_tables;
    Dialer m_dialer;
    std::function<void()> m_hangUp;
};

} // namespace vtd::sim::ike
