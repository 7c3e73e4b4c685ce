#include "ike_config_values.h"

namespace vtd::sim::ike {

WireCipher wireCipher(model::IkeEncryption encryption)
{
    using model::IkeEncryption;
    const auto aes = std::uint16_t(ike::IkeEncryption::AesCbc);
    switch (encryption) {
    case IkeEncryption::Des: return {std::uint16_t(ike::IkeEncryption::DesCbc), {}};
    case IkeEncryption::TripleDes: return {std::uint16_t(ike::IkeEncryption::TripleDesCbc), {}};
    case IkeEncryption::Aes128: return {aes, 128};
    case IkeEncryption::Aes192: return {aes, 192};
    case IkeEncryption::Aes256: return {aes, 256};
    }
    return {};
}

std::uint16_t wireHash(model::IkeHash hash)
{
    return std::uint16_t(hash == model::IkeHash::Md5 ? IkeHash::Md5 : IkeHash::Sha);
}

std::uint16_t wireAuthMethod(model::IkeAuthentication method)
{
    switch (method) {
    case model::IkeAuthentication::PreShare: return std::uint16_t(IkeAuthMethod::PreShared);
    case model::IkeAuthentication::RsaSig: return std::uint16_t(IkeAuthMethod::RsaSignature);
    case model::IkeAuthentication::RsaEncr: return std::uint16_t(IkeAuthMethod::RsaEncryption);
    }
    return 0;
}

std::uint16_t wireGroup(model::DhGroup group)
{
    return std::uint16_t(group);
}

std::optional<model::DhGroup> configGroup(std::uint16_t wire)
{
    switch (wire) {
    case 1: return model::DhGroup::Group1;
    case 2: return model::DhGroup::Group2;
    case 5: return model::DhGroup::Group5;
    default: return std::nullopt;
    }
}

std::optional<WireCipher> wireEspCipher(model::IpsecTransform transform)
{
    using model::IpsecTransform;
    const auto aes = std::uint16_t(EspTransform::Aes);
    switch (transform) {
    case IpsecTransform::EspDes: return WireCipher{std::uint16_t(EspTransform::Des), {}};
    case IpsecTransform::Esp3des: return WireCipher{std::uint16_t(EspTransform::TripleDes), {}};
    case IpsecTransform::EspAes128: return WireCipher{aes, 128};
    case IpsecTransform::EspAes192: return WireCipher{aes, 192};
    case IpsecTransform::EspAes256: return WireCipher{aes, 256};
    case IpsecTransform::EspNull: return WireCipher{std::uint16_t(EspTransform::Null), {}};
    default: return std::nullopt;
    }
}

std::optional<IpsecAuthAlgorithm> wireEspAuth(model::IpsecTransform transform)
{
    switch (transform) {
    case model::IpsecTransform::EspMd5Hmac:
    case model::IpsecTransform::AhMd5Hmac:
        return IpsecAuthAlgorithm::HmacMd5;
    case model::IpsecTransform::EspShaHmac:
    case model::IpsecTransform::AhShaHmac:
        return IpsecAuthAlgorithm::HmacSha;
    default:
        return std::nullopt;
    }
}

QString ikeEncryptionWord(std::uint16_t algorithm, std::optional<int> keyLength)
{
    switch (ike::IkeEncryption(algorithm)) {
    case ike::IkeEncryption::DesCbc: return QStringLiteral("des");
    case ike::IkeEncryption::TripleDesCbc: return QStringLiteral("3des");
    case ike::IkeEncryption::AesCbc:
        return keyLength.value_or(128) == 128 ? QStringLiteral("aes")
                                              : QStringLiteral("aes-%1").arg(*keyLength);
    default: return QStringLiteral("algorithm %1").arg(algorithm);
    }
}

QString ikeHashWord(std::uint16_t hash)
{
    switch (IkeHash(hash)) {
    case IkeHash::Md5: return QStringLiteral("md5");
    case IkeHash::Sha: return QStringLiteral("sha");
    default: return QStringLiteral("hash %1").arg(hash);
    }
}

QString authMethodWord(std::uint16_t method)
{
    switch (IkeAuthMethod(method)) {
    case IkeAuthMethod::PreShared: return QStringLiteral("pre-share");
    case IkeAuthMethod::RsaSignature: return QStringLiteral("rsa-sig");
    case IkeAuthMethod::RsaEncryption: return QStringLiteral("rsa-encr");
    case IkeAuthMethod::XauthInitPreShared: return QStringLiteral("pre-share with XAUTH");
    default: return QStringLiteral("method %1").arg(method);
    }
}

QString groupWord(std::uint16_t group)
{
    return QStringLiteral("group %1").arg(group);
}

QString espCipherWord(std::uint16_t transformId, std::optional<int> keyLength)
{
    switch (EspTransform(transformId)) {
    case EspTransform::Des: return QStringLiteral("esp-des");
    case EspTransform::TripleDes: return QStringLiteral("esp-3des");
    case EspTransform::Null: return QStringLiteral("esp-null");
    case EspTransform::Aes:
        return keyLength.value_or(128) == 128 ? QStringLiteral("esp-aes")
                                              : QStringLiteral("esp-aes-%1").arg(*keyLength);
    default: return QStringLiteral("ESP transform %1").arg(transformId);
    }
}

QString espAuthWord(std::optional<std::uint16_t> authAlgorithm)
{
    if (!authAlgorithm)
        return QStringLiteral("no authentication");
    switch (IpsecAuthAlgorithm(*authAlgorithm)) {
    case IpsecAuthAlgorithm::HmacMd5: return QStringLiteral("esp-md5-hmac");
    case IpsecAuthAlgorithm::HmacSha: return QStringLiteral("esp-sha-hmac");
    default: return QStringLiteral("authentication algorithm %1").arg(*authAlgorithm);
    }
}

} // namespace vtd::sim::ike
