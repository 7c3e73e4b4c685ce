#include "crypto_capabilities.h"

#include "model/project.h"

#include <QRegularExpression>

namespace vtd::sim::ike {

namespace {
/** Major.minor of "6.2(2)", "12.2(6)", "3.6.1"; {0, 0} when unreadable. */
std::pair<int, int> versionOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {0, 0};
    return {match.captured(1).toInt(), match.captured(2).toInt()};
}
} // namespace

CryptoCapabilities CryptoCapabilities::of(const model::Node &node)
{
    CryptoCapabilities caps;
    const auto [major, minor] = versionOf(node.softwareVersion);
    switch (node.kind) {
    case model::NodeKind::PixFirewall: {
        const bool is63 = major > 6 || (major == 6 && minor >= 3);
        caps.software = QStringLiteral("PIX %1.%2").arg(major).arg(minor);
        caps.des = node.licences.vpnDes || node.licences.vpn3Des;
        // The VPN-3DES-AES activation key enables both strong ciphers; AES needs 6.3 software.
        caps.tripleDes = node.licences.vpn3Des;
        caps.aes = node.licences.vpn3Des && is63;
        caps.group5 = is63;
        break;
    }
    case model::NodeKind::IosRouter:
        // A 12.2 mainline crypto (k9) image: DES and 3DES, groups 1 and 2 (AES and group 5
        // arrived in 12.2(13)T / 12.3).
        caps.software = QStringLiteral("IOS %1.%2").arg(major).arg(minor);
        caps.tripleDes = true;
        break;
    default:
        caps.software = QStringLiteral("VPN Client");
        caps.tripleDes = caps.aes = caps.group5 = true;
        break;
    }
    return caps;
}

bool CryptoCapabilities::supports(IkeEncryption encryption) const
{
    return refusal(encryption).isEmpty();
}

bool CryptoCapabilities::supports(EspTransform transform) const
{
    return refusal(transform).isEmpty();
}

bool CryptoCapabilities::supports(DhGroup group) const
{
    return refusal(group).isEmpty();
}

QString CryptoCapabilities::refusal(IkeEncryption encryption) const
{
    switch (encryption) {
    case IkeEncryption::DesCbc:
        return des ? QString() : QStringLiteral("not licensed (VPN-DES)");
    case IkeEncryption::TripleDesCbc:
        return tripleDes ? QString() : QStringLiteral("not licensed (VPN-3DES)");
    case IkeEncryption::AesCbc:
        if (aes)
            return {};
        return software.startsWith(QLatin1String("PIX 6.2")) || software.startsWith(QLatin1String("IOS"))
                   ? QStringLiteral("not supported by %1").arg(software)
                   : QStringLiteral("not licensed (VPN-3DES-AES)");
    default:
        return QStringLiteral("not supported by %1").arg(software);
    }
}

QString CryptoCapabilities::refusal(EspTransform transform) const
{
    switch (transform) {
    case EspTransform::Des:
        return refusal(IkeEncryption::DesCbc);
    case EspTransform::TripleDes:
        return refusal(IkeEncryption::TripleDesCbc);
    case EspTransform::Aes:
        return refusal(IkeEncryption::AesCbc);
    case EspTransform::Null:
        return {};
    default:
        return QStringLiteral("not supported by %1").arg(software);
    }
}

QString CryptoCapabilities::refusal(DhGroup group) const
{
    if (group == DhGroup::Modp768 || group == DhGroup::Modp1024)
        return {};
    if (group == DhGroup::Modp1536 && group5)
        return {};
    return QStringLiteral("not supported by %1").arg(software);
}

} // namespace vtd::sim::ike
