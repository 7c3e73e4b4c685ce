// The permit/deny grammar shared by access-list and conduit, and the PIX address forms.

#include "pix62_command_parsers.h"
#include "pix62_keywords.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

std::optional<AclProtocol> parseProtocol(LineParser &p)
{
    if (p.failed())
        return std::nullopt;
    bool isNumber = false;
    const int number = p.peek().toInt(&isNumber);
    if (isNumber) {
        const auto n = p.number(QStringLiteral("<protocol>"), 0, 255);
        if (!n)
            return std::nullopt;
        return AclProtocol{AclProtocol::Kind::Number, number, {}};
    }
    QStringList choices = {QStringLiteral("ip"), QStringLiteral("icmp"), QStringLiteral("tcp"), QStringLiteral("udp")};
    choices += protocolNames();
    const auto word = p.keyword(choices);
    if (!word)
        return std::nullopt;
    if (*word == QLatin1String("ip"))
        return AclProtocol{};
    if (*word == QLatin1String("icmp"))
        return AclProtocol{AclProtocol::Kind::Icmp, 0, {}};
    if (*word == QLatin1String("tcp"))
        return AclProtocol{AclProtocol::Kind::Tcp, 0, {}};
    if (*word == QLatin1String("udp"))
        return AclProtocol{AclProtocol::Kind::Udp, 0, {}};
    return AclProtocol{AclProtocol::Kind::Number, protocolFromName(*word), {}};
}

std::optional<int> port(LineParser &p, bool udp)
{
    if (p.failed())
        return std::nullopt;
    const int named = portFromName(p.peek(), udp);
    if (named >= 0) {
        p.take();
        return named;
    }
    return p.number(QStringLiteral("<port>"), 0, 65535);
}

/** An optional `eq|neq|lt|gt|range` condition after an address (tcp/udp only). */
PortMatch parsePortMatch(LineParser &p, const AclProtocol &protocol)
{
    PortMatch m;
    const bool ports = protocol.kind == AclProtocol::Kind::Tcp || protocol.kind == AclProtocol::Kind::Udp;
    if (!ports || p.failed() || parsePixAddress(p.peek()))
        return m;
    static const QStringList ops = {QStringLiteral("eq"), QStringLiteral("neq"), QStringLiteral("lt"),
                                    QStringLiteral("gt"), QStringLiteral("range")};
    const auto op = p.optionalKeyword(ops);
    if (!op)
        return m;
    const bool udp = protocol.kind == AclProtocol::Kind::Udp;
    const auto low = port(p, udp);
    m.op = *op == QLatin1String("eq") ? PortOperator::Eq
         : *op == QLatin1String("neq") ? PortOperator::Neq
         : *op == QLatin1String("lt") ? PortOperator::Lt
         : *op == QLatin1String("gt") ? PortOperator::Gt
                                      : PortOperator::Range;
    m.low = low.value_or(0);
    if (m.op == PortOperator::Range) {
        const auto high = port(p, udp);
        m.high = high.value_or(0);
        if (high && *high < m.low)
            p.fail(QStringLiteral("pix.bad-number"), {{QStringLiteral("value"), QString::number(*high)},
                                                      {QStringLiteral("min"), QString::number(m.low)},
                                                      {QStringLiteral("max"), QStringLiteral("65535")}});
    }
    return m;
}

void parseIcmpType(LineParser &p, AccessListEntry &e)
{
    if (p.failed() || p.atEnd() || e.protocol.kind != AclProtocol::Kind::Icmp)
        return;
    const int named = icmpTypeFromName(p.peek());
    if (named >= 0) {
        p.take();
        e.icmpType = named;
        return;
    }
    bool isNumber = false;
    p.peek().toInt(&isNumber);
    if (isNumber)
        e.icmpType = p.number(QStringLiteral("<icmp_type>"), 0, 255);
}

} // namespace

std::optional<AddressMatch> parseAddressMatch(LineParser &p)
{
    if (p.failed())
        return std::nullopt;
    if (p.peek().compare(QStringLiteral("object-group"), Qt::CaseInsensitive) == 0) {
        notModelled(p);
        return std::nullopt;
    }
    if (const auto kw = p.optionalKeyword({QStringLiteral("any"), QStringLiteral("host")})) {
        if (*kw == QLatin1String("any"))
            return AddressMatch::any();
        QString alias;
        const auto a = p.addressOrName(QStringLiteral("<ip_address>"), &alias);
        if (!a)
            return std::nullopt;
        AddressMatch m = AddressMatch::host(*a);
        m.alias = alias;
        return m;
    }
    QString alias;
    const auto a = p.addressOrName(QStringLiteral("any|host|<ip_address>"), &alias);
    const auto mask = p.netmask(QStringLiteral("<netmask>"));
    if (p.failed())
        return std::nullopt;
    if ((a->toUInt() & ~mask->toUInt()) != 0) {
        p.fail(QStringLiteral("pix.address-mask"),
               {{QStringLiteral("address"), a->toString()}, {QStringLiteral("mask"), mask->toString()},
                {QStringLiteral("network"), Ipv4Address(a->toUInt() & mask->toUInt()).toString()}});
        return std::nullopt;
    }
    AddressMatch m = AddressMatch::network(*a, *mask);
    m.alias = alias;
    return m;
}

std::optional<AccessListEntry> parseAclEntry(LineParser &p)
{
    AccessListEntry e;
    const auto action = p.keyword({QStringLiteral("permit"), QStringLiteral("deny")});
    const auto protocol = parseProtocol(p);
    if (p.failed())
        return std::nullopt;
    e.action = *action == QLatin1String("permit") ? AclAction::Permit : AclAction::Deny;
    e.protocol = *protocol;
    const auto source = parseAddressMatch(p);
    e.sourcePort = parsePortMatch(p, e.protocol);
    const auto destination = parseAddressMatch(p);
    e.destinationPort = parsePortMatch(p, e.protocol);
    parseIcmpType(p, e);
    if (p.failed())
        return std::nullopt;
    e.source = *source;
    e.destination = *destination;
    e.log = p.optionalKeyword({QStringLiteral("log")}).has_value();
    if (!p.finish())
        return std::nullopt;
    return e;
}

} // namespace vtd::gen::pix62
