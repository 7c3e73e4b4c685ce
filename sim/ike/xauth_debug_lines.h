#pragma once

// PIX 6.x `debug crypto isakmp` lines of the XAUTH transaction. No seed sample exists: the
// wording follows the reference notes (output-formats.md §8.6, recalled from Cisco TAC
// documents) and is listed as unverified in docs/reference/output-formats-unverified.md.

#include "isakmp_types.h"

#include "model/ipv4.h"

#include <QString>

#include <cstdint>

namespace vtd::sim::ike::debug_lines {

/** "ISAKMP (0:0): initiating peer config to 10.48.66.76. ID = 1234 (0x4d2)": a CFG_REQUEST or
 *  CFG_SET the gateway starts. */
QString initiatingPeerConfig(model::Ipv4Address peer, std::uint32_t messageId);
/** "ISAKMP: Config payload CFG_REPLY". */
QString configPayload(ConfigType type);
/** "ISAKMP/xauth: reply attribute XAUTH_USER_NAME". */
QString xauthReplyAttribute(std::uint16_t type);
/** "ISAKMP/xauth: user alice from 10.48.66.76 failed authentication" [inferred]. */
QString xauthUserFailed(const QString &user, model::Ipv4Address peer);
/** "ISAKMP/xauth: peer 10.48.66.76 cancelled authentication" [inferred]. */
QString xauthCancelled(model::Ipv4Address peer);

/** XAUTH_TYPE ... XAUTH_ANSWER (16520-16529) by their draft names; else "UNKNOWN (n)". */
QString xauthAttributeName(std::uint16_t type);

} // namespace vtd::sim::ike::debug_lines
