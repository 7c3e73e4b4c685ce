#include "phase1_policy_match.h"

#include "ike_config_values.h"

namespace vtd::sim::ike {

namespace {

std::optional<std::uint16_t> basicValue(const DataAttributes &attributes, IkeAttribute type)
{
    const DataAttribute *attribute = findAttribute(attributes, type);
    if (!attribute)
        return std::nullopt;
    const auto value = attribute->integer();
    if (!value || *value > 0xffff)
        return std::nullopt;
    return std::uint16_t(*value);
}

QString offeredWord(std::optional<std::uint16_t> value, QString (*word)(std::uint16_t))
{
    return value ? word(*value) : QStringLiteral("none");
}

void checkEncryption(const DataAttributes &offered, const model::IsakmpPolicy &policy,
                     const CryptoCapabilities &caps, QList<AttributeMismatch> &out)
{
    const WireCipher local = wireCipher(policy.encryption);
    const auto algorithm = basicValue(offered, IkeAttribute::EncryptionAlgorithm);
    const auto keyLength = basicValue(offered, IkeAttribute::KeyLength);
    const std::optional<int> offeredLength =
        keyLength ? std::optional<int>(*keyLength)
                  : (algorithm == std::uint16_t(IkeEncryption::AesCbc) ? std::optional<int>(128) : std::nullopt);
    const QString offeredText = algorithm ? ikeEncryptionWord(*algorithm, offeredLength) : QStringLiteral("none");
    QString localText = ikeEncryptionWord(local.algorithm, local.keyLength);
    const QString refusal = caps.refusal(IkeEncryption(local.algorithm));
    if (!refusal.isEmpty())
        localText += QStringLiteral(", which is ") + refusal;
    const bool equal = algorithm == local.algorithm
                       && (local.keyLength ? offeredLength == local.keyLength : !keyLength);
    if (!equal || !refusal.isEmpty())
        out.append({QStringLiteral("encryption"), offeredText, localText});
}

void checkAuthentication(std::optional<std::uint16_t> offered, const model::IsakmpPolicy &policy,
                         bool xauthEnabled, QList<AttributeMismatch> &out)
{
    const std::uint16_t local = wireAuthMethod(policy.authentication);
    const bool xauthPreShare = offered == std::uint16_t(IkeAuthMethod::XauthInitPreShared)
                               && local == std::uint16_t(IkeAuthMethod::PreShared);
    if (offered == local || (xauthPreShare && xauthEnabled))
        return;
    QString localText = authMethodWord(local);
    if (xauthPreShare)
        localText += QStringLiteral(" (XAUTH is not configured)");
    out.append({QStringLiteral("authentication"), offeredWord(offered, authMethodWord), localText});
}

QList<AttributeMismatch> check(const Transform &transform, const model::IsakmpPolicy &policy,
                               const Phase1Context &context)
{
    QList<AttributeMismatch> out;
    if (transform.transformId != TransformKeyIke) {
        out.append({QStringLiteral("transform"), QStringLiteral("transform ID %1").arg(transform.transformId),
                    QStringLiteral("KEY_IKE")});
        return out;
    }
    const DataAttributes &offered = transform.attributes;
    checkEncryption(offered, policy, context.capabilities, out);
    const auto hash = basicValue(offered, IkeAttribute::HashAlgorithm);
    if (hash != wireHash(policy.hash))
        out.append({QStringLiteral("hash"), offeredWord(hash, ikeHashWord), ikeHashWord(wireHash(policy.hash))});
    checkAuthentication(basicValue(offered, IkeAttribute::AuthenticationMethod), policy,
                        context.xauthEnabled, out);
    const auto group = basicValue(offered, IkeAttribute::GroupDescription);
    const std::uint16_t localGroup = wireGroup(policy.group);
    QString groupRefusal = context.capabilities.refusal(DhGroup(localGroup));
    if (group != localGroup || !groupRefusal.isEmpty()) {
        QString localText = groupWord(localGroup);
        if (!groupRefusal.isEmpty())
            localText += QStringLiteral(", which is ") + groupRefusal;
        out.append({QStringLiteral("group"), offeredWord(group, groupWord), localText});
    }
    return out;
}

} // namespace

QString AttributeMismatch::describe(int priority) const
{
    return QStringLiteral("%1 %2 where policy %3 says %4").arg(attribute, offered).arg(priority).arg(local);
}

std::optional<std::uint64_t> offeredLifetimeSeconds(const DataAttributes &attributes)
{
    // Life type / duration come in pairs; the duration after a "seconds" type is the one.
    for (std::size_t i = 0; i + 1 < attributes.size(); ++i) {
        const DataAttribute &type = attributes[i];
        const DataAttribute &duration = attributes[i + 1];
        if (type.type == std::uint16_t(IkeAttribute::LifeType)
            && type.integer() == std::uint64_t(LifeType::Seconds)
            && duration.type == std::uint16_t(IkeAttribute::LifeDuration))
            return duration.integer();
    }
    return std::nullopt;
}

Phase1MatchResult matchPhase1(const Proposal &offer, const Phase1Context &context)
{
    Phase1MatchResult result;
    for (const model::IsakmpPolicy &policy : context.policies) {
        for (std::size_t i = 0; i < offer.transforms.size(); ++i) {
            const Transform &transform = offer.transforms[i];
            Phase1TransformCheck checked{int(i), transform.number, policy.priority,
                                         check(transform, policy, context)};
            result.checks.append(checked);
            if (!checked.acceptable())
                continue;
            const auto offeredLife = offeredLifetimeSeconds(transform.attributes);
            const std::uint64_t local = std::uint64_t(policy.lifetimeSeconds);
            const int lifetime = int(offeredLife ? std::min(local, *offeredLife) : local);
            const auto auth = basicValue(transform.attributes, IkeAttribute::AuthenticationMethod);
            result.choice = Phase1Choice{int(i), policy, auth.value_or(0), lifetime};
            return result;
        }
    }
    return result;
}

} // namespace vtd::sim::ike
