// Where each statement goes in `write terminal` order. Block numbers follow the table in
// pix62-commands.md §1 [seed]; positions inside a block not visible in the seed are marked [infer].

#include "pix62_order_keys.h"

#include "pix62_checks.h"

#include <algorithm>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};

enum Block {
    Header = 0, Version = 10, Interface63 = 15, Nameif = 20, Passwords = 30, Hostname = 40,
    Fixup = 50, Names = 60, AccessList = 70, Pager = 80, Logging = 90, Interface62 = 100,
    Icmp = 110, Mtu = 120, IpAddress = 130, IpAudit = 140, LocalPool = 150, Failover = 160,
    PdmArp = 170, Global = 180, Nat = 190, StaticConduit = 200, AccessGroup = 210, Route = 220,
    Timeout = 230, AaaServer = 240, Http = 245, Snmp = 250, Floodguard = 260, Sysopt = 270,
    TransformSet = 280, DynamicMap = 290, CryptoMap = 300, Isakmp = 310, Vpngroup = 320,
    Management = 330, Terminal = 340, Checksum = 350, Trailer = 360,
};

int indexIn(const QStringList &list, const QString &value, int otherwise = 100)
{
    const qsizetype i = list.indexOf(value);
    return i < 0 ? otherwise : int(i);
}

int fixupRank(const FixupCmd &c, bool is63)
{
    // 6.2 prints its nine default fixups in this order [seed]; 6.3 sorts by protocol [infer: 6.3 samples].
    static const QStringList order62 = QStringLiteral("ftp http h323 rsh rtsp smtp sqlnet sip skinny").split(u' ');
    static const QStringList order63 = QStringLiteral(
        "ctiqbe dns esp-ike ftp h323 http icmp ils mgcp pptp rsh rtsp sip skinny smtp snmp sqlnet tftp").split(u' ');
    return indexIn(is63 ? order63 : order62, c.protocol);
}

int mapLineRank(const MapEntryLine &line)
{
    // ipsec-isakmp, match address, set peer, set transform-set [seed]; pfs and lifetime [infer].
    return std::visit(Overloaded{
        [](const MapIpsecIsakmp &) { return 0; }, [](const MapMatchAddress &) { return 1; },
        [](const MapSetPfs &) { return 2; }, [](const MapSetPeer &) { return 3; },
        [](const MapSetTransformSet &) { return 4; }, [](const MapSetLifetime &) { return 5; },
    }, line);
}

int sysoptRank(const SysoptCmd &c)
{
    // permit-ipsec before route dnat [seed]; the others [infer].
    static const QStringList order = QStringLiteral(
        "connection timewait|connection tcpmss|connection permit-ipsec|connection permit-pptp|"
        "connection permit-l2tp|connection enforcesubnet|nodnsalias inbound|nodnsalias outbound|"
        "security fragguard|uauth allow-http-cache|ipsec pl-compatible|radius ignore-secret|route dnat").split(u'|');
    return indexIn(order, c.option);
}

OrderKey interfaceKey(const OrderContext &x, const QString &hardware)
{
    return {x.is63() ? Interface63 : Interface62, hardwareRank(hardware), 0, 0};
}

OrderKey isakmpKey(const PixCommand &command)
{
    return std::visit(Overloaded{
        [](const IsakmpEnableCmd &) { return OrderKey{Isakmp, 0, 0, 0}; },
        [](const IsakmpKeyCmd &) { return OrderKey{Isakmp, 1, 0, 0}; },
        [](const IsakmpIdentityCmd &) { return OrderKey{Isakmp, 2, 0, 0}; },
        [](const IsakmpKeepaliveCmd &) { return OrderKey{Isakmp, 3, 0, 0}; },
        [](const IsakmpNatTraversalCmd &) { return OrderKey{Isakmp, 4, 0, 0}; },
        [](const IsakmpClientPoolCmd &) { return OrderKey{Isakmp, 5, 0, 0}; },
        [](const IsakmpPolicyCmd &c) { return OrderKey{Isakmp, 6, c.priority, int(c.attribute.index())}; },
        [](const auto &) { return OrderKey{}; },
    }, command);
}

