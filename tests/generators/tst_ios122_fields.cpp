#include "generators/ios122/ios122_builder.h"
#include "generators/ios122/ios122_parser.h"
#include "generators/ios122/ios122_writer.h"
#include "model/diagnostic_catalog.h"

#include <QFile>
#include <QTest>

#include <functional>

using namespace vtd;
using namespace vtd::model;
using namespace vtd::gen::ios122;

namespace {

QString readData(const QString &relative)
{
    QFile file(QStringLiteral(VTD_TEST_DATA "/") + relative);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/** The n-th statement of type T and its index. */
template <class T> std::pair<T *, int> nth(IosConfig &c, int n = 0)
{
    for (int i = 0; i < c.statements.size(); ++i) {
        if (auto *t = std::get_if<T>(&c.statements[i]); t && n-- == 0)
            return {t, i};
    }
    return {nullptr, -1};
}

/** The n-th sub-command of type T in a block, and its index. */
template <class T, class Block> std::pair<T *, int> sub(Block &b, int n = 0)
{
    for (int i = 0; i < b.commands.size(); ++i) {
        if (auto *t = std::get_if<T>(&b.commands[i]); t && n-- == 0)
            return {t, i};
    }
    return {nullptr, -1};
}

/** Changes one typed field of the example configuration; returns the element it changed. */
using Mutation = std::function<IosElementRef(IosConfig &)>;

/** The entry of `access-list NUMBER` at position n among that number's lines. */
std::pair<AccessListEntry *, int> aclEntry(IosConfig &c, const QString &number, int n = 0)
{
    for (int i = 0; i < c.statements.size(); ++i) {
        auto *a = std::get_if<IosAccessList>(&c.statements[i]);
        if (a && a->number == number && n-- == 0)
            return {std::get_if<AccessListEntry>(&a->item), i};
    }
    return {nullptr, -1};
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

/** Every typed field changed at least once: the writer prints it on the line its line map names,
 *  and the text parses back to the changed value. */
class TstIos122Fields : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFieldPrintsAndParsesBack_data();
    void everyFieldPrintsAndParsesBack();
    void builtConfigIsCompleteAndCanonical();
    void builderIsIdempotentAndKeepsImportedContent();

private:
    void systemRows();
    void interfaceRows();
    void trafficRows();
    void aclEntryRows();
    void cryptoRows();
    void cryptoMapRows();
    IosConfig m_example;
};

void TstIos122Fields::initTestCase()
{
    const auto parsed = parseIosConfig(readData(QStringLiteral("ios122/crypto-router.cfg")));
    QVERIFY(parsed.diagnostics.isEmpty());
    m_example = parsed.config;
}

void TstIos122Fields::everyFieldPrintsAndParsesBack_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("line");
    systemRows();
    interfaceRows();
    trafficRows();
    aclEntryRows();
    cryptoRows();
    cryptoMapRows();
}

void TstIos122Fields::everyFieldPrintsAndParsesBack()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, line);
    IosConfig config = m_example;
    const IosElementRef ref = mutate(config);
    QVERIFY(ref.isValid());
    QVERIFY2(config != m_example, "the mutation changed nothing");
    const IosWriteResult written = writeIosConfig(config);
    const QStringList lines = written.text.split(u'\n');
    const int at = written.lineMap.lineOf(ref);
    QVERIFY(at > 0);
    QCOMPARE(lines.at(at - 1), line);
    QCOMPARE(written.lineMap.elementAt(at), ref);
    const IosParseResult back = parseIosConfig(written.text);
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(diagnosticLine(back.diagnostics.value(0))));
    QCOMPARE(back.config, config);
    // changed, so the header count follows the documented rule
    const qsizetype headerEnd = written.text.indexOf(u'\n', written.text.indexOf(QStringLiteral("Current configuration")));
    QVERIFY(written.text.contains(QStringLiteral("Current configuration : %1 bytes\n")
                                      .arg(currentConfigurationBytes(written.text.mid(headerEnd + 1)))));
}

