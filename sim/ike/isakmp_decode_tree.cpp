#include "isakmp_decode_tree.h"

#include "isakmp_names.h"

namespace vtd::sim::ike {

namespace {

DecodeTreeRow row(const QString &field, const QString &value, int offset, int length)
{
    return DecodeTreeRow{field, value, offset, length, {}};
}

QString cookieText(const Cookie &c)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(c.data()), int(c.size())).toHex());
}

QString flagsText(std::uint8_t flags)
{
    QStringList set;
    if (flags & header_flag::Encryption)
        set << QStringLiteral("Encryption");
    if (flags & header_flag::Commit)
        set << QStringLiteral("Commit");
    if (flags & header_flag::AuthenticationOnly)
        set << QStringLiteral("Authentication only");
    return QStringLiteral("0x%1 (%2)").arg(flags, 2, 16, QLatin1Char('0'))
        .arg(set.isEmpty() ? QStringLiteral("none") : set.join(QStringLiteral(", ")));
}

DecodeTreeRow headerRow(const IsakmpHeader &h)
{
    DecodeTreeRow r = row(QStringLiteral("ISAKMP header"), exchangeTypeName(h.exchange), 0, IsakmpHeader::Size);
    r.children = {
        row(QStringLiteral("Initiator cookie"), cookieText(h.initiatorCookie), 0, 8),
        row(QStringLiteral("Responder cookie"), cookieText(h.responderCookie), 8, 8),
        row(QStringLiteral("Next payload"), QStringLiteral("%1 (%2)").arg(unsigned(h.nextPayload)).arg(payloadTypeName(h.nextPayload)), 16, 1),
        row(QStringLiteral("Version"), QStringLiteral("%1.%2").arg(h.version >> 4).arg(h.version & 0x0f), 17, 1),
        row(QStringLiteral("Exchange type"), QStringLiteral("%1 (%2)").arg(unsigned(h.exchange)).arg(exchangeTypeName(h.exchange)), 18, 1),
        row(QStringLiteral("Flags"), flagsText(h.flags), 19, 1),
        // Cisco prints the M-ID both ways: signed decimal and hex (reference §1.1).
        row(QStringLiteral("Message ID"), QStringLiteral("0x%1 (%2)").arg(h.messageId, 8, 16, QLatin1Char('0')).arg(h.messageId), 20, 4),
        row(QStringLiteral("Length"), QString::number(h.length), 24, 4),
    };
    return r;
}

DecodeTreeRow errorRow(const IsakmpDecodeError &e)
{
    return row(QStringLiteral("Error"), e.description(), e.offset, 0);
}

/** Rows of the payloads a refused chain held before its fault; the last one's next payload
 *  is shown as the (unread) type that followed. */
void addPartialRows(DecodeTreeRow &root, const DecodedChain &partial)
{
    for (std::size_t i = 0; i < partial.payloads.size(); ++i) {
        const PayloadType next = i + 1 < partial.payloads.size() ? partial.spans[i + 1].type : PayloadType::None;
        root.children.push_back(payloadRow(partial.payloads[i], next, partial.spans[i].offset));
    }
}

void flatten(const DecodeTreeRow &r, int depth, std::vector<net::PacketField> &out)
{
    const bool error = r.field == QLatin1String("Error");
    out.push_back({error ? QStringLiteral("Error") : QStringLiteral("ISAKMP"),
                   QString(depth * 2, QLatin1Char(' ')) + r.field, r.value});
    for (const DecodeTreeRow &c : r.children)
        flatten(c, depth + 1, out);
}

} // namespace

DecodeTreeRow isakmpDecodeTree(const IsakmpMessage &message, int paddingLength)
{
    const int bodySize = int(message.encodeBody().size());
    DecodeTreeRow root = row(QStringLiteral("ISAKMP"),
                             QStringLiteral("%1, %2 payload(s)").arg(exchangeTypeName(message.header.exchange)).arg(message.payloads.size()),
                             0, IsakmpHeader::Size + bodySize + paddingLength);
    root.children.push_back(headerRow(message.header));
    int at = IsakmpHeader::Size;
    for (std::size_t i = 0; i < message.payloads.size(); ++i) {
        const PayloadType next = i + 1 < message.payloads.size() ? payloadType(message.payloads[i + 1]) : PayloadType::None;
        DecodeTreeRow p = payloadRow(message.payloads[i], next, at);
        at += p.length;
        root.children.push_back(std::move(p));
    }
    if (paddingLength > 0)
        root.children.push_back(row(QStringLiteral("Padding"), QStringLiteral("%1 bytes").arg(paddingLength), at, paddingLength));
    return root;
}

DecodeTreeRow isakmpDecodeTree(net::BytesView message)
{
    auto header = IsakmpHeader::decode(message);
    if (!header) {
        DecodeTreeRow root = row(QStringLiteral("ISAKMP"), QStringLiteral("malformed"), 0, int(message.size()));
        root.children.push_back(errorRow(header.error()));
        return root;
    }
    if (header->encrypted()) {
        DecodeTreeRow root = row(QStringLiteral("ISAKMP"), exchangeTypeName(header->exchange) + QStringLiteral(", encrypted"),
                                 0, int(message.size()));
        root.children.push_back(headerRow(*header));
        const int size = int(message.size()) - IsakmpHeader::Size;
        root.children.push_back(row(QStringLiteral("Encrypted payloads"), QStringLiteral("%1 bytes").arg(size), IsakmpHeader::Size, size));
        return root;
    }
    DecodedChain partial;
    auto chain = decodePayloadChain(header->nextPayload, message.subspan(IsakmpHeader::Size), IsakmpHeader::Size, 0,
                                    &partial);
    if (!chain) {
        DecodeTreeRow root = row(QStringLiteral("ISAKMP"), exchangeTypeName(header->exchange) + QStringLiteral(", malformed"),
                                 0, int(message.size()));
        root.children.push_back(headerRow(*header));
        addPartialRows(root, partial);
        root.children.push_back(errorRow(chain.error()));
        return root;
    }
    return isakmpDecodeTree(IsakmpMessage{*header, std::move(chain->payloads)});
}

std::vector<net::PacketField> isakmpPacketFields(net::BytesView message)
{
    std::vector<net::PacketField> out;
    flatten(isakmpDecodeTree(message), 0, out);
    return out;
}

} // namespace vtd::sim::ike
