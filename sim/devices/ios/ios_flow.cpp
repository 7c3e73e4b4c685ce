#include "ios_flow.h"

#include "sim/net/byte_order.h"
#include "sim/net/icmp_message.h"
#include "sim/net/packet.h"

namespace vtd::sim::devices::ios {

IosFlow IosFlow::of(const net::Packet &packet)
{
    IosFlow flow;
    flow.protocol = packet.protocol();
    const net::BytesView payload = packet.payload();
    if (flow.hasPorts() && payload.size() >= 4) {
        flow.srcPort = net::readU16(payload, 0);
        flow.dstPortOrType = net::readU16(payload, 2);
        if (flow.protocol == net::ip_protocol::Tcp && payload.size() >= 14)
            flow.tcpFlags = payload[13];
    } else if (flow.protocol == net::ip_protocol::Icmp && payload.size() >= 8) {
        flow.dstPortOrType = payload[0];
        if (payload[0] == net::icmp_type::EchoRequest || payload[0] == net::icmp_type::EchoReply)
            flow.echoId = net::readU16(payload, 4);
    }
    return flow;
}

} // namespace vtd::sim::devices::ios