void TstIos122Fields::systemRows()
{
    QTest::newRow("comment.text") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosComment>(c); s->text = QStringLiteral(" site B"); return IosElementRef{i, -1};
    }) << QStringLiteral("! site B");
    QTest::newRow("verbatim.text") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosVerbatim>(c, 3); s->text = QStringLiteral("ip domain-name example.org"); return IosElementRef{i, -1};
    }) << QStringLiteral("ip domain-name example.org");
    QTest::newRow("version") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosVersion>(c); s->version = QStringLiteral("12.3"); return IosElementRef{i, -1};
    }) << QStringLiteral("version 12.3");
    QTest::newRow("hostname") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosHostname>(c); s->name = QStringLiteral("edge-1"); return IosElementRef{i, -1};
    }) << QStringLiteral("hostname edge-1");
    QTest::newRow("banner.kind+delimiter+body") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosBanner>(c);
        s->kind = QStringLiteral("login"); s->delimiter = QStringLiteral("#"); s->body = QStringLiteral(" keep out ");
        return IosElementRef{i, -1};
    }) << QStringLiteral("banner login # keep out #");
    QTest::newRow("username.name+privilege") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosUsername>(c); s->name = QStringLiteral("root"); s->privilege = 7; return IosElementRef{i, -1};
    }) << QStringLiteral("username root privilege 7 password 0 Adm1n");
    QTest::newRow("username.secret+encryption+value") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosUsername>(c);
        s->secretKeyword = true; s->encryption = 5; s->value = QStringLiteral("$1$abcd$efgh"); s->privilege.reset();
        return IosElementRef{i, -1};
    }) << QStringLiteral("username admin secret 5 $1$abcd$efgh");
    QTest::newRow("username.no-type") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosUsername>(c); s->encryption.reset(); return IosElementRef{i, -1};
    }) << QStringLiteral("username admin privilege 15 password Adm1n");
    QTest::newRow("line.kind+first+last") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosLine>(c, 1); s->kind = IosLine::Kind::Tty; s->first = 1; s->last = 8; return IosElementRef{i, -1};
    }) << QStringLiteral("line tty 1 8");
    QTest::newRow("line.password") << Mutation([](IosConfig &c) {
        auto [l, i] = nth<IosLine>(c, 2); auto [p, j] = sub<IosLinePassword>(*l);
        p->encryption = 7; p->value = QStringLiteral("0822455D0A16"); return IosElementRef{i, j};
    }) << QStringLiteral(" password 7 0822455D0A16");
    QTest::newRow("line.login.local") << Mutation([](IosConfig &c) {
        auto [l, i] = nth<IosLine>(c, 2); auto [p, j] = sub<IosLogin>(*l); p->local = true; return IosElementRef{i, j};
    }) << QStringLiteral(" login local");
    QTest::newRow("line.verbatim") << Mutation([](IosConfig &c) {
        auto [l, i] = nth<IosLine>(c, 0); auto [v, j] = sub<IosVerbatim>(*l);
        v->text = QStringLiteral(" exec-timeout 5 0"); return IosElementRef{i, j};
    }) << QStringLiteral(" exec-timeout 5 0");
}

