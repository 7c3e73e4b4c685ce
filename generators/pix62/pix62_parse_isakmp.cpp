// Parsers for `isakmp ...` (IKE) and `vpngroup ...` (VPN Client groups).

#include "pix62_command_parsers.h"
#include "pix62_names.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

const QString kMasked = QStringLiteral("********");


ParsedCommand key(LineParser &p)
{
    const auto secret = p.word(QStringLiteral("<keystring>"));
    p.keyword({QStringLiteral("address")});
    const auto peer = p.address(QStringLiteral("<ip_address>"));
    if (p.failed())
        return std::nullopt;
    PreSharedKey k;
    k.peer = *peer;
    k.key = *secret == kMasked ? std::nullopt : std::optional(*secret);
    if (p.optionalKeyword({QStringLiteral("netmask")})) {
        k.netmask = p.netmask(QStringLiteral("<netmask>"));
        if (!k.netmask)
            return std::nullopt;
    }
    while (!p.atEnd() && !p.failed()) {
        const auto flag = p.keyword({QStringLiteral("no-xauth"), QStringLiteral("no-config-mode")});
        if (flag == QLatin1String("no-xauth"))
            k.noXauth = true;
        else if (flag)
            k.noConfigMode = true;
    }
    if (p.failed())
        return std::nullopt;
    return PixCommand(IsakmpKeyCmd{k});
}

