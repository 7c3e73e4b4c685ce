#pragma once

// The `debug crypto ipsec` key-engine messages of PIX 6.2 and the Quick Mode lines of
// `debug crypto isakmp` (reference output-formats.md §8), one function per message.

#include "isakmp_payloads.h"

#include "sim/esp/proxy_identity.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace vtd::sim::ike::debug_lines {

/** One side of a key-engine message: the proxy and its ID type (1 host, 4 subnet). */
struct KeyEngineProxy
{
    model::Ipv4Prefix prefix;
    /** initialize_sas prints a host's mask as 0.0.0.0, the other messages as 255.255.255.255. */
    QString text(bool hostMaskZero) const;
    int type() const { return prefix.length() == 32 ? 1 : 4; }
};

/** What the key-engine blocks print about one SA or proposal. */
struct KeyEngineMessage
{
    model::Ipv4Address src;
    model::Ipv4Address dest;
    KeyEngineProxy srcProxy;
    KeyEngineProxy destProxy;
    QString transform;            ///< "esp-des esp-sha-hmac"
    std::uint64_t seconds = 0;
    std::uint64_t kilobytes = 0;
    std::uint32_t spi = 0;
    int connId = 0;
    bool srcFirst = false;        ///< "src= ..., dest= ..." (outbound SAs, sa_request)
};

QString keyEngineBlock(const QString &title, const KeyEngineMessage &message, bool hostMaskZero);
QString keyEngineQueueEvent();                                 ///< "IPSEC(key_engine): got a queue event..."
QString spiResponse(std::uint32_t spi, model::Ipv4Address from, model::Ipv4Address to);
QString checkingIpsecProposal(int number);
QString attsNotAcceptable(int nextPayload);
QString skippingAnded(int number);
QString badSpiSize(int octets);
QString notSupported(int protocol, int transform, int hmac);
QString proxyIdLine(const IdPayload &id, bool source);
QString notifyProcessing(int type, int protocol, std::uint32_t spi, std::uint32_t messageId);
QString deleteNotifyLines(model::Ipv4Address peer, bool padPeer);
QString creatingSas(const KeyEngineMessage &inbound, const KeyEngineMessage &outbound,
                    std::optional<std::uint64_t> offeredKilobytes);
QString mapAllocEntry(int entry);
QString saCreatedSyslog(const KeyEngineMessage &sa);
QString saRequestSyslog(const KeyEngineMessage &request);
QString spiText(std::uint32_t spi);                            ///< "0x661d4fad(1713196973)"

} // namespace vtd::sim::ike::debug_lines