void TstIos122Fields::interfaceRows()
{
    QTest::newRow("interface.name+type") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 3); s->name = QStringLiteral("FastEthernet1/0.30"); s->subinterfaceType = QStringLiteral("multipoint");
        return IosElementRef{i, -1};
    }) << QStringLiteral("interface FastEthernet1/0.30 multipoint");
    QTest::newRow("ip address") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 1); auto [a, j] = sub<IosIpAddress>(*s);
        a->address = Ipv4Address(198, 51, 100, 1); a->mask = Ipv4Address(255, 255, 255, 248); return IosElementRef{i, j};
    }) << QStringLiteral(" ip address 198.51.100.1 255.255.255.248");
    QTest::newRow("ip address.secondary") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 0); auto [a, j] = sub<IosIpAddress>(*s, 1); a->secondary = false; return IosElementRef{i, j};
    }) << QStringLiteral(" ip address 192.168.2.1 255.255.255.0");
    QTest::newRow("no ip address") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 1); auto [a, j] = sub<IosIpAddress>(*s);
        s->commands[j] = IosNoIpAddress{}; return IosElementRef{i, j};
    }) << QStringLiteral(" no ip address");
    QTest::newRow("shutdown") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 0); auto [a, j] = sub<IosShutdown>(*s); a->shutdown = true; return IosElementRef{i, j};
    }) << QStringLiteral(" shutdown");
    QTest::newRow("description") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 0); auto [a, j] = sub<IosDescription>(*s);
        a->text = QStringLiteral("to  the core (2)"); return IosElementRef{i, j};
    }) << QStringLiteral(" description to  the core (2)");
    QTest::newRow("dot1Q") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 3); auto [a, j] = sub<IosEncapsulationDot1Q>(*s);
        a->vlan = 300; a->native = true; return IosElementRef{i, j};
    }) << QStringLiteral(" encapsulation dot1Q 300 native");
    QTest::newRow("interface crypto map") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 1); auto [a, j] = sub<IosInterfaceCryptoMap>(*s); a->map = QStringLiteral("vpn2");
        return IosElementRef{i, j};
    }) << QStringLiteral(" crypto map vpn2");
    QTest::newRow("ip nat side") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 0); auto [a, j] = sub<IosIpNat>(*s); a->side = IosIpNat::Side::Outside;
        return IosElementRef{i, j};
    }) << QStringLiteral(" ip nat outside");
    QTest::newRow("ip access-group") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 0); auto [a, j] = sub<IosIpAccessGroup>(*s);
        a->acl = QStringLiteral("MGMT"); a->direction = IosIpAccessGroup::Direction::Out; return IosElementRef{i, j};
    }) << QStringLiteral(" ip access-group MGMT out");
    QTest::newRow("interface.added-command") << Mutation([](IosConfig &c) {
        auto [s, i] = nth<IosInterface>(c, 2); s->commands << IosIpNat{IosIpNat::Side::Inside};
        return IosElementRef{i, int(s->commands.size()) - 1};
    }) << QStringLiteral(" ip nat inside");
}

void TstIos122Fields::trafficRows()
{
    QTest::newRow("route.prefix+mask+next-hop") << Mutation([](IosConfig &c) {
        auto [r, i] = nth<IosIpRoute>(c, 0);
        r->prefix = Ipv4Address(10, 1, 0, 0); r->mask = Ipv4Address(255, 255, 0, 0); r->nextHop = Ipv4Address(200, 1, 1, 3);
        return IosElementRef{i, -1};
    }) << QStringLiteral("ip route 10.1.0.0 255.255.0.0 200.1.1.3");
    QTest::newRow("route.options") << Mutation([](IosConfig &c) {
        auto [r, i] = nth<IosIpRoute>(c, 1);
        r->interface = QStringLiteral("Serial0/0"); r->distance = 5; r->name = QStringLiteral("backup"); r->permanent = false; r->tag = 99;
        return IosElementRef{i, -1};
    }) << QStringLiteral("ip route 10.0.0.0 255.0.0.0 Serial0/0 200.1.1.2 5 name backup tag 99");
    QTest::newRow("route.interface-only") << Mutation([](IosConfig &c) {
        auto [r, i] = nth<IosIpRoute>(c, 1);
        r->nextHop.reset(); r->distance.reset(); r->name.clear(); r->tag.reset(); r->permanent = true;
        return IosElementRef{i, -1};
    }) << QStringLiteral("ip route 10.0.0.0 255.0.0.0 Ethernet0/1 permanent");
    QTest::newRow("acl.number+remark") << Mutation([](IosConfig &c) {
        auto [a, i] = nth<IosAccessList>(c, 3); a->number = QStringLiteral("102"); a->item = IosAclRemark{QStringLiteral("hub B")};
        return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 102 remark hub B");
    QTest::newRow("named-acl.name+standard") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNamedAccessList>(c, 1); n->name = QStringLiteral("ADMIN"); return IosElementRef{i, -1};
    }) << QStringLiteral("ip access-list standard ADMIN");
    QTest::newRow("named-acl.extended") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNamedAccessList>(c, 1); n->standard = false;
        n->commands = {AccessListEntry{AclAction::Deny, {}, AddressMatch::any(), {}, AddressMatch::host(Ipv4Address(1, 2, 3, 4)), {}, {}, {}, false, true}};
        return IosElementRef{i, 0};
    }) << QStringLiteral(" deny   ip any host 1.2.3.4 log");
    QTest::newRow("named-acl.remark") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNamedAccessList>(c, 0); auto [r, j] = sub<IosAclRemark>(*n); r->text = QStringLiteral("changed");
        return IosElementRef{i, j};
    }) << QStringLiteral(" remark changed");
    QTest::newRow("named-acl.standard-entry") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNamedAccessList>(c, 1); auto [e, j] = sub<AccessListEntry>(*n);
        e->source = AddressMatch::network(Ipv4Address(10, 8, 0, 0), Ipv4Address(255, 255, 0, 0)); e->log = true;
        return IosElementRef{i, j};
    }) << QStringLiteral(" permit 10.8.0.0 0.0.255.255 log");
    QTest::newRow("nat.list+pool") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNatInsideSource>(c, 0);
        n->match = IosNatInsideSource::Match::List; n->matchName = QStringLiteral("9");
        n->target = IosNatInsideSource::Target::Pool; n->targetName = QStringLiteral("P2"); n->overload = false;
        return IosElementRef{i, -1};
    }) << QStringLiteral("ip nat inside source list 9 pool P2");
    QTest::newRow("nat.route-map+interface+overload") << Mutation([](IosConfig &c) {
        auto [n, i] = nth<IosNatInsideSource>(c, 1);
        n->match = IosNatInsideSource::Match::RouteMap; n->matchName = QStringLiteral("rm");
        n->target = IosNatInsideSource::Target::Interface; n->targetName = QStringLiteral("Serial0/0"); n->overload = true;
        return IosElementRef{i, -1};
    }) << QStringLiteral("ip nat inside source route-map rm interface Serial0/0 overload");
    QTest::newRow("route-map.header") << Mutation([](IosConfig &c) {
        auto [r, i] = nth<IosRouteMap>(c); r->name = QStringLiteral("NONAT"); r->action = AclAction::Deny; r->seq = 20;
        return IosElementRef{i, -1};
    }) << QStringLiteral("route-map NONAT deny 20");
    QTest::newRow("route-map.match") << Mutation([](IosConfig &c) {
        auto [r, i] = nth<IosRouteMap>(c); auto [m, j] = sub<IosMatchIpAddress>(*r);
        m->acls = {QStringLiteral("120"), QStringLiteral("VPN-B")}; return IosElementRef{i, j};
    }) << QStringLiteral(" match ip address 120 VPN-B");
}

