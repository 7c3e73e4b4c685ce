// Parsers for access lists, their binding, address translation, conduits, routes and icmp.

#include "pix62_command_parsers.h"
#include "pix62_keywords.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {



/** The optional `[dns] [outside] [norandomseq] [max_conns [em_limit]]` tail of nat/static. */
bool translationOptions(LineParser &p, bool *dns, bool *outside, bool &norandomseq, int &maxConns, int &emb)
{
    int numbers = 0;
    while (!p.failed() && !p.atEnd()) {
        QStringList flags = {QStringLiteral("norandomseq")};
        if (dns)
            flags << QStringLiteral("dns");
        if (outside)
            flags << QStringLiteral("outside");
        if (const auto flag = p.optionalKeyword(flags)) {
            if (*flag == QLatin1String("dns"))
                *dns = true;
            else if (*flag == QLatin1String("outside"))
                *outside = true;
            else
                norandomseq = true;
        } else if (numbers < 2) {
            const auto n = p.number(QStringLiteral("<max_conns>"), 0, 65535);
            (numbers++ == 0 ? maxConns : emb) = n.value_or(0);
        } else {
            return p.finish();
        }
    }
    return !p.failed();
}

} // namespace

ParsedCommand parseAccessList(LineParser &p, bool)
{
    const auto name = p.word(QStringLiteral("<acl_name>"));
    if (!name)
        return std::nullopt;
    p.setCommand(QStringLiteral("access-list ") + *name);
    std::optional<int> line;
    if (p.optionalKeyword({QStringLiteral("line")})) {
        line = p.number(QStringLiteral("<line_number>"), 1, 1048576);
        if (!line)
            return std::nullopt;
    }
    if (p.optionalKeyword({QStringLiteral("remark")})) {
        QStringList words;
        while (!p.atEnd())
            words << p.take();
        return PixCommand(AccessListRemarkCmd{*name, line, words.join(u' ')});
    }
    if (p.peek().compare(QStringLiteral("compiled"), Qt::CaseInsensitive) == 0)
        return notModelled(p);
    const auto entry = parseAclEntry(p);
    if (!entry)
        return std::nullopt;
    return PixCommand(AccessListCmd{*name, line, *entry});
}

ParsedCommand parseAccessGroup(LineParser &p, bool)
{
    const auto acl = p.word(QStringLiteral("<acl_name>"));
    p.keyword({QStringLiteral("in")});
    p.keyword({QStringLiteral("interface")});
    const auto ifName = p.word(kIfName);
    if (p.failed())
        return std::nullopt;
    return finished(p, AccessGroupCmd{*acl, *ifName});
}

ParsedCommand parseNat(LineParser &p, bool)
{
    NatCmd c;
    const auto ifName = parseParenthesizedInterface(p);
    const auto id = p.number(QStringLiteral("<nat_id>"), 0, 65535);
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.id = *id;
    p.setCommand(QStringLiteral("nat (%1) %2").arg(c.ifName).arg(c.id));
    if (p.optionalKeyword({QStringLiteral("access-list")})) {
        const auto acl = p.word(QStringLiteral("<acl_name>"));
        if (!acl)
            return std::nullopt;
        c.accessList = *acl;
        return finished(p, c);
    }
    const auto a = p.address(QStringLiteral("access-list|<local_ip>"));
    const auto m = p.netmask(QStringLiteral("<netmask>"));
    if (p.failed())
        return std::nullopt;
    c.address = *a;
    c.mask = *m;
    if (!translationOptions(p, &c.dns, &c.outside, c.norandomseq, c.maxConns, c.embryonicLimit))
        return std::nullopt;
    return PixCommand(c);
}

ParsedCommand parseGlobal(LineParser &p, bool)
{
    GlobalCmd c;
    const auto ifName = parseParenthesizedInterface(p);
    const auto id = p.number(QStringLiteral("<nat_id>"), 1, 65535);
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.id = *id;
    p.setCommand(QStringLiteral("global (%1) %2").arg(c.ifName).arg(c.id));
    if (p.optionalKeyword({QStringLiteral("interface")})) {
        c.interface = true;
        return finished(p, c);
    }
    const auto range = p.addressRange(QStringLiteral("interface|<global_ip>[-<global_ip>]"));
    if (!range)
        return std::nullopt;
    c.first = range->first;
    c.last = range->second;
    if (p.optionalKeyword({QStringLiteral("netmask")})) {
        c.netmask = p.netmask(QStringLiteral("<netmask>"));
        if (!c.netmask)
            return std::nullopt;
    }
    return finished(p, c);
}

ParsedCommand parseConduit(LineParser &p, bool)
{
    const auto entry = parseAclEntry(p);
    return entry ? std::optional<PixCommand>(ConduitCmd{*entry}) : std::nullopt;
}

ParsedCommand parseRoute(LineParser &p, bool)
{
    RouteCmd c;
    const auto ifName = p.word(kIfName);
    const auto net = p.address(QStringLiteral("<ip_address>"));
    const auto mask = p.netmask(QStringLiteral("<netmask>"));
    const auto gw = p.address(QStringLiteral("<gateway_ip>"));
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    c.network = *net;
    c.mask = *mask;
    c.gateway = *gw;
    if (!p.atEnd()) {
        const auto metric = p.number(QStringLiteral("<metric>"), 1, 16);
        if (!metric)
            return std::nullopt;
        c.metric = *metric;
    }
    return finished(p, c);
}

ParsedCommand parseIcmp(LineParser &p, bool)
{
    IcmpCmd c;
    const auto action = p.keyword({QStringLiteral("permit"), QStringLiteral("deny")});
    const auto source = parseAddressMatch(p);
    if (p.failed())
        return std::nullopt;
    c.action = *action == QLatin1String("permit") ? AclAction::Permit : AclAction::Deny;
    c.source = *source;
    if (p.remaining() == 2) {
        const int named = icmpTypeFromName(p.peek());
        c.icmpType = named >= 0 ? std::optional<int>(named) : p.number(QStringLiteral("<icmp_type>"), 0, 255);
        if (named >= 0)
            p.take();
    }
    const auto ifName = p.word(kIfName);
    if (p.failed())
        return std::nullopt;
    c.ifName = *ifName;
    return finished(p, c);
}

} // namespace vtd::gen::pix62
