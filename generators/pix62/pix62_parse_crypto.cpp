// Parsers for `crypto ipsec ...`, `crypto map ...` and `crypto dynamic-map ...`.

#include "pix62_command_parsers.h"
#include "pix62_names.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {


/** `seconds S [kilobytes K]` in either order, at least one. */
std::optional<SaLifetime> lifetime(LineParser &p)
{
    SaLifetime l;
    do {
        const auto unit = p.keyword({QStringLiteral("seconds"), QStringLiteral("kilobytes")});
        if (!unit)
            return std::nullopt;
        if (*unit == QLatin1String("seconds"))
            l.seconds = p.number(QStringLiteral("<seconds>"), 120, 86400);
        else
            l.kilobytes = p.bigNumber(QStringLiteral("<kilobytes>"), 2560, 2147483647);
    } while (!p.failed() && !p.atEnd());
    if (p.failed())
        return std::nullopt;
    return l;
}

ParsedCommand transformSet(LineParser &p)
{
    const auto name = p.word(QStringLiteral("<transform_set_name>"));
    if (!name)
        return std::nullopt;
    p.setCommand(QStringLiteral("crypto ipsec transform-set ") + *name);
    if (p.optionalKeyword({QStringLiteral("mode")})) {
        const auto mode = p.keyword({QStringLiteral("transport"), QStringLiteral("tunnel")});
        if (!mode)
            return std::nullopt;
        const IpsecMode m = *mode == QLatin1String("transport") ? IpsecMode::Transport : IpsecMode::Tunnel;
        return finished(p, TransformSetModeCmd{*name, m});
    }
    TransformSetCmd c{*name, {}};
    do {
        const auto keyword = p.keyword(transformKeywords());
        if (!keyword)
            return std::nullopt;
        c.transforms << *transformFromKeyword(*keyword);
    } while (!p.atEnd() && c.transforms.size() < 3);
    return finished(p, c);
}

ParsedCommand ipsec(LineParser &p)
{
    const auto sub = p.keyword({QStringLiteral("transform-set"), QStringLiteral("security-association")});
    if (!sub)
        return std::nullopt;
    if (*sub == QLatin1String("transform-set"))
        return transformSet(p);
    p.setCommand(QStringLiteral("crypto ipsec security-association"));
    if (!p.keyword({QStringLiteral("lifetime")}))
        return std::nullopt;
    const auto l = lifetime(p);
    return l ? std::optional<PixCommand>(IpsecLifetimeCmd{*l}) : std::nullopt;
}

/** `match address ACL` or `set peer|transform-set|pfs|security-association ...`. */
std::optional<MapEntryLine> entryLine(LineParser &p, bool isStatic)
{
    QStringList choices = {QStringLiteral("match"), QStringLiteral("set")};
    if (isStatic)
        choices << QStringLiteral("ipsec-isakmp") << QStringLiteral("ipsec-manual");
    const auto sub = p.keyword(choices);
    if (!sub)
        return std::nullopt;
    if (*sub == QLatin1String("ipsec-manual")) {
        notModelled(p);
        return std::nullopt;
    }
    if (*sub == QLatin1String("ipsec-isakmp")) {
        MapIpsecIsakmp line;
        if (p.optionalKeyword({QStringLiteral("dynamic")}))
            line.dynamicMap = p.word(QStringLiteral("<dynamic_map_name>")).value_or(QString());
        return line;
    }
    if (*sub == QLatin1String("match")) {
        p.keyword({QStringLiteral("address")});
        return MapMatchAddress{p.word(QStringLiteral("<acl_name>")).value_or(QString())};
    }
    const auto what = p.keyword({QStringLiteral("peer"), QStringLiteral("transform-set"), QStringLiteral("pfs"),
                                 QStringLiteral("security-association")});
    if (!what)
        return std::nullopt;
    if (*what == QLatin1String("peer"))
        return MapSetPeer{p.address(QStringLiteral("<ip_address>")).value_or(Ipv4Address())};
    if (*what == QLatin1String("transform-set")) {
        MapSetTransformSet line;
        do {
            line.names << p.word(QStringLiteral("<transform_set_name>")).value_or(QString());
        } while (!p.failed() && !p.atEnd() && line.names.size() < 6);
        return line;
    }
    if (*what == QLatin1String("pfs")) {
        MapSetPfs line;
        if (const auto g = p.optionalKeyword({QStringLiteral("group1"), QStringLiteral("group2"), QStringLiteral("group5")}))
            line.group = DhGroup(g->back().digitValue());
        else if (!p.atEnd())
            p.keyword({QStringLiteral("group1"), QStringLiteral("group2"), QStringLiteral("group5")});
        return line;
    }
    p.keyword({QStringLiteral("lifetime")});
    const auto l = lifetime(p);
    return l ? std::optional<MapEntryLine>(MapSetLifetime{*l}) : std::nullopt;
}

