#include "pix62_password_hash.h"

#include <QCryptographicHash>

namespace vtd::gen::pix62 {

QString pixPasswordHash(const QString &password)
{
    static const char alphabet[] = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QByteArray padded = password.toUtf8().left(16);
    padded.append(16 - padded.size(), '\0');
    const QByteArray digest = QCryptographicHash::hash(padded, QCryptographicHash::Md5);
    QString result;
    for (int i = 0; i < 16; i += 4) {
        quint32 v = quint8(digest[i]) | quint32(quint8(digest[i + 1])) << 8 | quint32(quint8(digest[i + 2])) << 16;
        for (int c = 0; c < 4; ++c, v >>= 6)
            result += QLatin1Char(alphabet[v & 0x3f]);
    }
    return result;
}

} // namespace vtd::gen::pix62
