#pragma once

#include "isakmp_attribute.h"
#include "isakmp_sa_payload.h"

#include <QString>

// The attribute lines of PIX/IOS "debug crypto isakmp" ("ISAKMP:      " + text), in the
// devices' wording (reference output-formats.md §8, seed logs). Wording the seed does not
// show (key length, PFS group in phase 2, other auth methods) is marked [unverified] below.
namespace vtd::sim::ike {

/** A phase-1 attribute: "encryption DES-CBC", "hash SHA", "default group 2", "auth pre-share",
 *  "extended auth pre-share", "life type in seconds", "life duration (basic) of 28800",
 *  "life duration (VPI) of  0x0 0x1 0x51 0x80 " (two spaces after "of", each byte "0x%x "). */
QString ikeAttributeDebugText(const DataAttribute &attribute);

/** A phase-2 attribute: "encaps is 1", "SA life type in seconds", "SA life duration (basic) of
 *  28800", "SA life duration (VPI) of  0x0 0x46 0x50 0x0 ", "authenticator is HMAC-SHA". */
QString ipsecAttributeDebugText(const DataAttribute &attribute);

/** "transform 1, ESP_DES" (the line before "attributes in transform:"). */
QString ipsecTransformDebugText(ProtocolId protocol, const Transform &transform);

/** A TLV value as Cisco prints it after "(VPI) of ": each byte "0x%x " ("0x0 0x1 0x51 0x80 "). */
QString vpiBytesText(const QByteArray &value);

} // namespace vtd::sim::ike