void TstIos122Fields::aclEntryRows()
{
    QTest::newRow("entry.action+protocol-number") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("120"), 1);
        e->action = AclAction::Deny; e->protocol = AclProtocol{AclProtocol::Kind::Number, 47, {}}; return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 120 deny   47 192.168.1.0 0.0.0.255 any");
    QTest::newRow("entry.protocol-keyword") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("110"), 3);
        e->protocol = AclProtocol{AclProtocol::Kind::Number, 47, QStringLiteral("gre")}; return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 110 permit gre any any");
    QTest::newRow("entry.source+destination") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("101"), 1);
        e->source = AddressMatch::host(Ipv4Address(192, 168, 1, 7));
        e->destination = AddressMatch::network(Ipv4Address(10, 0, 0, 0), Ipv4Address(255, 0, 255, 0)); // non-contiguous
        return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 101 permit ip host 192.168.1.7 10.0.0.0 0.255.0.255");
    QTest::newRow("entry.ports") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("111"));
        e->protocol.kind = AclProtocol::Kind::Udp;
        e->sourcePort = PortMatch{PortOperator::Range, 500, 501, QStringLiteral("isakmp"), {}};
        e->destinationPort = PortMatch{PortOperator::Lt, 1024, 0, {}, {}}; e->established = false;
        return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 111 permit udp any range isakmp 501 any lt 1024");
    QTest::newRow("entry.port-keywords") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("111"));
        e->sourcePort = PortMatch{PortOperator::Eq, 23, 0, QStringLiteral("telnet"), {}};
        e->destinationPort = PortMatch{PortOperator::Range, 20, 80, QStringLiteral("ftp-data"), QStringLiteral("www")};
        return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 111 permit tcp any eq telnet any range ftp-data www established");
    QTest::newRow("entry.icmp-type") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("110"), 1); e->icmpType = 11; return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 110 permit icmp any host 192.168.1.1 11");
    QTest::newRow("entry.icmp-keyword") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("110"), 0);
        e->icmpType = 3; e->icmpTypeKeyword = QStringLiteral("unreachable"); e->log = true; return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 110 permit icmp any any unreachable log");
    QTest::newRow("entry.standard") << Mutation([](IosConfig &c) {
        auto [e, i] = aclEntry(c, QStringLiteral("7"), 2); e->source = AddressMatch::host(Ipv4Address(1, 1, 1, 1)); e->log = false;
        return IosElementRef{i, -1};
    }) << QStringLiteral("access-list 7 deny   1.1.1.1");
}

