// Sub-mode lines of crypto map / dynamic-map entries, named access lists, route maps and
// terminal lines.

#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

namespace vtd::gen::ios122 {

namespace {

using namespace model;



/** ` set peer|pfs|security-association lifetime|transform-set ...`. */
std::optional<IosCryptoMapCommand> parseMapSet(Tokens &t)
{
    using R = IosCryptoMapCommand;
    const auto kw = t.keyword({arg("identity"), arg("isakmp-profile"), arg("peer"), arg("pfs"),
                               arg("security-association"), arg("transform-set")},
                              arg("peer, pfs, security-association or transform-set"));
    if (kw == QLatin1String("peer")) {
        if (!t.atEnd() && !t.peek().at(0).isDigit()) {
            t.fail(arg("ios.unmodelled-option"), {{arg("value"), arg("peer by host name")}}, true);
            return std::nullopt;
        }
        return finished<R>(t, IosSetPeer{t.address(arg("peer address")).value_or(Ipv4Address())});
    }
    if (kw == QLatin1String("pfs")) {
        IosSetPfs pfs;
        if (const auto g = t.optionalKeyword({arg("group1"), arg("group2"), arg("group5")}))
            pfs.group = *g == QLatin1String("group5") ? DhGroup::Group5
                        : *g == QLatin1String("group2") ? DhGroup::Group2 : DhGroup::Group1;
        return finished<R>(t, pfs);
    }
    if (kw == QLatin1String("security-association")) {
        const auto what = t.keyword({arg("level"), arg("lifetime"), arg("replay")}, arg("lifetime"));
        if (what == QLatin1String("lifetime")) {
            const auto lifetime = readSaLifetime(t);
            return lifetime ? finished<R>(t, IosSetSaLifetime{*lifetime}) : std::nullopt;
        }
    }
    if (kw == QLatin1String("transform-set")) {
        IosSetTransformSet set;
        do {
            set.names << t.word(arg("a transform set name")).value_or(QString());
        } while (!t.atEnd());
        if (set.names.size() > 6)
            t.fail(arg("ios.extra-input"), {{arg("value"), set.names.mid(6).join(u' ')}});
        return finished<R>(t, set);
    }
    if (!t.failed())
        t.unmodelled();
    return std::nullopt;
}

} // namespace

std::optional<IosCryptoMapCommand> parseCryptoMapCommand(Tokens &t)
{
    const auto kw = firstKeyword(t, keywords::cryptoMapMode(), unknownSubcommandCode(), arg("crypto map"));
    if (kw == QLatin1String("set"))
        return parseMapSet(t);
    if (kw == QLatin1String("match")) {
        const auto what = t.keyword({arg("address")}, arg("address"));
        const auto acl = what ? t.word(arg("an access list")) : std::nullopt;
        return acl ? finished<IosCryptoMapCommand>(t, IosMatchAddress{*acl}) : std::nullopt;
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosNamedAclCommand> parseNamedAclCommand(Tokens &t, bool standard)
{
    const QStringList choices = standard
        ? QStringList{arg("default"), arg("deny"), arg("exit"), arg("no"), arg("permit"), arg("remark")}
        : QStringList{arg("default"), arg("deny"), arg("dynamic"), arg("evaluate"), arg("exit"), arg("no"),
                      arg("permit"), arg("remark")};
    const auto kw = firstKeyword(t, choices, unknownSubcommandCode(), arg("ip access-list"));
    if (kw == QLatin1String("remark"))
        return IosNamedAclCommand(IosAclRemark{t.rest()});
    if (kw == QLatin1String("permit") || kw == QLatin1String("deny")) {
        const auto e = readAclEntry(t, kw == QLatin1String("permit") ? AclAction::Permit : AclAction::Deny, standard);
        return e ? finished<IosNamedAclCommand>(t, *e) : std::nullopt;
    }
    if (kw == QLatin1String("dynamic") || kw == QLatin1String("evaluate"))
        t.fail(arg("ios.unmodelled-option"), {{arg("value"), *kw}}, true);
    else if (kw)
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosRouteMapCommand> parseRouteMapCommand(Tokens &t)
{
    static const QStringList matchWhat{arg("as-path"), arg("clns"), arg("community"), arg("extcommunity"),
                                       arg("interface"), arg("ip"), arg("ipv6"), arg("length"), arg("metric"),
                                       arg("mpls-label"), arg("route-type"), arg("tag")};
    const auto kw = firstKeyword(t, keywords::routeMapMode(), unknownSubcommandCode(), arg("route-map"));
    if (kw == QLatin1String("match") && t.keyword(matchWhat, arg("a match condition")) == QLatin1String("ip")
        && t.keyword({arg("address"), arg("next-hop"), arg("route-source")}, arg("address")) == QLatin1String("address")
        && !t.optionalKeyword({arg("prefix-list")})) {
        IosMatchIpAddress m;
        do {
            m.acls << t.word(arg("an access list")).value_or(QString());
        } while (!t.atEnd());
        return finished<IosRouteMapCommand>(t, m);
    }
    if (kw && !t.failed())
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosLineCommand> parseLineCommand(Tokens &t)
{
    const auto kw = firstKeyword(t, keywords::lineMode(), unknownSubcommandCode(), arg("line"));
    if (kw == QLatin1String("password")) {
        const auto secret = readSecretText(t, {0, 7});
        return secret ? std::optional<IosLineCommand>(IosLinePassword{secret->encryption, secret->value}) : std::nullopt;
    }
    if (kw == QLatin1String("login")) {
        const auto how = t.optionalKeyword({arg("authentication"), arg("local"), arg("tacacs")});
        if (how && *how != QLatin1String("local")) {
            t.unmodelled();
            return std::nullopt;
        }
        return finished<IosLineCommand>(t, IosLogin{how.has_value()});
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

} // namespace vtd::gen::ios122
