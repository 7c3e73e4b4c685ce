#pragma once

namespace vtd::sim::devices::pix {

/** Drop reason codes of the PIX adaptive security stages; the English templates live in
 *  model/diagnostic_catalog.cpp ("Simulator: PIX adaptive security" block). */
namespace drop_code {
inline constexpr char AclDenied[] = "pix.acl-denied";             ///< params: acl, interface, entry
inline constexpr char SecurityLevel[] = "pix.security-level";     ///< params: from, from_level, to, to_level
inline constexpr char IcmpDenied[] = "pix.icmp-denied";           ///< params: interface, entry
/// PIX syslog 305005: no nat/global, static or exemption covers the flow between the interfaces.
inline constexpr char NoTranslationGroup[] = "pix.no-translation-group"; ///< params: protocol, from, source, to, destination
/// PIX syslog 305006: the globals of the nat id on the egress interface have no free address/port.
inline constexpr char GlobalExhausted[] = "pix.global-exhausted"; ///< params: source, to, nat_id
/// PAT translates only TCP, UDP and ICMP echo (it needs a port or identifier).
inline constexpr char PatUnsupported[] = "pix.pat-unsupported";   ///< params: protocol, source, to
} // namespace drop_code

/** Stage names of the PIX pipeline in DropTrace/DecisionTrace records. */
namespace stage_name {
inline constexpr char Ingress[] = "pix-ingress";     ///< access check (PixIngressStage)
inline constexpr char Untranslate[] = "pix-xlate";   ///< return path through the xlate/static
inline constexpr char Nat[] = "pix-nat";             ///< egress translation (PixNatStage)
} // namespace stage_name

} // namespace vtd::sim::devices::pix
