#pragma once

// What an initiator puts into its SA payloads: PIX/IOS from their policies and transform sets,
// the Cisco VPN Client 3.6 from its fixed tables. Attribute order is each sender's own, because
// the receiver's debug output prints attributes in the order they arrive (see the seed).

#include "isakmp_sa_payload.h"

#include "model/config/crypto_map.h"
#include "model/config/isakmp_policy.h"
#include "model/config/transform_set.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace vtd::sim::ike {

/** Phase-1 proposal of a PIX or IOS initiator: one transform per policy, by priority, with
 *  encryption, hash, group, authentication, then the lifetime, which PIX 6.2 leaves out when it
 *  is the default 86400 s (rain's view of snow's MM1 in the seed shows no life attributes). */
Proposal phase1OfferFromPolicies(const QList<model::IsakmpPolicy> &policies);

/** The one-transform reply of a responder for the chosen transform: its attributes as the
 *  policy has them, lifetime always included (snow's view of rain's MM2 in the seed). */
Proposal phase1Reply(const model::IsakmpPolicy &policy, std::uint16_t authMethod, int transformNumber,
                     int lifetimeSeconds);

/** Quick Mode proposals of a PIX or IOS initiator: one ESP proposal per transform set in the
 *  crypto map entry's order, attributes encapsulation, lifetime in seconds and kilobytes,
 *  authentication, and the PFS group when `set pfs` is on. `spi` is the initiator's inbound SPI. */
std::vector<Proposal> phase2OfferFromTransformSets(const QList<model::TransformSet> &sets,
                                                   const model::PfsSetting &pfs, std::uint64_t seconds,
                                                   std::uint64_t kilobytes, const QByteArray &spi);

/** The responder's Quick Mode reply: the accepted parts with its own inbound SPI. */
std::vector<Proposal> phase2Reply(const std::vector<Proposal> &offer, const QList<int> &partIndexes,
                                  const QList<int> &transformIndexes, const QByteArray &spi);

/** The Cisco VPN Client 3.6 Aggressive Mode proposal: eight transforms, all group 2 and
 *  2,147,483 s, 3DES before DES, SHA before MD5, XAUTH pre-share before plain pre-share.
 *  Transforms 1-7 are the seed's; transform 8 (DES/MD5/pre-share) follows its pattern [inferred]. */
Proposal vpnClient36Phase1Offer();

/** The VPN Client 3.6 Quick Mode proposals, each ESP tunnel mode with 2,147,483 s: 3DES/MD5 and
 *  3DES/SHA with an ANDed IPCOMP (LZS, 2-byte CPI), the same without, then the DES ones in the
 *  same pattern. Proposals 1-7 are the seed's; 8 (DES/SHA, no IPCOMP) follows its pattern
 *  [inferred]. `spi` is the client's inbound SPI, `cpi` its IPComp CPI. */
std::vector<Proposal> vpnClient36Phase2Offer(const QByteArray &spi, const QByteArray &cpi);

/** The VPN Client's lifetime offer in both phases: 2,147,483 s (0x0020C49B). */
inline constexpr std::uint32_t VpnClientLifetimeSeconds = 2147483;

} // namespace vtd::sim::ike
