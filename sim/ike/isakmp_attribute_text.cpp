#include "isakmp_attribute_text.h"

#include "isakmp_names.h"

namespace vtd::sim::ike {

namespace {

/** The attribute's value as a number for the texts that print one; TLVs longer than 8 bytes
 *  cannot be numbers and print as 0 (the duration texts print their bytes instead). */
std::uint16_t small(const DataAttribute &a)
{
    return std::uint16_t(a.integer().value_or(0));
}

QString durationText(const QString &prefix, const DataAttribute &a)
{
    if (a.basic)
        return QStringLiteral("%1 (basic) of %2").arg(prefix).arg(a.basicValue);
    return prefix + QStringLiteral(" (VPI) of  ") + vpiBytesText(a.variableValue);
}

QString authText(std::uint16_t method)
{
    switch (IkeAuthMethod(method)) {
    case IkeAuthMethod::PreShared: return QStringLiteral("auth pre-share");
    case IkeAuthMethod::XauthInitPreShared:
    case IkeAuthMethod::XauthRespPreShared: return QStringLiteral("extended auth pre-share");
    case IkeAuthMethod::RsaSignature: return QStringLiteral("auth RSA sig"); // [unverified]
    default: break;
    }
    return QStringLiteral("auth ") + authMethodName(method); // [unverified]
}

} // namespace

QString vpiBytesText(const QByteArray &value)
{
    QString out;
    for (char c : value)
        out += QStringLiteral("0x%1 ").arg(std::uint8_t(c), 0, 16);
    return out;
}

QString ikeAttributeDebugText(const DataAttribute &a)
{
    switch (IkeAttribute(a.type)) {
    case IkeAttribute::EncryptionAlgorithm: return QStringLiteral("encryption ") + ikeEncryptionName(small(a));
    case IkeAttribute::HashAlgorithm: return QStringLiteral("hash ") + ikeHashName(small(a));
    case IkeAttribute::AuthenticationMethod: return authText(small(a));
    case IkeAttribute::GroupDescription: return QStringLiteral("default group %1").arg(small(a));
    case IkeAttribute::LifeType: return QStringLiteral("life type in ") + lifeTypeName(small(a));
    case IkeAttribute::LifeDuration: return durationText(QStringLiteral("life duration"), a);
    case IkeAttribute::KeyLength: return QStringLiteral("keylength of %1").arg(small(a)); // [unverified]
    default: break;
    }
    return QStringLiteral("attribute %1").arg(ikeAttributeName(a.type)); // [unverified]
}

QString ipsecAttributeDebugText(const DataAttribute &a)
{
    switch (IpsecAttribute(a.type)) {
    case IpsecAttribute::SaLifeType: return QStringLiteral("SA life type in ") + lifeTypeName(small(a));
    case IpsecAttribute::SaLifeDuration: return durationText(QStringLiteral("SA life duration"), a);
    case IpsecAttribute::GroupDescription: return QStringLiteral("group is %1").arg(small(a)); // [unverified]
    case IpsecAttribute::EncapsulationMode: return QStringLiteral("encaps is %1").arg(small(a));
    case IpsecAttribute::AuthenticationAlgorithm:
        return QStringLiteral("authenticator is ") + ipsecAuthAlgorithmName(small(a));
    case IpsecAttribute::KeyLength: return QStringLiteral("key length is %1").arg(small(a)); // [unverified]
    default: break;
    }
    return QStringLiteral("attribute %1").arg(ipsecAttributeName(a.type)); // [unverified]
}

QString ipsecTransformDebugText(ProtocolId protocol, const Transform &transform)
{
    return QStringLiteral("transform %1, %2").arg(transform.number).arg(transformIdName(protocol, transform.transformId));
}

} // namespace vtd::sim::ike
