// Printed forms of the sub-commands of IOS 12.2 blocks and of access-list entries.

#include "generators/secrets.h"
#include "ios122_print.h"
#include "ios122_print_internal.h"

namespace vtd::gen::ios122 {

using namespace model;

namespace {

QString l1(const char *text) { return QString::fromLatin1(text); }

QString addressText(const AddressMatch &a, bool standard)
{
    switch (a.kind) {
    case AddressMatch::Kind::Any: return l1("any");
    case AddressMatch::Kind::Host: return standard ? a.address.toString() : l1("host ") + a.address.toString();
    case AddressMatch::Kind::Network: break;
    }
    return a.address.toString() + u' ' + Ipv4Address(~a.mask.toUInt()).toString();
}

QString portText(const PortMatch &p)
{
    static const char *const ops[] = {"", "eq", "neq", "lt", "gt", "range"};
    if (p.op == PortOperator::None)
        return {};
    QString text = u' ' + l1(ops[int(p.op)]) + u' ' + (p.lowKeyword.isEmpty() ? QString::number(p.low) : p.lowKeyword);
    if (p.op == PortOperator::Range)
        text += u' ' + (p.highKeyword.isEmpty() ? QString::number(p.high) : p.highKeyword);
    return text;
}

QString protocolText(const AclProtocol &p)
{
    switch (p.kind) {
    case AclProtocol::Kind::Ip: return l1("ip");
    case AclProtocol::Kind::Icmp: return l1("icmp");
    case AclProtocol::Kind::Tcp: return l1("tcp");
    case AclProtocol::Kind::Udp: return l1("udp");
    case AclProtocol::Kind::Number: break;
    }
    return p.keyword.isEmpty() ? QString::number(p.number) : p.keyword;
}

QString lifetimeText(const IosSaLifetime &l)
{
    return (l.unit == IosSaLifetime::Unit::Seconds ? l1("lifetime seconds ") : l1("lifetime kilobytes "))
           + QString::number(l.value);
}

QString isakmpText(const IosIsakmpPolicyCommand &c)
{
    return std::visit(Overloaded{
                          [](IkeEncryption e) {
                              static const char *const names[] = {"des", "3des", "aes", "aes 192", "aes 256"};
                              return l1("encr ") + l1(names[int(e)]);
                          },
                          [](IkeHash h) { return l1(h == IkeHash::Md5 ? "hash md5" : "hash sha"); },
                          [](IkeAuthentication a) {
                              static const char *const names[] = {"pre-share", "rsa-sig", "rsa-encr"};
                              return l1("authentication ") + l1(names[int(a)]);
                          },
                          [](DhGroup g) { return l1("group ") + QString::number(int(g)); },
                          [](const IosIsakmpLifetime &l) { return l1("lifetime ") + QString::number(l.seconds); },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString cryptoMapText(const IosCryptoMapCommand &c)
{
    return std::visit(Overloaded{
                          [](const IosSetPeer &p) { return l1("set peer ") + p.peer.toString(); },
                          [](const IosSetSaLifetime &l) { return l1("set security-association ") + lifetimeText(l.lifetime); },
                          [](const IosSetTransformSet &t) { return l1("set transform-set ") + t.names.join(u' '); },
                          [](const IosSetPfs &p) {
                              return p.group ? l1("set pfs group") + QString::number(int(*p.group)) : l1("set pfs");
                          },
                          [](const IosMatchAddress &m) { return l1("match address ") + m.acl; },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString interfaceText(const IosInterfaceCommand &c)
{
    return std::visit(Overloaded{
                          [](const IosIpAddress &a) {
                              return l1("ip address ") + a.address.toString() + u' ' + a.mask.toString()
                                     + (a.secondary ? l1(" secondary") : QString());
                          },
                          [](const IosNoIpAddress &) { return l1("no ip address"); },
                          [](const IosShutdown &s) { return l1(s.shutdown ? "shutdown" : "no shutdown"); },
                          [](const IosDescription &d) { return l1("description ") + d.text; },
                          [](const IosEncapsulationDot1Q &e) {
                              return l1("encapsulation dot1Q ") + QString::number(e.vlan) + (e.native ? l1(" native") : QString());
                          },
                          [](const IosInterfaceCryptoMap &m) { return l1("crypto map ") + m.map; },
                          [](const IosIpNat &n) { return l1(n.side == IosIpNat::Side::Inside ? "ip nat inside" : "ip nat outside"); },
                          [](const IosIpAccessGroup &g) {
                              return l1("ip access-group ") + g.acl + (g.direction == IosIpAccessGroup::Direction::In ? l1(" in") : l1(" out"));
                          },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString lineText(const IosLineCommand &c, const PrintOptions &options)
{
    return std::visit(Overloaded{
                          [&](const IosLinePassword &p) {
                              return l1("password ") + secretText(p.encryption, p.value, p.isCleartext(), options);
                          },
                          [](const IosLogin &l) { return l1(l.local ? "login local" : "login"); },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString namedAclText(const IosNamedAclCommand &c, bool standard)
{
    return std::visit(Overloaded{
                          [&](const AccessListEntry &e) { return aclEntryText(e, standard); },
                          [](const IosAclRemark &r) { return l1("remark ") + r.text; },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString routeMapText(const IosRouteMapCommand &c)
{
    return std::visit(Overloaded{
                          [](const IosMatchIpAddress &m) { return l1("match ip address ") + m.acls.join(u' '); },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString transformSetText(const IosTransformSetCommand &c)
{
    return std::visit(Overloaded{
                          [](IpsecMode m) { return l1(m == IpsecMode::Tunnel ? "mode tunnel" : "mode transport"); },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

QString clientGroupText(const IosClientGroupCommand &c, const PrintOptions &options)
{
    static const char *const names[] = {"pool ", "dns ", "wins ", "domain "};
    return std::visit(Overloaded{
                          [&](const IosClientGroupKey &k) {
                              return l1("key ") + secretText(k.encryption, k.value, k.isCleartext(), options);
                          },
                          [](const IosClientGroupSetting &s) { return l1(names[int(s.kind)]) + s.values.join(u' '); },
                          [](const IosVerbatim &v) { return v.text; },
                      },
                      c);
}

/** Typed sub-commands get one space; verbatim ones keep their own indentation. */
template <class List, class Print> QStringList indented(const List &commands, Print print)
{
    QStringList lines;
    for (const auto &c : commands)
        lines << (std::holds_alternative<IosVerbatim>(c) ? print(c) : u' ' + print(c));
    return lines;
}

} // namespace

QString secretText(std::optional<int> encryption, const std::optional<QString> &value, bool cleartext,
                   const PrintOptions &options)
{
    const QString type = encryption ? QString::number(*encryption) + u' ' : QString();
    if (!value || (options.maskSecrets && cleartext))
        return type + maskedSecret();
    return type + *value;
}

QString aclEntryText(const AccessListEntry &e, bool standard)
{
    // IOS pads "deny" to the width of "permit" in access-list listings
    QString text = l1(e.action == AclAction::Permit ? "permit " : "deny   ");
    if (standard)
        return text + addressText(e.source, true) + (e.log ? l1(" log") : QString());
    text += protocolText(e.protocol) + u' ' + addressText(e.source, false) + portText(e.sourcePort) + u' '
            + addressText(e.destination, false) + portText(e.destinationPort);
    if (!e.icmpTypeKeyword.isEmpty())
        text += u' ' + e.icmpTypeKeyword;
    else if (e.icmpType)
        text += u' ' + QString::number(*e.icmpType);
    if (e.established)
        text += l1(" established");
    if (e.log)
        text += l1(" log");
    return text;
}

QStringList subCommandLines(const IosStatement &statement, const PrintOptions &options)
{
    return std::visit(Overloaded{
                          [](const IosInterface &b) { return indented(b.commands, interfaceText); },
                          [](const IosIsakmpPolicy &b) { return indented(b.commands, isakmpText); },
                          [](const IosTransformSet &b) { return indented(b.commands, transformSetText); },
                          [](const IosCryptoMapEntry &b) { return indented(b.commands, cryptoMapText); },
                          [](const IosDynamicMapEntry &b) { return indented(b.commands, cryptoMapText); },
                          [](const IosNamedAccessList &b) {
                              return indented(b.commands, [&b](const auto &c) { return namedAclText(c, b.standard); });
                          },
                          [](const IosRouteMap &b) { return indented(b.commands, routeMapText); },
                          [&](const IosLine &b) {
                              return indented(b.commands, [&](const auto &c) { return lineText(c, options); });
                          },
                          [&](const IosClientGroup &b) {
                              return indented(b.commands, [&](const auto &c) { return clientGroupText(c, options); });
                          },
                          [](const auto &) { return QStringList(); },
                      },
                      statement);
}

} // namespace vtd::gen::ios122
