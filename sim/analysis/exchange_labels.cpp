#include "exchange_labels.h"

#include "sim/ike/isakmp_header.h"
#include "sim/ike/isakmp_message.h"
#include "sim/ike/isakmp_names.h"
#include "sim/net/byte_order.h"
#include "sim/net/icmp_message.h"
#include "sim/net/ipv4_header.h"

#include <optional>
#include <utility>

namespace vtd::sim::analysis {

namespace {

constexpr std::uint16_t IsakmpPort = 500;
constexpr std::uint16_t NatTraversalPort = 4500;
constexpr int UdpHeaderLength = 8;
constexpr int NonEspMarkerLength = 4;

/** An IPv4 datagram cut into its header and exactly its payload (Total Length honoured). */
struct Datagram
{
    net::Ipv4Header header;
    QByteArray payload;
};

std::optional<Datagram> splitDatagram(const QByteArray &bytes)
{
    // Total Length says where the datagram ends: ESP plaintext has padding after it.
    if (bytes.size() < net::Ipv4Header::MinimumLength)
        return std::nullopt;
    const int total = net::readU16(net::viewOf(bytes), 2);
    if (total > bytes.size())
        return std::nullopt;
    const QByteArray exact = bytes.left(total);
    const auto header = net::Ipv4Header::decode(net::viewOf(exact));
    if (!header)
        return std::nullopt;
    return Datagram{*header, exact.mid(header->headerLength())};
}

QString icmpName(const QByteArray &payload)
{
    const auto icmp = net::IcmpMessage::decode(net::viewOf(payload));
    if (!icmp)
        return QStringLiteral("ICMP (malformed)");
    switch (icmp->type) {
    case net::icmp_type::EchoRequest: return QStringLiteral("ICMP echo request");
    case net::icmp_type::EchoReply: return QStringLiteral("ICMP echo reply");
    case net::icmp_type::DestinationUnreachable: return QStringLiteral("ICMP destination unreachable");
    case net::icmp_type::TimeExceeded: return QStringLiteral("ICMP time exceeded");
    case net::icmp_type::ParameterProblem: return QStringLiteral("ICMP parameter problem");
    case net::icmp_type::Redirect: return QStringLiteral("ICMP redirect");
    case net::icmp_type::SourceQuench: return QStringLiteral("ICMP source quench");
    default: return QStringLiteral("ICMP type %1").arg(icmp->type);
    }
}

std::optional<std::pair<std::uint16_t, std::uint16_t>> ports(const QByteArray &payload)
{
    if (payload.size() < 4)
        return std::nullopt;
    const auto view = net::viewOf(payload);
    return std::make_pair(net::readU16(view, 0), net::readU16(view, 2));
}

/** The ISAKMP message of a UDP payload (port 500, or 4500 after the non-ESP marker). */
std::optional<QByteArray> isakmpMessage(const QByteArray &udp)
{
    const auto p = ports(udp);
    if (!p || udp.size() < UdpHeaderLength)
        return std::nullopt;
    const QByteArray body = udp.mid(UdpHeaderLength);
    if (p->first == IsakmpPort || p->second == IsakmpPort)
        return body;
    const bool natT = p->first == NatTraversalPort || p->second == NatTraversalPort;
    if (natT && body.startsWith(QByteArray(NonEspMarkerLength, '\0')))
        return body.mid(NonEspMarkerLength);
    return std::nullopt;
}

/** ESP inside UDP 4500 (RFC 3948): anything on that port without the non-ESP marker. */
std::optional<QByteArray> udpEncapsulatedEsp(const QByteArray &udp)
{
    const auto p = ports(udp);
    if (!p || udp.size() < UdpHeaderLength + NonEspMarkerLength)
        return std::nullopt;
    const bool natT = p->first == NatTraversalPort || p->second == NatTraversalPort;
    const QByteArray body = udp.mid(UdpHeaderLength);
    if (natT && !body.startsWith(QByteArray(NonEspMarkerLength, '\0')))
        return body;
    return std::nullopt;
}

QString notifyName(ike::NotifyType type)
{
    // The DPD names as engineers say them (RFC 3706 writes R-U-THERE).
    if (type == ike::NotifyType::RUThere)
        return QStringLiteral("R-U-THERE");
    if (type == ike::NotifyType::RUThereAck)
        return QStringLiteral("R-U-THERE-ACK");
    return ike::notifyTypeName(type);
}

/** What the payloads of a Transaction or an Informational say. */
QString payloadDetail(ike::ExchangeType exchange, const std::vector<ike::Payload> &payloads)
{
    if (exchange == ike::ExchangeType::Transaction) {
        if (const auto *attributes = ike::findPayload<ike::AttributePayload>(payloads))
            return ike::configTypeName(attributes->type);
    } else if (exchange == ike::ExchangeType::Informational) {
        if (ike::findPayload<ike::DeletePayload>(payloads))
            return QStringLiteral("DELETE");
        if (const auto *notify = ike::findPayload<ike::NotifyPayload>(payloads))
            return notifyName(notify->type);
    }
    return {};
}

PacketLabel plainLabel(PacketKind kind, const QString &name)
{
    PacketLabel label;
    label.kind = kind;
    label.base = name;
    return label;
}

bool hasPlaintextDetail(ike::ExchangeType exchange)
{
    return exchange == ike::ExchangeType::Transaction || exchange == ike::ExchangeType::Informational;
}

QString exchangeBase(ike::ExchangeType exchange)
{
    switch (exchange) {
    case ike::ExchangeType::Transaction: return QStringLiteral("Transaction");
    case ike::ExchangeType::Informational: return QStringLiteral("Informational");
    default: return ike::exchangeTypeName(exchange);
    }
}

bool isPhase1(ike::ExchangeType exchange)
{
    return exchange == ike::ExchangeType::IdentityProtection || exchange == ike::ExchangeType::Aggressive;
}

/** The cookies and, for phase 2 and later exchanges, the message ID: one exchange's key.
 *  Phase 1 goes by the initiator cookie alone, as the first message has no responder cookie. */
QByteArray exchangeKey(const ike::IsakmpHeader &header)
{
    QByteArray key(reinterpret_cast<const char *>(header.initiatorCookie.data()), 8);
    key.append(char(header.exchange));
    if (!isPhase1(header.exchange)) {
        key.append(reinterpret_cast<const char *>(header.responderCookie.data()), 8);
        key.append(QByteArray::number(header.messageId));
    }
    return key;
}

} // namespace

QString PacketLabel::text() const
{
    QString out = base;
    if (!detail.isEmpty())
        out += QLatin1Char(' ') + detail;
    if (retransmission)
        out += QStringLiteral(" (retransmission)");
    return out;
}

QString plaintextDetail(const CipherTrace &cipher)
{
    if (cipher.kind == QLatin1String("esp")) {
        const auto inner = splitDatagram(cipher.plaintext);
        return inner ? QStringLiteral("(%1)").arg(plainPacketName(cipher.plaintext)) : QString();
    }
    const auto header = ike::IsakmpHeader::decode(net::viewOf(cipher.ciphertext));
    if (!header)
        return {};
    const auto message = ike::decodeDecryptedBody(*header, net::viewOf(cipher.plaintext));
    return message ? payloadDetail(header->exchange, message->payloads) : QString();
}

QString plainPacketName(const QByteArray &datagram)
{
    const auto split = splitDatagram(datagram);
    if (!split)
        return QStringLiteral("malformed packet");
    const auto p = ports(split->payload);
    switch (split->header.protocol) {
    case net::ip_protocol::Icmp: return icmpName(split->payload);
    case net::ip_protocol::Esp: return QStringLiteral("ESP");
    case net::ip_protocol::Udp:
        return p ? QStringLiteral("UDP %1 > %2").arg(p->first).arg(p->second) : QStringLiteral("UDP");
    case net::ip_protocol::Tcp:
        return p ? QStringLiteral("TCP %1 > %2").arg(p->first).arg(p->second) : QStringLiteral("TCP");
    default: return QStringLiteral("IP protocol %1").arg(split->header.protocol);
    }
}

PacketKind packetKind(const QByteArray &datagram, bool *isakmpPhase1)
{
    if (isakmpPhase1)
        *isakmpPhase1 = false;
    const auto split = splitDatagram(datagram);
    if (!split)
        return PacketKind::Other;
    switch (split->header.protocol) {
    case net::ip_protocol::Esp: return PacketKind::Esp;
    case net::ip_protocol::Icmp: return PacketKind::Icmp;
    case net::ip_protocol::Udp:
        if (const auto message = isakmpMessage(split->payload)) {
            const auto header = ike::IsakmpHeader::decode(net::viewOf(*message));
            if (isakmpPhase1 && header)
                *isakmpPhase1 = isPhase1(header->exchange);
            return PacketKind::Isakmp;
        }
        return udpEncapsulatedEsp(split->payload) ? PacketKind::Esp : PacketKind::Other;
    default: return PacketKind::Other;
    }
}

void ExchangeLabeler::addCipher(const CipherTrace &cipher)
{
    m_ciphers.insert(cipher.ciphertext, cipher);
}

void ExchangeLabeler::clear()
{
    m_ciphers.clear();
    m_exchanges.clear();
    m_sent.clear();
}

PacketLabel ExchangeLabeler::label(const QByteArray &datagram, const QString &sender)
{
    const auto split = splitDatagram(datagram);
    if (!split)
        return plainLabel(PacketKind::Other, QStringLiteral("malformed packet"));
    switch (split->header.protocol) {
    case net::ip_protocol::Esp: return labelEsp(split->payload);
    case net::ip_protocol::Icmp: return plainLabel(PacketKind::Icmp, icmpName(split->payload));
    case net::ip_protocol::Udp:
        if (const auto message = isakmpMessage(split->payload))
            return labelIsakmp(*message, sender);
        if (const auto esp = udpEncapsulatedEsp(split->payload))
            return labelEsp(*esp);
        break;
    default: break;
    }
    return plainLabel(PacketKind::Other, plainPacketName(datagram));
}

PacketLabel ExchangeLabeler::labelIsakmp(const QByteArray &message, const QString &sender)
{
    PacketLabel out;
    out.kind = PacketKind::Isakmp;
    const auto header = ike::IsakmpHeader::decode(net::viewOf(message));
    if (!header) {
        out.base = QStringLiteral("ISAKMP (malformed)");
        return out;
    }
    const auto seen = m_sent.constFind(message);
    out.retransmission = seen != m_sent.cend();
    out.base = out.retransmission ? *seen : numbered(message, *header, sender);
    out.isakmpPhase1 = isPhase1(header->exchange);
    if (!hasPlaintextDetail(header->exchange))
        return out;
    if (header->encrypted()) {
        out.detail = cipherDetail(message, &out.awaitingCipher);
    } else if (const auto clear = ike::IsakmpMessage::decode(net::viewOf(message))) {
        out.detail = payloadDetail(header->exchange, clear->payloads);
    }
    return out;
}

QString ExchangeLabeler::numbered(const QByteArray &message, const ike::IsakmpHeader &header,
                                  const QString &sender)
{
    QString prefix;
    switch (header.exchange) {
    case ike::ExchangeType::IdentityProtection: prefix = QStringLiteral("MM"); break;
    case ike::ExchangeType::Aggressive: prefix = QStringLiteral("AM"); break;
    case ike::ExchangeType::QuickMode: prefix = QStringLiteral("QM"); break;
    default: break;
    }
    QString base = exchangeBase(header.exchange);
    if (!prefix.isEmpty()) {
        // Initiator and responder take turns: 1, 3, 5 from the initiator, 2, 4, 6 back.
        Exchange &exchange = m_exchanges[exchangeKey(header)];
        if (exchange.initiator.isEmpty())
            exchange.initiator = sender;
        const int number = sender == exchange.initiator ? 2 * exchange.initiatorMessages++ + 1
                                                        : 2 * exchange.responderMessages++ + 2;
        base = prefix + QString::number(number);
    }
    m_sent.insert(message, base);
    return base;
}

PacketLabel ExchangeLabeler::labelEsp(const QByteArray &payload) const
{
    PacketLabel out;
    out.kind = PacketKind::Esp;
    if (payload.size() < 8) {
        out.base = QStringLiteral("ESP (malformed)");
        return out;
    }
    const auto view = net::viewOf(payload);
    out.base = QStringLiteral("ESP spi=0x%1 seq=%2")
                   .arg(net::readU32(view, 0), 8, 16, QLatin1Char('0'))
                   .arg(net::readU32(view, 4));
    out.detail = cipherDetail(payload, &out.awaitingCipher);
    return out;
}

QString ExchangeLabeler::cipherDetail(const QByteArray &ciphertext, QByteArray *awaiting) const
{
    const auto found = m_ciphers.constFind(ciphertext);
    if (found == m_ciphers.cend()) {
        *awaiting = ciphertext;
        return {};
    }
    return plaintextDetail(*found);
}

} // namespace vtd::sim::analysis
