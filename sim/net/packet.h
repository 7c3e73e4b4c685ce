#pragma once

#include "byte_order.h"
#include "decode_result.h"
#include "ipv4_header.h"

#include <QByteArray>

#include <cstdint>

namespace vtd::sim::net {

struct IcmpMessage;
struct UdpDatagram;

/** An IPv4 datagram as it is on the wire, plus the id that lets a trace follow it across hops.
 *
 *  The bytes are the truth; the decoded header is kept beside them and every mutator rewrites
 *  both, with the checksums recomputed, so a Packet is always a valid datagram. QByteArray is
 *  implicitly shared: the copy a link makes at its boundary costs nothing until one side
 *  changes it (ns-3's p->Copy()). */
class Packet
{
public:
    Packet() = default;

    /** Strict IPv4 validation of received bytes (see Ipv4Header::decode). */
    static DecodeResult<Packet> fromBytes(QByteArray bytes);
    /** Header (protocol as given) + payload; Total Length and checksum computed.
     *  The datagram must fit in 65535 octets (asserted: a caller's bug, not an input). */
    static Packet build(const Ipv4Header &header, const QByteArray &payload);
    static Packet build(const Ipv4Header &header, BytesView payload);
    /** Sets the header's protocol to ICMP. */
    static Packet icmp(Ipv4Header header, const IcmpMessage &message);
    /** Sets the header's protocol to UDP; the UDP checksum uses the header's addresses. */
    static Packet udp(Ipv4Header header, const UdpDatagram &datagram);

    const QByteArray &bytes() const { return m_bytes; }
    BytesView view() const { return viewOf(m_bytes); }
    int size() const { return int(m_bytes.size()); }
    bool isNull() const { return m_bytes.isEmpty(); }

    const Ipv4Header &header() const { return m_header; }
    model::Ipv4Address source() const { return m_header.source; }
    model::Ipv4Address destination() const { return m_header.destination; }
    std::uint8_t ttl() const { return m_header.ttl; }
    std::uint8_t protocol() const { return m_header.protocol; }
    /** Everything after the IP header. */
    BytesView payload() const;

    /** Ids come from Simulator::allocatePacketId(); 0 = not assigned. Not on the wire. */
    std::uint64_t traceId() const { return m_traceId; }
    void setTraceId(std::uint64_t id) { m_traceId = id; }
    /** Whether the IPsec layer decrypted this datagram from an ESP packet that arrived here
     *  (not on the wire; cleared when the datagram is forwarded on). */
    bool wasDecrypted() const { return m_decrypted; }
    void setDecrypted(bool decrypted) { m_decrypted = decrypted; }

    void setTtl(std::uint8_t ttl);
    /** Address rewrites (NAT) also fix the UDP/TCP checksum, which covers the addresses. */
    void setSource(model::Ipv4Address address);
    void setDestination(model::Ipv4Address address);
    /** Replaces everything after the IP header (e.g. a re-encoded ICMP message after NAT). */
    void setPayload(const QByteArray &payload);
    void setPayload(BytesView payload);

private:
    void rewriteHeader();
    void syncHeaderFields();
    void fixTransportChecksum();

    QByteArray m_bytes;
    Ipv4Header m_header;
    std::uint64_t m_traceId = 0;
    bool m_decrypted = false;
};

} // namespace vtd::sim::net
