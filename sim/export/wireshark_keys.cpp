#include "wireshark_keys.h"

#include "model/io/atomic_file.h"

#include <QDir>

namespace vtd::sim::exporting {

QString wiresharkEncryptionName(const QString &encryption)
{
    if (encryption == QLatin1String("des"))
        return QStringLiteral("DES-CBC [RFC2405]");
    if (encryption == QLatin1String("3des"))
        return QStringLiteral("TripleDES-CBC [RFC2451]");
    if (encryption.startsWith(QLatin1String("aes")))
        return QStringLiteral("AES-CBC [RFC3602]");
    return QStringLiteral("NULL [RFC2410]");
}

QString wiresharkAuthenticationName(const QString &authentication)
{
    if (authentication == QLatin1String("md5"))
        return QStringLiteral("HMAC-MD5-96 [RFC2403]");
    if (authentication == QLatin1String("sha1"))
        return QStringLiteral("HMAC-SHA-1-96 [RFC2404]");
    return QStringLiteral("NULL");
}

void WiresharkKeys::onKeys(const KeyTrace &keys)
{
    const auto field = [&](const char *name) { return keys.fields.value(QString::fromLatin1(name)); };
    if (keys.kind == QLatin1String("ike")) {
        const QString cookie = field("cookie_i");
        if (cookie.isEmpty() || m_seenIke.contains(cookie))
            return;
        m_seenIke.insert(cookie);
        m_ike << QStringLiteral("%1,%2\n").arg(cookie, field("enc_key")).toUtf8(); // hex fields are unquoted in UAT files
        return;
    }
    const QString key = field("spi") + QLatin1Char('/') + field("dst");
    if (m_seenEsp.contains(key))
        return;
    m_seenEsp.insert(key);
    m_esp << QStringLiteral("\"IPv4\",\"%1\",\"%2\",\"0x%3\",\"%4\",\"0x%5\",\"%6\",\"0x%7\"\n")
                 .arg(field("src"), field("dst"), field("spi"), wiresharkEncryptionName(field("encryption")),
                      field("enc_key"), wiresharkAuthenticationName(field("authentication")), field("auth_key"))
                 .toUtf8();
}

QByteArray WiresharkKeys::ikev1DecryptionTable() const
{
    QByteArray out;
    for (const QByteArray &line : m_ike)
        out += line;
    return out;
}

QByteArray WiresharkKeys::espSaTable() const
{
    QByteArray out;
    for (const QByteArray &line : m_esp)
        out += line;
    return out;
}

QByteArray WiresharkKeys::preferences()
{
    return "esp.enable_encryption_decode: TRUE\nesp.enable_authentication_check: TRUE\n";
}

QString WiresharkKeys::write(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return QStringLiteral("cannot create %1").arg(directory);
    const QDir dir(directory);
    const std::pair<const char *, QByteArray> files[] = {
        {"ikev1_decryption_table", ikev1DecryptionTable()},
        {"esp_sa", espSaTable()},
        {"preferences", preferences()},
    };
    for (const auto &[name, data] : files) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        if (const auto problem = model::writeFileAtomically(path, data, model::FileAccess::OwnerOnly))
            return QStringLiteral("cannot write %1").arg(path);
    }
    return {};
}

} // namespace vtd::sim::exporting
