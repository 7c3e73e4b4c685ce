#pragma once

#include "crypto_capabilities.h"
#include "isakmp_sa_payload.h"

#include "model/config/crypto_map.h"
#include "model/config/transform_set.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::sim::ike {

/** One protocol part (ESP, AH or IPCOMP) of an offered IPsec proposal, as the responder
 *  checked it ("ISAKMP: transform 1, ESP_DES ... atts are acceptable" or not). */
struct Phase2PartCheck
{
    enum class Outcome {
        Acceptable,
        NotSupported,  ///< `IPSEC(validate_proposal): transform proposal (prot P, trans T, hmac_alg H) not supported`
        BadSpiSize,    ///< `bad SPI size of N octets!` (IPCOMP's 2-byte CPI on a PIX without IPComp)
        PfsMismatch,   ///< local `set pfs` and the offer has no (or another) group
        NotChecked,    ///< after an earlier part of the same AND group failed
    };
    int proposalIndex = 0;            ///< into the offered proposals
    ProtocolId protocol = ProtocolId::IpsecEsp;
    int spiSize = 4;
    int transformIndex = 0;           ///< the transform of that proposal that was checked
    std::uint8_t transformId = 0;
    std::optional<std::uint16_t> authAlgorithm;
    Outcome outcome = Outcome::NotChecked;
    QStringList reasons;              ///< why not, in words ("transform set remote-TRANS is esp-des esp-md5-hmac")
};

/** All parts that share one proposal number (ANDed), and whether they were accepted together. */
struct Phase2ProposalCheck
{
    int number = 0;
    QList<Phase2PartCheck> parts;
    bool acceptable = false;
    /** A first part failed while ANDed parts followed: "skipping next ANDed proposal (N)". */
    bool skippedAnded = false;
};

/** The accepted proposal and what the SA pair will use. */
struct Phase2Choice
{
    int proposalNumber = 0;
    QList<int> partIndexes;           ///< into the offered proposals (ESP, then any ANDed parts)
    QList<int> transformIndexes;      ///< the accepted transform of each part
    model::TransformSet transformSet; ///< the local set that matched
    std::optional<model::DhGroup> pfsGroup;
    std::optional<std::uint64_t> offeredSeconds;  ///< as offered (debug prints these)
    std::optional<std::uint64_t> offeredKilobytes;
    std::uint64_t lifetimeSeconds = 0;            ///< what the SA enforces: min(local, offered)
    std::uint64_t lifetimeKilobytes = 0;
};

struct Phase2MatchResult
{
    QList<Phase2ProposalCheck> proposals;
    std::optional<Phase2Choice> choice;
};

/** The responder's side of Quick Mode for one crypto map (or dynamic map) entry. */
struct Phase2Context
{
    QList<model::TransformSet> transformSets;  ///< the entry's `set transform-set`, in order
    model::PfsSetting pfs;
    CryptoCapabilities capabilities;
    std::uint64_t localSeconds = 28800;      ///< entry lifetime, else the global one
    std::uint64_t localKilobytes = 4608000;
};

/** Cisco's Quick Mode proposal matching (PIX 6.2 / IOS 12.2 responder): proposals in the
 *  offered order, ANDed parts (same number) accepted only together; a part is acceptable
 *  when one of the entry's transform sets has exactly that cipher (and key length),
 *  authentication and mode, the device can do the cipher, and the PFS rule holds (local
 *  `set pfs` needs the offer's group: an explicit local group must be equal, an implied one
 *  accepts group 1 or 2; without local PFS any offer is accepted). IPCOMP parts fail with a
 *  bad SPI size (2-byte CPI), as PIX 6.2 has no IPComp. Lifetimes never refuse. */
Phase2MatchResult matchPhase2(const std::vector<Proposal> &offer, const Phase2Context &context);

} // namespace vtd::sim::ike
