#include "ios_nat_rewrite.h"

#include "sim/net/byte_order.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

namespace vtd::sim::devices::ios {

namespace {

// The transport header first (the tcp/udp checksum is fixed by the address setter that
// follows, which recomputes it over the new payload and addresses).
void rewritePort(net::Packet &packet, int port, int portOffset)
{
    if (port < 0)
        return;
    const int protocol = packet.protocol();
    QByteArray payload = net::toByteArray(packet.payload());
    if ((protocol == net::ip_protocol::Tcp || protocol == net::ip_protocol::Udp) && payload.size() >= 4) {
        net::writeU16(payload, portOffset, std::uint16_t(port));
        packet.setPayload(payload);
        return;
    }
    if (protocol != net::ip_protocol::Icmp)
        return;
    const auto decoded = net::IcmpMessage::decode(packet.payload());
    if (!decoded || !decoded->isEcho())
        return;
    net::IcmpMessage message = decoded.value();
    message.restOfHeader = std::uint32_t(port) << 16 | message.sequence();
    packet.setPayload(message.encode());
}

} // namespace

void rewriteSource(net::Packet &packet, model::Ipv4Address address, int port)
{
    rewritePort(packet, port, 0);
    packet.setSource(address);
}

void rewriteDestination(net::Packet &packet, model::Ipv4Address address, int port)
{
    rewritePort(packet, port, 2);
    packet.setDestination(address);
}

} // namespace vtd::sim::devices::ios
