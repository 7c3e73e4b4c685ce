#include "device_identity.h"

namespace vtd::sim::output {

std::uint32_t fnv1a32(const QString &text)
{
    std::uint32_t hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= std::uint8_t(byte);
        hash *= 16777619u;
    }
    return hash;
}

QString derivedMacAddress(const QString &nodeName, int portIndex)
{
    const std::uint32_t low = (fnv1a32(nodeName) + std::uint32_t(portIndex)) & 0xffffffu;
    return QStringLiteral("0002.b9%1.%2")
        .arg(low >> 16, 2, 16, QLatin1Char('0'))
        .arg(low & 0xffffu, 4, 16, QLatin1Char('0'));
}

QString macAddressOf(const QMap<QString, QString> &known, const QString &nodeName,
                     const QString &port, int portIndex)
{
    const QString mac = known.value(port);
    return mac.isEmpty() ? derivedMacAddress(nodeName, portIndex) : mac;
}

std::uint32_t derivedSerialNumber(const QString &nodeName)
{
    return 400000000u + fnv1a32(nodeName) % 100000000u;
}

std::array<std::uint32_t, 4> derivedActivationKey(const QString &nodeName)
{
    std::array<std::uint32_t, 4> key{};
    for (int i = 0; i < 4; ++i)
        key[std::size_t(i)] = fnv1a32(nodeName + QStringLiteral(":key") + QString::number(i));
    return key;
}

} // namespace vtd::sim::output
