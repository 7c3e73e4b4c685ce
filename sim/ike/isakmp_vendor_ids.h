#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vtd::sim::ike {

/** The Vendor IDs that Cisco devices and clients of this era send or recognise. */
enum class KnownVendorId {
    CiscoUnity,          ///< "speaking to a Unity client"
    DeadPeerDetection,   ///< RFC 3706: "remote peer supports dead peer detection"
    Xauth,               ///< draft-ietf-ipsra-isakmp-xauth-06
    CiscoFragmentation,  ///< Cisco IKE fragmentation
    CiscoVpn3000,        ///< Cisco VPN 3000 concentrator
    NatTraversalRfc3947, ///< RFC 3947
    NatTraversalDraft02, ///< draft-ietf-ipsec-nat-t-ike-02 (with the trailing newline)
    NatTraversalDraft03, ///< draft-ietf-ipsec-nat-t-ike-03
};

/** Every known Vendor ID, for loops and tests. */
inline constexpr KnownVendorId AllKnownVendorIds[] = {
    KnownVendorId::CiscoUnity,          KnownVendorId::DeadPeerDetection,   KnownVendorId::Xauth,
    KnownVendorId::CiscoFragmentation,  KnownVendorId::CiscoVpn3000,        KnownVendorId::NatTraversalRfc3947,
    KnownVendorId::NatTraversalDraft02, KnownVendorId::NatTraversalDraft03,
};

/** The bytes of a known Vendor ID payload (each one recomputed from its MD5 definition:
 *  Unity = MD5("CISCO-UNITY")[0..13] | 01 00, DPD = MD5("CISCO-DEAD-PEER-DETECTION")[0..13] | 01 00,
 *  XAUTH = MD5("draft-ietf-ipsra-isakmp-xauth-06.txt")[0..7], fragmentation =
 *  MD5("FRAGMENTATION") | 80000000, NAT-T = MD5 of the RFC / draft name). */
QByteArray vendorIdBytes(KnownVendorId id);

/** Which known Vendor ID these bytes are, if any. */
std::optional<KnownVendorId> identifyVendorId(const QByteArray &data);

/** "Cisco Unity", "Dead Peer Detection v1.0", "XAUTH", "RFC 3947 NAT-T"... */
QString vendorIdName(KnownVendorId id);

} // namespace vtd::sim::ike
