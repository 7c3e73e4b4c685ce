#pragma once

namespace vtd::sim::devices::ios {

/** Drop reason codes of the IOS 12.2 packet pipeline; the English templates live in
 *  model/diagnostic_catalog.cpp ("Simulator: IOS packet pipeline" block). */
namespace drop_code {
inline constexpr char AclDenied[] = "ios.acl-denied";           ///< params: acl, interface, direction, entry
inline constexpr char NatNoAddress[] = "ios.nat-no-address";    ///< params: interface, rule
inline constexpr char NatExhausted[] = "ios.nat-exhausted";      ///< params: address, protocol
} // namespace drop_code

/** Stage names of the IOS pipeline in DropTrace/DecisionTrace records. */
namespace stage_name {
inline constexpr char Arrival[] = "ios-arrival";
inline constexpr char AclIn[] = "ios-acl-in";
inline constexpr char AclOut[] = "ios-acl-out";
inline constexpr char NatOutside[] = "ios-nat-outside";
inline constexpr char NatInside[] = "ios-nat-inside";
} // namespace stage_name

} // namespace vtd::sim::devices::ios
