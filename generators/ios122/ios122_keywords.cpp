#include "ios122_keywords.h"

#include <utility>

namespace vtd::gen::ios122 {

namespace {

using NamedNumber = std::pair<const char *, int>;

// IOS 12.2 access-list port literals (Cisco IOS IP Command Reference, access-list extended).
constexpr NamedNumber kTcpPorts[] = {
    {"bgp", 179}, {"chargen", 19}, {"cmd", 514}, {"daytime", 13}, {"discard", 9},
    {"domain", 53}, {"echo", 7}, {"exec", 512}, {"finger", 79}, {"ftp", 21},
    {"ftp-data", 20}, {"gopher", 70}, {"hostname", 101}, {"ident", 113}, {"irc", 194},
    {"klogin", 543}, {"kshell", 544}, {"login", 513}, {"lpd", 515}, {"nntp", 119},
    {"pim-auto-rp", 496}, {"pop2", 109}, {"pop3", 110}, {"smtp", 25}, {"sunrpc", 111},
    {"tacacs", 49}, {"talk", 517}, {"telnet", 23}, {"time", 37}, {"uucp", 540},
    {"whois", 43}, {"www", 80},
};

constexpr NamedNumber kUdpPorts[] = {
    {"biff", 512}, {"bootpc", 68}, {"bootps", 67}, {"discard", 9}, {"dnsix", 195},
    {"domain", 53}, {"echo", 7}, {"isakmp", 500}, {"mobile-ip", 434}, {"nameserver", 42},
    {"netbios-dgm", 138}, {"netbios-ns", 137}, {"netbios-ss", 139}, {"ntp", 123},
    {"pim-auto-rp", 496}, {"rip", 520}, {"snmp", 161}, {"snmptrap", 162}, {"sunrpc", 111},
    {"syslog", 514}, {"tacacs", 49}, {"talk", 517}, {"tftp", 69}, {"time", 37},
    {"who", 513}, {"xdmcp", 177},
};

constexpr NamedNumber kIcmpTypes[] = {
    {"echo-reply", 0}, {"unreachable", 3}, {"source-quench", 4}, {"redirect", 5},
    {"alternate-address", 6}, {"echo", 8}, {"router-advertisement", 9},
    {"router-solicitation", 10}, {"time-exceeded", 11}, {"parameter-problem", 12},
    {"timestamp-request", 13}, {"timestamp-reply", 14}, {"information-request", 15},
    {"information-reply", 16}, {"mask-request", 17}, {"mask-reply", 18}, {"traceroute", 30},
    {"conversion-error", 31}, {"mobile-redirect", 32},
};

constexpr NamedNumber kProtocols[] = {
    {"ahp", 51}, {"eigrp", 88}, {"esp", 50}, {"gre", 47}, {"igmp", 2}, {"igrp", 9},
    {"ipinip", 94}, {"nos", 4}, {"ospf", 89}, {"pcp", 108}, {"pim", 103},
};

template <std::size_t N> int numberOf(const NamedNumber (&table)[N], const QString &word)
{
    for (const auto &[name, number] : table) {
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return number;
    }
    return -1;
}

template <std::size_t N> QStringList namesOf(const NamedNumber (&table)[N])
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.first);
    return names;
}

