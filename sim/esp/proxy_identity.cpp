#include "proxy_identity.h"

#include "sim/net/packet.h"

namespace vtd::sim::esp {

namespace {

bool portMatches(std::uint16_t wanted, std::uint16_t actual)
{
    return wanted == 0 || wanted == actual;
}

/** Protocol and ports of the selector against one datagram; source side = sourcePort. */
bool transportMatches(const ProxyIdentity &proxy, const net::Packet &packet,
                      std::uint16_t sourcePort, std::uint16_t destinationPort)
{
    if (proxy.protocol != 0 && proxy.protocol != packet.protocol())
        return false;
    if (sourcePort == 0 && destinationPort == 0)
        return true;
    const auto ports = transportPorts(packet);
    if (!ports)
        return false;  // a port selector cannot match a datagram whose ports we cannot see
    return portMatches(sourcePort, ports->first) && portMatches(destinationPort, ports->second);
}

QString sideText(const model::Ipv4Prefix &prefix, std::uint8_t protocol, std::uint16_t port)
{
    const QChar slash(u'/');
    return prefix.network().toString() + slash + prefix.mask().toString() + slash + QString::number(protocol)
           + slash + QString::number(port);
}

} // namespace

bool ProxyIdentity::matchesOutbound(const net::Packet &packet) const
{
    return local.contains(packet.source()) && remote.contains(packet.destination())
           && transportMatches(*this, packet, localPort, remotePort);
}

bool ProxyIdentity::matchesInbound(const net::Packet &packet) const
{
    return remote.contains(packet.source()) && local.contains(packet.destination())
           && transportMatches(*this, packet, remotePort, localPort);
}

ProxyIdentity ProxyIdentity::mirrored() const
{
    return ProxyIdentity{remote, local, protocol, remotePort, localPort};
}

QString ProxyIdentity::localText() const
{
    return sideText(local, protocol, localPort);
}

QString ProxyIdentity::remoteText() const
{
    return sideText(remote, protocol, remotePort);
}

std::optional<std::pair<std::uint16_t, std::uint16_t>> transportPorts(const net::Packet &packet)
{
    const std::uint8_t protocol = packet.protocol();
    if (protocol != net::ip_protocol::Tcp && protocol != net::ip_protocol::Udp)
        return std::nullopt;
    const auto payload = packet.payload();
    if (packet.header().fragmentOffset != 0 || payload.size() < 4)
        return std::nullopt;
    return std::pair{net::readU16(payload, 0), net::readU16(payload, 2)};
}

} // namespace vtd::sim::esp
