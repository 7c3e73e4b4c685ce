#include "isakmp_message.h"

#include "isakmp_names.h"

namespace vtd::sim::ike {

namespace {

constexpr int GenericHeaderSize = 4;
constexpr int MaxDecryptedPadding = 255;

QString typeText(std::uint8_t type)
{
    return QStringLiteral("%1 (%2)").arg(type).arg(payloadTypeName(PayloadType(type)));
}

QString announcerName(std::uint8_t announcer)
{
    return announcer ? Place::payloadOf(announcer).text() : QStringLiteral("ISAKMP header");
}

/** Reads one payload's generic header and body at r. */
IsakmpResult<Payload> decodeOne(WireReader &r, PayloadType type, std::uint8_t &next)
{
    const Place place = Place::payloadOf(std::uint8_t(type));
    const int at = r.offset();
    if (!r.has(GenericHeaderSize))
        return IsakmpDecodeError{IsakmpProblem::Truncated, place.text(), at,
                                 QStringLiteral("%1 bytes left, a payload header needs 4").arg(r.remaining())};
    next = r.u8();
    const std::uint8_t reserved = r.u8();
    const std::uint16_t length = r.u16();
    if (reserved != 0)
        return IsakmpDecodeError{IsakmpProblem::BadReserved, place.text(), at + 1, QStringLiteral("reserved byte is %1").arg(reserved)};
    if (length < GenericHeaderSize)
        return IsakmpDecodeError{IsakmpProblem::BadLength, place.text(), at,
                                 QStringLiteral("payload length %1 is shorter than its own header").arg(length)};
    if (!r.has(length - GenericHeaderSize))
        return IsakmpDecodeError{IsakmpProblem::Truncated, place.text(), at,
                                 QStringLiteral("payload length %1 exceeds the %2 bytes left")
                                     .arg(length).arg(r.remaining() + GenericHeaderSize)};
    return decodePayloadBody(type, r.sub(length - GenericHeaderSize));
}

} // namespace

PayloadType IsakmpMessage::firstPayloadType() const
{
    return payloads.empty() ? PayloadType::None : payloadType(payloads.front());
}

QByteArray IsakmpMessage::encodeBody() const
{
    return encodePayloadChain(payloads);
}

QByteArray IsakmpMessage::encode() const
{
    const QByteArray body = encodeBody();
    IsakmpHeader h = header;
    h.nextPayload = firstPayloadType();
    h.length = std::uint32_t(IsakmpHeader::Size + body.size());
    return h.encode() + body;
}

QByteArray IsakmpMessage::encodeEncrypted(const QByteArray &ciphertext) const
{
    IsakmpHeader h = header;
    h.nextPayload = firstPayloadType();
    h.flags |= header_flag::Encryption;
    h.length = std::uint32_t(IsakmpHeader::Size + ciphertext.size());
    return h.encode() + ciphertext;
}

QByteArray encodePayloadChain(std::span<const Payload> payloads)
{
    QByteArray out;
    for (std::size_t i = 0; i < payloads.size(); ++i) {
        const PayloadType next = i + 1 < payloads.size() ? payloadType(payloads[i + 1]) : PayloadType::None;
        appendPayload(out, payloads[i], next);
    }
    return out;
}

namespace {

/** Decodes the chain into `chain`, payload by payload, so a caller keeps what came before a fault. */
std::optional<IsakmpDecodeError> decodeChainInto(DecodedChain &chain, PayloadType first, net::BytesView bytes,
                                                 int baseOffset, int maxPadding)
{
    WireReader r(bytes, baseOffset);
    std::uint8_t type = std::uint8_t(first);
    std::uint8_t announcer = 0; // 0: the ISAKMP header announced the type
    int announcedAt = 16;       // the header's Next Payload byte
    while (type != 0) {
        if (!isTopLevelPayloadType(type))
            return IsakmpDecodeError{IsakmpProblem::BadPayloadType, announcerName(announcer), announcedAt,
                                     QStringLiteral("next payload %1 is not allowed in the message chain").arg(typeText(type))};
        const int at = r.offset();
        std::uint8_t next = 0;
        auto payload = decodeOne(r, PayloadType(type), next);
        if (!payload)
            return payload.error();
        chain.spans.push_back({PayloadType(type), at, r.offset() - at});
        chain.payloads.push_back(std::move(payload.value()));
        announcer = type;
        announcedAt = at;
        type = next;
    }
    if (r.remaining() > std::size_t(maxPadding))
        return IsakmpDecodeError{IsakmpProblem::BadLength, announcerName(announcer), announcedAt,
                                 QStringLiteral("%1 bytes follow the last payload").arg(r.remaining())};
    chain.paddingLength = int(r.remaining());
    return std::nullopt;
}

} // namespace

IsakmpResult<DecodedChain> decodePayloadChain(PayloadType first, net::BytesView bytes, int baseOffset, int maxPadding,
                                              DecodedChain *partial)
{
    DecodedChain chain;
    if (auto e = decodeChainInto(chain, first, bytes, baseOffset, maxPadding)) {
        if (partial)
            *partial = std::move(chain);
        return *e;
    }
    return chain;
}

IsakmpResult<IsakmpMessage> IsakmpMessage::decode(net::BytesView message, DecodedChain *chainDetails)
{
    auto header = IsakmpHeader::decode(message);
    if (!header)
        return header.error();
    if (header->encrypted())
        return IsakmpDecodeError{IsakmpProblem::EncryptionFlag, QStringLiteral("ISAKMP header"), 19,
                                 QStringLiteral("the body is encrypted; decrypt it before decoding")};
    auto chain = decodePayloadChain(header->nextPayload, message.subspan(IsakmpHeader::Size), IsakmpHeader::Size, 0);
    if (!chain)
        return chain.error();
    IsakmpMessage decoded{*header, chain->payloads};
    if (chainDetails)
        *chainDetails = std::move(chain.value());
    return decoded;
}

IsakmpResult<EncryptedMessage> splitEncrypted(net::BytesView message)
{
    auto header = IsakmpHeader::decode(message);
    if (!header)
        return header.error();
    if (!header->encrypted())
        return IsakmpDecodeError{IsakmpProblem::EncryptionFlag, QStringLiteral("ISAKMP header"), 19,
                                 QStringLiteral("the E flag is clear: the body is not encrypted")};
    if (message.size() == std::size_t(IsakmpHeader::Size))
        return IsakmpDecodeError{IsakmpProblem::Truncated, QStringLiteral("encrypted body"), IsakmpHeader::Size,
                                 QStringLiteral("the E flag is set but no ciphertext follows the header")};
    return EncryptedMessage{*header, net::toByteArray(message.subspan(IsakmpHeader::Size))};
}

IsakmpResult<IsakmpMessage> decodeDecryptedBody(const IsakmpHeader &header, net::BytesView plaintext,
                                                DecodedChain *chainDetails)
{
    auto chain = decodePayloadChain(header.nextPayload, plaintext, IsakmpHeader::Size, MaxDecryptedPadding);
    if (!chain)
        return chain.error();
    IsakmpMessage message{header, chain->payloads};
    if (chainDetails)
        *chainDetails = std::move(chain.value());
    return message;
}

} // namespace vtd::sim::ike