QStringList split(const char *words)
{
    return QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

namespace keywords {

// Global configuration mode of IOS 12.2 (mainline and T train, router images).
const QStringList &global()
{
    static const QStringList k = split(
        "aaa access-list alias appletalk arap arp async-bootp autonomous-system banner boot "
        "bridge bstun buffers busy-message call call-history-mib cdp chat-script class-map clns "
        "clock config-register controller crypto decnet default default-value define dial-peer "
        "dialer dialer-list dlsw dnsix-dmdp dnsix-nat downward-compatible-config dspu dss enable "
        "end endnode exception exit file frame-relay gatekeeper gateway hostname interface ip "
        "ipc ipv6 ipx isdn isis key kron lane line llc2 locaddr-priority-list logging login "
        "map-class map-list memory-size mgcp microcode modemcap mop mpls mpoa multilink "
        "netbios no ntp num-exp parser partition policy-map printer priority-list privilege "
        "queue-list radius-server resume-string rlogin rmon route-map router rtr scheduler "
        "service sgbp sna snmp-server source-bridge spanning-tree stackmaker state-machine stun "
        "subscriber-policy tacacs-server template terminal-queue tftp-server time-range "
        "translate tunnel username version vines virtual-profile voice vpdn vpdn-group x25 x29 "
        "xns");
    return k;
}

const QStringList &globalIp()
{
    static const QStringList k = split(
        "access-list accounting-list accounting-threshold accounting-transits address-pool "
        "alias as-path audit auth-proxy bgp-community bootp cef classless community-list "
        "default-gateway default-network dhcp dhcp-server dns domain-list domain-lookup "
        "domain-name dvmrp explicit-path extcommunity-list finger flow-aggregation flow-cache "
        "flow-export forward-protocol ftp gdp host hp-host http icmp igmp inspect kerberos "
        "local mrm mroute multicast multicast-routing name-server nat ospf pim policy-list "
        "prefix-list radius rarp rcmd reflexive-list route routing rsvp rtcp sap scp sdr "
        "security slb source-route ssh subnet-zero tacacs tcp telnet tftp urd vrf wccp");
    return k;
}

const QStringList &crypto()
{
    static const QStringList k = split("ca dynamic-map engine ipsec isakmp key map mib");
    return k;
}

const QStringList &cryptoIsakmp()
{
    static const QStringList k = split("client enable identity keepalive key nat peer policy profile");
    return k;
}

const QStringList &cryptoIpsec()
{
    static const QStringList k = split("df-bit nat-transparency optional security-association transform-set");
    return k;
}

const QStringList &interfaceMode()
{
    static const QStringList k = split(
        "access-expression appletalk arp autodetect backup bandwidth bridge-group carrier-delay "
        "cdp channel-group clock clns compress crypto custom-queue-list dampening dce-terminal-timing-enable "
        "default delay description dialer dialer-group down-when-looped duplex dxi encapsulation "
        "exit fair-queue frame-relay framing full-duplex half-duplex hold-queue hssi idle-character "
        "ignore-dcd invert ip ipv6 ipx isdn keepalive lan-name llc2 load-interval logging loopback "
        "mac-address max-reserved-bandwidth media-type mop mpls mtu multilink-group netbios no "
        "ntp ppp priority-group pulse-time random-detect rate-limit serial service-policy "
        "shutdown smds snapshot snmp speed standby timeout traffic-shape transmit-interface "
        "tx-ring-limit vrf x25");
    return k;
}

const QStringList &interfaceIp()
{
    static const QStringList k = split(
        "access-group accounting address authentication bandwidth-percent broadcast-address "
        "cgmp dhcp directed-broadcast dvmrp flow hello-interval helper-address hold-time igmp "
        "inspect irdp load-sharing mask-reply mobile mroute-cache mtu multicast nat nbar ospf "
        "pim policy proxy-arp rarp-server redirects rgmp rip route-cache router rsvp rtp sap "
        "security split-horizon summary-address tcp unnumbered unreachables urd verify vrf wccp");
    return k;
}

const QStringList &isakmpPolicyMode()
{
    static const QStringList k = split("authentication default encryption exit group hash lifetime no");
    return k;
}

const QStringList &cryptoMapMode()
{
    static const QStringList k = split("description exit match no set");
    return k;
}

const QStringList &lineMode()
{
    static const QStringList k = split(
        "absolute-timeout access-class activation-character autobaud autocommand autohangup "
        "autoselect data-character-bits databits default disconnect-character dispatch-character "
        "editing escape-character exec exec-banner exec-character-bits exec-timeout exit "
        "flowcontrol history hold-character insecure length location lockable logging login "
        "logout-warning modem monitor motd-banner no notify padding parity password privilege "
        "refuse-message rotary session-disconnect-warning session-limit session-timeout speed "
        "start-character stop-character stopbits terminal-type timeout transport vacant-message width");
    return k;
}

const QStringList &routeMapMode()
{
    static const QStringList k = split("continue default description exit match no set");
    return k;
}

const QStringList &aclProtocols()
{
    static const QStringList k = QStringList{QStringLiteral("ip"), QStringLiteral("icmp"),
                                             QStringLiteral("tcp"), QStringLiteral("udp")}
                                 + namesOf(kProtocols);
    return k;
}

} // namespace keywords

int portNumber(const QString &name, bool udp)
{
    return udp ? numberOf(kUdpPorts, name) : numberOf(kTcpPorts, name);
}

QStringList portNames(bool udp)
{
    return udp ? namesOf(kUdpPorts) : namesOf(kTcpPorts);
}

int icmpTypeNumber(const QString &name)
{
    return numberOf(kIcmpTypes, name);
}

QStringList icmpTypeNames()
{
    return namesOf(kIcmpTypes);
}

int protocolNumber(const QString &name)
{
    return numberOf(kProtocols, name);
}

} // namespace vtd::gen::ios122
