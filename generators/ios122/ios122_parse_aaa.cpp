// Global-mode AAA lines of IOS 12.2: `aaa new-model`, `aaa authentication login` and
// `aaa authorization network` method lists, `radius-server host` and `tacacs-server host`.
// Other AAA lines (accounting, session-id, server groups, global keys) stay verbatim. Also the
// sub-commands of `crypto isakmp client configuration group` (its header: parse_crypto).

#include "generators/secrets.h"
#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

namespace vtd::gen::ios122 {

namespace {

using namespace model;

/** METHOD... after the list name: one word ("local", "none") or `group radius|tacacs+|NAME`. */
QStringList readMethods(Tokens &t)
{
    QStringList methods;
    while (!t.atEnd()) {
        const QString method = t.word(arg("an AAA method")).value_or(QString());
        if (method == QLatin1String("group"))
            methods << method + u' ' + t.word(arg("a server group (radius, tacacs+)")).value_or(QString());
        else
            methods << method;
    }
    return methods;
}

std::optional<IosStatement> parseMethodList(Tokens &t, IosAaaMethodList::Service service)
{
    IosAaaMethodList m;
    m.service = service;
    m.list = t.word(arg("a method list name")).value_or(QString());
    if (t.atEnd() && !t.failed())
        t.fail(arg("ios.incomplete-command"), {{arg("expected"), arg("an AAA method (local, group radius, ...)")}});
    m.methods = readMethods(t);
    if (t.failed())
        return std::nullopt;
    return IosStatement(std::move(m));
}

/** `key [0|7] VALUE`: the rest of the line, as IOS takes it. */
bool readKey(Tokens &t, IosAaaServerHost &h)
{
    const auto secret = readSecretText(t, {0, 7});
    if (!secret)
        return false;
    h.hasKey = true;
    h.keyEncryption = secret->encryption;
    h.key = secret->value;
    return true;
}

} // namespace

std::optional<IosStatement> parseAaaCommand(Tokens &t)
{
    const auto kw = t.optionalKeyword({arg("new-model"), arg("authentication"), arg("authorization")});
    if (kw == QLatin1String("new-model")) {
        if (!t.finish())
            return std::nullopt;
        return IosStatement(IosAaaNewModel{});
    }
    if (kw == QLatin1String("authentication") && t.optionalKeyword({arg("login")}))
        return parseMethodList(t, IosAaaMethodList::Service::AuthenticationLogin);
    if (kw == QLatin1String("authorization") && t.optionalKeyword({arg("network")}))
        return parseMethodList(t, IosAaaMethodList::Service::AuthorizationNetwork);
    if (!t.failed())
        t.unmodelled();   // accounting, session-id, group server, other services
    return std::nullopt;
}

std::optional<IosStatement> parseServerHostCommand(Tokens &t, IosAaaServerHost::Protocol protocol)
{
    if (!t.optionalKeyword({arg("host")})) {
        if (!t.failed())
            t.unmodelled();   // retransmit, timeout, a global key ...
        return std::nullopt;
    }
    IosAaaServerHost h;
    h.protocol = protocol;
    h.address = t.address(arg("a server address")).value_or(Ipv4Address());
    const bool radius = protocol == IosAaaServerHost::Protocol::Radius;
    while (!t.atEnd()) {
        const auto kw = radius ? t.optionalKeyword({arg("auth-port"), arg("acct-port"), arg("key")})
                               : t.optionalKeyword({arg("key")});
        if (kw == QLatin1String("auth-port"))
            h.authPort = int(t.number(0, 65535, arg("a UDP port")).value_or(0));
        else if (kw == QLatin1String("acct-port"))
            h.acctPort = int(t.number(0, 65535, arg("a UDP port")).value_or(0));
        else if (kw == QLatin1String("key"))
            return readKey(t, h) ? std::optional<IosStatement>(std::move(h)) : std::nullopt;
        else if (!t.failed()) {
            t.unmodelled();   // timeout, retransmit, single-connection ...
            return std::nullopt;
        }
    }
    if (!t.finish())
        return std::nullopt;
    return IosStatement(std::move(h));
}

std::optional<IosClientGroupCommand> parseClientGroupCommand(Tokens &t)
{
    const auto kw = t.optionalKeyword({arg("key"), arg("pool"), arg("dns"), arg("wins"), arg("domain")});
    if (!kw) {
        if (!t.failed())
            t.unmodelled();   // acl, netmask, include-local-lan, save-password, banner ...
        return std::nullopt;
    }
    if (*kw == QLatin1String("key")) {
        const auto secret = readSecretText(t, {0, 6});
        if (!secret)
            return std::nullopt;
        return IosClientGroupCommand(IosClientGroupKey{secret->encryption, secret->value});
    }
    IosClientGroupSetting setting;
    setting.kind = *kw == QLatin1String("pool")  ? IosClientGroupSetting::Kind::Pool
                   : *kw == QLatin1String("dns") ? IosClientGroupSetting::Kind::Dns
                   : *kw == QLatin1String("wins") ? IosClientGroupSetting::Kind::Wins
                                                  : IosClientGroupSetting::Kind::Domain;
    const bool addresses = setting.kind == IosClientGroupSetting::Kind::Dns
                           || setting.kind == IosClientGroupSetting::Kind::Wins;
    setting.values << (addresses ? t.address(arg("a server address")).value_or(Ipv4Address()).toString()
                                 : t.word(arg("a name")).value_or(QString()));
    if (addresses && !t.atEnd())
        setting.values << t.address(arg("a second server address")).value_or(Ipv4Address()).toString();
    if (!t.finish())
        return std::nullopt;
    return IosClientGroupCommand(std::move(setting));
}

} // namespace vtd::gen::ios122
