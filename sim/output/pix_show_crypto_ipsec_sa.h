#pragma once

#include "sim/esp/esp_counters.h"

#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace vtd::sim::output {

/** One SA under `inbound esp sas:` or `outbound esp sas:`. */
struct PixIpsecSaLine
{
    std::uint32_t spi = 0;
    QString transform;          ///< "esp-des esp-sha-hmac"
    int connId = 0;
    std::optional<int> flowId;  ///< IOS 12.2 only: `conn id: N, flow_id: M`
    QString cryptoMap;
    std::int64_t remainingKilobytes = 0;
    std::int64_t remainingSeconds = 0;
    int ivSize = 8;
    bool replayDetection = true;
};

/** One flow ("ident") of an interface's crypto map, with the SAs that carry it. */
struct PixIpsecFlow
{
    QString localIdent;         ///< "10.0.0.0/255.255.255.0/0/0"
    QString remoteIdent;
    model::Ipv4Address peer;
    std::optional<model::Ipv4Address> dynamicPeerIp;  ///< Mode Config address of a client
    bool fromAcl = true;        ///< static entry: flags={origin_is_acl,}
    esp::EspCounters counters;
    model::Ipv4Address localEndpoint;
    int pathMtu = 1500;
    int ipsecOverhead = 0;
    int mediaMtu = 1500;
    std::uint32_t currentOutboundSpi = 0;
    QList<PixIpsecSaLine> inbound;
    QList<PixIpsecSaLine> outbound;
};

/** One interface with a crypto map. */
struct PixIpsecInterface
{
    QString name;
    QString cryptoMap;
    model::Ipv4Address localAddress;
    QList<PixIpsecFlow> flows;
};

/** Renders PIX 6.2's `show crypto ipsec sa` (output-formats.md section 6). */
QString renderPixShowCryptoIpsecSa(const QList<PixIpsecInterface> &interfaces);

} // namespace vtd::sim::output