std::optional<IsakmpPolicyAttribute> policyAttribute(LineParser &p, const QString &what)
{
    if (what == QLatin1String("authentication")) {
        const auto k = p.keyword(authenticationKeywords());
        return k ? std::optional<IsakmpPolicyAttribute>(*authenticationFromKeyword(*k)) : std::nullopt;
    }
    if (what == QLatin1String("encryption")) {
        const auto k = p.keyword(encryptionKeywords());
        return k ? std::optional<IsakmpPolicyAttribute>(*encryptionFromKeyword(*k)) : std::nullopt;
    }
    if (what == QLatin1String("hash")) {
        const auto k = p.keyword(hashKeywords());
        return k ? std::optional<IsakmpPolicyAttribute>(*hashFromKeyword(*k)) : std::nullopt;
    }
    if (what == QLatin1String("group")) {
        const auto k = p.keyword({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")});
        return k ? std::optional<IsakmpPolicyAttribute>(DhGroup(k->toInt())) : std::nullopt;
    }
    const auto seconds = p.number(QStringLiteral("<seconds>"), 60, 2147483647);
    return seconds ? std::optional<IsakmpPolicyAttribute>(IsakmpLifetime{*seconds}) : std::nullopt;
}

ParsedCommand policy(LineParser &p)
{
    const auto priority = p.number(QStringLiteral("<priority>"), 1, 65534);
    if (!priority)
        return std::nullopt;
    p.setCommand(QStringLiteral("isakmp policy ") + QString::number(*priority));
    const auto what = p.keyword({QStringLiteral("authentication"), QStringLiteral("encryption"), QStringLiteral("hash"),
                                 QStringLiteral("group"), QStringLiteral("lifetime")});
    if (!what)
        return std::nullopt;
    const auto attribute = policyAttribute(p, *what);
    return attribute ? finished(p, IsakmpPolicyCmd{*priority, *attribute}) : std::nullopt;
}

ParsedCommand identity(LineParser &p)
{
    const auto kind = p.keyword({QStringLiteral("address"), QStringLiteral("hostname"), QStringLiteral("key-id")});
    if (!kind)
        return std::nullopt;
    if (*kind == QLatin1String("address"))
        return finished(p, IsakmpIdentityCmd{IsakmpIdentityCmd::Kind::Address, {}});
    if (*kind == QLatin1String("hostname"))
        return finished(p, IsakmpIdentityCmd{IsakmpIdentityCmd::Kind::Hostname, {}});
    const auto id = p.word(QStringLiteral("<key_id_string>"));
    return id ? finished(p, IsakmpIdentityCmd{IsakmpIdentityCmd::Kind::KeyId, *id}) : std::nullopt;
}

ParsedCommand clientPool(LineParser &p)
{
    p.keyword({QStringLiteral("configuration")});
    p.keyword({QStringLiteral("address-pool")});
    p.keyword({QStringLiteral("local")});
    const auto pool = p.word(QStringLiteral("<pool_name>"));
    if (p.failed())
        return std::nullopt;
    IsakmpClientPoolCmd c{*pool, {}};
    if (!p.atEnd())
        c.ifName = p.take();
    return finished(p, c);
}

std::optional<QList<Ipv4Address>> servers(LineParser &p)
{
    QList<Ipv4Address> list;
    do {
        const auto a = p.address(QStringLiteral("<ip_address>"));
        if (!a)
            return std::nullopt;
        list << *a;
    } while (!p.atEnd() && list.size() < 2);
    return list;
}

std::optional<VpngroupAttribute> groupAttribute(LineParser &p, const QString &what)
{
    if (what == QLatin1String("address-pool"))
        return VgAddressPool{p.word(QStringLiteral("<pool_name>")).value_or(QString())};
    if (what == QLatin1String("dns-server") || what == QLatin1String("wins-server")) {
        const auto list = servers(p);
        if (!list)
            return std::nullopt;
        if (what == QLatin1String("dns-server"))
            return VgDnsServer{*list};
        return VgWinsServer{*list};
    }
    if (what == QLatin1String("default-domain"))
        return VgDefaultDomain{p.word(QStringLiteral("<domain_name>")).value_or(QString())};
    if (what == QLatin1String("split-tunnel"))
        return VgSplitTunnel{p.word(QStringLiteral("<acl_name>")).value_or(QString())};
    if (what == QLatin1String("idle-time"))
        return VgIdleTime{p.number(QStringLiteral("<seconds>"), 60, 86400).value_or(0)};
    if (what == QLatin1String("max-time"))
        return VgMaxTime{p.number(QStringLiteral("<seconds>"), 0, 31536000).value_or(0)};
    if (what == QLatin1String("pfs"))
        return VgPfs{};
    const auto secret = p.word(QStringLiteral("<preshared_key>"));
    if (!secret)
        return std::nullopt;
    return VgPassword{*secret == kMasked ? std::nullopt : std::optional(*secret)};
}

} // namespace

ParsedCommand parseIsakmp(LineParser &p, bool)
{
    const auto sub = p.keyword({QStringLiteral("enable"), QStringLiteral("key"), QStringLiteral("identity"),
                                QStringLiteral("policy"), QStringLiteral("keepalive"), QStringLiteral("nat-traversal"),
                                QStringLiteral("client"), QStringLiteral("peer")});
    if (!sub)
        return std::nullopt;
    p.setCommand(QStringLiteral("isakmp ") + *sub);
    if (*sub == QLatin1String("enable")) {
        const auto ifName = p.word(QStringLiteral("<if_name>"));
        return ifName ? finished(p, IsakmpEnableCmd{*ifName}) : std::nullopt;
    }
    if (*sub == QLatin1String("key"))
        return key(p);
    if (*sub == QLatin1String("identity"))
        return identity(p);
    if (*sub == QLatin1String("policy"))
        return policy(p);
    if (*sub == QLatin1String("client"))
        return clientPool(p);
    if (*sub == QLatin1String("keepalive")) {
        IsakmpKeepaliveCmd c;
        c.seconds = p.number(QStringLiteral("<seconds>"), 10, 3600).value_or(0);
        if (!p.failed() && !p.atEnd())
            c.retry = p.number(QStringLiteral("<retry_seconds>"), 2, 10);
        return p.failed() ? std::nullopt : finished(p, c);
    }
    if (*sub == QLatin1String("nat-traversal")) {
        IsakmpNatTraversalCmd c;
        if (!p.atEnd())
            c.seconds = p.number(QStringLiteral("<seconds>"), 10, 3600);
        return p.failed() ? std::nullopt : finished(p, c);
    }
    return notModelled(p);
}

ParsedCommand parseVpngroup(LineParser &p, bool)
{
    static const QStringList attributes = QStringLiteral(
        "address-pool dns-server wins-server default-domain split-tunnel idle-time max-time password "
        "pfs backup-server authentication-server user-idle-timeout device-pass-through "
        "secure-unit-authentication user-authentication split-dns").split(u' ');
    const auto group = p.word(QStringLiteral("<group_name>"));
    if (!group)
        return std::nullopt;
    p.setCommand(QStringLiteral("vpngroup ") + *group);
    const auto what = p.keyword(attributes);
    if (!what)
        return std::nullopt;
    if (attributes.indexOf(*what) > attributes.indexOf(QStringLiteral("pfs")))
        return notModelled(p);
    const auto attribute = groupAttribute(p, *what);
    if (!attribute || p.failed())
        return std::nullopt;
    return finished(p, VpngroupCmd{*group, *attribute});
}

} // namespace vtd::gen::pix62
