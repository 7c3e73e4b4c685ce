#include "exchange_helpers.h"

#include "sim/devices/sim_node.h"
#include "sim/net/udp_datagram.h"

namespace vtd::sim::ike {

void sendIsakmpDatagram(devices::SimNode &node, model::Ipv4Address to, const QByteArray &message)
{
    net::UdpDatagram udp;
    udp.sourcePort = IsakmpPort;
    udp.destinationPort = IsakmpPort;
    udp.payload = message;
    net::Ipv4Header header;
    header.destination = to;
    header.ttl = node.defaultTtl();
    node.send(net::Packet::udp(header, udp));
}

} // namespace vtd::sim::ike
