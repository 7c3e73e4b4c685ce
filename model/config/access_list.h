#pragma once

// Dialect-neutral access-list entry: what one permit/deny line of a PIX 6.x `access-list` or an
// IOS extended ACL matches. Addresses carry a NETMASK (1-bits are compared); IOS prints the
// inverse (wildcard). Keywords written by name ("www", "esp", "echo-reply") are kept so a dialect
// writer prints the line back as it was written.

#include "model/ipv4.h"

#include <QList>
#include <QString>

#include <optional>

namespace vtd::model {

enum class AclAction { Permit, Deny };

/** The IP protocol an entry matches; `ip` matches every protocol. */
struct AclProtocol
{
    enum class Kind { Ip, Icmp, Tcp, Udp, Number };
    Kind kind = Kind::Ip;
    int number = 0;   ///< IP protocol number (0..255) when kind == Number
    QString keyword;  ///< kind == Number given by name ("esp", "gre"); empty = printed as the number

    /** 0 for ip, 1/6/17 for icmp/tcp/udp, else number. */
    int protocolNumber() const;
    bool matches(int ipProtocol) const;
    friend bool operator==(const AclProtocol &, const AclProtocol &) = default;
};

/** Source or destination of an entry: any address, one host, or an address and a netmask. */
struct AddressMatch
{
    enum class Kind { Any, Host, Network };
    Kind kind = Kind::Any;
    Ipv4Address address;
    Ipv4Address mask;  ///< Network only: netmask (may be non-contiguous for IOS wildcards)
    QString alias;     ///< PIX `name` written in place of the address; empty = dotted decimal

    static AddressMatch any();
    static AddressMatch host(Ipv4Address a);
    static AddressMatch network(Ipv4Address a, Ipv4Address mask);
    /** Netmask actually compared: 0.0.0.0 for any, 255.255.255.255 for host. */
    Ipv4Address effectiveMask() const;
    bool matches(Ipv4Address a) const;
    friend bool operator==(const AddressMatch &, const AddressMatch &) = default;
};

enum class PortOperator { None, Eq, Neq, Lt, Gt, Range };

/** A tcp/udp port condition after an address (`eq www`, `range 1000 2000`). */
struct PortMatch
{
    PortOperator op = PortOperator::None;
    int low = 0;          ///< the port (Eq/Neq/Lt/Gt) or the range start
    int high = 0;         ///< Range only: the range end
    QString lowKeyword;   ///< port given by name ("www"); empty = printed as the number
    QString highKeyword;

    bool matches(int port) const;
    friend bool operator==(const PortMatch &, const PortMatch &) = default;
};

/** One permit/deny line. */
struct AccessListEntry
{
    AclAction action = AclAction::Permit;
    AclProtocol protocol;
    AddressMatch source;
    PortMatch sourcePort;          ///< tcp/udp only
    AddressMatch destination;
    PortMatch destinationPort;     ///< tcp/udp only
    std::optional<int> icmpType;   ///< icmp only
    QString icmpTypeKeyword;       ///< icmp type given by name ("echo-reply")
    bool established = false;      ///< IOS `established` (tcp)
    bool log = false;              ///< trailing `log`

    /** First-match test for a packet; ports are ignored for protocols without ports,
     *  icmpPortOrType is the ICMP type for icmp. */
    bool matches(int ipProtocol, Ipv4Address src, int srcPort, Ipv4Address dst,
                 int dstPortOrIcmpType) const;
    friend bool operator==(const AccessListEntry &, const AccessListEntry &) = default;
};

/** A named (or numbered) access list: its entries in evaluation order. */
struct AccessList
{
    QString name;
    QList<AccessListEntry> entries;
    friend bool operator==(const AccessList &, const AccessList &) = default;
};

} // namespace vtd::model