std::optional<OrderKey> systemKey(const PixCommand &command, const OrderContext &x);
std::optional<OrderKey> trafficKey(const PixCommand &command, const OrderContext &x);
std::optional<OrderKey> vpnKey(const PixCommand &command, const OrderContext &x);

} // namespace

int hardwareRank(const QString &hardware)
{
    qsizetype i = hardware.size();
    while (i > 0 && hardware.at(i - 1).isDigit())
        --i;
    const int slot = hardware.mid(i).toInt();
    return hardware.startsWith(QLatin1String("gb-")) ? 100 + slot : slot;
}

OrderContext::OrderContext(const PixConfig &config)
{
    const QString version = config.version();
    const auto parsed = parsePixVersion(version);
    m_is63 = parsed && *parsed >= PixVersion{6, 3};
    QList<const NameifCmd *> nameifs = config.all<NameifCmd>();
    std::ranges::stable_sort(nameifs, {}, [](const NameifCmd *n) { return hardwareRank(n->hardware); });
    for (const NameifCmd *n : nameifs)
        m_interfaces.insert(n->name, int(m_interfaces.size()));
    for (const PixCommand &s : config.statements) {
        std::visit(Overloaded{
            [this](const AccessListCmd &c) { mention(Acl, c.name); },
            [this](const AccessListRemarkCmd &c) { mention(Acl, c.name); },
            [this](const AaaServerProtocolCmd &c) { mention(AaaTag, c.tag); },
            [this](const AaaServerHostCmd &c) { mention(AaaTag, c.tag); },
            [this](const TransformSetCmd &c) { mention(TransformSet, c.name); },
            [this](const TransformSetModeCmd &c) { mention(TransformSet, c.name); },
            [this](const DynamicMapEntryCmd &c) { mention(DynamicMap, c.map); },
            [this](const CryptoMapEntryCmd &c) { mention(CryptoMap, c.map); },
            [this](const CryptoMapClientAuthCmd &c) { mention(CryptoMap, c.map); },
            [this](const CryptoMapClientConfigCmd &c) { mention(CryptoMap, c.map); },
            [this](const CryptoMapInterfaceCmd &c) { mention(CryptoMap, c.map); },
            [this](const VpngroupCmd &c) { mention(Group, c.group); },
            [](const auto &) {},
        }, s);
    }
}

void OrderContext::mention(int kind, const QString &name)
{
    if (!m_mentions.contains({kind, name}))
        m_mentions.insert({kind, name}, m_next++);
}

std::optional<OrderKey> orderKey(const PixCommand &command, const OrderContext &x)
{
    if (const auto key = systemKey(command, x))
        return key;
    if (const auto key = trafficKey(command, x))
        return key;
    return vpnKey(command, x);
}

