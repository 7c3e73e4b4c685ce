#pragma once

// PIX 6.x keywords of the dialect-neutral IPsec/IKE enums, both directions.

#include "model/config/crypto_map.h"
#include "model/config/isakmp_policy.h"
#include "model/config/transform_set.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::gen::pix62 {

QString transformKeyword(model::IpsecTransform t);           ///< "esp-des"
std::optional<model::IpsecTransform> transformFromKeyword(const QString &keyword);
QStringList transformKeywords();

QString authenticationKeyword(model::IkeAuthentication a);    ///< "pre-share"
QString encryptionKeyword(model::IkeEncryption e);            ///< "3des", "aes-256"
QString hashKeyword(model::IkeHash h);                        ///< "sha"
QString groupNumber(model::DhGroup g);                        ///< "2"
QString pfsGroupKeyword(model::DhGroup g);                    ///< "group2"

QStringList authenticationKeywords();
QStringList encryptionKeywords();
QStringList hashKeywords();
std::optional<model::IkeAuthentication> authenticationFromKeyword(const QString &keyword);
std::optional<model::IkeEncryption> encryptionFromKeyword(const QString &keyword);
std::optional<model::IkeHash> hashFromKeyword(const QString &keyword);

} // namespace vtd::gen::pix62
