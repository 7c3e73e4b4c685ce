#pragma once

// Dialect-neutral IPsec transform set: a name, its AH/ESP transforms in the order written, and
// the mode. ESP without authentication (only an encryption transform), AH only and esp-null are
// all representable; each dialect prints its own keywords ("esp-aes-256" on PIX 6.3,
// "esp-aes 256" on IOS).

#include <QList>
#include <QString>

#include <optional>

namespace vtd::model {

enum class IpsecTransform {
    AhMd5Hmac,
    AhShaHmac,
    EspDes,
    Esp3des,
    EspAes128,
    EspAes192,
    EspAes256,
    EspNull,
    EspMd5Hmac,
    EspShaHmac,
};

enum class IpsecMode { Tunnel, Transport };

bool isAhTransform(IpsecTransform t);
bool isEspEncryption(IpsecTransform t);   ///< des, 3des, aes*, null
bool isEspAuthentication(IpsecTransform t);
bool isAesTransform(IpsecTransform t);

/** A named transform set (`crypto ipsec transform-set NAME t1 [t2 [t3]]`). */
struct TransformSet
{
    QString name;
    QList<IpsecTransform> transforms;  ///< as written
    std::optional<IpsecMode> mode;     ///< nullopt: not written (tunnel)

    std::optional<IpsecTransform> ah() const;
    std::optional<IpsecTransform> espEncryption() const;
    std::optional<IpsecTransform> espAuthentication() const;
    IpsecMode effectiveMode() const { return mode.value_or(IpsecMode::Tunnel); }
    friend bool operator==(const TransformSet &, const TransformSet &) = default;
};

} // namespace vtd::model
