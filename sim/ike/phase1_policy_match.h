#pragma once

#include "crypto_capabilities.h"
#include "isakmp_sa_payload.h"

#include "model/config/isakmp_policy.h"

#include <QList>
#include <QString>

#include <optional>

namespace vtd::sim::ike {

/** One attribute of an offered transform that a policy does not accept. */
struct AttributeMismatch
{
    QString attribute; ///< "encryption", "hash", "authentication", "group", "transform"
    QString offered;   ///< in configuration words: "3des", "md5", "pre-share with XAUTH"
    QString local;     ///< what the policy says, with the reason when the device cannot do it

    /** "encryption 3des where policy 10 says des". */
    QString describe(int priority) const;
    friend bool operator==(const AttributeMismatch &, const AttributeMismatch &) = default;
};

/** "Checking ISAKMP transform N against priority P policy" and its outcome. */
struct Phase1TransformCheck
{
    int transformIndex = 0;  ///< into the proposal's transforms
    int transformNumber = 0; ///< as on the wire
    int priority = 0;
    QList<AttributeMismatch> mismatches;
    bool acceptable() const { return mismatches.isEmpty(); }
};

/** What the responder settled on. */
struct Phase1Choice
{
    int transformIndex = 0;
    model::IsakmpPolicy policy;
    std::uint16_t authMethod = 0;    ///< as offered (65001 when XAUTH follows)
    int lifetimeSeconds = 0;         ///< min(policy, offered) — see matchPhase1
};

/** The walk over policies and transforms in the order the device logs it. */
struct Phase1MatchResult
{
    QList<Phase1TransformCheck> checks;
    std::optional<Phase1Choice> choice;
};

/** The responder's side of phase-1 negotiation: what it accepts besides its policies. */
struct Phase1Context
{
    QList<model::IsakmpPolicy> policies; ///< by ascending priority
    CryptoCapabilities capabilities;
    /** XAUTH is configured for the peer (`crypto map ... client authentication`): an XAUTH
     *  authentication method (65001) then matches a pre-share policy. */
    bool xauthEnabled = false;
};

/** Cisco's phase-1 matching (PIX 6.2 / IOS 12.2 as responder): policies by ascending priority,
 *  and for each one the offered transforms in order; the first pair whose encryption (with
 *  key length), hash, authentication method and DH group are equal wins. Lifetime never
 *  refuses: the SA uses the smaller of the policy's and the offered lifetime (the seed shows
 *  an offer of 2147483 s accepted by a policy of 86400 s; see the IKE reference, §2).
 *  A policy that needs what the device cannot do (3DES without VPN-3DES) matches nothing. */
Phase1MatchResult matchPhase1(const Proposal &offer, const Phase1Context &context);

/** The offered lifetime in seconds of a phase-1 transform, if it carries one. */
std::optional<std::uint64_t> offeredLifetimeSeconds(const DataAttributes &attributes);

} // namespace vtd::sim::ike
