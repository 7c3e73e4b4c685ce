// Printing access lists, translation rules, conduits and routes.

#include "pix62_format.h"
#include "pix62_keywords.h"

namespace vtd::gen::pix62 {

using namespace model;

namespace {

QString protocolText(const AclProtocol &p)
{
    switch (p.kind) {
    case AclProtocol::Kind::Ip: return QStringLiteral("ip");
    case AclProtocol::Kind::Icmp: return QStringLiteral("icmp");
    case AclProtocol::Kind::Tcp: return QStringLiteral("tcp");
    case AclProtocol::Kind::Udp: return QStringLiteral("udp");
    case AclProtocol::Kind::Number: return protocolName(p.number);
    }
    return QString::number(p.number);
}

QString portMatchText(const PortMatch &m, bool udp)
{
    static const char *const ops[] = {"", "eq", "neq", "lt", "gt", "range"};
    if (m.op == PortOperator::None)
        return {};
    QString text = u' ' + QLatin1String(ops[int(m.op)]) + u' ' + portName(m.low, udp);
    if (m.op == PortOperator::Range)
        text += u' ' + portName(m.high, udp);
    return text;
}

QString lineNumber(const std::optional<int> &line)
{
    return line ? QStringLiteral(" line %1").arg(*line) : QString();
}

QString translationTail(bool dns, bool outside, int maxConns, int emb, bool norandomseq)
{
    QString tail;
    if (dns)
        tail += QStringLiteral(" dns");
    if (outside)
        tail += QStringLiteral(" outside");
    tail += QStringLiteral(" %1 %2").arg(maxConns).arg(emb);
    if (norandomseq)
        tail += QStringLiteral(" norandomseq");
    return tail;
}

} // namespace

QString formatAddressMatch(const AddressMatch &m)
{
    const QString address = m.alias.isEmpty() ? m.address.toString() : m.alias;
    switch (m.kind) {
    case AddressMatch::Kind::Any: return QStringLiteral("any");
    case AddressMatch::Kind::Host: return QStringLiteral("host ") + address;
    case AddressMatch::Kind::Network: return address + u' ' + m.mask.toString();
    }
    return {};
}

QString formatAclEntry(const AccessListEntry &e)
{
    const bool udp = e.protocol.kind == AclProtocol::Kind::Udp;
    QString line = e.action == AclAction::Permit ? QStringLiteral("permit ") : QStringLiteral("deny ");
    line += protocolText(e.protocol) + u' ' + formatAddressMatch(e.source) + portMatchText(e.sourcePort, udp);
    line += u' ' + formatAddressMatch(e.destination) + portMatchText(e.destinationPort, udp);
    if (e.icmpType)
        line += u' ' + icmpTypeName(*e.icmpType);
    if (e.log)
        line += QStringLiteral(" log");
    return line;
}

QString formatLine(const AccessListCmd &c, SecretMode)
{
    return QStringLiteral("access-list ") + c.name + lineNumber(c.line) + u' ' + formatAclEntry(c.entry);
}

QString formatLine(const AccessListRemarkCmd &c, SecretMode)
{
    return QStringLiteral("access-list ") + c.name + lineNumber(c.line) + QStringLiteral(" remark ") + c.text;
}

QString formatLine(const AccessGroupCmd &c, SecretMode)
{
    return QStringLiteral("access-group %1 in interface %2").arg(c.acl, c.ifName);
}

QString formatLine(const NatCmd &c, SecretMode)
{
    const QString head = QStringLiteral("nat (%1) %2 ").arg(c.ifName).arg(c.id);
    if (!c.accessList.isEmpty())
        return head + QStringLiteral("access-list ") + c.accessList;
    return head + c.address.toString() + u' ' + c.mask.toString()
        + translationTail(c.dns, c.outside, c.maxConns, c.embryonicLimit, c.norandomseq);
}

QString formatLine(const GlobalCmd &c, SecretMode)
{
    QString line = QStringLiteral("global (%1) %2 ").arg(c.ifName).arg(c.id);
    if (c.interface)
        return line + QStringLiteral("interface");
    line += c.first.toString();
    if (c.last)
        line += u'-' + c.last->toString();
    if (c.netmask)
        line += QStringLiteral(" netmask ") + c.netmask->toString();
    return line;
}

QString formatLine(const StaticCmd &c, SecretMode)
{
    const bool udp = c.portProtocol == AclProtocol::Kind::Udp;
    QString line = QStringLiteral("static (%1,%2) ").arg(c.realIf, c.mappedIf);
    if (c.portProtocol)
        line += udp ? QStringLiteral("udp ") : QStringLiteral("tcp ");
    line += c.mappedInterface ? QStringLiteral("interface") : c.mapped.toString();
    if (c.portProtocol)
        line += u' ' + portName(c.mappedPort, udp);
    line += u' ' + c.real.toString();
    if (c.portProtocol)
        line += u' ' + portName(c.realPort, udp);
    line += QStringLiteral(" netmask ") + c.netmask.toString();
    return line + translationTail(c.dns, false, c.maxConns, c.embryonicLimit, c.norandomseq);
}

QString formatLine(const ConduitCmd &c, SecretMode) { return QStringLiteral("conduit ") + formatAclEntry(c.entry); }

QString formatLine(const RouteCmd &c, SecretMode)
{
    return QStringLiteral("route %1 %2 %3 %4 %5")
        .arg(c.ifName, c.network.toString(), c.mask.toString(), c.gateway.toString())
        .arg(c.metric);
}

} // namespace vtd::gen::pix62
