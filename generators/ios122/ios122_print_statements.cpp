// Printed forms of the top-level IOS 12.2 statements (block headers included).

#include "ios122_print.h"
#include "ios122_print_internal.h"

namespace vtd::gen::ios122 {

using namespace model;

namespace {

QString l1(const char *text) { return QString::fromLatin1(text); }

QString lineHeader(const IosLine &l)
{
    static const char *const kinds[] = {"con", "aux", "vty", "tty"};
    QString text = l1("line ") + l1(kinds[int(l.kind)]) + u' ' + QString::number(l.first);
    if (l.last)
        text += u' ' + QString::number(*l.last);
    return text;
}

QString usernameText(const IosUsername &u, const PrintOptions &options)
{
    QString text = l1("username ") + u.name;
    if (u.privilege)
        text += l1(" privilege ") + QString::number(*u.privilege);
    text += u.secretKeyword ? l1(" secret ") : l1(" password ");
    return text + secretText(u.encryption, u.value, u.isCleartext(), options);
}

QString methodListText(const IosAaaMethodList &m)
{
    const char *head = m.service == IosAaaMethodList::Service::AuthenticationLogin ? "aaa authentication login "
                                                                                   : "aaa authorization network ";
    return l1(head) + m.list + u' ' + m.methods.join(u' ');
}

QString serverHostText(const IosAaaServerHost &h, const PrintOptions &options)
{
    QString text = l1(h.protocol == IosAaaServerHost::Protocol::Radius ? "radius-server host " : "tacacs-server host ")
                   + h.address.toString();
    if (h.authPort)
        text += l1(" auth-port ") + QString::number(*h.authPort);
    if (h.acctPort)
        text += l1(" acct-port ") + QString::number(*h.acctPort);
    if (h.hasKey)
        text += l1(" key ") + secretText(h.keyEncryption, h.key, h.isCleartext(), options);
    return text;
}

QString routeText(const IosIpRoute &r)
{
    QString text = l1("ip route ") + r.prefix.toString() + u' ' + r.mask.toString();
    if (!r.interface.isEmpty())
        text += u' ' + r.interface;
    if (r.nextHop)
        text += u' ' + r.nextHop->toString();
    if (r.distance)
        text += u' ' + QString::number(*r.distance);
    if (!r.name.isEmpty())
        text += l1(" name ") + r.name;
    if (r.permanent)
        text += l1(" permanent");
    if (r.tag)
        text += l1(" tag ") + QString::number(*r.tag);
    return text;
}

QString aclText(const IosAccessList &a)
{
    const QString head = l1("access-list ") + a.number + u' ';
    if (const auto *r = std::get_if<IosAclRemark>(&a.item))
        return head + l1("remark ") + r->text;
    return head + aclEntryText(std::get<AccessListEntry>(a.item), isStandardAclNumber(a.number));
}

QString natText(const IosNatInsideSource &n)
{
    return l1("ip nat inside source ") + (n.match == IosNatInsideSource::Match::List ? l1("list ") : l1("route-map "))
           + n.matchName + (n.target == IosNatInsideSource::Target::Interface ? l1(" interface ") : l1(" pool "))
           + n.targetName + (n.overload ? l1(" overload") : QString());
}

QString keyText(const IosIsakmpKey &k, const PrintOptions &options)
{
    QString text = l1("crypto isakmp key ") + secretText(k.encryption, k.key.key, k.isCleartext(), options);
    if (!k.hostname.isEmpty()) {
        text += l1(" hostname ") + k.hostname;
    } else {
        text += l1(" address ") + k.key.peer.toString();
        if (k.key.netmask)
            text += u' ' + k.key.netmask->toString();
    }
    return text + (k.key.noXauth ? l1(" no-xauth") : QString());
}

QString identityText(const IosIsakmpIdentity &i)
{
    static const char *const kinds[] = {"address", "hostname", "dn"};
    return l1("crypto isakmp identity ") + l1(kinds[int(i.kind)]);
}

QString transformSetText(const IosTransformSet &t)
{
    QString text = l1("crypto ipsec transform-set ") + t.name;
    for (IpsecTransform x : t.transforms)
        text += u' ' + transformName(x);
    return text;
}

QString mapEntryText(const IosCryptoMapEntry &e)
{
    QString text = l1("crypto map ") + e.map + u' ' + QString::number(e.seq);
    if (e.kind == CryptoMapEntry::Kind::IpsecManual)
        return text + l1(" ipsec-manual");
    text += l1(" ipsec-isakmp");
    if (e.kind == CryptoMapEntry::Kind::Dynamic)
        text += l1(" dynamic ") + e.dynamicMap;
    return text;
}

QString mapOptionText(const IosCryptoMapOption &o)
{
    const QString head = l1("crypto map ") + o.map + u' ';
    switch (o.kind) {
    case IosCryptoMapOption::Kind::LocalAddress: return head + l1("local-address ") + o.value;
    case IosCryptoMapOption::Kind::ClientAuthenticationList: return head + l1("client authentication list ") + o.value;
    case IosCryptoMapOption::Kind::IsakmpAuthorizationList: return head + l1("isakmp authorization list ") + o.value;
    case IosCryptoMapOption::Kind::ClientConfigurationAddress: break;
    }
    return head + l1("client configuration address ")
           + l1(o.mode == ClientConfigurationMode::Initiate ? "initiate" : "respond");
}

QString one(const IosStatement &s, const PrintOptions &options)
{
    return std::visit(
        Overloaded{
            [](const IosBuilding &) { return l1("Building configuration..."); },
            [](const IosCurrentConfiguration &c) { return l1("Current configuration : ") + QString::number(c.bytes) + l1(" bytes"); },
            [](const IosComment &c) { return u'!' + c.text; },
            [](const IosVerbatim &v) { return v.text; },
            [](const IosEnd &) { return l1("end"); },
            [](const IosVersion &v) { return l1("version ") + v.version; },
            [](const IosHostname &h) { return l1("hostname ") + h.name; },
            [](const IosBanner &b) { return l1("banner ") + b.kind + u' ' + b.delimiter + b.body + b.delimiter; },
            [&](const IosUsername &u) { return usernameText(u, options); },
            [](const IosAaaNewModel &) { return l1("aaa new-model"); },
            [](const IosAaaMethodList &m) { return methodListText(m); },
            [&](const IosAaaServerHost &h) { return serverHostText(h, options); },
            [](const IosClientGroup &g) { return l1("crypto isakmp client configuration group ") + g.name; },
            [](const IosLine &l) { return lineHeader(l); },
            [](const IosInterface &i) {
                return l1("interface ") + i.name + (i.subinterfaceType.isEmpty() ? QString() : u' ' + i.subinterfaceType);
            },
            [](const IosIpRoute &r) { return routeText(r); },
            [](const IosAccessList &a) { return aclText(a); },
            [](const IosNamedAccessList &n) { return l1(n.standard ? "ip access-list standard " : "ip access-list extended ") + n.name; },
            [](const IosNatInsideSource &n) { return natText(n); },
            [](const IosRouteMap &r) {
                return l1("route-map ") + r.name + (r.action == AclAction::Permit ? l1(" permit ") : l1(" deny ")) + QString::number(r.seq);
            },
            [](const IosIsakmpPolicy &p) { return l1("crypto isakmp policy ") + QString::number(p.priority); },
            [&](const IosIsakmpKey &k) { return keyText(k, options); },
            [](const IosIsakmpIdentity &i) { return identityText(i); },
            [](const IosTransformSet &t) { return transformSetText(t); },
            [](const IosIpsecLifetime &l) {
                return l1("crypto ipsec security-association lifetime ")
                       + l1(l.lifetime.unit == IosSaLifetime::Unit::Seconds ? "seconds " : "kilobytes ")
                       + QString::number(l.lifetime.value);
            },
            [](const IosCryptoMapEntry &e) { return mapEntryText(e); },
            [](const IosDynamicMapEntry &e) { return l1("crypto dynamic-map ") + e.map + u' ' + QString::number(e.seq); },
            [](const IosCryptoMapOption &o) { return mapOptionText(o); },
        },
        s);
}

} // namespace

QString transformName(IpsecTransform transform)
{
    static const char *const names[] = {"ah-md5-hmac", "ah-sha-hmac", "esp-des", "esp-3des", "esp-aes",
                                        "esp-aes 192", "esp-aes 256", "esp-null", "esp-md5-hmac", "esp-sha-hmac"};
    return l1(names[int(transform)]);
}

QStringList statementLines(const IosStatement &statement, const PrintOptions &options)
{
    // a banner's text keeps its own line breaks
    return one(statement, options).split(u'\n');
}

} // namespace vtd::gen::ios122
