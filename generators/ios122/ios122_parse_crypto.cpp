// `crypto ...` lines of IOS 12.2 global mode: isakmp policy/key/identity, ipsec transform-set and
// security-association lifetime, crypto map entries and options, dynamic-map entries.

#include "generators/secrets.h"
#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

namespace vtd::gen::ios122 {

namespace {

using namespace model;


template <class T> std::optional<IosStatement> finished(Tokens &t, T value)
{
    if (!t.finish())
        return std::nullopt;
    return IosStatement(std::move(value));
}

/** `crypto isakmp key [0|6] KEY {address A [MASK] | hostname H} [no-xauth]`. */
std::optional<IosStatement> parseIsakmpKey(Tokens &t)
{
    static const QStringList kinds{arg("address"), arg("hostname")};
    IosIsakmpKey k;
    const QString first = t.peek();
    if (first == QLatin1String("0") || first == QLatin1String("6")) {
        Tokens probe = t;   // a type only when a key and address/hostname follow it
        probe.word(QString());
        probe.word(QString());
        if (probe.optionalKeyword(kinds)) {
            k.encryption = first.toInt();
            t.word(QString());
        }
    }
    const auto key = t.word(arg("a pre-shared key"));
    if (key && *key != maskedSecret())
        k.key.key = *key;
    const auto kind = t.keyword(kinds, arg("address or hostname"));
    if (kind == QLatin1String("hostname")) {
        k.hostname = t.word(arg("a peer host name")).value_or(QString());
    } else {
        k.key.peer = t.address(arg("peer address")).value_or(Ipv4Address());
        if (!t.atEnd() && t.peek().at(0).isDigit())
            k.key.netmask = t.address(arg("peer mask"));
    }
    k.key.noXauth = t.optionalKeyword({arg("no-xauth")}).has_value();
    return finished(t, std::move(k));
}

std::optional<IosStatement> parseIsakmp(Tokens &t)
{
    const auto kw = t.keyword(keywords::cryptoIsakmp(), arg("an isakmp command"));
    if (kw == QLatin1String("policy"))
        return finished(t, IosIsakmpPolicy{int(t.number(1, 10000, arg("policy priority")).value_or(1)), {}});
    if (kw == QLatin1String("key"))
        return parseIsakmpKey(t);
    if (kw == QLatin1String("client") && t.optionalKeyword({arg("configuration")}) && t.optionalKeyword({arg("group")}))
        return finished(t, IosClientGroup{t.word(arg("a group name")).value_or(QString()), {}});
    if (kw == QLatin1String("identity")) {
        const auto id = t.keyword({arg("address"), arg("dn"), arg("hostname")}, arg("address, hostname or dn"));
        const auto kind = id == QLatin1String("dn")         ? IosIsakmpIdentity::Kind::Dn
                          : id == QLatin1String("hostname") ? IosIsakmpIdentity::Kind::Hostname
                                                            : IosIsakmpIdentity::Kind::Address;
        return finished(t, IosIsakmpIdentity{kind});
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

std::optional<IpsecTransform> readTransform(Tokens &t)
{
    static const QStringList names{arg("ah-md5-hmac"), arg("ah-sha-hmac"), arg("comp-lzs"), arg("esp-3des"),
                                   arg("esp-aes"), arg("esp-des"), arg("esp-md5-hmac"), arg("esp-null"),
                                   arg("esp-sha-hmac")};
    const auto kw = t.keyword(names, arg("a transform (esp-des, esp-3des, esp-md5-hmac, esp-sha-hmac, ...)"));
    if (!kw)
        return std::nullopt;
    if (*kw == QLatin1String("esp-aes")) {
        const QString bits = t.peek();
        if (bits == QLatin1String("192") || bits == QLatin1String("256") || bits == QLatin1String("128"))
            t.word(QString());
        return bits == QLatin1String("192") ? IpsecTransform::EspAes192
               : bits == QLatin1String("256") ? IpsecTransform::EspAes256
                                              : IpsecTransform::EspAes128;
    }
    if (*kw == QLatin1String("comp-lzs")) {
        t.fail(arg("ios.unmodelled-option"), {{arg("value"), *kw}}, true);
        return std::nullopt;
    }
    static const QMap<QString, IpsecTransform> byName{
        {arg("ah-md5-hmac"), IpsecTransform::AhMd5Hmac}, {arg("ah-sha-hmac"), IpsecTransform::AhShaHmac},
        {arg("esp-3des"), IpsecTransform::Esp3des}, {arg("esp-des"), IpsecTransform::EspDes},
        {arg("esp-md5-hmac"), IpsecTransform::EspMd5Hmac}, {arg("esp-null"), IpsecTransform::EspNull},
        {arg("esp-sha-hmac"), IpsecTransform::EspShaHmac}};
    return byName.value(*kw);
}

/** At most one AH, one ESP encryption and one ESP authentication transform. */
bool validCombination(const QList<IpsecTransform> &transforms)
{
    int ah = 0, enc = 0, auth = 0;
    for (IpsecTransform x : transforms) {
        ah += isAhTransform(x);
        enc += isEspEncryption(x);
        auth += isEspAuthentication(x);
    }
    return ah <= 1 && enc <= 1 && auth <= 1;
}

std::optional<IosStatement> parseTransformSet(Tokens &t)
{
    IosTransformSet set;
    set.name = t.word(arg("a transform set name")).value_or(QString());
    do {
        if (const auto x = readTransform(t))
            set.transforms << *x;
    } while (!t.atEnd());
    if (!t.failed() && !validCombination(set.transforms))
        t.fail(arg("ios.bad-transform-set"), {{arg("name"), set.name}});
    return finished(t, std::move(set));
}

std::optional<IosStatement> parseIpsec(Tokens &t)
{
    const auto kw = t.keyword(keywords::cryptoIpsec(), arg("an ipsec command"));
    if (kw == QLatin1String("transform-set"))
        return parseTransformSet(t);
    if (kw == QLatin1String("security-association")) {
        const auto what = t.keyword({arg("idle-time"), arg("lifetime"), arg("replay")}, arg("lifetime"));
        if (what == QLatin1String("lifetime")) {
            const auto lifetime = readSaLifetime(t);
            return lifetime ? finished(t, IosIpsecLifetime{*lifetime}) : std::nullopt;
        }
    }
    if (!t.failed())
        t.unmodelled();
    return std::nullopt;
}

/** `crypto map MAP SEQ [ipsec-isakmp [dynamic DYN] | ipsec-manual]`. */
std::optional<IosStatement> parseMapEntry(Tokens &t, const QString &map)
{
    IosCryptoMapEntry e;
    e.map = map;
    e.seq = int(t.number(1, 65535, arg("crypto map sequence number")).value_or(0));
    const auto kind = t.optionalKeyword({arg("gdoi"), arg("ipsec-isakmp"), arg("ipsec-manual")});
    if (kind == QLatin1String("ipsec-manual")) {
        e.kind = CryptoMapEntry::Kind::IpsecManual;
    } else if (kind == QLatin1String("gdoi")) {
        t.unmodelled();
    } else if (const auto option = t.optionalKeyword({arg("discover"), arg("dynamic"), arg("profile")})) {
        if (*option != QLatin1String("dynamic")) {
            t.fail(arg("ios.unmodelled-option"), {{arg("value"), *option}}, true);
            return std::nullopt;
        }
        e.kind = CryptoMapEntry::Kind::Dynamic;
        e.dynamicMap = t.word(arg("a dynamic map name")).value_or(QString());
    }
    return finished(t, std::move(e));
}

std::optional<IosStatement> parseMapOption(Tokens &t, const QString &map)
{
    IosCryptoMapOption o;
    o.map = map;
    const auto kw = t.keyword({arg("client"), arg("isakmp"), arg("local-address"), arg("redundancy")},
                              arg("a sequence number, local-address or client"));
    if (kw == QLatin1String("local-address")) {
        o.value = readInterface(t, arg("an interface name")).value_or(QString());
        return finished(t, std::move(o));
    }
    if (kw == QLatin1String("isakmp")) {
        t.keyword({arg("authorization")}, arg("authorization"));
        t.keyword({arg("list")}, arg("list"));
        o.kind = IosCryptoMapOption::Kind::IsakmpAuthorizationList;
        o.value = t.word(arg("an AAA list name")).value_or(QString());
        return finished(t, std::move(o));
    }
    if (kw == QLatin1String("client")) {
        const auto what = t.keyword({arg("authentication"), arg("configuration")}, arg("authentication or configuration"));
        if (what == QLatin1String("authentication")) {
            t.keyword({arg("list")}, arg("list"));
            o.kind = IosCryptoMapOption::Kind::ClientAuthenticationList;
            o.value = t.word(arg("an AAA list name")).value_or(QString());
        } else {
            t.keyword({arg("address")}, arg("address"));
            const auto mode = t.keyword({arg("initiate"), arg("respond")}, arg("initiate or respond"));
            o.kind = IosCryptoMapOption::Kind::ClientConfigurationAddress;
            o.mode = mode == QLatin1String("initiate") ? ClientConfigurationMode::Initiate : ClientConfigurationMode::Respond;
        }
        return finished(t, std::move(o));
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

} // namespace

std::optional<IosStatement> parseCryptoCommand(Tokens &t)
{
    const auto kw = t.keyword(keywords::crypto(), arg("isakmp, ipsec, map or dynamic-map"));
    if (kw == QLatin1String("isakmp"))
        return parseIsakmp(t);
    if (kw == QLatin1String("ipsec"))
        return parseIpsec(t);
    if (kw == QLatin1String("map")) {
        const QString map = t.word(arg("a crypto map name")).value_or(QString());
        if (!t.atEnd() && t.peek().at(0).isDigit())
            return parseMapEntry(t, map);
        return parseMapOption(t, map);
    }
    if (kw == QLatin1String("dynamic-map")) {
        IosDynamicMapEntry e;
        e.map = t.word(arg("a dynamic map name")).value_or(QString());
        e.seq = int(t.number(1, 65535, arg("dynamic map sequence number")).value_or(0));
        return finished(t, std::move(e));
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

} // namespace vtd::gen::ios122
