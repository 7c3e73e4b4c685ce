#include "ios_debug_dialect.h"

#include <QRegularExpression>

#include <cstdint>
#include <optional>

namespace vtd::sim::ike {

namespace {

/** IOS numbers a new SA as soon as it has read the peer's first packet. */
QString prefix(const IkeDebugSa &sa)
{
    return QStringLiteral("ISAKMP (0:%1): ").arg(sa.connId ? sa.connId : sa.upcomingConnId);
}

// The software crypto engine of IOS 12.2 numbers IPsec connections from 2000, as
// `show crypto ipsec sa` prints them (output/ios_show_crypto.cpp) [unverified].
QString iosConnIds(const QString &line)
{
    static const QRegularExpression connId(QStringLiteral("^(\\s+has spi \\d+ and conn_id )(\\d+)( and flags .*)$"));
    const auto match = connId.match(line);
    if (!match.hasMatch())
        return line;
    return match.captured(1) + QString::number(1999 + match.captured(2).toInt()) + match.captured(3);
}

QString roleAndState(const IkeDebugSa &sa)
{
    return QStringLiteral("(%1) %2").arg(QLatin1Char(sa.role)).arg(sa.state);
}

/** PIX lines IOS 12.2 does not print: the PIX's VPN peer table, the exchange label after
 *  each received packet and the return status. */
bool pixOnly(const QString &line)
{
    static const QRegularExpression label(QStringLiteral("^[A-Z_]+ exchange$"));
    return line.startsWith(QLatin1String("VPN Peer: ")) || line == QLatin1String("return status is IKMP_NO_ERROR")
           || label.match(line).hasMatch();
}

/** XAUTH lines without an SA prefix: IOS names the config payloads without "CFG_" and the
 *  draft-6 XAUTH attributes (16520...) with a "_V2" suffix (IOS 12.2 wording, unverified). */
std::optional<QString> xauthLine(const QString &line)
{
    static const QRegularExpression payload(QStringLiteral("^ISAKMP: Config payload CFG_([A-Z]+)$"));
    if (const auto match = payload.match(line); match.hasMatch())
        return QStringLiteral("ISAKMP: Config payload ") + match.captured(1);
    static const QRegularExpression attribute(QStringLiteral("^(ISAKMP/xauth: (request|reply) attribute XAUTH_[A-Z_]+)$"));
    if (const auto match = attribute.match(line); match.hasMatch())
        return match.captured(1) + QStringLiteral("_V2");
    return std::nullopt;
}

/** "initiating peer config to P. ID = N (0xH)": IOS prints the message ID as a signed number. */
std::optional<QString> peerConfigLine(const QString &rest)
{
    static const QRegularExpression peerConfig(QStringLiteral("^(initiating peer config to [0-9.]+\\. ID = )(\\d+) \\(0x[0-9a-f]+\\)$"));
    const auto match = peerConfig.match(rest);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + QString::number(std::int32_t(match.captured(2).toUInt()));
}

} // namespace

QStringList IosDebugDialect::rewrite(const QString &pixLine, const IkeDebugSa &sa) const
{
    if (pixOnly(pixLine))
        return {};
    static const QRegularExpression received(QStringLiteral("^crypto_isakmp_process_block: src ([0-9.]+), dest [0-9.]+$"));
    if (const auto match = received.match(pixLine); match.hasMatch())
        return {QStringLiteral("ISAKMP (0:%1): received packet from %2 ").arg(sa.connId).arg(match.captured(1))
                + roleAndState(sa)};
    if (const auto xauth = xauthLine(pixLine))
        return {*xauth};
    static const QRegularExpression pixPrefix(QStringLiteral("^ISAKMP \\(0(:0)?\\): "));
    const auto match = pixPrefix.match(pixLine);
    if (!match.hasMatch())
        return {iosConnIds(pixLine)};
    const QString rest = pixLine.mid(match.capturedLength());
    if (const auto peerConfig = peerConfigLine(rest))
        return {prefix(sa) + *peerConfig};
    if (rest == QLatin1String("SA has been authenticated"))
        return {prefix(sa) + rest + QStringLiteral(" with %1").arg(sa.peer.toString())};
    // The initiator's key engine asks IKE for an SA first (IOS 12.2 debug, unverified order).
    if (rest == QLatin1String("beginning Main Mode exchange"))
        return {QStringLiteral("ISAKMP: received ke message (1/1)"), QStringLiteral("ISAKMP: local port 500, remote port 500"),
                prefix(sa) + rest};
    return {prefix(sa) + rest};
}

QStringList IosDebugDialect::sent(model::Ipv4Address peer, const IkeDebugSa &sa) const
{
    return {prefix(sa) + QStringLiteral("sending packet to %1 ").arg(peer.toString()) + roleAndState(sa)};
}

} // namespace vtd::sim::ike
