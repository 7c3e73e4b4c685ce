#pragma once

#include "proxy_identity.h"

#include "model/ipv4.h"

#include <QString>

#include <vector>

namespace vtd::sim::net {
class Packet;
}

namespace vtd::sim::esp {

/** What a crypto ACL line says about matching traffic: permit = protect, deny = send in clear. */
enum class SpdAction { Protect, Bypass };

/** One selector of the Security Policy Database, as a crypto map entry's `match address` line
 *  gives it; the IKE layer builds these from crypto maps and keeps its own data beside them. */
struct SpdEntry
{
    ProxyIdentity proxies;
    SpdAction action = SpdAction::Protect;
    model::Ipv4Address peer;  ///< `set peer`; zero for a dynamic map entry (peer learnt)
    QString mapName;          ///< crypto map name
    int sequence = 0;         ///< crypto map entry sequence number: lower is asked first
    int aclLine = 0;          ///< order of the line inside the ACL

    friend bool operator==(const SpdEntry &, const SpdEntry &) = default;
};

/**
 * An ordered SPD (RFC 2401 §4.4.1): entries are asked by crypto map sequence, then ACL line,
 * and the first match decides, as a crypto map does. Independent of IKE; the crypto-map hook
 * asks it which packets are interesting.
 */
class EspSpd
{
public:
    /** Inserts after every entry with a lower or equal (sequence, aclLine). */
    void add(SpdEntry entry);
    void clear() { m_entries.clear(); }
    const std::vector<SpdEntry> &entries() const { return m_entries; }

    /** First entry matching a datagram about to leave (source local, destination remote). */
    const SpdEntry *lookupOutbound(const net::Packet &packet) const;
    /** First entry matching a datagram that arrived (source remote, destination local): a clear
     *  packet whose entry says Protect must be dropped, a decrypted one must match its SA. */
    const SpdEntry *lookupInbound(const net::Packet &packet) const;

private:
    std::vector<SpdEntry> m_entries;
};

} // namespace vtd::sim::esp
