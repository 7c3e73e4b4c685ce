#include "access_list.h"

namespace vtd::model {

int AclProtocol::protocolNumber() const
{
    switch (kind) {
    case Kind::Ip: return 0;
    case Kind::Icmp: return 1;
    case Kind::Tcp: return 6;
    case Kind::Udp: return 17;
    case Kind::Number: return number;
    }
    return number;
}

bool AclProtocol::matches(int ipProtocol) const
{
    return kind == Kind::Ip || protocolNumber() == ipProtocol;
}

AddressMatch AddressMatch::any()
{
    return {};
}

AddressMatch AddressMatch::host(Ipv4Address a)
{
    AddressMatch m;
    m.kind = Kind::Host;
    m.address = a;
    return m;
}

AddressMatch AddressMatch::network(Ipv4Address a, Ipv4Address mask)
{
    AddressMatch m;
    m.kind = Kind::Network;
    m.address = a;
    m.mask = mask;
    return m;
}

Ipv4Address AddressMatch::effectiveMask() const
{
    switch (kind) {
    case Kind::Any: return Ipv4Address(0);
    case Kind::Host: return Ipv4Address(0xffffffffu);
    case Kind::Network: return mask;
    }
    return mask;
}

bool AddressMatch::matches(Ipv4Address a) const
{
    const std::uint32_t m = effectiveMask().toUInt();
    return (a.toUInt() & m) == (address.toUInt() & m);
}

bool PortMatch::matches(int port) const
{
    switch (op) {
    case PortOperator::None: return true;
    case PortOperator::Eq: return port == low;
    case PortOperator::Neq: return port != low;
    case PortOperator::Lt: return port < low;
    case PortOperator::Gt: return port > low;
    case PortOperator::Range: return port >= low && port <= high;
    }
    return false;
}

bool AccessListEntry::matches(int ipProtocol, Ipv4Address src, int srcPort, Ipv4Address dst,
                              int dstPortOrIcmpType) const
{
    if (!protocol.matches(ipProtocol) || !source.matches(src) || !destination.matches(dst))
        return false;
    if (ipProtocol == 6 || ipProtocol == 17)
        return sourcePort.matches(srcPort) && destinationPort.matches(dstPortOrIcmpType);
    if (ipProtocol == 1 && protocol.kind == AclProtocol::Kind::Icmp && icmpType)
        return *icmpType == dstPortOrIcmpType;
    return true;
}

} // namespace vtd::model
