#include "ios122_parse_common.h"

#include "ios122_interface_names.h"

namespace vtd::gen::ios122 {

namespace {

using model::AccessListEntry;
using model::AclProtocol;
using model::AddressMatch;
using model::Ipv4Address;
using model::PortMatch;
using model::PortOperator;


bool startsWithDigit(const QString &word) { return !word.isEmpty() && word.at(0).isDigit(); }

/** `any`, `host A`, or `A WILDCARD` (standard lists: `A` alone is a host). */
std::optional<AddressMatch> readAddressMatch(Tokens &t, bool standard, const QString &what)
{
    if (const auto kw = t.optionalKeyword({arg("any"), arg("host")})) {
        if (*kw == QLatin1String("any"))
            return AddressMatch::any();
        const auto host = t.address(what);
        return host ? std::optional(AddressMatch::host(*host)) : std::nullopt;
    }
    const auto address = t.address(what);
    if (standard && address && (t.atEnd() || !startsWithDigit(t.peek())))
        return AddressMatch::host(*address);
    const auto wildcard = t.address(what + arg(" wildcard"));
    if (!address || !wildcard)
        return std::nullopt;
    return AddressMatch::network(*address, Ipv4Address(~wildcard->toUInt()));
}

/** A port number or name; the name is stored as written in full. */
bool readPort(Tokens &t, bool udp, int &port, QString &name)
{
    const QString w = t.peek();
    if (startsWithDigit(w)) {
        const auto n = t.number(0, 65535, arg("port"));
        port = int(n.value_or(0));
        return n.has_value();
    }
    const auto kw = t.keyword(portNames(udp), udp ? arg("a UDP port") : arg("a TCP port"));
    if (!kw)
        return false;
    name = *kw;
    port = portNumber(*kw, udp);
    return true;
}

/** `eq|neq|lt|gt P` or `range P1 P2` after an address of a tcp/udp entry; none is fine. */
std::optional<PortMatch> readPortMatch(Tokens &t, bool udp)
{
    static const QStringList ops{arg("eq"), arg("gt"), arg("lt"), arg("neq"), arg("range")};
    PortMatch match;
    const auto op = t.optionalKeyword(ops);
    if (!op)
        return t.failed() ? std::nullopt : std::optional(match);
    match.op = *op == QLatin1String("eq")    ? PortOperator::Eq
               : *op == QLatin1String("gt")  ? PortOperator::Gt
               : *op == QLatin1String("lt")  ? PortOperator::Lt
               : *op == QLatin1String("neq") ? PortOperator::Neq
                                             : PortOperator::Range;
    bool ok = readPort(t, udp, match.low, match.lowKeyword);
    if (ok && match.op == PortOperator::Range)
        ok = readPort(t, udp, match.high, match.highKeyword);
    return ok ? std::optional(match) : std::nullopt;
}

std::optional<AclProtocol> readProtocol(Tokens &t)
{
    AclProtocol p;
    if (startsWithDigit(t.peek())) {
        const auto n = t.number(0, 255, arg("IP protocol number"));
        p.kind = AclProtocol::Kind::Number;
        p.number = int(n.value_or(0));
        return n ? std::optional(p) : std::nullopt;
    }
    const auto kw = t.keyword(keywords::aclProtocols(), arg("a protocol (ip, tcp, udp, icmp, esp, ahp, gre or 0-255)"));
    if (!kw)
        return std::nullopt;
    if (*kw == QLatin1String("ip"))
        p.kind = AclProtocol::Kind::Ip;
    else if (*kw == QLatin1String("icmp"))
        p.kind = AclProtocol::Kind::Icmp;
    else if (*kw == QLatin1String("tcp"))
        p.kind = AclProtocol::Kind::Tcp;
    else if (*kw == QLatin1String("udp"))
        p.kind = AclProtocol::Kind::Udp;
    else
        p = AclProtocol{AclProtocol::Kind::Number, protocolNumber(*kw), *kw};
    return p;
}

/** ICMP type (number or name) and the trailing options: established, log; others unmodelled. */
bool readEntryTail(Tokens &t, AccessListEntry &e, bool standard)
{
    static const QStringList options{arg("dscp"), arg("established"), arg("fragments"), arg("log"),
                                     arg("log-input"), arg("option"), arg("precedence"),
                                     arg("time-range"), arg("tos"), arg("ttl")};
    const bool icmp = e.protocol.kind == AclProtocol::Kind::Icmp;
    if (icmp && startsWithDigit(t.peek())) {
        e.icmpType = int(t.number(0, 255, arg("ICMP type")).value_or(0));
        if (startsWithDigit(t.peek()))
            t.fail(arg("ios.unmodelled-option"), {{arg("value"), arg("ICMP code ") + t.peek()}}, true);
    } else if (icmp && !t.atEnd()) {
        const KeywordMatch m = matchKeyword(t.peek(), icmpTypeNames() + options);
        if (m.status == KeywordMatch::Status::Ambiguous) {
            t.keyword(icmpTypeNames() + options, arg("ICMP type"));
        } else if (m.status == KeywordMatch::Status::Matched && !options.contains(m.keyword)) {
            e.icmpTypeKeyword = *t.keyword(icmpTypeNames() + options, arg("ICMP type"));
            e.icmpType = icmpTypeNumber(e.icmpTypeKeyword);
        }
    }
    while (!t.atEnd()) {
        const auto option = t.keyword(standard ? QStringList{arg("log")} : options, arg("an access-list option"));
        if (option == QLatin1String("log"))
            e.log = true;
        else if (option == QLatin1String("established") && e.protocol.kind == AclProtocol::Kind::Tcp)
            e.established = true;
        else if (option)
            t.fail(arg("ios.unmodelled-option"), {{arg("value"), *option}}, true);
    }
    return !t.failed();
}

} // namespace

std::optional<QString> readInterface(Tokens &t, const QString &what)
{
    auto w = t.word(what);
    if (!w)
        return std::nullopt;
    if (isBareInterfaceType(*w) && startsWithDigit(t.peek()))
        *w += *t.word(what);
    const auto name = resolveInterfaceName(*w);
    if (!name) {
        t.fail(arg("ios.bad-interface-name"), {{arg("value"), *w}});
        return std::nullopt;
    }
    if (!name->knownType)
        t.warn(arg("ios.unknown-interface-type"), {{arg("value"), *w}});
    return name->fullName;
}

std::optional<model::AclAction> readAction(Tokens &t)
{
    const auto kw = t.keyword({arg("permit"), arg("deny")}, arg("permit or deny"));
    if (!kw)
        return std::nullopt;
    return *kw == QLatin1String("permit") ? model::AclAction::Permit : model::AclAction::Deny;
}

std::optional<AccessListEntry> readAclEntry(Tokens &t, model::AclAction action, bool standard)
{
    AccessListEntry e;
    e.action = action;
    if (standard) {
        e.source = readAddressMatch(t, true, arg("source address")).value_or(AddressMatch());
    } else {
        e.protocol = readProtocol(t).value_or(AclProtocol());
        const bool ports = e.protocol.kind == AclProtocol::Kind::Tcp || e.protocol.kind == AclProtocol::Kind::Udp;
        const bool udp = e.protocol.kind == AclProtocol::Kind::Udp;
        e.source = readAddressMatch(t, false, arg("source address")).value_or(AddressMatch());
        if (ports)
            e.sourcePort = readPortMatch(t, udp).value_or(PortMatch());
        e.destination = readAddressMatch(t, false, arg("destination address")).value_or(AddressMatch());
        if (ports)
            e.destinationPort = readPortMatch(t, udp).value_or(PortMatch());
    }
    if (!readEntryTail(t, e, standard))
        return std::nullopt;
    return e;
}

std::optional<model::IosSaLifetime> readSaLifetime(Tokens &t)
{
    const auto unit = t.keyword({arg("kilobytes"), arg("seconds")}, arg("seconds or kilobytes"));
    if (!unit)
        return std::nullopt;
    const bool seconds = *unit == QLatin1String("seconds");
    const auto value = seconds ? t.number(120, 86400, arg("lifetime in seconds"))
                               : t.number(2560, 536870912, arg("lifetime in kilobytes"));
    if (!value)
        return std::nullopt;
    return model::IosSaLifetime{seconds ? model::IosSaLifetime::Unit::Seconds : model::IosSaLifetime::Unit::Kilobytes,
                                *value};
}

} // namespace vtd::gen::ios122
