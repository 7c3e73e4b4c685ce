// Global-mode IOS 12.2 lines: hostname, version, end, interface/line/route-map headers, ip route,
// ip nat inside source, access lists and usernames (crypto lines: ios122_parse_crypto.cpp).

#include "generators/secrets.h"
#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

namespace vtd::gen::ios122 {

namespace {

using namespace model;


bool startsWithDigit(const QString &word) { return !word.isEmpty() && word.at(0).isDigit(); }

template <class T> std::optional<IosStatement> finished(Tokens &t, T value)
{
    if (!t.finish())
        return std::nullopt;
    return IosStatement(std::move(value));
}

std::optional<IosStatement> parseInterfaceHeader(Tokens &t)
{
    IosInterface i;
    i.name = readInterface(t, arg("an interface name")).value_or(QString());
    if (const auto type = t.optionalKeyword({arg("multipoint"), arg("point-to-point")}))
        i.subinterfaceType = *type;
    return finished(t, std::move(i));
}

/** `ip route P M {NH | IF [NH]} [DISTANCE] [name N] [permanent] [tag T]`. */
std::optional<IosStatement> parseIpRoute(Tokens &t)
{
    IosIpRoute r;
    r.prefix = t.address(arg("route prefix")).value_or(Ipv4Address());
    r.mask = t.netmask(arg("route mask")).value_or(Ipv4Address());
    if (!startsWithDigit(t.peek()))
        r.interface = readInterface(t, arg("a next hop or an interface")).value_or(QString());
    if (!t.atEnd() && (r.interface.isEmpty() || t.peek().contains(u'.')))
        r.nextHop = t.address(arg("next hop"));
    if (startsWithDigit(t.peek()))
        r.distance = int(t.number(1, 255, arg("administrative distance")).value_or(1));
    while (!t.atEnd()) {
        const auto kw = t.keyword({arg("name"), arg("permanent"), arg("tag"), arg("track")}, arg("a route option"));
        if (kw == QLatin1String("name"))
            r.name = t.word(arg("route name")).value_or(QString());
        else if (kw == QLatin1String("permanent"))
            r.permanent = true;
        else if (kw == QLatin1String("tag"))
            r.tag = int(t.number(1, 2147483647, arg("route tag")).value_or(0));
        else if (kw)
            t.fail(arg("ios.unmodelled-option"), {{arg("value"), *kw}}, true);
    }
    return finished(t, std::move(r));
}

/** `ip nat inside source {list A | route-map R} {interface IF | pool P} [overload]`. */
std::optional<IosStatement> parseIpNat(Tokens &t)
{
    const auto side = t.keyword({arg("inside"), arg("outside"), arg("pool"), arg("service"), arg("translation")},
                                arg("inside, outside or pool"));
    const auto dir = side == QLatin1String("inside") ? t.keyword({arg("destination"), arg("source")}, arg("source"))
                                                    : std::nullopt;
    const auto match = dir == QLatin1String("source")
                           ? t.keyword({arg("list"), arg("route-map"), arg("static")}, arg("list, route-map or static"))
                           : std::nullopt;
    if (!match || *match == QLatin1String("static")) {
        t.unmodelled();
        return std::nullopt;
    }
    IosNatInsideSource n;
    n.match = *match == QLatin1String("list") ? IosNatInsideSource::Match::List : IosNatInsideSource::Match::RouteMap;
    n.matchName = t.word(arg("access list or route map")).value_or(QString());
    const auto target = t.keyword({arg("interface"), arg("pool")}, arg("interface or pool"));
    n.target = target == QLatin1String("pool") ? IosNatInsideSource::Target::Pool : IosNatInsideSource::Target::Interface;
    if (n.target == IosNatInsideSource::Target::Interface)
        n.targetName = readInterface(t, arg("an interface name")).value_or(QString());
    else
        n.targetName = t.word(arg("pool name")).value_or(QString());
    n.overload = t.optionalKeyword({arg("overload")}).has_value();
    return finished(t, std::move(n));
}

std::optional<IosStatement> parseGlobalIp(Tokens &t)
{
    const auto kw = t.keyword(keywords::globalIp(), arg("an ip command"));
    if (kw == QLatin1String("route"))
        return parseIpRoute(t);
    if (kw == QLatin1String("nat"))
        return parseIpNat(t);
    if (kw == QLatin1String("access-list")) {
        const auto kind = t.keyword({arg("extended"), arg("log-update"), arg("logging"), arg("standard")},
                                    arg("standard or extended"));
        if (kind == QLatin1String("standard") || kind == QLatin1String("extended")) {
            IosNamedAccessList list;
            list.standard = *kind == QLatin1String("standard");
            list.name = t.word(arg("access list name")).value_or(QString());
            return finished(t, std::move(list));
        }
    }
    if (!t.failed())
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosStatement> parseNumberedAcl(Tokens &t)
{
    IosAccessList acl;
    acl.number = t.word(arg("access list number")).value_or(QString());
    const bool standard = isStandardAclNumber(acl.number);
    if (!t.failed() && !standard && !isExtendedAclNumber(acl.number)) {
        t.unmodelled();   // MAC, protocol-type and other non-IP lists
        return std::nullopt;
    }
    const auto kw = t.keyword({arg("deny"), arg("dynamic"), arg("permit"), arg("remark")}, arg("permit, deny or remark"));
    if (kw == QLatin1String("remark")) {
        acl.item = IosAclRemark{t.rest()};
        return IosStatement(std::move(acl));
    }
    if (kw == QLatin1String("dynamic")) {
        t.fail(arg("ios.unmodelled-option"), {{arg("value"), *kw}}, true);
        return std::nullopt;
    }
    const auto action = kw == QLatin1String("permit") ? AclAction::Permit : AclAction::Deny;
    const auto entry = kw ? readAclEntry(t, action, standard) : std::nullopt;
    if (!entry)
        return std::nullopt;
    acl.item = *entry;
    return finished(t, std::move(acl));
}

std::optional<IosStatement> parseRouteMapHeader(Tokens &t)
{
    IosRouteMap r;
    r.name = t.word(arg("route map name")).value_or(QString());
    if (const auto action = t.optionalKeyword({arg("deny"), arg("permit")}))
        r.action = *action == QLatin1String("permit") ? AclAction::Permit : AclAction::Deny;
    if (!t.atEnd())
        r.seq = int(t.number(0, 65535, arg("route map sequence number")).value_or(10));
    return finished(t, std::move(r));
}

std::optional<IosStatement> parseLineHeader(Tokens &t)
{
    if (startsWithDigit(t.peek())) {
        t.unmodelled();   // absolute line numbers
        return std::nullopt;
    }
    IosLine l;
    const auto kind = t.keyword({arg("aux"), arg("console"), arg("tty"), arg("vty")}, arg("con, aux or vty"));
    l.kind = kind == QLatin1String("aux")       ? IosLine::Kind::Aux
             : kind == QLatin1String("console") ? IosLine::Kind::Console
             : kind == QLatin1String("tty")     ? IosLine::Kind::Tty
                                                : IosLine::Kind::Vty;
    l.first = int(t.number(0, 1000, arg("first line number")).value_or(0));
    if (!t.atEnd())
        l.last = int(t.number(l.first, 1000, arg("last line number")).value_or(0));
    return finished(t, std::move(l));
}

/** `username NAME [privilege N] {password [0|7] PW | secret [0|5] HASH}`. */
std::optional<IosStatement> parseUsername(Tokens &t)
{
    IosUsername u;
    u.name = t.word(arg("user name")).value_or(QString());
    if (t.optionalKeyword({arg("privilege")}))
        u.privilege = int(t.number(0, 15, arg("privilege level")).value_or(0));
    const auto kw = t.optionalKeyword({arg("password"), arg("secret")});
    if (!kw) {
        if (!t.failed())
            t.unmodelled();   // nopassword, autocommand, access-class ...
        return std::nullopt;
    }
    u.secretKeyword = *kw == QLatin1String("secret");
    const auto secret = readSecretText(t, u.secretKeyword ? QList<int>{0, 5} : QList<int>{0, 7});
    if (!secret)
        return std::nullopt;
    u.encryption = secret->encryption;
    u.value = secret->value;
    return IosStatement(std::move(u));
}

} // namespace

std::optional<QString> firstKeyword(Tokens &t, const QStringList &choices, const QString &unknownCode,
                                    const QString &block)
{
    const QString w = t.peek();
    if (matchKeyword(w, choices).status == KeywordMatch::Status::NoMatch) {
        QMap<QString, QString> params{{arg("keyword"), w}};
        if (!block.isEmpty())
            params.insert(arg("block"), block);
        t.fail(unknownCode, params, true);
        return std::nullopt;
    }
    return t.keyword(choices, QString());
}

std::optional<SecretText> readSecretText(Tokens &t, const QList<int> &types)
{
    SecretText s;
    const QString first = t.peek();
    bool isType = false;
    const int type = first.toInt(&isType);
    if (isType && first.size() == 1 && types.contains(type)) {
        t.word(QString());
        if (t.atEnd()) {
            s.value = first;   // `password 7`: the password is "7"
            return s;
        }
        s.encryption = type;
    }
    const QString value = t.rest();
    if (value.isEmpty()) {
        t.fail(arg("ios.incomplete-command"), {{arg("expected"), arg("a password")}});
        return std::nullopt;
    }
    if (value.trimmed() != maskedSecret())
        s.value = value;
    return s;
}

std::optional<IosStatement> parseGlobalCommand(Tokens &t)
{
    const auto kw = firstKeyword(t, keywords::global(), arg("ios.unknown-command"));
    if (kw == QLatin1String("hostname"))
        return finished(t, IosHostname{t.word(arg("a host name")).value_or(QString())});
    if (kw == QLatin1String("version"))
        return finished(t, IosVersion{t.word(arg("a version")).value_or(QString())});
    if (kw == QLatin1String("end"))
        return finished(t, IosEnd{});
    if (kw == QLatin1String("interface"))
        return parseInterfaceHeader(t);
    if (kw == QLatin1String("ip"))
        return parseGlobalIp(t);
    if (kw == QLatin1String("access-list"))
        return parseNumberedAcl(t);
    if (kw == QLatin1String("crypto"))
        return parseCryptoCommand(t);
    if (kw == QLatin1String("route-map"))
        return parseRouteMapHeader(t);
    if (kw == QLatin1String("line"))
        return parseLineHeader(t);
    if (kw == QLatin1String("username"))
        return parseUsername(t);
    if (kw == QLatin1String("aaa"))
        return parseAaaCommand(t);
    if (kw == QLatin1String("radius-server"))
        return parseServerHostCommand(t, IosAaaServerHost::Protocol::Radius);
    if (kw == QLatin1String("tacacs-server"))
        return parseServerHostCommand(t, IosAaaServerHost::Protocol::Tacacs);
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

} // namespace vtd::gen::ios122
