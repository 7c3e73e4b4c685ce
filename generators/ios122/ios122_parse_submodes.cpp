// Sub-mode lines of IOS 12.2 blocks: interface, crypto isakmp policy, transform set, crypto map
// and dynamic-map entries, named access lists, route maps and terminal lines.

#include "ios122_command_parsers.h"
#include "ios122_parse_common.h"

namespace vtd::gen::ios122 {

namespace {

using namespace model;



std::optional<IosInterfaceCommand> parseInterfaceIp(Tokens &t)
{
    const auto kw = t.keyword(keywords::interfaceIp(), arg("an interface ip command"));
    if (kw == QLatin1String("address")) {
        IosIpAddress a;
        a.address = t.address(arg("interface address")).value_or(Ipv4Address());
        a.mask = t.netmask(arg("interface mask")).value_or(Ipv4Address());
        a.secondary = t.optionalKeyword({arg("secondary")}).has_value();
        return finished<IosInterfaceCommand>(t, a);
    }
    if (kw == QLatin1String("access-group")) {
        IosIpAccessGroup g;
        g.acl = t.word(arg("an access list")).value_or(QString());
        const auto dir = t.keyword({arg("in"), arg("out")}, arg("in or out"));
        g.direction = dir == QLatin1String("out") ? IosIpAccessGroup::Direction::Out : IosIpAccessGroup::Direction::In;
        return finished<IosInterfaceCommand>(t, g);
    }
    if (kw == QLatin1String("nat")) {
        const auto side = t.keyword({arg("inside"), arg("outside")}, arg("inside or outside"));
        return finished<IosInterfaceCommand>(
            t, IosIpNat{side == QLatin1String("outside") ? IosIpNat::Side::Outside : IosIpNat::Side::Inside});
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

/** `no shutdown` and `no ip address` are typed; every other `no ...` is kept as written. */
std::optional<IosInterfaceCommand> parseInterfaceNo(Tokens &t)
{
    const auto kw = t.optionalKeyword(keywords::interfaceMode());
    if (kw == QLatin1String("shutdown"))
        return finished<IosInterfaceCommand>(t, IosShutdown{false});
    if (kw == QLatin1String("ip") && t.optionalKeyword(keywords::interfaceIp()) == QLatin1String("address")
        && t.atEnd())
        return IosInterfaceCommand(IosNoIpAddress{});
    if (!t.failed())
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosInterfaceCommand> parseEncapsulation(Tokens &t)
{
    static const QStringList kinds{arg("arpa"), arg("atm-dxi"), arg("bstun"), arg("dot1Q"), arg("frame-relay"),
                                   arg("hdlc"), arg("isl"), arg("lapb"), arg("novell-ether"), arg("ppp"),
                                   arg("sap"), arg("sde"), arg("sdlc"), arg("smds"), arg("snap"), arg("stun"),
                                   arg("x25")};
    const auto kw = t.keyword(kinds, arg("an encapsulation"));
    if (kw != QLatin1String("dot1Q")) {
        if (kw)
            t.unmodelled();
        return std::nullopt;
    }
    IosEncapsulationDot1Q e;
    e.vlan = int(t.number(1, 4094, arg("VLAN id")).value_or(1));
    e.native = t.optionalKeyword({arg("native")}).has_value();
    return finished<IosInterfaceCommand>(t, e);
}

} // namespace

std::optional<IosInterfaceCommand> parseInterfaceCommand(Tokens &t)
{
    const auto kw = firstKeyword(t, keywords::interfaceMode(), unknownSubcommandCode(), arg("interface"));
    if (kw == QLatin1String("ip"))
        return parseInterfaceIp(t);
    if (kw == QLatin1String("no"))
        return parseInterfaceNo(t);
    if (kw == QLatin1String("shutdown"))
        return finished<IosInterfaceCommand>(t, IosShutdown{true});
    if (kw == QLatin1String("description")) {
        const QString text = t.rest();
        if (text.isEmpty())
            t.fail(arg("ios.incomplete-command"), {{arg("expected"), arg("a description")}});
        return text.isEmpty() ? std::nullopt : std::optional<IosInterfaceCommand>(IosDescription{text});
    }
    if (kw == QLatin1String("encapsulation"))
        return parseEncapsulation(t);
    if (kw == QLatin1String("crypto")) {
        const auto what = t.keyword({arg("map")}, arg("map"));
        const auto map = what ? t.word(arg("a crypto map name")) : std::nullopt;
        return map ? finished<IosInterfaceCommand>(t, IosInterfaceCryptoMap{*map}) : std::nullopt;
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosIsakmpPolicyCommand> parseIsakmpPolicyCommand(Tokens &t)
{
    using R = IosIsakmpPolicyCommand;
    const auto kw = firstKeyword(t, keywords::isakmpPolicyMode(), unknownSubcommandCode(), arg("crypto isakmp policy"));
    if (kw == QLatin1String("encryption")) {
        const auto e = t.keyword({arg("3des"), arg("aes"), arg("des")}, arg("des, 3des or aes"));
        if (e != QLatin1String("aes"))
            return finished<R>(t, e == QLatin1String("3des") ? IkeEncryption::TripleDes : IkeEncryption::Des);
        const QString bits = t.atEnd() ? arg("128") : QString::number(t.number(128, 256, arg("AES key length")).value_or(0));
        if (bits != QLatin1String("128") && bits != QLatin1String("192") && bits != QLatin1String("256"))
            t.fail(arg("ios.bad-number"), {{arg("value"), bits}, {arg("what"), arg("AES key length (128, 192 or 256)")},
                                           {arg("min"), arg("128")}, {arg("max"), arg("256")}});
        return finished<R>(t, bits == QLatin1String("256") ? IkeEncryption::Aes256
                              : bits == QLatin1String("192") ? IkeEncryption::Aes192 : IkeEncryption::Aes128);
    }
    if (kw == QLatin1String("hash")) {
        const auto h = t.keyword({arg("md5"), arg("sha")}, arg("md5 or sha"));
        return finished<R>(t, h == QLatin1String("md5") ? IkeHash::Md5 : IkeHash::Sha);
    }
    if (kw == QLatin1String("authentication")) {
        const auto a = t.keyword({arg("pre-share"), arg("rsa-encr"), arg("rsa-sig")}, arg("pre-share, rsa-sig or rsa-encr"));
        return finished<R>(t, a == QLatin1String("pre-share") ? IkeAuthentication::PreShare
                              : a == QLatin1String("rsa-encr") ? IkeAuthentication::RsaEncr : IkeAuthentication::RsaSig);
    }
    if (kw == QLatin1String("group")) {
        const auto g = t.keyword({arg("1"), arg("2"), arg("5")}, arg("group 1, 2 or 5"));
        return finished<R>(t, g == QLatin1String("5") ? DhGroup::Group5
                              : g == QLatin1String("2") ? DhGroup::Group2 : DhGroup::Group1);
    }
    if (kw == QLatin1String("lifetime"))
        return finished<R>(t, IosIsakmpLifetime{int(t.number(60, 86400, arg("IKE lifetime in seconds")).value_or(0))});
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

std::optional<IosTransformSetCommand> parseTransformSetCommand(Tokens &t)
{
    const auto kw = firstKeyword(t, {arg("default"), arg("exit"), arg("mode"), arg("no")}, unknownSubcommandCode(),
                                 arg("crypto ipsec transform-set"));
    if (kw == QLatin1String("mode")) {
        const auto m = t.keyword({arg("transport"), arg("tunnel")}, arg("tunnel or transport"));
        return finished<IosTransformSetCommand>(t, m == QLatin1String("transport") ? IpsecMode::Transport : IpsecMode::Tunnel);
    }
    if (kw)
        t.unmodelled();
    return std::nullopt;
}

} // namespace vtd::gen::ios122
