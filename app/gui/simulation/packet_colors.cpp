#include "packet_colors.h"

namespace vtd::app::packet_colors {

QColor colorOf(sim::analysis::PacketKind kind, bool isakmpPhase1)
{
    using sim::analysis::PacketKind;
    switch (kind) {
    case PacketKind::Icmp: return kIcmp;
    case PacketKind::Isakmp: return isakmpPhase1 ? kIsakmpPhase1 : kIsakmpLater;
    case PacketKind::Esp: return kEsp;
    case PacketKind::Other: break;
    }
    return kOther;
}

QColor colorOfDatagram(const QByteArray &datagram, bool dropped)
{
    if (dropped)
        return kDropped;
    bool phase1 = false;
    const auto kind = sim::analysis::packetKind(datagram, &phase1);
    return colorOf(kind, phase1);
}

} // namespace vtd::app::packet_colors