namespace {

std::optional<OrderKey> systemKey(const PixCommand &command, const OrderContext &x)
{
    using K = std::optional<OrderKey>;
    return std::visit(Overloaded{
        [](const OutputFrameCmd &c) -> K { return OrderKey{c.kind == OutputFrameCmd::Kind::Building ? Header : Trailer, 0, 0, 0}; },
        [](const CryptochecksumCmd &) -> K { return OrderKey{Checksum, 0, 0, 0}; },
        // `: end` closes the configuration; other ':' comments stay where they are written.
        [](const CommentCmd &c) -> K { return c.text.trimmed() == QLatin1String("end") ? K(OrderKey{Checksum, 1, 0, 0}) : std::nullopt; },
        [](const PixVersionCmd &) -> K { return OrderKey{Version, 0, 0, 0}; },
        [](const NameifCmd &c) -> K { return OrderKey{Nameif, hardwareRank(c.hardware), 0, 0}; },
        [&x](const InterfaceCmd &c) -> K { return interfaceKey(x, c.hardware); },
        [](const PasswordCmd &c) -> K { return OrderKey{Passwords, int(c.kind), 0, 0}; },
        [](const HostnameCmd &) -> K { return OrderKey{Hostname, 0, 0, 0}; },
        [](const DomainNameCmd &) -> K { return OrderKey{Hostname, 1, 0, 0}; },
        [&x](const FixupCmd &c) -> K { return OrderKey{Fixup, fixupRank(c, x.is63()), c.option.isEmpty() ? 0 : 1, 0}; },
        [](const NamesCmd &) -> K { return OrderKey{Names, 0, 0, 0}; },
        [](const NameCmd &) -> K { return OrderKey{Names, 1, 0, 0}; },
        [](const PagerCmd &) -> K { return OrderKey{Pager, 0, 0, 0}; },
        [](const LoggingCmd &) -> K { return OrderKey{Logging, 0, 0, 0}; },
        [](const IcmpCmd &) -> K { return OrderKey{Icmp, 0, 0, 0}; },
        [&x](const MtuCmd &c) -> K { return OrderKey{Mtu, x.interfaceRank(c.ifName), 0, 0}; },
        [&x](const IpAddressCmd &c) -> K { return OrderKey{IpAddress, x.interfaceRank(c.ifName), 0, 0}; },
        [](const IpAuditCmd &c) -> K { return OrderKey{IpAudit, c.attack ? 1 : 0, 0, 0}; },
        [](const IpLocalPoolCmd &) -> K { return OrderKey{LocalPool, 0, 0, 0}; },
        [](const FailoverCmd &) -> K { return OrderKey{Failover, 0, 0, 0}; },
        [](const FailoverTimeoutCmd &) -> K { return OrderKey{Failover, 1, 0, 0}; },
        [](const FailoverPollCmd &) -> K { return OrderKey{Failover, 2, 0, 0}; },
        [&x](const FailoverIpAddressCmd &c) -> K { return OrderKey{Failover, 3, x.interfaceRank(c.ifName), 0}; },
        [](const PdmHistoryCmd &) -> K { return OrderKey{PdmArp, 0, 0, 0}; },
        [](const ArpTimeoutCmd &) -> K { return OrderKey{PdmArp, 1, 0, 0}; },
        [](const auto &) -> K { return std::nullopt; },
    }, command);
}

std::optional<OrderKey> trafficKey(const PixCommand &command, const OrderContext &x)
{
    using K = std::optional<OrderKey>;
    static const QStringList timeouts = QStringLiteral("xlate conn h225 h323 mgcp sip sip_media uauth").split(u' ');
    static const QStringList snmp = QStringLiteral("location|contact|host|community|enable traps").split(u'|');
    return std::visit(Overloaded{
        [&x](const AccessListCmd &c) -> K { return OrderKey{AccessList, x.firstMention(OrderContext::Acl, c.name), 0, 0}; },
        [&x](const AccessListRemarkCmd &c) -> K { return OrderKey{AccessList, x.firstMention(OrderContext::Acl, c.name), 0, 0}; },
        [](const GlobalCmd &) -> K { return OrderKey{Global, 0, 0, 0}; },
        [](const NatCmd &) -> K { return OrderKey{Nat, 0, 0, 0}; },
        [](const StaticCmd &) -> K { return OrderKey{StaticConduit, 0, 0, 0}; },
        [](const ConduitCmd &) -> K { return OrderKey{StaticConduit, 1, 0, 0}; },
        [](const AccessGroupCmd &) -> K { return OrderKey{AccessGroup, 0, 0, 0}; },
        [](const RouteCmd &) -> K { return OrderKey{Route, 0, 0, 0}; },
        [](const TimeoutCmd &c) -> K {
            return OrderKey{Timeout, c.items.isEmpty() ? 0 : indexIn(timeouts, c.items.first().name, 2), 0, 0};
        },
        [&x](const AaaServerProtocolCmd &c) -> K { return OrderKey{AaaServer, x.firstMention(OrderContext::AaaTag, c.tag), 0, 0}; },
        [&x](const AaaServerHostCmd &c) -> K { return OrderKey{AaaServer, x.firstMention(OrderContext::AaaTag, c.tag), 1, 0}; },
        [](const HttpServerCmd &) -> K { return OrderKey{Http, 0, 0, 0}; },
        [](const ManagementAccessCmd &c) -> K {
            return c.service == ManagementAccessCmd::Service::Http ? OrderKey{Http, 1, 0, 0}
                                                                   : OrderKey{Management, 2 * int(c.service), 0, 0};
        },
        [](const SessionTimeoutCmd &c) -> K { return OrderKey{Management, 2 * int(c.service) + 1, 0, 0}; },
        [](const SnmpServerCmd &c) -> K { return OrderKey{Snmp, indexIn(snmp, c.item), 0, 0}; },
        [](const FloodguardCmd &) -> K { return OrderKey{Floodguard, 0, 0, 0}; },
        [](const SysoptCmd &c) -> K { return OrderKey{Sysopt, sysoptRank(c), 0, 0}; },
        [](const TerminalWidthCmd &) -> K { return OrderKey{Terminal, 0, 0, 0}; },
        [](const auto &) -> K { return std::nullopt; },
    }, command);
}

std::optional<OrderKey> vpnKey(const PixCommand &command, const OrderContext &x)
{
    using K = std::optional<OrderKey>;
    static const int kMapWide = 70000;
    return std::visit(Overloaded{
        [&x](const TransformSetCmd &c) -> K { return OrderKey{TransformSet, x.firstMention(OrderContext::TransformSet, c.name), 0, 0}; },
        [&x](const TransformSetModeCmd &c) -> K { return OrderKey{TransformSet, x.firstMention(OrderContext::TransformSet, c.name), 1, 0}; },
        [](const IpsecLifetimeCmd &) -> K { return OrderKey{TransformSet, 200000, 0, 0}; },
        [&x](const DynamicMapEntryCmd &c) -> K {
            return OrderKey{DynamicMap, x.firstMention(OrderContext::DynamicMap, c.map), c.seq, mapLineRank(c.line)};
        },
        [&x](const CryptoMapEntryCmd &c) -> K {
            return OrderKey{CryptoMap, x.firstMention(OrderContext::CryptoMap, c.map), c.seq, mapLineRank(c.line)};
        },
        [&x](const CryptoMapClientConfigCmd &c) -> K { return OrderKey{CryptoMap, x.firstMention(OrderContext::CryptoMap, c.map), kMapWide, 0}; },
        [&x](const CryptoMapClientAuthCmd &c) -> K { return OrderKey{CryptoMap, x.firstMention(OrderContext::CryptoMap, c.map), kMapWide, 1}; },
        [&x](const CryptoMapInterfaceCmd &c) -> K { return OrderKey{CryptoMap, x.firstMention(OrderContext::CryptoMap, c.map), kMapWide, 2}; },
        [&x](const VpngroupCmd &c) -> K {
            // address-pool, dns, wins, domain, split-tunnel, [pfs], idle-time, [max-time], password [seed + infer]
            static const int rank[] = {0, 1, 2, 3, 4, 6, 7, 8, 5};
            return OrderKey{Vpngroup, x.firstMention(OrderContext::Group, c.group), rank[c.attribute.index()], 0};
        },
        [](const IsakmpEnableCmd &) -> K { return isakmpKey(IsakmpEnableCmd{}); },
        [&command](const IsakmpKeyCmd &) -> K { return isakmpKey(command); },
        [&command](const IsakmpIdentityCmd &) -> K { return isakmpKey(command); },
        [&command](const IsakmpKeepaliveCmd &) -> K { return isakmpKey(command); },
        [&command](const IsakmpNatTraversalCmd &) -> K { return isakmpKey(command); },
        [&command](const IsakmpClientPoolCmd &) -> K { return isakmpKey(command); },
        [&command](const IsakmpPolicyCmd &) -> K { return isakmpKey(command); },
        [](const auto &) -> K { return std::nullopt; },
    }, command);
}

} // namespace

} // namespace vtd::gen::pix62
