#pragma once

// Shared by tst_crypto_adapter and tst_keymat_v1: reads the known-answer files under
// tests/data/keymat, which make_vectors.py writes with Python's hashlib/hmac/pow:
//
//   # comment
//   [case name]
//   field = hex value (or a plain word such as "sha1" or "44")

#include "sim/crypto/bytes.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

/** One [case] block of a vector file. */
struct VectorCase
{
    QString name;
    QMap<QString, QByteArray> fields;

    QByteArray text(const QString &field) const { return fields.value(field); }
    vtd::crypto::Bytes bytes(const QString &field) const
    {
        const auto decoded = vtd::crypto::fromHex(fields.value(field).toStdString());
        return decoded ? *decoded : vtd::crypto::Bytes{};
    }
};
Q_DECLARE_METATYPE(VectorCase)

/** Every case of a vector file; empty if the file cannot be read. */
inline QList<VectorCase> readVectorFile(const QString &path)
{
    QList<VectorCase> cases;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return cases;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[') && line.endsWith(']')) {
            cases.append(VectorCase{QString::fromUtf8(line.mid(1, line.size() - 2)), {}});
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !cases.isEmpty())
            cases.last().fields.insert(QString::fromUtf8(line.left(eq).trimmed()),
                                       line.mid(eq + 1).trimmed());
    }
    return cases;
}

/** A QByteArray's bytes as the adapter's input type. */
inline vtd::crypto::BytesView viewOf(const QByteArray &data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.constData()), std::size_t(data.size())};
}

/** Lower-case hex of bytes, as QByteArray so that QCOMPARE prints both sides readably. */
inline QByteArray hexOf(vtd::crypto::BytesView bytes)
{
    return QByteArray::fromStdString(vtd::crypto::toHex(bytes));
}
