// Parser for `static`: the permanent one-to-one (or port) translation.

#include "pix62_command_parsers.h"
#include "pix62_keywords.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

std::optional<int> staticPort(LineParser &p, bool udp)
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

/** "(inside,outside)" into the two interface names. */
bool interfacePair(LineParser &p, StaticCmd &c)
{
    const QString w = p.peek();
    const QStringList names = w.mid(1, w.size() - 2).split(u',');
    if (!w.startsWith(u'(') || !w.endsWith(u')') || names.size() != 2 || names.contains(QString())) {
        p.reportExpected(QStringLiteral("(<real_ifc>,<mapped_ifc>)"));
        return false;
    }
    p.take();
    c.realIf = names.first();
    c.mappedIf = names.last();
    return true;
}

/** The optional tail: `[netmask M] [dns] [norandomseq] [max_conns [em_limit]]`. */
bool staticOptions(LineParser &p, StaticCmd &c)
{
    int numbers = 0;
    while (!p.failed() && !p.atEnd()) {
        const auto kw = p.optionalKeyword({QStringLiteral("netmask"), QStringLiteral("dns"), QStringLiteral("norandomseq")});
        if (kw == QLatin1String("netmask")) {
            const auto m = p.netmask(QStringLiteral("<netmask>"));
            c.netmask = m.value_or(c.netmask);
        } else if (kw == QLatin1String("dns")) {
            c.dns = true;
        } else if (kw == QLatin1String("norandomseq")) {
            c.norandomseq = true;
        } else if (numbers < 2) {
            const auto n = p.number(QStringLiteral("<max_conns>"), 0, 65535);
            (numbers++ == 0 ? c.maxConns : c.embryonicLimit) = n.value_or(0);
        } else {
            return p.finish();
        }
    }
    return !p.failed();
}

} // namespace

ParsedCommand parseStatic(LineParser &p, bool)
{
    StaticCmd c;
    if (!interfacePair(p, c))
        return std::nullopt;
    p.setCommand(QStringLiteral("static (%1,%2)").arg(c.realIf, c.mappedIf));
    if (const auto proto = p.optionalKeyword({QStringLiteral("tcp"), QStringLiteral("udp")}))
        c.portProtocol = *proto == QLatin1String("tcp") ? AclProtocol::Kind::Tcp : AclProtocol::Kind::Udp;
    const bool udp = c.portProtocol == AclProtocol::Kind::Udp;
    if (p.optionalKeyword({QStringLiteral("interface")}))
        c.mappedInterface = true;
    else
        c.mapped = p.address(QStringLiteral("interface|<mapped_ip>")).value_or(Ipv4Address());
    if (c.portProtocol)
        c.mappedPort = staticPort(p, udp).value_or(0);
    c.real = p.address(QStringLiteral("<real_ip>")).value_or(Ipv4Address());
    if (c.portProtocol)
        c.realPort = staticPort(p, udp).value_or(0);
    if (p.failed() || !staticOptions(p, c))
        return std::nullopt;
    return PixCommand(c);
}

} // namespace vtd::gen::pix62