void TstIos122Fields::cryptoRows()
{
    QTest::newRow("isakmp.priority") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c, 1); p->priority = 30; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto isakmp policy 30");
    QTest::newRow("isakmp.encr") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c); p->commands[0] = IkeEncryption::Aes256; return IosElementRef{i, 0};
    }) << QStringLiteral(" encr aes 256");
    QTest::newRow("isakmp.hash") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c); p->commands[1] = IkeHash::Sha; return IosElementRef{i, 1};
    }) << QStringLiteral(" hash sha");
    QTest::newRow("isakmp.authentication") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c); p->commands[2] = IkeAuthentication::RsaEncr; return IosElementRef{i, 2};
    }) << QStringLiteral(" authentication rsa-encr");
    QTest::newRow("isakmp.group") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c); p->commands[3] = DhGroup::Group5; return IosElementRef{i, 3};
    }) << QStringLiteral(" group 5");
    QTest::newRow("isakmp.lifetime") << Mutation([](IosConfig &c) {
        auto [p, i] = nth<IosIsakmpPolicy>(c); p->commands[4] = IosIsakmpLifetime{28800}; return IosElementRef{i, 4};
    }) << QStringLiteral(" lifetime 28800");
    QTest::newRow("key.address") << Mutation([](IosConfig &c) {
        auto [k, i] = nth<IosIsakmpKey>(c, 0);
        k->key.key = QStringLiteral("n3w"); k->key.peer = Ipv4Address(10, 9, 0, 0); k->key.netmask = Ipv4Address(255, 255, 0, 0);
        k->key.noXauth = true; k->encryption = 0; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto isakmp key 0 n3w address 10.9.0.0 255.255.0.0 no-xauth");
    QTest::newRow("key.hostname") << Mutation([](IosConfig &c) {
        auto [k, i] = nth<IosIsakmpKey>(c, 1); k->hostname = QStringLiteral("peer.example.net"); k->key.noXauth = false;
        k->key.peer = Ipv4Address(); k->key.netmask.reset();
        k->encryption.reset(); return IosElementRef{i, -1};
    }) << QStringLiteral("crypto isakmp key wild hostname peer.example.net");
    QTest::newRow("identity") << Mutation([](IosConfig &c) {
        auto [k, i] = nth<IosIsakmpIdentity>(c); k->kind = IosIsakmpIdentity::Kind::Dn; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto isakmp identity dn");
    QTest::newRow("transform-set.name+transforms") << Mutation([](IosConfig &c) {
        auto [t, i] = nth<IosTransformSet>(c);
        t->name = QStringLiteral("T2"); t->transforms = {IpsecTransform::AhMd5Hmac, IpsecTransform::EspAes192, IpsecTransform::EspShaHmac};
        return IosElementRef{i, -1};
    }) << QStringLiteral("crypto ipsec transform-set T2 ah-md5-hmac esp-aes 192 esp-sha-hmac");
    QTest::newRow("transform-set.esp-null") << Mutation([](IosConfig &c) {
        auto [t, i] = nth<IosTransformSet>(c, 1); t->transforms = {IpsecTransform::EspNull, IpsecTransform::EspMd5Hmac};
        return IosElementRef{i, -1};
    }) << QStringLiteral("crypto ipsec transform-set STRONG esp-null esp-md5-hmac");
    QTest::newRow("transform-set.mode") << Mutation([](IosConfig &c) {
        auto [t, i] = nth<IosTransformSet>(c, 1); t->commands[0] = IpsecMode::Transport; return IosElementRef{i, 0};
    }) << QStringLiteral(" mode transport");
    QTest::newRow("ipsec lifetime") << Mutation([](IosConfig &c) {
        auto [l, i] = nth<IosIpsecLifetime>(c); l->lifetime = IosSaLifetime{IosSaLifetime::Unit::Kilobytes, 9000000};
        return IosElementRef{i, -1};
    }) << QStringLiteral("crypto ipsec security-association lifetime kilobytes 9000000");
}

void TstIos122Fields::cryptoMapRows()
{
    QTest::newRow("map.name+seq") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c, 1); m->map = QStringLiteral("vpn"); m->seq = 25; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn 25 ipsec-isakmp");
    QTest::newRow("map.kind-dynamic") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c, 2); m->dynamicMap = QStringLiteral("DYN2"); return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn 30 ipsec-isakmp dynamic DYN2");
    QTest::newRow("map.kind-manual") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c, 2); m->kind = CryptoMapEntry::Kind::IpsecManual; m->dynamicMap.clear();
        return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn 30 ipsec-manual");
    QTest::newRow("map.set-peer") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c); auto [p, j] = sub<IosSetPeer>(*m); p->peer = Ipv4Address(193, 0, 0, 6);
        return IosElementRef{i, j};
    }) << QStringLiteral(" set peer 193.0.0.6");
    QTest::newRow("map.set-lifetime") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c); auto [p, j] = sub<IosSetSaLifetime>(*m, 1);
        p->lifetime = IosSaLifetime{IosSaLifetime::Unit::Seconds, 600}; return IosElementRef{i, j};
    }) << QStringLiteral(" set security-association lifetime seconds 600");
    QTest::newRow("map.set-transform-set") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c); auto [p, j] = sub<IosSetTransformSet>(*m);
        p->names = {QStringLiteral("STRONG"), QStringLiteral("TRANS")}; return IosElementRef{i, j};
    }) << QStringLiteral(" set transform-set STRONG TRANS");
    QTest::newRow("map.set-pfs") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c, 1); auto [p, j] = sub<IosSetPfs>(*m); p->group = DhGroup::Group1;
        return IosElementRef{i, j};
    }) << QStringLiteral(" set pfs group1");
    QTest::newRow("map.match-address") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosCryptoMapEntry>(c); auto [p, j] = sub<IosMatchAddress>(*m); p->acl = QStringLiteral("CRYPTO");
        return IosElementRef{i, j};
    }) << QStringLiteral(" match address CRYPTO");
    QTest::newRow("dynamic-map.name+seq") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosDynamicMapEntry>(c); m->map = QStringLiteral("CLIENTS"); m->seq = 65535; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto dynamic-map CLIENTS 65535");
    QTest::newRow("dynamic-map.set-pfs") << Mutation([](IosConfig &c) {
        auto [m, i] = nth<IosDynamicMapEntry>(c); m->commands << IosSetPfs{DhGroup::Group2};
        return IosElementRef{i, int(m->commands.size()) - 1};
    }) << QStringLiteral(" set pfs group2");
    QTest::newRow("map-option.local-address") << Mutation([](IosConfig &c) {
        auto [o, i] = nth<IosCryptoMapOption>(c, 0); o->map = QStringLiteral("vpn2"); o->value = QStringLiteral("Loopback0");
        return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn2 local-address Loopback0");
    QTest::newRow("map-option.isakmp-authorization") << Mutation([](IosConfig &c) {
        auto [o, i] = nth<IosCryptoMapOption>(c, 1);
        o->kind = IosCryptoMapOption::Kind::IsakmpAuthorizationList; o->value = QStringLiteral("groupauth"); return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn isakmp authorization list groupauth");
    QTest::newRow("map-option.client-configuration") << Mutation([](IosConfig &c) {
        auto [o, i] = nth<IosCryptoMapOption>(c, 2); o->mode = ClientConfigurationMode::Initiate; return IosElementRef{i, -1};
    }) << QStringLiteral("crypto map vpn client configuration address initiate");
}

void TstIos122Fields::builtConfigIsCompleteAndCanonical()
{
    // Only typed statements, in a deliberately scrambled order, without any default line.
    IosConfig model;
    IosInterface outside{QStringLiteral("Ethernet0/1"), {}, {IosIpAddress{Ipv4Address(200, 1, 1, 1), Ipv4Address(255, 255, 255, 252), false},
                                                            IosIpNat{IosIpNat::Side::Outside}, IosInterfaceCryptoMap{QStringLiteral("vpn")}}};
    IosInterface inside{QStringLiteral("Ethernet0/0"), {}, {IosIpAddress{Ipv4Address(192, 168, 1, 1), Ipv4Address(255, 255, 255, 0), false},
                                                           IosIpNat{IosIpNat::Side::Inside}}};
    model.statements = {
        IosAccessList{QStringLiteral("120"), AccessListEntry{}},
        IosCryptoMapEntry{QStringLiteral("vpn"), 20, CryptoMapEntry::Kind::IpsecIsakmp, {}, {IosSetPeer{Ipv4Address(193, 0, 0, 9)}}},
        IosCryptoMapEntry{QStringLiteral("vpn"), 10, CryptoMapEntry::Kind::IpsecIsakmp, {},
                          {IosSetPeer{Ipv4Address(193, 0, 0, 5)}, IosSetTransformSet{{QStringLiteral("TRANS")}}, IosMatchAddress{QStringLiteral("101")}}},
        outside,
        IosIpRoute{Ipv4Address(), Ipv4Address(), {}, Ipv4Address(200, 1, 1, 2), {}, {}, false, {}},
        IosHostname{QStringLiteral("branch")},
        IosIsakmpKey{{}, PreSharedKey{Ipv4Address(193, 0, 0, 5), {}, QStringLiteral("k"), false, false}, {}},
        IosIsakmpPolicy{20, {IkeAuthentication::PreShare}},
        IosIsakmpPolicy{10, {IkeEncryption::TripleDes, IkeAuthentication::PreShare, DhGroup::Group2}},
        inside,
        IosTransformSet{QStringLiteral("TRANS"), {IpsecTransform::EspDes, IpsecTransform::EspShaHmac}, {}},
        IosNatInsideSource{IosNatInsideSource::Match::RouteMap, QStringLiteral("nonat"), IosNatInsideSource::Target::Interface,
                           QStringLiteral("Ethernet0/1"), true},
        IosAccessList{QStringLiteral("101"), AccessListEntry{}},
        IosRouteMap{QStringLiteral("nonat"), AclAction::Permit, 10, {IosMatchIpAddress{{QStringLiteral("120")}}}},
    };
    const IosConfig complete = completeIosConfig(model);
    const IosWriteResult written = writeIosConfig(complete);
    const QString expected = readData(QStringLiteral("ios122/built-branch.cfg"));
    QCOMPARE(written.text, expected);
    const IosParseResult back = parseIosConfig(written.text);
    QVERIFY2(back.diagnostics.isEmpty(), qPrintable(diagnosticLine(back.diagnostics.value(0))));
    QCOMPARE(back.config, complete);
    // every model statement is in the complete configuration
    for (const IosStatement &s : model.statements)
        QVERIFY(complete.statements.contains(s));
    // A configuration of nothing at all is still a complete one.
    const QString empty = writeIosConfig(completeIosConfig(IosConfig{})).text;
    QVERIFY(empty.contains(QStringLiteral("hostname Router\n")));
    QVERIFY(empty.endsWith(QStringLiteral("line con 0\nline aux 0\nline vty 0 4\n login\n!\nend\n")));
    QCOMPARE(parseIosConfig(empty).config, completeIosConfig(IosConfig{}));
}

void TstIos122Fields::builderIsIdempotentAndKeepsImportedContent()
{
    for (const QString &file : {QStringLiteral("seed/configs/carrion.cfg"), QStringLiteral("ios122/crypto-router.cfg")}) {
        const IosConfig imported = parseIosConfig(readData(file)).config;
        const IosConfig once = completeIosConfig(imported);
        QCOMPARE(completeIosConfig(once), once);
        QCOMPARE(parseIosConfig(writeIosConfig(once).text).config, once);
        // the typed views are unchanged by reordering
        QCOMPARE(once.accessLists(), imported.accessLists());
        QCOMPARE(once.cryptoMaps(), imported.cryptoMaps());
        QCOMPARE(once.isakmpPolicies(), imported.isakmpPolicies());
        QCOMPARE(once.routes(), imported.routes());
        QCOMPARE(once.interfaces().size(), imported.interfaces().size());
    }
}

QTEST_GUILESS_MAIN(TstIos122Fields)
#include "tst_ios122_fields.moc"
