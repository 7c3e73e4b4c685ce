#pragma once

// Secrets of a PIX configuration: isakmp pre-shared keys, vpngroup passwords and AAA server
// keys. A secret read as ******** is unknown; these functions fill unknown secrets in.
// Filling in a secret is not a configuration change: the same is done to PixConfig::imported,
// so an imported Cryptochecksum stays valid.

#include "model/config/pix_config.h"

#include <QList>
#include <QString>

namespace vtd::gen::pix62 {

/** One secret the configuration needs but does not know. */
struct UnknownSecret
{
    enum class Kind { PresharedKey, GroupPassword, AaaServerKey };
    Kind kind = Kind::PresharedKey;
    QString subject;         ///< peer address, vpngroup name, or AAA server address
    qsizetype statement = -1;
    friend bool operator==(const UnknownSecret &, const UnknownSecret &) = default;
};

QList<UnknownSecret> unknownSecrets(const model::PixConfig &config);

/** Keeps known secrets across an edit made on masked text: every secret that is unknown in
 *  edited and known in old for the same peer (address and netmask) / group / AAA server is
 *  copied from old. edited is taken as an edit of old: it also takes old's import history, so
 *  the imported Cryptochecksum is kept only if the edit changed nothing. Returns how many
 *  secrets were filled in. */
int mergeKnownSecrets(const model::PixConfig &old, model::PixConfig &edited);

/** Fills in the unknown pre-shared key(s) of a peer address (0.0.0.0 = the wildcard key). */
int supplyPresharedKey(model::PixConfig &config, model::Ipv4Address peer, const QString &key);
/** Fills in the unknown password of a vpngroup. */
int supplyGroupPassword(model::PixConfig &config, const QString &group, const QString &password);

} // namespace vtd::gen::pix62