ParsedCommand mapWide(LineParser &p, const QString &map)
{
    const auto sub = p.keyword({QStringLiteral("interface"), QStringLiteral("client")});
    if (!sub)
        return std::nullopt;
    if (*sub == QLatin1String("interface")) {
        const auto ifName = p.word(QStringLiteral("<if_name>"));
        return ifName ? finished(p, CryptoMapInterfaceCmd{map, *ifName}) : std::nullopt;
    }
    const auto what = p.keyword({QStringLiteral("authentication"), QStringLiteral("configuration"),
                                 QStringLiteral("token")});
    if (!what)
        return std::nullopt;
    if (*what == QLatin1String("token"))
        return notModelled(p);
    if (*what == QLatin1String("authentication")) {
        const auto tag = p.word(QStringLiteral("<aaa_server_tag>"));
        if (!tag)
            return std::nullopt;
        const bool local = p.optionalKeyword({QStringLiteral("LOCAL")}).has_value();
        return finished(p, CryptoMapClientAuthCmd{map, *tag, local});
    }
    p.keyword({QStringLiteral("address")});
    const auto mode = p.keyword({QStringLiteral("initiate"), QStringLiteral("respond")});
    if (!mode)
        return std::nullopt;
    const auto m = *mode == QLatin1String("initiate") ? ClientConfigurationMode::Initiate : ClientConfigurationMode::Respond;
    return finished(p, CryptoMapClientConfigCmd{map, m});
}

ParsedCommand map(LineParser &p, bool isStatic)
{
    const auto name = p.word(QStringLiteral("<map_name>"));
    if (!name)
        return std::nullopt;
    const QString prefix = isStatic ? QStringLiteral("crypto map ") : QStringLiteral("crypto dynamic-map ");
    p.setCommand(prefix + *name);
    bool isNumber = false;
    p.peek().toInt(&isNumber);
    if (!isNumber && isStatic)
        return mapWide(p, *name);
    const auto seq = p.number(QStringLiteral("<seq_num>"), 1, 65535);
    if (!seq)
        return std::nullopt;
    p.setCommand(prefix + *name + u' ' + QString::number(*seq));
    const auto line = entryLine(p, isStatic);
    if (!line || !p.finish())
        return std::nullopt;
    if (isStatic)
        return PixCommand(CryptoMapEntryCmd{*name, *seq, *line});
    return PixCommand(DynamicMapEntryCmd{*name, *seq, *line});
}

} // namespace

ParsedCommand parseCrypto(LineParser &p, bool)
{
    const auto sub = p.keyword({QStringLiteral("ipsec"), QStringLiteral("map"), QStringLiteral("dynamic-map"),
                                QStringLiteral("ca")});
    if (!sub)
        return std::nullopt;
    p.setCommand(QStringLiteral("crypto ") + *sub);
    if (*sub == QLatin1String("ipsec"))
        return ipsec(p);
    if (*sub == QLatin1String("map"))
        return map(p, true);
    if (*sub == QLatin1String("dynamic-map"))
        return map(p, false);
    return notModelled(p);
}

} // namespace vtd::gen::pix62
