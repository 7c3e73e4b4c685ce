#include "pix62_element_keys.h"

#include <optional>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

QString mapLineKey(const MapEntryLine &line)
{
    return std::visit(Overloaded{
        [](const MapIpsecIsakmp &) { return QStringLiteral("ipsec-isakmp"); },
        [](const MapMatchAddress &) { return QStringLiteral("match address"); },
        [](const MapSetPeer &) { return QStringLiteral("set peer"); },
        [](const MapSetTransformSet &) { return QStringLiteral("set transform-set"); },
        [](const MapSetPfs &) { return QStringLiteral("set pfs"); },
        [](const MapSetLifetime &) { return QStringLiteral("set security-association lifetime"); },
    }, line);
}

const char *const kPolicyAttributes[] = {"authentication", "encryption", "hash", "group", "lifetime"};
const char *const kGroupAttributes[] = {"address-pool", "dns-server", "wins-server", "default-domain",
                                        "split-tunnel", "idle-time", "max-time", "password", "pfs"};


std::optional<QString> systemKey(const PixCommand &command)
{
    using S = std::optional<QString>;
    return std::visit(Overloaded{
        [](const OutputFrameCmd &c) -> S { return c.kind == OutputFrameCmd::Kind::Building ? QStringLiteral("Building configuration") : QStringLiteral("[OK]"); },
        [](const CommentCmd &) -> S { return QStringLiteral(":"); },
        [](const CryptochecksumCmd &) -> S { return QStringLiteral("Cryptochecksum"); },
        [](const VerbatimCmd &) -> S { return QStringLiteral("verbatim"); },
        [](const PixVersionCmd &) -> S { return QStringLiteral("PIX Version"); },
        [](const NameifCmd &c) -> S { return QStringLiteral("nameif ") + c.hardware; },
        [](const InterfaceCmd &c) -> S { return QStringLiteral("interface ") + c.hardware; },
        [](const MtuCmd &c) -> S { return QStringLiteral("mtu ") + c.ifName; },
        [](const IpAddressCmd &c) -> S { return QStringLiteral("ip address ") + c.ifName; },
        [](const PasswordCmd &c) -> S { return c.kind == PasswordCmd::Kind::Enable ? QStringLiteral("enable password") : QStringLiteral("passwd"); },
        [](const HostnameCmd &) -> S { return QStringLiteral("hostname"); },
        [](const DomainNameCmd &) -> S { return QStringLiteral("domain-name"); },
        [](const FixupCmd &c) -> S { return (QStringLiteral("fixup protocol ") + c.protocol + u' ' + c.option).trimmed(); },
        [](const NamesCmd &) -> S { return QStringLiteral("names"); },
        [](const NameCmd &c) -> S { return QStringLiteral("name ") + c.name; },
        [](const PagerCmd &) -> S { return QStringLiteral("pager"); },
        [](const LoggingCmd &c) -> S { return QStringLiteral("logging ") + c.target; },
        [](const IcmpCmd &c) -> S { return QStringLiteral("icmp ") + c.ifName; },
        [](const IpAuditCmd &c) -> S { return c.attack ? QStringLiteral("ip audit attack") : QStringLiteral("ip audit info"); },
        [](const IpLocalPoolCmd &c) -> S { return QStringLiteral("ip local pool ") + c.name; },
        [](const FailoverCmd &) -> S { return QStringLiteral("failover"); },
        [](const FailoverTimeoutCmd &) -> S { return QStringLiteral("failover timeout"); },
        [](const FailoverPollCmd &) -> S { return QStringLiteral("failover poll"); },
        [](const FailoverIpAddressCmd &c) -> S { return QStringLiteral("failover ip address ") + c.ifName; },
        [](const PdmHistoryCmd &) -> S { return QStringLiteral("pdm history"); },
        [](const ArpTimeoutCmd &) -> S { return QStringLiteral("arp timeout"); },
        [](const TimeoutCmd &c) -> S { return QStringLiteral("timeout ") + (c.items.isEmpty() ? QString() : c.items.first().name); },
        [](const AaaServerProtocolCmd &c) -> S { return QStringLiteral("aaa-server %1 protocol").arg(c.tag); },
        [](const AaaServerHostCmd &c) -> S { return QStringLiteral("aaa-server %1 host %2").arg(c.tag, c.host.toString()); },
        [](const HttpServerCmd &) -> S { return QStringLiteral("http server"); },
        [](const SnmpServerCmd &c) -> S { return QStringLiteral("snmp-server ") + c.item; },
        [](const FloodguardCmd &) -> S { return QStringLiteral("floodguard"); },
        [](const SysoptCmd &c) -> S { return QStringLiteral("sysopt ") + c.option; },
        [](const ManagementAccessCmd &c) -> S {
            const char *const names[] = {"telnet", "ssh", "http"};
            return QStringLiteral("%1 %2 %3").arg(QLatin1String(names[int(c.service)]), c.address.toString(), c.ifName);
        },
        [](const SessionTimeoutCmd &c) -> S {
            const char *const names[] = {"telnet", "ssh", "console"};
            return QLatin1String(names[int(c.service)]) + QStringLiteral(" timeout");
        },
        [](const TerminalWidthCmd &) -> S { return QStringLiteral("terminal width"); },
        [](const auto &) -> S { return std::nullopt; },
    }, command);
}

