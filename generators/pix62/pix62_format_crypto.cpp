// Printing transform sets, crypto maps, isakmp and vpngroup lines.

#include "pix62_format.h"
#include "pix62_names.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

QString lifetimeText(const SaLifetime &l)
{
    QString text = QStringLiteral("lifetime");
    if (l.seconds)
        text += QStringLiteral(" seconds %1").arg(*l.seconds);
    if (l.kilobytes)
        text += QStringLiteral(" kilobytes %1").arg(*l.kilobytes);
    return text;
}

QString entryLineText(const MapEntryLine &line)
{
    return std::visit(Overloaded{
        [](const MapIpsecIsakmp &l) {
            return QStringLiteral("ipsec-isakmp") + (l.dynamicMap.isEmpty() ? QString() : QStringLiteral(" dynamic ") + l.dynamicMap);
        },
        [](const MapMatchAddress &l) { return QStringLiteral("match address ") + l.acl; },
        [](const MapSetPeer &l) { return QStringLiteral("set peer ") + l.peer.toString(); },
        [](const MapSetTransformSet &l) { return QStringLiteral("set transform-set ") + l.names.join(u' '); },
        [](const MapSetPfs &l) { return QStringLiteral("set pfs") + (l.group ? u' ' + pfsGroupKeyword(*l.group) : QString()); },
        [](const MapSetLifetime &l) { return QStringLiteral("set security-association ") + lifetimeText(l.lifetime); },
    }, line);
}

QString serverList(const QList<Ipv4Address> &servers)
{
    QStringList words;
    for (const Ipv4Address &a : servers)
        words << a.toString();
    return words.join(u' ');
}

QString groupAttributeText(const VpngroupAttribute &a, SecretMode secrets)
{
    return std::visit(Overloaded{
        [](const VgAddressPool &v) { return QStringLiteral("address-pool ") + v.pool; },
        [](const VgDnsServer &v) { return QStringLiteral("dns-server ") + serverList(v.servers); },
        [](const VgWinsServer &v) { return QStringLiteral("wins-server ") + serverList(v.servers); },
        [](const VgDefaultDomain &v) { return QStringLiteral("default-domain ") + v.domain; },
        [](const VgSplitTunnel &v) { return QStringLiteral("split-tunnel ") + v.acl; },
        [](const VgIdleTime &v) { return QStringLiteral("idle-time %1").arg(v.seconds); },
        [](const VgMaxTime &v) { return QStringLiteral("max-time %1").arg(v.seconds); },
        [secrets](const VgPassword &v) { return QStringLiteral("password ") + secretText(v.password, secrets); },
        [](const VgPfs &) { return QStringLiteral("pfs"); },
    }, a);
}

QString policyAttributeText(const IsakmpPolicyAttribute &a)
{
    return std::visit(Overloaded{
        [](IkeAuthentication v) { return QStringLiteral("authentication ") + authenticationKeyword(v); },
        [](IkeEncryption v) { return QStringLiteral("encryption ") + encryptionKeyword(v); },
        [](IkeHash v) { return QStringLiteral("hash ") + hashKeyword(v); },
        [](DhGroup v) { return QStringLiteral("group ") + groupNumber(v); },
        [](const IsakmpLifetime &v) { return QStringLiteral("lifetime %1").arg(v.seconds); },
    }, a);
}

} // namespace

QString formatLine(const TransformSetCmd &c, SecretMode)
{
    QStringList words = {QStringLiteral("crypto ipsec transform-set"), c.name};
    for (const IpsecTransform t : c.transforms)
        words << transformKeyword(t);
    return words.join(u' ');
}

QString formatLine(const TransformSetModeCmd &c, SecretMode)
{
    return QStringLiteral("crypto ipsec transform-set %1 mode %2")
        .arg(c.name, c.mode == IpsecMode::Transport ? QStringLiteral("transport") : QStringLiteral("tunnel"));
}

QString formatLine(const IpsecLifetimeCmd &c, SecretMode)
{
    return QStringLiteral("crypto ipsec security-association ") + lifetimeText(c.lifetime);
}

QString formatLine(const CryptoMapEntryCmd &c, SecretMode)
{
    return QStringLiteral("crypto map %1 %2 ").arg(c.map).arg(c.seq) + entryLineText(c.line);
}

QString formatLine(const DynamicMapEntryCmd &c, SecretMode)
{
    return QStringLiteral("crypto dynamic-map %1 %2 ").arg(c.map).arg(c.seq) + entryLineText(c.line);
}

QString formatLine(const CryptoMapClientAuthCmd &c, SecretMode)
{
    return QStringLiteral("crypto map %1 client authentication %2").arg(c.map, c.aaaTag)
        + (c.local ? QStringLiteral(" LOCAL") : QString());
}

QString formatLine(const CryptoMapClientConfigCmd &c, SecretMode)
{
    return QStringLiteral("crypto map %1 client configuration address %2")
        .arg(c.map, c.mode == ClientConfigurationMode::Initiate ? QStringLiteral("initiate") : QStringLiteral("respond"));
}

QString formatLine(const CryptoMapInterfaceCmd &c, SecretMode)
{
    return QStringLiteral("crypto map %1 interface %2").arg(c.map, c.ifName);
}

QString formatLine(const IsakmpEnableCmd &c, SecretMode) { return QStringLiteral("isakmp enable ") + c.ifName; }

QString formatLine(const IsakmpKeyCmd &c, SecretMode secrets)
{
    QString line = QStringLiteral("isakmp key %1 address %2").arg(secretText(c.key.key, secrets), c.key.peer.toString());
    if (c.key.netmask)
        line += QStringLiteral(" netmask ") + c.key.netmask->toString();
    if (c.key.noXauth)
        line += QStringLiteral(" no-xauth");
    if (c.key.noConfigMode)
        line += QStringLiteral(" no-config-mode");
    return line;
}

QString formatLine(const IsakmpIdentityCmd &c, SecretMode)
{
    switch (c.kind) {
    case IsakmpIdentityCmd::Kind::Address: return QStringLiteral("isakmp identity address");
    case IsakmpIdentityCmd::Kind::Hostname: return QStringLiteral("isakmp identity hostname");
    case IsakmpIdentityCmd::Kind::KeyId: return QStringLiteral("isakmp identity key-id ") + c.keyId;
    }
    return {};
}

QString formatLine(const IsakmpPolicyCmd &c, SecretMode)
{
    return QStringLiteral("isakmp policy %1 ").arg(c.priority) + policyAttributeText(c.attribute);
}

QString formatLine(const IsakmpKeepaliveCmd &c, SecretMode)
{
    return QStringLiteral("isakmp keepalive %1").arg(c.seconds) + (c.retry ? QStringLiteral(" %1").arg(*c.retry) : QString());
}

QString formatLine(const IsakmpNatTraversalCmd &c, SecretMode)
{
    return QStringLiteral("isakmp nat-traversal") + (c.seconds ? QStringLiteral(" %1").arg(*c.seconds) : QString());
}

QString formatLine(const IsakmpClientPoolCmd &c, SecretMode)
{
    return QStringLiteral("isakmp client configuration address-pool local ") + c.pool
        + (c.ifName.isEmpty() ? QString() : u' ' + c.ifName);
}

QString formatLine(const VpngroupCmd &c, SecretMode secrets)
{
    return QStringLiteral("vpngroup %1 ").arg(c.group) + groupAttributeText(c.attribute, secrets);
}

} // namespace vtd::gen::pix62
