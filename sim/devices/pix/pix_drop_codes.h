#pragma once

namespace vtd::sim::devices::pix {

/** Drop reason codes of the PIX adaptive security stages; the English templates live in
 *  model/diagnostic_catalog.cpp ("Simulator: PIX adaptive security" block). */
namespace drop_code {
inline constexpr char AclDenied[] = "pix.acl-denied";             ///< params: acl, interface, entry
inline constexpr char SecurityLevel[] = "pix.security-level";     ///< params: from, from_level, to, to_level
inline constexpr char IcmpDenied[] = "pix.icmp-denied";           ///< params: interface, entry
} // namespace drop_code

/** Stage names of the PIX pipeline in DropTrace/DecisionTrace records. */
namespace stage_name {
inline constexpr char Ingress[] = "pix-ingress";
} // namespace stage_name

} // namespace vtd::sim::devices::pix