std::optional<QString> trafficAndVpnKey(const PixCommand &command)
{
    using S = std::optional<QString>;
    return std::visit(Overloaded{
        [](const AccessListCmd &c) -> S { return QStringLiteral("access-list ") + c.name; },
        [](const AccessListRemarkCmd &c) -> S { return QStringLiteral("access-list %1 remark").arg(c.name); },
        [](const AccessGroupCmd &c) -> S { return QStringLiteral("access-group ") + c.ifName; },
        [](const NatCmd &c) -> S { return QStringLiteral("nat (%1) %2").arg(c.ifName).arg(c.id); },
        [](const GlobalCmd &c) -> S { return QStringLiteral("global (%1) %2").arg(c.ifName).arg(c.id); },
        [](const StaticCmd &c) -> S { return QStringLiteral("static (%1,%2)").arg(c.realIf, c.mappedIf); },
        [](const ConduitCmd &) -> S { return QStringLiteral("conduit"); },
        [](const RouteCmd &c) -> S { return QStringLiteral("route %1 %2 %3").arg(c.ifName, c.network.toString(), c.mask.toString()); },
        [](const TransformSetCmd &c) -> S { return QStringLiteral("crypto ipsec transform-set ") + c.name; },
        [](const TransformSetModeCmd &c) -> S { return QStringLiteral("crypto ipsec transform-set %1 mode").arg(c.name); },
        [](const IpsecLifetimeCmd &) -> S { return QStringLiteral("crypto ipsec security-association lifetime"); },
        [](const CryptoMapEntryCmd &c) -> S { return QStringLiteral("crypto map %1 %2 ").arg(c.map).arg(c.seq) + mapLineKey(c.line); },
        [](const DynamicMapEntryCmd &c) -> S { return QStringLiteral("crypto dynamic-map %1 %2 ").arg(c.map).arg(c.seq) + mapLineKey(c.line); },
        [](const CryptoMapClientAuthCmd &c) -> S { return QStringLiteral("crypto map %1 client authentication").arg(c.map); },
        [](const CryptoMapClientConfigCmd &c) -> S { return QStringLiteral("crypto map %1 client configuration address").arg(c.map); },
        [](const CryptoMapInterfaceCmd &c) -> S { return QStringLiteral("crypto map %1 interface").arg(c.map); },
        [](const IsakmpEnableCmd &c) -> S { return QStringLiteral("isakmp enable ") + c.ifName; },
        [](const IsakmpKeyCmd &c) -> S {
            return QStringLiteral("isakmp key address %1 netmask %2").arg(c.key.peer.toString(), c.key.effectiveMask().toString());
        },
        [](const IsakmpIdentityCmd &) -> S { return QStringLiteral("isakmp identity"); },
        [](const IsakmpPolicyCmd &c) -> S {
            return QStringLiteral("isakmp policy %1 ").arg(c.priority) + QLatin1String(kPolicyAttributes[c.attribute.index()]);
        },
        [](const IsakmpKeepaliveCmd &) -> S { return QStringLiteral("isakmp keepalive"); },
        [](const IsakmpNatTraversalCmd &) -> S { return QStringLiteral("isakmp nat-traversal"); },
        [](const IsakmpClientPoolCmd &) -> S { return QStringLiteral("isakmp client configuration address-pool"); },
        [](const VpngroupCmd &c) -> S { return QStringLiteral("vpngroup %1 ").arg(c.group) + QLatin1String(kGroupAttributes[c.attribute.index()]); },
        [](const auto &) -> S { return std::nullopt; },
    }, command);
}

} // namespace

QString elementKey(const PixCommand &command)
{
    if (auto key = systemKey(command))
        return *key;
    return trafficAndVpnKey(command).value_or(QString());
}

} // namespace vtd::gen::pix62
