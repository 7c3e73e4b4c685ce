#pragma once

#include "isakmp_attribute.h"
#include "isakmp_types.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace vtd::sim::ike {

/** One transform of a proposal (RFC 2408 §3.6): in phase 1 a complete IKE suite (KEY_IKE with
 *  encryption, hash, auth, group, life attributes), in phase 2 one ESP/AH/IPCOMP algorithm. */
struct Transform
{
    std::uint8_t number = 1;
    std::uint8_t transformId = TransformKeyIke;
    DataAttributes attributes;

    friend bool operator==(const Transform &, const Transform &) = default;
};

/** One proposal (RFC 2408 §3.5): a protocol with its SPI and its alternative transforms.
 *  Consecutive proposals with the same number are ANDed (ESP + IPCOMP), different numbers are
 *  alternatives in preference order. */
struct Proposal
{
    std::uint8_t number = 1;
    ProtocolId protocol = ProtocolId::Isakmp;
    QByteArray spi; ///< empty in phase 1; 4 bytes for ESP/AH; 2 (CPI) for IPCOMP
    std::vector<Transform> transforms;

    friend bool operator==(const Proposal &, const Proposal &) = default;
};

/** The Security Association payload (RFC 2408 §3.4, RFC 2407 §4.6.1): IPsec DOI,
 *  identity-only situation, and the proposals. Its body is SAi_b of RFC 2409's HASH_I/HASH_R. */
struct SaPayload
{
    Doi doi = Doi::Ipsec;
    std::uint32_t situation = SituationIdentityOnly;
    std::vector<Proposal> proposals;

    /** The body (after the generic payload header), with the proposal/transform chain. */
    QByteArray encodeBody() const;
    /** Strict: DOI 1, situation identity-only, proposals and transforms chained with next
     *  payload 2/3 then 0, reserved fields zero, counts and lengths exact. `body` excludes
     *  the generic header; its reader's offsets are absolute in the message. */
    static IsakmpResult<SaPayload> decodeBody(WireReader body);

    friend bool operator==(const SaPayload &, const SaPayload &) = default;
};

/** Byte sizes of the nested structures, for encoders and the decode tree. */
int encodedSize(const Transform &transform);
int encodedSize(const Proposal &proposal);

} // namespace vtd::sim::ike
