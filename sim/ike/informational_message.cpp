#include "informational_message.h"

#include "cipher_trace.h"
#include "exchange_helpers.h"

#include "sim/engine/seeded_rng.h"
#include "sim/net/byte_order.h"

namespace vtd::sim::ike {

namespace {

QByteArray cookiePair(const IkeSa &sa)
{
    QByteArray spi;
    spi.append(reinterpret_cast<const char *>(sa.cookieI.data()), int(sa.cookieI.size()));
    spi.append(reinterpret_cast<const char *>(sa.cookieR.data()), int(sa.cookieR.size()));
    return spi;
}

} // namespace

std::uint32_t newInformationalMessageId(SeededRng &rng)
{
    std::uint32_t mid = 0;
    while (mid == 0)
        mid = rng.nextU32();
    return mid;
}

QByteArray encodeInformational(devices::SimNode &node, const IkeSa &sa, std::uint32_t messageId,
                               const std::vector<Payload> &payloads)
{
    if (!sa.keys)
        return {};
    const QByteArray covered = encodePayloadChain(payloads);
    const auto hash = sa.keys->informationalHash(messageId, net::viewOf(covered));
    IsakmpMessage message;
    message.header = {sa.cookieI, sa.cookieR, PayloadType::None, IsakmpHeader::Version, ExchangeType::Informational,
                      header_flag::Encryption, messageId, IsakmpHeader::Size};
    message.payloads.push_back(HashPayload{hash ? net::toByteArray(*hash) : QByteArray()});
    message.payloads.insert(message.payloads.end(), payloads.begin(), payloads.end());
    const auto first = sa.keys->phase2Iv(sa.lastPhase1Block, messageId);
    crypto::Bytes iv = first ? *first : crypto::Bytes();
    return encryptAndTrace(node, message, *sa.keys, iv);
}

std::variant<DecryptedMessage, QString> openInformational(const IkeSa &sa, const EncryptedMessage &received)
{
    if (!sa.keys)
        return QStringLiteral("no keys for this IKE SA");
    const std::uint32_t mid = received.header.messageId;
    const auto first = sa.keys->phase2Iv(sa.lastPhase1Block, mid);
    crypto::Bytes iv = first ? *first : crypto::Bytes();
    auto decrypted = decryptMessage(received, *sa.keys, iv);
    if (std::holds_alternative<QString>(decrypted))
        return decrypted;
    const DecryptedMessage &message = std::get<DecryptedMessage>(decrypted);
    const HashPayload *hash = findPayload<HashPayload>(message.message.payloads);
    const auto expected = sa.keys->informationalHash(mid, net::viewOf(payloadsAfterFirst(message.plaintext, message.chain)));
    if (!hash || !expected || !crypto::constantTimeEqual(*expected, net::viewOf(hash->data)))
        return QStringLiteral("HASH(1) of the Informational message does not verify");
    return decrypted;
}

DeletePayload espDelete(const std::vector<std::uint32_t> &inboundSpis)
{
    DeletePayload payload;
    payload.protocol = ProtocolId::IpsecEsp;
    payload.spiSize = 4;
    for (const std::uint32_t spi : inboundSpis)
        payload.spis.push_back(bigEndianBytes(spi));
    return payload;
}

DeletePayload ikeDelete(const IkeSa &sa)
{
    DeletePayload payload;
    payload.protocol = ProtocolId::Isakmp;
    payload.spiSize = 16;
    payload.spis.push_back(cookiePair(sa));
    return payload;
}

NotifyPayload dpdNotify(const IkeSa &sa, NotifyType type, std::uint32_t sequence)
{
    NotifyPayload notify;
    notify.protocol = ProtocolId::Isakmp;
    notify.spi = cookiePair(sa);
    notify.type = type;
    notify.data = bigEndianBytes(sequence);
    return notify;
}

std::vector<std::uint32_t> deletedSpis(const DeletePayload &payload)
{
    std::vector<std::uint32_t> spis;
    for (const QByteArray &spi : payload.spis) {
        if (spi.size() == 4)
            spis.push_back(net::readU32(net::viewOf(spi), 0));
    }
    return spis;
}

bool deletesIkeSa(const DeletePayload &payload, const IkeSa &sa)
{
    const QByteArray cookies = cookiePair(sa);
    return payload.protocol == ProtocolId::Isakmp
           && std::any_of(payload.spis.begin(), payload.spis.end(), [&](const QByteArray &spi) { return spi == cookies; });
}

} // namespace vtd::sim::ike
