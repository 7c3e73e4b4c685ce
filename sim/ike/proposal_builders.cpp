#include "proposal_builders.h"

#include "ike_config_values.h"

namespace vtd::sim::ike {

namespace {

constexpr int DefaultIkeLifetime = 86400;

DataAttributes ikeSuite(const WireCipher &cipher, std::uint16_t hash, std::uint16_t group, std::uint16_t auth)
{
    DataAttributes attributes{DataAttribute::tv(IkeAttribute::EncryptionAlgorithm, cipher.algorithm)};
    if (cipher.keyLength)
        attributes.push_back(DataAttribute::tv(IkeAttribute::KeyLength, std::uint16_t(*cipher.keyLength)));
    attributes.push_back(DataAttribute::tv(IkeAttribute::HashAlgorithm, hash));
    attributes.push_back(DataAttribute::tv(IkeAttribute::GroupDescription, group));
    attributes.push_back(DataAttribute::tv(IkeAttribute::AuthenticationMethod, auth));
    return attributes;
}

void appendIkeLifetime(DataAttributes &attributes, std::uint32_t seconds)
{
    attributes.push_back(DataAttribute::tv(IkeAttribute::LifeType, std::uint16_t(LifeType::Seconds)));
    attributes.push_back(DataAttribute::number(IkeAttribute::LifeDuration, seconds));
}

Transform transformOf(int number, std::uint8_t id, DataAttributes attributes)
{
    return Transform{std::uint8_t(number), id, std::move(attributes)};
}

Proposal espProposal(int number, const QByteArray &spi, Transform transform)
{
    return Proposal{std::uint8_t(number), ProtocolId::IpsecEsp, spi, {std::move(transform)}};
}

} // namespace

Proposal phase1OfferFromPolicies(const QList<model::IsakmpPolicy> &policies)
{
    Proposal proposal{1, ProtocolId::Isakmp, {}, {}};
    int number = 0;
    for (const model::IsakmpPolicy &policy : policies) {
        DataAttributes attributes = ikeSuite(wireCipher(policy.encryption), wireHash(policy.hash),
                                             wireGroup(policy.group), wireAuthMethod(policy.authentication));
        if (policy.lifetimeSeconds != DefaultIkeLifetime)
            appendIkeLifetime(attributes, std::uint32_t(policy.lifetimeSeconds));
        proposal.transforms.push_back(transformOf(++number, TransformKeyIke, std::move(attributes)));
    }
    return proposal;
}

Proposal phase1Reply(const model::IsakmpPolicy &policy, std::uint16_t authMethod, int transformNumber,
                     int lifetimeSeconds)
{
    DataAttributes attributes = ikeSuite(wireCipher(policy.encryption), wireHash(policy.hash),
                                         wireGroup(policy.group), authMethod);
    appendIkeLifetime(attributes, std::uint32_t(lifetimeSeconds));
    return Proposal{1, ProtocolId::Isakmp, {}, {transformOf(transformNumber, TransformKeyIke, std::move(attributes))}};
}

std::vector<Proposal> phase2OfferFromTransformSets(const QList<model::TransformSet> &sets,
                                                   const model::PfsSetting &pfs, std::uint64_t seconds,
                                                   std::uint64_t kilobytes, const QByteArray &spi)
{
    std::vector<Proposal> proposals;
    int number = 0;
    for (const model::TransformSet &set : sets) {
        const auto cipher = set.espEncryption() ? wireEspCipher(*set.espEncryption()) : std::nullopt;
        if (!cipher)
            continue; // AH-only sets are not offered by this model
        DataAttributes attributes{DataAttribute::tv(IpsecAttribute::EncapsulationMode,
                                                    std::uint16_t(set.effectiveMode() == model::IpsecMode::Tunnel
                                                                      ? EncapsulationMode::Tunnel
                                                                      : EncapsulationMode::Transport))};
        attributes.push_back(DataAttribute::tv(IpsecAttribute::SaLifeType, std::uint16_t(LifeType::Seconds)));
        attributes.push_back(DataAttribute::number(IpsecAttribute::SaLifeDuration, std::uint32_t(seconds)));
        attributes.push_back(DataAttribute::tv(IpsecAttribute::SaLifeType, std::uint16_t(LifeType::Kilobytes)));
        attributes.push_back(DataAttribute::number(IpsecAttribute::SaLifeDuration, std::uint32_t(kilobytes)));
        if (const auto auth = set.espAuthentication())
            attributes.push_back(DataAttribute::tv(IpsecAttribute::AuthenticationAlgorithm, std::uint16_t(*wireEspAuth(*auth))));
        if (cipher->keyLength)
            attributes.push_back(DataAttribute::tv(IpsecAttribute::KeyLength, std::uint16_t(*cipher->keyLength)));
        if (pfs.enabled)
            attributes.push_back(DataAttribute::tv(IpsecAttribute::GroupDescription, wireGroup(pfs.effectiveGroup())));
        proposals.push_back(espProposal(++number, spi, transformOf(1, std::uint8_t(cipher->algorithm), std::move(attributes))));
    }
    return proposals;
}

std::vector<Proposal> phase2Reply(const std::vector<Proposal> &offer, const QList<int> &partIndexes,
                                  const QList<int> &transformIndexes, const QByteArray &spi)
{
    std::vector<Proposal> reply;
    for (int i = 0; i < partIndexes.size(); ++i) {
        const Proposal &offered = offer[std::size_t(partIndexes[i])];
        Proposal part{offered.number, offered.protocol, spi, {offered.transforms[std::size_t(transformIndexes[i])]}};
        reply.push_back(std::move(part));
    }
    return reply;
}

Proposal vpnClient36Phase1Offer()
{
    const std::uint16_t xauth = std::uint16_t(IkeAuthMethod::XauthInitPreShared);
    const std::uint16_t psk = std::uint16_t(IkeAuthMethod::PreShared);
    const std::uint16_t sha = std::uint16_t(IkeHash::Sha), md5 = std::uint16_t(IkeHash::Md5);
    const WireCipher tdes{std::uint16_t(IkeEncryption::TripleDesCbc), {}}, des{std::uint16_t(IkeEncryption::DesCbc), {}};
    const struct { WireCipher cipher; std::uint16_t hash, auth; } suites[] = {
        {tdes, sha, xauth}, {tdes, md5, xauth}, {tdes, sha, psk}, {tdes, md5, psk},
        {des, sha, xauth},  {des, md5, xauth},  {des, sha, psk},  {des, md5, psk},
    };
    Proposal proposal{1, ProtocolId::Isakmp, {}, {}};
    int number = 0;
    for (const auto &suite : suites) {
        DataAttributes attributes = ikeSuite(suite.cipher, suite.hash, std::uint16_t(DhGroup::Modp1024), suite.auth);
        appendIkeLifetime(attributes, VpnClientLifetimeSeconds);
        proposal.transforms.push_back(transformOf(++number, TransformKeyIke, std::move(attributes)));
    }
    return proposal;
}

std::vector<Proposal> vpnClient36Phase2Offer(const QByteArray &spi, const QByteArray &cpi)
{
    const auto md5 = std::uint16_t(IpsecAuthAlgorithm::HmacMd5), sha = std::uint16_t(IpsecAuthAlgorithm::HmacSha);
    const auto tdes = std::uint8_t(EspTransform::TripleDes), des = std::uint8_t(EspTransform::Des);
    const struct { std::uint8_t cipher; std::uint16_t auth; bool ipcomp; } suites[] = {
        {tdes, md5, true}, {tdes, sha, true}, {tdes, md5, false}, {tdes, sha, false},
        {des, md5, true},  {des, sha, true},  {des, md5, false},  {des, sha, false},
    };
    std::vector<Proposal> proposals;
    int number = 0;
    for (const auto &suite : suites) {
        DataAttributes attributes{DataAttribute::tv(IpsecAttribute::AuthenticationAlgorithm, suite.auth),
                                  DataAttribute::tv(IpsecAttribute::EncapsulationMode, std::uint16_t(EncapsulationMode::Tunnel)),
                                  DataAttribute::tv(IpsecAttribute::SaLifeType, std::uint16_t(LifeType::Seconds))};
        const DataAttribute life = DataAttribute::number(IpsecAttribute::SaLifeDuration, VpnClientLifetimeSeconds);
        attributes.push_back(life);
        ++number;
        proposals.push_back(espProposal(number, spi, transformOf(1, suite.cipher, attributes)));
        if (!suite.ipcomp)
            continue;
        DataAttributes compression{DataAttribute::tv(IpsecAttribute::EncapsulationMode, std::uint16_t(EncapsulationMode::Tunnel)),
                                   DataAttribute::tv(IpsecAttribute::SaLifeType, std::uint16_t(LifeType::Seconds)),
                                   life};
        proposals.push_back(Proposal{std::uint8_t(number), ProtocolId::IpComp, cpi,
                                     {transformOf(1, std::uint8_t(IpCompTransform::Lzs), compression)}});
    }
    return proposals;
}

} // namespace vtd::sim::ike
