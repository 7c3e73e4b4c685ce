#include "phase2_proposal_match.h"

#include "ike_config_values.h"

namespace vtd::sim::ike {

namespace {

std::optional<std::uint64_t> attributeValue(const DataAttributes &attributes, IpsecAttribute type)
{
    const DataAttribute *attribute = findAttribute(attributes, type);
    return attribute ? attribute->integer() : std::nullopt;
}

/** Life type/duration pairs of a phase-2 transform. */
void offeredLifetimes(const DataAttributes &attributes, Phase2Choice &choice)
{
    for (std::size_t i = 0; i + 1 < attributes.size(); ++i) {
        if (attributes[i].type != std::uint16_t(IpsecAttribute::SaLifeType)
            || attributes[i + 1].type != std::uint16_t(IpsecAttribute::SaLifeDuration))
            continue;
        const auto type = attributes[i].integer();
        if (type == std::uint64_t(LifeType::Seconds))
            choice.offeredSeconds = attributes[i + 1].integer();
        else if (type == std::uint64_t(LifeType::Kilobytes))
            choice.offeredKilobytes = attributes[i + 1].integer();
    }
}

QString setText(const model::TransformSet &set)
{
    QStringList words;
    if (const auto cipher = set.espEncryption()) {
        const auto wire = wireEspCipher(*cipher);
        words << espCipherWord(wire->algorithm, wire->keyLength);
    }
    if (const auto auth = set.espAuthentication())
        words << espAuthWord(std::uint16_t(*wireEspAuth(*auth)));
    return QStringLiteral("transform set %1 is %2").arg(set.name, words.join(QLatin1Char(' ')));
}

/** Whether an ESP transform equals a transform set's ESP part (cipher, key length, auth, mode). */
bool espMatches(const Transform &transform, const model::TransformSet &set)
{
    const auto cipher = set.espEncryption();
    if (!cipher)
        return false;
    const auto wire = wireEspCipher(*cipher);
    const auto keyLength = attributeValue(transform.attributes, IpsecAttribute::KeyLength);
    const std::optional<int> offeredLength =
        keyLength ? std::optional<int>(int(*keyLength))
                  : (transform.transformId == std::uint8_t(EspTransform::Aes) ? std::optional<int>(128) : std::nullopt);
    if (transform.transformId != wire->algorithm || offeredLength != wire->keyLength)
        return false;
    const auto auth = attributeValue(transform.attributes, IpsecAttribute::AuthenticationAlgorithm);
    const auto localAuth = set.espAuthentication() ? wireEspAuth(*set.espAuthentication()) : std::nullopt;
    if (auth != (localAuth ? std::optional<std::uint64_t>(std::uint64_t(*localAuth)) : std::nullopt))
        return false;
    const auto mode = attributeValue(transform.attributes, IpsecAttribute::EncapsulationMode);
    const auto localMode = set.effectiveMode() == model::IpsecMode::Tunnel ? EncapsulationMode::Tunnel
                                                                          : EncapsulationMode::Transport;
    return mode.value_or(std::uint64_t(EncapsulationMode::Tunnel)) == std::uint64_t(localMode);
}

/** The PFS rule; empty when it holds, else the reason. */
QString pfsRefusal(const DataAttributes &attributes, const model::PfsSetting &pfs)
{
    if (!pfs.enabled)
        return {};
    const auto group = attributeValue(attributes, IpsecAttribute::GroupDescription);
    const QString local = pfs.group ? groupWord(wireGroup(*pfs.group)) : QStringLiteral("group 1 or 2");
    if (!group)
        return QStringLiteral("PFS (%1) is required but the proposal has no PFS group").arg(local);
    const bool ok = pfs.group ? *group == wireGroup(*pfs.group) : (*group == 1 || *group == 2);
    return ok ? QString() : QStringLiteral("PFS %1 is required but the proposal has %2").arg(local, groupWord(std::uint16_t(*group)));
}

/** Checks the ESP (or AH) part: the first of its transforms that a set accepts. */
Phase2PartCheck checkFirstPart(const std::vector<Proposal> &offer, int index, const Phase2Context &context,
                               std::optional<model::TransformSet> &matched)
{
    const Proposal &proposal = offer[std::size_t(index)];
    Phase2PartCheck part{index, proposal.protocol, int(proposal.spi.size()), 0, 0, {}, Phase2PartCheck::Outcome::NotSupported, {}};
    for (std::size_t t = 0; t < proposal.transforms.size(); ++t) {
        const Transform &transform = proposal.transforms[t];
        part.transformIndex = int(t);
        part.transformId = transform.transformId;
        const auto auth = attributeValue(transform.attributes, IpsecAttribute::AuthenticationAlgorithm);
        part.authAlgorithm = auth ? std::optional<std::uint16_t>(std::uint16_t(*auth)) : std::nullopt;
        part.reasons.clear();
        if (proposal.protocol != ProtocolId::IpsecEsp) {
            part.reasons << QStringLiteral("only ESP transform sets are configured");
            continue;
        }
        const QString unable = context.capabilities.refusal(EspTransform(transform.transformId));
        if (!unable.isEmpty())
            part.reasons << espCipherWord(transform.transformId, {}) + QStringLiteral(" is ") + unable;
        for (const model::TransformSet &set : context.transformSets) {
            if (unable.isEmpty() && espMatches(transform, set)) {
                if (const QString pfs = pfsRefusal(transform.attributes, context.pfs); !pfs.isEmpty()) {
                    part.outcome = Phase2PartCheck::Outcome::PfsMismatch;
                    part.reasons = {pfs};
                    return part;
                }
                part.outcome = Phase2PartCheck::Outcome::Acceptable;
                part.reasons.clear();
                matched = set;
                return part;
            }
            part.reasons << setText(set);
        }
    }
    return part;
}

/** An ANDed part after an accepted ESP part: PIX 6.2 has no IPComp or AH+ESP bundles here. */
Phase2PartCheck checkAndedPart(const std::vector<Proposal> &offer, int index)
{
    const Proposal &proposal = offer[std::size_t(index)];
    Phase2PartCheck part{index, proposal.protocol, int(proposal.spi.size()), 0,
                         proposal.transforms.empty() ? std::uint8_t(0) : proposal.transforms.front().transformId,
                         {}, Phase2PartCheck::Outcome::NotSupported, {}};
    if (proposal.spi.size() != 4) {
        part.outcome = Phase2PartCheck::Outcome::BadSpiSize;
        part.reasons << QStringLiteral("SPI size %1 (the %2 part needs 4 octets; IPComp is not supported)")
                            .arg(proposal.spi.size())
                            .arg(proposal.protocol == ProtocolId::IpComp ? QStringLiteral("IPCOMP") : QStringLiteral("ANDed"));
        return part;
    }
    part.reasons << QStringLiteral("no transform set bundles a second protocol with ESP");
    return part;
}

Phase2Choice chooseFrom(const std::vector<Proposal> &offer, const Phase2ProposalCheck &checked,
                        const model::TransformSet &set, const Phase2Context &context)
{
    Phase2Choice choice;
    choice.proposalNumber = checked.number;
    for (const Phase2PartCheck &part : checked.parts) {
        choice.partIndexes << part.proposalIndex;
        choice.transformIndexes << part.transformIndex;
    }
    choice.transformSet = set;
    const DataAttributes &attributes =
        offer[std::size_t(checked.parts.front().proposalIndex)].transforms[std::size_t(checked.parts.front().transformIndex)].attributes;
    offeredLifetimes(attributes, choice);
    if (const auto group = attributeValue(attributes, IpsecAttribute::GroupDescription))
        choice.pfsGroup = configGroup(std::uint16_t(*group));
    choice.lifetimeSeconds = std::min(context.localSeconds, choice.offeredSeconds.value_or(context.localSeconds));
    choice.lifetimeKilobytes = std::min(context.localKilobytes, choice.offeredKilobytes.value_or(context.localKilobytes));
    return choice;
}

} // namespace

Phase2MatchResult matchPhase2(const std::vector<Proposal> &offer, const Phase2Context &context)
{
    Phase2MatchResult result;
    int index = 0;
    while (index < int(offer.size())) {
        const int number = offer[std::size_t(index)].number;
        int end = index + 1;
        while (end < int(offer.size()) && offer[std::size_t(end)].number == number)
            ++end;
        Phase2ProposalCheck checked;
        checked.number = number;
        std::optional<model::TransformSet> matched;
        checked.parts << checkFirstPart(offer, index, context, matched);
        bool ok = checked.parts.front().outcome == Phase2PartCheck::Outcome::Acceptable;
        checked.skippedAnded = !ok && end - index > 1;
        for (int anded = index + 1; ok && anded < end; ++anded) {
            checked.parts << checkAndedPart(offer, anded);
            ok = checked.parts.back().outcome == Phase2PartCheck::Outcome::Acceptable;
        }
        checked.acceptable = ok;
        result.proposals << checked;
        if (ok) {
            result.choice = chooseFrom(offer, checked, *matched, context);
            return result;
        }
        index = end;
    }
    return result;
}

} // namespace vtd::sim::ike
