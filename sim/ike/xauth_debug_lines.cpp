#include "xauth_debug_lines.h"

#include <array>

namespace vtd::sim::ike::debug_lines {

using model::Ipv4Address;

QString initiatingPeerConfig(Ipv4Address peer, std::uint32_t messageId)
{
    return QStringLiteral("ISAKMP (0:0): initiating peer config to %1. ID = %2 (0x%3)")
        .arg(peer.toString())
        .arg(messageId)
        .arg(messageId, 0, 16);
}

QString configPayload(ConfigType type)
{
    switch (type) {
    case ConfigType::Request: return QStringLiteral("ISAKMP: Config payload CFG_REQUEST");
    case ConfigType::Reply: return QStringLiteral("ISAKMP: Config payload CFG_REPLY");
    case ConfigType::Set: return QStringLiteral("ISAKMP: Config payload CFG_SET");
    case ConfigType::Ack: return QStringLiteral("ISAKMP: Config payload CFG_ACK");
    }
    return QStringLiteral("ISAKMP: Config payload type %1").arg(int(type));
}

QString xauthAttributeName(std::uint16_t type)
{
    static constexpr std::array<const char *, 10> Names{
        "XAUTH_TYPE",    "XAUTH_USER_NAME", "XAUTH_USER_PASSWORD", "XAUTH_PASSCODE", "XAUTH_MESSAGE",
        "XAUTH_CHALLENGE", "XAUTH_DOMAIN", "XAUTH_STATUS",        "XAUTH_NEXT_PIN", "XAUTH_ANSWER"};
    const int index = int(type) - int(ConfigAttribute::XauthType);
    if (index >= 0 && index < int(Names.size()))
        return QString::fromLatin1(Names[std::size_t(index)]);
    return QStringLiteral("UNKNOWN (%1)").arg(type);
}

QString xauthReplyAttribute(std::uint16_t type)
{
    return QStringLiteral("ISAKMP/xauth: reply attribute %1").arg(xauthAttributeName(type));
}

QString xauthUserFailed(const QString &user, Ipv4Address peer)
{
    return QStringLiteral("ISAKMP/xauth: user %1 from %2 failed authentication").arg(user, peer.toString());
}

QString xauthCancelled(Ipv4Address peer)
{
    return QStringLiteral("ISAKMP/xauth: peer %1 cancelled authentication").arg(peer.toString());
}

} // namespace vtd::sim::ike::debug_lines
