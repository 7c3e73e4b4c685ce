#include "esp_transform.h"

#include <QStringList>

namespace vtd::sim::esp {

using crypto::EncryptionAlgorithm;
using crypto::HashAlgorithm;

namespace {

constexpr std::size_t NullAlignment = 4;    // RFC 2406 §2.4: trailer ends on a 4-octet boundary
constexpr int OuterHeaderBytes = 20;
constexpr int EspHeaderBytes = 8;

QString cipherName(std::optional<EncryptionAlgorithm> cipher)
{
    if (!cipher)
        return QStringLiteral("esp-null");
    switch (*cipher) {
    case EncryptionAlgorithm::Des: return QStringLiteral("esp-des");
    case EncryptionAlgorithm::TripleDes: return QStringLiteral("esp-3des");
    case EncryptionAlgorithm::Aes128: return QStringLiteral("esp-aes");
    case EncryptionAlgorithm::Aes192: return QStringLiteral("esp-aes 192");
    case EncryptionAlgorithm::Aes256: return QStringLiteral("esp-aes 256");
    }
    return QStringLiteral("esp-null");
}

std::optional<EncryptionAlgorithm> aesWithKeyBits(QStringView bits)
{
    if (bits == u"128")
        return EncryptionAlgorithm::Aes128;
    if (bits == u"192")
        return EncryptionAlgorithm::Aes192;
    if (bits == u"256")
        return EncryptionAlgorithm::Aes256;
    return std::nullopt;
}

} // namespace

std::size_t EspTransform::blockSize() const
{
    return encryption ? crypto::blockSize(*encryption) : NullAlignment;
}

std::size_t EspTransform::ivSize() const
{
    return encryption ? crypto::blockSize(*encryption) : 0;
}

std::size_t EspTransform::icvSize() const
{
    return authentication ? crypto::Hmac96Size : 0;
}

std::size_t EspTransform::encryptionKeySize() const
{
    return encryption ? crypto::keySize(*encryption) : 0;
}

std::size_t EspTransform::authenticationKeySize() const
{
    return authentication ? crypto::digestSize(*authentication) : 0;
}

int EspTransform::ipsecOverhead() const
{
    return OuterHeaderBytes + EspHeaderBytes + int(ivSize() + blockSize() + icvSize());
}

QString EspTransform::ciscoName() const
{
    QString name = cipherName(encryption);
    if (authentication)
        name += *authentication == HashAlgorithm::Md5 ? QStringLiteral(" esp-md5-hmac")
                                                      : QStringLiteral(" esp-sha-hmac");
    return name;
}

std::optional<EspTransform> EspTransform::fromCiscoNames(QStringView words)
{
    const QStringList parts = words.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool haveCipher = false;
    EspTransform transform{std::nullopt, std::nullopt};
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &word = parts.at(i);
        std::optional<EncryptionAlgorithm> cipher;
        bool isCipher = true;
        if (word == u"esp-des")
            cipher = EncryptionAlgorithm::Des;
        else if (word == u"esp-3des")
            cipher = EncryptionAlgorithm::TripleDes;
        else if (word == u"esp-null")
            cipher = std::nullopt;
        else if (word == u"esp-aes") {
            cipher = EncryptionAlgorithm::Aes128;
            if (i + 1 < parts.size() && aesWithKeyBits(parts.at(i + 1)))
                cipher = aesWithKeyBits(parts.at(++i));
        } else
            isCipher = false;
        if (isCipher) {
            if (haveCipher)
                return std::nullopt;
            haveCipher = true;
            transform.encryption = cipher;
            continue;
        }
        if (transform.authentication || (word != u"esp-md5-hmac" && word != u"esp-sha-hmac"))
            return std::nullopt;
        transform.authentication = word == u"esp-md5-hmac" ? HashAlgorithm::Md5 : HashAlgorithm::Sha1;
    }
    if (!transform.isValid())
        return std::nullopt;
    return transform;
}

} // namespace vtd::sim::esp
