#include "isakmp_header.h"

#include "isakmp_wire_reader.h"

namespace vtd::sim::ike {

namespace {

const QString HeaderName = QStringLiteral("ISAKMP header");

IsakmpDecodeError headerError(IsakmpProblem problem, int offset, const QString &detail)
{
    return IsakmpDecodeError{problem, HeaderName, offset, detail};
}

} // namespace

bool isKnownExchangeType(std::uint8_t value)
{
    switch (ExchangeType(value)) {
    case ExchangeType::Base:
    case ExchangeType::IdentityProtection:
    case ExchangeType::AuthenticationOnly:
    case ExchangeType::Aggressive:
    case ExchangeType::Informational:
    case ExchangeType::Transaction:
    case ExchangeType::QuickMode:
    case ExchangeType::NewGroupMode:
        return true;
    case ExchangeType::None:
        break;
    }
    return false;
}

QByteArray IsakmpHeader::encode() const
{
    QByteArray out;
    out.reserve(Size);
    out.append(reinterpret_cast<const char *>(initiatorCookie.data()), 8);
    out.append(reinterpret_cast<const char *>(responderCookie.data()), 8);
    out.append(char(nextPayload));
    out.append(char(version));
    out.append(char(exchange));
    out.append(char(flags));
    net::appendU32(out, messageId);
    net::appendU32(out, length);
    return out;
}

IsakmpResult<IsakmpHeader> IsakmpHeader::decode(net::BytesView message)
{
    if (message.size() < std::size_t(Size))
        return headerError(IsakmpProblem::Truncated, 0,
                           QStringLiteral("%1 bytes, the header alone needs 28").arg(message.size()));
    WireReader r(message, 0);
    IsakmpHeader h;
    for (auto &b : h.initiatorCookie)
        b = r.u8();
    for (auto &b : h.responderCookie)
        b = r.u8();
    h.nextPayload = PayloadType(r.u8());
    h.version = r.u8();
    const std::uint8_t exchange = r.u8();
    h.exchange = ExchangeType(exchange);
    h.flags = r.u8();
    h.messageId = r.u32();
    h.length = r.u32();
    if (h.version >> 4 != 1 || (h.version & 0x0f) != 0)
        return headerError(IsakmpProblem::BadVersion, 17,
                           QStringLiteral("version %1.%2, expected 1.0").arg(h.version >> 4).arg(h.version & 0x0f));
    if (!isKnownExchangeType(exchange))
        return headerError(IsakmpProblem::BadExchangeType, 18, QStringLiteral("unknown exchange type %1").arg(exchange));
    if (h.flags & ~header_flag::All)
        return headerError(IsakmpProblem::BadFlags, 19,
                           QStringLiteral("flags 0x%1 set bits other than E, C and A").arg(h.flags, 2, 16, QLatin1Char('0')));
    if (h.length > message.size())
        return headerError(IsakmpProblem::Truncated, 24,
                           QStringLiteral("length field %1 exceeds the %2 bytes received").arg(h.length).arg(message.size()));
    if (h.length != message.size())
        return headerError(IsakmpProblem::BadLength, 24,
                           QStringLiteral("length field %1 but %2 bytes received").arg(h.length).arg(message.size()));
    return h;
}

} // namespace vtd::sim::ike
