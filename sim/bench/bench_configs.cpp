#include "bench_configs.h"

#include <QStringList>

namespace vtd::sim::bench {

namespace {

using model::Ipv4Address;

const QString GroupName = QStringLiteral("bench");
const QString GroupPassword = QStringLiteral("benchgroup123");
const QString SpokeKey = QStringLiteral("benchspoke123");

QString netmaskLine(Ipv4Address network)
{
    return network.toString() + QStringLiteral(" 255.255.255.0");
}

/** The lines every PIX of the benchmark shares: two interfaces, ICMP allowed in, ISAKMP on. */
QStringList commonLines(const QString &hostname, Ipv4Address outside, Ipv4Address inside)
{
    return {
        QStringLiteral("PIX Version 6.2(2)"),
        QStringLiteral("nameif ethernet0 outside security0"),
        QStringLiteral("nameif ethernet1 inside security100"),
        QStringLiteral("hostname ") + hostname,
        QStringLiteral("access-list acl-out permit icmp any any"),
        QStringLiteral("interface ethernet0 auto"),
        QStringLiteral("interface ethernet1 auto"),
        QStringLiteral("ip address outside %1 %2").arg(outside.toString(), BenchAddressPlan::internetMask().toString()),
        QStringLiteral("ip address inside %1 255.255.255.0").arg(inside.toString()),
        QStringLiteral("access-group acl-out in interface outside"),
        QStringLiteral("sysopt connection permit-ipsec"),
        QStringLiteral("isakmp enable outside"),
        QStringLiteral("isakmp identity address"),
        QStringLiteral("isakmp policy 10 authentication pre-share"),
        QStringLiteral("isakmp policy 10 encryption des"),
        QStringLiteral("isakmp policy 10 hash sha"),
        QStringLiteral("isakmp policy 10 group 2"),
        QStringLiteral("isakmp policy 10 lifetime 86400"),
        QStringLiteral("crypto ipsec transform-set TRANS esp-des esp-sha-hmac"),
    };
}

void addSpokeEntries(QStringList &lines, int spokes)
{
    for (int i = 0; i < spokes; ++i) {
        const QString acl = QStringLiteral("spoke%1").arg(i);
        const QString peer = BenchAddressPlan::spokeOutside(i).toString();
        const QString lan = netmaskLine(BenchAddressPlan::spokeLanNetwork(i));
        lines << QStringLiteral("access-list %1 permit ip 172.16.0.0 255.255.255.0 %2").arg(acl, lan)
              << QStringLiteral("route outside %1 %2 1").arg(lan, peer)
              << QStringLiteral("crypto map vpnmap %1 ipsec-isakmp").arg(i + 1)
              << QStringLiteral("crypto map vpnmap %1 match address %2").arg(i + 1).arg(acl)
              << QStringLiteral("crypto map vpnmap %1 set peer %2").arg(i + 1).arg(peer)
              << QStringLiteral("crypto map vpnmap %1 set transform-set TRANS").arg(i + 1)
              << QStringLiteral("isakmp key %1 address %2 netmask 255.255.255.255").arg(SpokeKey, peer);
    }
}

void addClientGroup(QStringList &lines, int clients)
{
    const Ipv4Address first(192, 168, 0, 1);
    const Ipv4Address last(first.toUInt() + std::uint32_t(clients - 1));
    lines << QStringLiteral("ip local pool benchpool %1-%2").arg(first.toString(), last.toString())
          << QStringLiteral("crypto ipsec transform-set remote-TRANS esp-des esp-md5-hmac")
          << QStringLiteral("crypto dynamic-map DYN 10 set transform-set remote-TRANS")
          << QStringLiteral("crypto map vpnmap 65535 ipsec-isakmp dynamic DYN")
          << QStringLiteral("vpngroup %1 address-pool benchpool").arg(GroupName)
          << QStringLiteral("vpngroup %1 idle-time 1800").arg(GroupName)
          << QStringLiteral("vpngroup %1 password %2").arg(GroupName, GroupPassword);
}

} // namespace

Ipv4Address BenchAddressPlan::spokeOutside(int spoke)
{
    return Ipv4Address(Ipv4Address(100, 65, 0, 0).toUInt() + std::uint32_t(spoke) + 1);
}

Ipv4Address BenchAddressPlan::spokeLanNetwork(int spoke)
{
    return Ipv4Address(10, std::uint8_t(spoke >> 8), std::uint8_t(spoke & 0xff), 0);
}

Ipv4Address BenchAddressPlan::clientAddress(int client)
{
    return Ipv4Address(Ipv4Address(100, 80, 0, 0).toUInt() + std::uint32_t(client) + 1);
}

QString hubPixConfig(int spokes, int clients)
{
    QStringList lines = commonLines(QStringLiteral("hub"), BenchAddressPlan::hubOutside(), Ipv4Address(172, 16, 0, 1));
    // The hub's LAN talks to the spokes' LANs and the client pool untranslated.
    lines << QStringLiteral("access-list no-nat permit ip 172.16.0.0 255.255.255.0 10.0.0.0 255.0.0.0")
          << QStringLiteral("access-list no-nat permit ip 172.16.0.0 255.255.255.0 192.168.0.0 255.255.0.0")
          << QStringLiteral("nat (inside) 0 access-list no-nat")
          // The clients' pool addresses: their traffic leaves outside, where the crypto map
          // encrypts it to the client's own address (the next hop is never used).
          << QStringLiteral("route outside 192.168.0.0 255.255.0.0 100.64.0.254 1");
    addSpokeEntries(lines, spokes);
    if (clients > 0)
        addClientGroup(lines, clients);
    lines << QStringLiteral("crypto map vpnmap interface outside") << QStringLiteral(": end");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString spokePixConfig(int spoke)
{
    const Ipv4Address lan = BenchAddressPlan::spokeLanNetwork(spoke);
    const QString hub = BenchAddressPlan::hubOutside().toString();
    QStringList lines = commonLines(QStringLiteral("spoke%1").arg(spoke), BenchAddressPlan::spokeOutside(spoke),
                                    Ipv4Address(lan.toUInt() + 1));
    lines << QStringLiteral("access-list tohub permit ip %1 172.16.0.0 255.255.255.0").arg(netmaskLine(lan))
          << QStringLiteral("nat (inside) 0 access-list tohub")
          << QStringLiteral("route outside 0.0.0.0 0.0.0.0 %1 1").arg(hub)
          << QStringLiteral("crypto map vpnmap 10 ipsec-isakmp")
          << QStringLiteral("crypto map vpnmap 10 match address tohub")
          << QStringLiteral("crypto map vpnmap 10 set peer %1").arg(hub)
          << QStringLiteral("crypto map vpnmap 10 set transform-set TRANS")
          << QStringLiteral("crypto map vpnmap interface outside")
          << QStringLiteral("isakmp key %1 address %2 netmask 255.255.255.255").arg(SpokeKey, hub)
          << QStringLiteral(": end");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString clientProfile()
{
    const QStringList lines = {
        QStringLiteral("[main]"),
        QStringLiteral("Description=benchmark hub, group ") + GroupName,
        QStringLiteral("Host=") + BenchAddressPlan::hubOutside().toString(),
        QStringLiteral("AuthType=1"),
        QStringLiteral("GroupName=") + GroupName,
        QStringLiteral("GroupPwd=") + GroupPassword,
        QStringLiteral("EnableNat=0"),
        QStringLiteral("TunnelingMode=0"),
        QStringLiteral("PeerTimeout=90"),
        QStringLiteral("EnableLocalLAN=0"),
    };
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace vtd::sim::bench
