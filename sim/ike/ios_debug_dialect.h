#pragma once

#include "ike_debug.h"

namespace vtd::sim::ike {

/** IOS 12.2's `debug crypto isakmp` wording: the PIX lines with the SA in the prefix
 *  ("ISAKMP (0:1): atts are acceptable. Next payload is 0"), "received packet from" and
 *  "sending packet to" lines with role and state, and without the PIX-only lines (VPN peer
 *  table, exchange labels, return status). Lines without an IOS sample keep the PIX wording
 *  with the IOS prefix (docs/reference/output-formats-unverified.md). */
class IosDebugDialect : public IkeDebugDialect
{
public:
    QStringList rewrite(const QString &pixLine, const IkeDebugSa &sa) const override;
    QStringList sent(model::Ipv4Address peer, const IkeDebugSa &sa) const override;
};

} // namespace vtd::sim::ike
