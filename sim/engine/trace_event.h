#pragma once

#include "sim_time.h"

#include "model/diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <cstdint>
#include <variant>

namespace vtd::sim {

// The records the simulation reports through TraceSink. Each carries the simulated time and
// the node's name (names, not ids: implicit hosts have no node in the project). A packet is
// identified across hops by packetId (0 = not about one packet) and travels as its real bytes
// plus a one-line summary made by the emitter (sim/net/packet_summary.h), so that the engine
// needs no packet decoder and a sink can decode the bytes itself for a detail view.
//
// Extending (the IKE/ESP issue): add a struct here, add it to TraceEvent, add a virtual with
// an empty default to TraceSink, a forwarding override to TraceFanout, a store override to
// TraceRecorder and a case to formatTraceEvent(). Existing sinks keep compiling.

enum class PacketDirection { Sent, Received };

/** A packet left a node through an interface (Sent) or arrived at one (Received). */
struct PacketTrace
{
    SimTime time;
    std::uint64_t packetId = 0;
    QString node;
    QString interface;
    PacketDirection direction = PacketDirection::Sent;
    QByteArray bytes;  ///< the IPv4 datagram as on the wire
    QString summary;   ///< "icmp 12.0.0.1 > 11.0.0.2 echo request id=1 seq=0 len=100"
};

/** A packet was dropped; `code` is a stable "area.what" id from the diagnostic catalog. */
struct DropTrace
{
    SimTime time;
    std::uint64_t packetId = 0;
    QString node;
    QString interface;               ///< where it was dropped; may be empty
    QString stage;                   ///< pipeline stage or layer: "link", "route", "ingress-acl"...
    QString code;                    ///< "link.down", "route.no-route", "ipsec.no-sa"...
    QMap<QString, QString> params;   ///< the code's template parameters
    QByteArray bytes;
    QString summary;
};

/** One pipeline decision about a packet (ACL permit, xlate chosen, route selected...). */
struct DecisionTrace
{
    SimTime time;
    std::uint64_t packetId = 0;
    QString node;
    QString stage;    ///< "ingress-acl", "nat", "route", "crypto-map"...
    QString outcome;  ///< short verdict: "permit", "deny", "translate", "protect", "next-hop"
    QString detail;   ///< the evidence: config line, route, xlate entry (English, device syntax)
};

/** A line the device prints on its console (syslog, debug, command output). */
struct ConsoleTrace
{
    SimTime time;
    QString node;
    QString text;
};

/** An IKE or IPsec SA changed state (states use the devices' own names: MM_NO_STATE, QM_IDLE). */
struct SaStateTrace
{
    SimTime time;
    QString node;
    QString protocol; ///< "ike" or "ipsec"
    QString local;    ///< dotted local address
    QString peer;     ///< dotted peer address
    QString from;     ///< previous state; empty when the SA is new
    QString to;       ///< new state; empty when the SA is deleted
    QString reason;   ///< why it ended or failed, when it did: "expired", "deleted by peer",
                      ///< "cleared", "replaced by rekey", or a diagnostic code; else empty
};

/** A finding raised while running (the emitter sets diagnostic.timeMs from `time`). */
struct DiagnosticTrace
{
    SimTime time;
    model::Diagnostic diagnostic;
};

/** The keys an IKE SA or an ESP SA uses and how they were derived, so that the packet view
 *  can decrypt what it shows and the Wireshark export can write its key tables. Values are
 *  lower-case hex unless named otherwise.
 *  IKE ("ike"): cookie_i, cookie_r, encryption (des, 3des, aes-128...), hash (md5, sha1),
 *    skeyid, skeyid_d, skeyid_a, skeyid_e, enc_key (Ka exactly as fed to the cipher), iv1
 *    (first phase-1 IV), local, peer (dotted).
 *  ESP ("esp"): spi (8 hex digits), direction (inbound|outbound), src, dst (dotted outer
 *    addresses), encryption (des, 3des, aes-128..., null), enc_key, authentication (md5, sha1,
 *    none), auth_key, message_id (the Quick Mode's), derivation (the RFC 2409 formula used). */
struct KeyTrace
{
    SimTime time;
    QString node;
    QString kind;                   ///< "ike" or "esp"
    QMap<QString, QString> fields;
};

/** One encryption a node performed: an ISAKMP message body (kind "isakmp") or an ESP payload
 *  (kind "esp"), with the ciphertext as it went on the wire, the plaintext and the values used,
 *  so that the packet view shows both sides without re-deriving IV chains. A view finds the
 *  record of a packet by its ciphertext (the UDP payload of an encrypted ISAKMP message, the
 *  IP payload of an ESP packet). Emitted by the encrypting side only when tracing.
 *  ISAKMP fields: cookie_i, cookie_r, message_id (decimal), encryption, iv, enc_key.
 *  ESP fields: spi (8 hex digits), sequence (decimal), encryption, iv, enc_key,
 *    authentication, auth_key, icv. Values are lower-case hex unless named otherwise. */
struct CipherTrace
{
    SimTime time;
    QString node;
    QString kind;                   ///< "isakmp" or "esp"
    QByteArray ciphertext;          ///< whole ISAKMP message as sent / whole ESP payload (SPI..ICV)
    QByteArray plaintext;           ///< ISAKMP body after the header, padding included / ESP
                                    ///< payload data + padding + pad length + next header
    QMap<QString, QString> fields;
};

using TraceEvent = std::variant<PacketTrace, DropTrace, DecisionTrace, ConsoleTrace, SaStateTrace,
                                DiagnosticTrace, KeyTrace, CipherTrace>;

SimTime traceTime(const TraceEvent &event);

/** One deterministic line per event, for logs, golden files and determinism checks.
 *  With `withBytes` packet events end with the bytes in hex. */
QString formatTraceEvent(const TraceEvent &event, bool withBytes = false);

} // namespace vtd::sim
