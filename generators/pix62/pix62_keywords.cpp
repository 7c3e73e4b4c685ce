#include "pix62_keywords.h"

#include <utility>

namespace vtd::gen::pix62 {

namespace {

using NamedNumber = std::pair<const char *, int>;

// PIX 6.x port literals (Cisco PIX command reference, "Ports" table), by protocol; the name
// printed for a number is the first one in the protocol's table.
constexpr NamedNumber kTcpPorts[] = {
    {"aol", 5190}, {"bgp", 179}, {"chargen", 19}, {"citrix-ica", 1494}, {"ctiqbe", 2748},
    {"daytime", 13}, {"discard", 9}, {"domain", 53}, {"echo", 7}, {"exec", 512},
    {"finger", 79}, {"ftp", 21}, {"ftp-data", 20}, {"gopher", 70}, {"h323", 1720},
    {"hostname", 101}, {"www", 80}, {"http", 80}, {"https", 443}, {"ident", 113},
    {"imap4", 143}, {"irc", 194}, {"kerberos", 750}, {"klogin", 543}, {"kshell", 544},
    {"ldap", 389}, {"ldaps", 636}, {"login", 513}, {"lotusnotes", 1352}, {"lpd", 515},
    {"netbios-ssn", 139}, {"nntp", 119}, {"pcanywhere-data", 5631}, {"pim-auto-rp", 496},
    {"pop2", 109}, {"pop3", 110}, {"pptp", 1723}, {"rsh", 514}, {"cmd", 514}, {"rtsp", 554},
    {"sip", 5060}, {"smtp", 25}, {"sqlnet", 1521}, {"ssh", 22}, {"sunrpc", 111},
    {"tacacs", 49}, {"talk", 517}, {"telnet", 23}, {"uucp", 540}, {"whois", 43},
};

constexpr NamedNumber kUdpPorts[] = {
    {"biff", 512}, {"bootpc", 68}, {"bootps", 67}, {"discard", 9}, {"dnsix", 195},
    {"domain", 53}, {"echo", 7}, {"isakmp", 500}, {"kerberos", 750}, {"mobile-ip", 434},
    {"nameserver", 42}, {"netbios-dgm", 138}, {"netbios-ns", 137}, {"ntp", 123},
    {"pcanywhere-status", 5632}, {"pim-auto-rp", 496}, {"radius", 1645}, {"radius-acct", 1646},
    {"rip", 520}, {"sip", 5060}, {"snmp", 161}, {"snmptrap", 162}, {"sunrpc", 111},
    {"syslog", 514}, {"tacacs", 49}, {"talk", 517}, {"tftp", 69}, {"time", 37}, {"who", 513},
    {"xdmcp", 177},
};

constexpr NamedNumber kIcmpTypes[] = {
    {"echo-reply", 0}, {"unreachable", 3}, {"source-quench", 4}, {"redirect", 5},
    {"alternate-address", 6}, {"echo", 8}, {"router-advertisement", 9},
    {"router-solicitation", 10}, {"time-exceeded", 11}, {"parameter-problem", 12},
    {"timestamp-request", 13}, {"timestamp-reply", 14}, {"information-request", 15},
    {"information-reply", 16}, {"mask-request", 17}, {"mask-reply", 18},
    {"conversion-error", 31}, {"mobile-redirect", 32},
};

constexpr NamedNumber kProtocols[] = {
    {"igmp", 2}, {"ipinip", 4}, {"igrp", 9}, {"gre", 47}, {"esp", 50}, {"ah", 51},
    {"eigrp", 88}, {"ospf", 89}, {"nos", 94}, {"pim", 103}, {"pcp", 108}, {"snp", 109},
};

template <std::size_t N>
QString nameOf(const NamedNumber (&table)[N], int value)
{
    for (const auto &[name, number] : table) {
        if (number == value)
            return QString::fromLatin1(name);
    }
    return QString::number(value);
}

template <std::size_t N>
int numberOf(const NamedNumber (&table)[N], const QString &word)
{
    for (const auto &[name, number] : table) {
        if (word.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return number;
    }
    return -1;
}

} // namespace

const QStringList &topLevelCommands()
{
    static const QStringList commands = QStringLiteral(
        "aaa aaa-server access-group access-list alias apply arp auth-prompt auto-update banner "
        "ca capture clock conduit console crashinfo crypto dhcpd dhcprelay domain-name enable "
        "established failover filter fixup floodguard fragment global hostname http icmp igmp "
        "interface ip isakmp logging management-access mgcp mroute mtu multicast name nameif "
        "names nat ntp object-group outbound pager passwd pdm prefix-list privilege rip route "
        "router service shun snmp-server ssh static sysopt telnet terminal tftp-server timeout "
        "url-block url-cache url-server username virtual vpdn vpnclient vpngroup")
                                          .split(u' ');
    return commands;
}

QString portName(int port, bool udp)
{
    return udp ? nameOf(kUdpPorts, port) : nameOf(kTcpPorts, port);
}

int portFromName(const QString &word, bool udp)
{
    const int own = udp ? numberOf(kUdpPorts, word) : numberOf(kTcpPorts, word);
    return own >= 0 ? own : (udp ? numberOf(kTcpPorts, word) : numberOf(kUdpPorts, word));
}

QString icmpTypeName(int type)
{
    return nameOf(kIcmpTypes, type);
}

int icmpTypeFromName(const QString &word)
{
    return numberOf(kIcmpTypes, word);
}

QString protocolName(int protocol)
{
    return nameOf(kProtocols, protocol);
}

int protocolFromName(const QString &word)
{
    return numberOf(kProtocols, word);
}

QStringList protocolNames()
{
    QStringList names;
    for (const auto &entry : kProtocols)
        names << QString::fromLatin1(entry.first);
    return names;
}

} // namespace vtd::gen::pix62
