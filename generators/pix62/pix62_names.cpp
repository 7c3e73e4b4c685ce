#include "pix62_names.h"

#include <utility>

namespace vtd::gen::pix62 {

using namespace model;

namespace {

template <class E>
using Table = std::initializer_list<std::pair<E, const char *>>;

const Table<IpsecTransform> kTransforms = {
    {IpsecTransform::AhMd5Hmac, "ah-md5-hmac"}, {IpsecTransform::AhShaHmac, "ah-sha-hmac"},
    {IpsecTransform::EspDes, "esp-des"}, {IpsecTransform::Esp3des, "esp-3des"},
    {IpsecTransform::EspAes128, "esp-aes"}, {IpsecTransform::EspAes192, "esp-aes-192"},
    {IpsecTransform::EspAes256, "esp-aes-256"}, {IpsecTransform::EspNull, "esp-null"},
    {IpsecTransform::EspMd5Hmac, "esp-md5-hmac"}, {IpsecTransform::EspShaHmac, "esp-sha-hmac"},
};
const Table<IkeAuthentication> kAuthentications = {
    {IkeAuthentication::PreShare, "pre-share"}, {IkeAuthentication::RsaSig, "rsa-sig"},
};
const Table<IkeEncryption> kEncryptions = {
    {IkeEncryption::Des, "des"}, {IkeEncryption::TripleDes, "3des"}, {IkeEncryption::Aes128, "aes"},
    {IkeEncryption::Aes192, "aes-192"}, {IkeEncryption::Aes256, "aes-256"},
};
const Table<IkeHash> kHashes = {{IkeHash::Md5, "md5"}, {IkeHash::Sha, "sha"}};

template <class E>
QString keywordOf(const Table<E> &table, E value)
{
    for (const auto &[e, keyword] : table) {
        if (e == value)
            return QString::fromLatin1(keyword);
    }
    return {};
}

template <class E>
std::optional<E> valueOf(const Table<E> &table, const QString &keyword)
{
    for (const auto &[e, k] : table) {
        if (keyword == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

template <class E>
QStringList keywordsOf(const Table<E> &table)
{
    QStringList list;
    for (const auto &entry : table)
        list << QString::fromLatin1(entry.second);
    return list;
}

} // namespace

QString transformKeyword(IpsecTransform t) { return keywordOf(kTransforms, t); }
std::optional<IpsecTransform> transformFromKeyword(const QString &k) { return valueOf(kTransforms, k); }
QStringList transformKeywords() { return keywordsOf(kTransforms); }

QString authenticationKeyword(IkeAuthentication a)
{
    // rsa-encr is an IOS method; a PIX prints it as it has no keyword of its own.
    return a == IkeAuthentication::RsaEncr ? QStringLiteral("rsa-encr") : keywordOf(kAuthentications, a);
}
QString encryptionKeyword(IkeEncryption e) { return keywordOf(kEncryptions, e); }
QString hashKeyword(IkeHash h) { return keywordOf(kHashes, h); }
QString groupNumber(DhGroup g) { return QString::number(int(g)); }
QString pfsGroupKeyword(DhGroup g) { return QStringLiteral("group") + groupNumber(g); }

QStringList authenticationKeywords() { return keywordsOf(kAuthentications); }
QStringList encryptionKeywords() { return keywordsOf(kEncryptions); }
QStringList hashKeywords() { return keywordsOf(kHashes); }
std::optional<IkeAuthentication> authenticationFromKeyword(const QString &k) { return valueOf(kAuthentications, k); }
std::optional<IkeEncryption> encryptionFromKeyword(const QString &k) { return valueOf(kEncryptions, k); }
std::optional<IkeHash> hashFromKeyword(const QString &k) { return valueOf(kHashes, k); }

} // namespace vtd::gen::pix62
