#pragma once

// Secrets of an IOS configuration: pre-shared keys (`crypto isakmp key`), user passwords
// (`username ... password`), line passwords (` password` under `line`) and the keys of
// `radius-server host` / `tacacs-server host` lines and the ` key` of client configuration groups. What is shown is
// masked by the writer (IosWriteOptions::maskSecrets); what was imported masked is unknown until
// supplied; and text applied back with ******** keeps the secret it stood for.

#include "model/config/ios_config.h"

#include <QList>
#include <QString>

namespace vtd::gen::ios122 {

/** A secret the configuration holds only as ******** (imported masked). */
struct IosUnknownSecret
{
    enum class Kind { PresharedKey, UserPassword, LinePassword, AaaServerKey, ClientGroupKey };
    Kind kind = Kind::PresharedKey;
    QString name;   ///< the peer (address, or host name), the user, the line ("vty 0 4"), or
                    ///< the AAA server ("radius-server host 10.0.0.2"), or the client
                    ///< configuration group ("VPNclient")
    friend bool operator==(const IosUnknownSecret &, const IosUnknownSecret &) = default;
};

QList<IosUnknownSecret> unknownIosSecrets(const model::IosConfig &config);

/** Supplies the pre-shared key of `peer` (an address, `0.0.0.0` for the wildcard key, or the
 *  host name of a `hostname` key), as `--psk DEVICE:PEER=KEY` does. Replaces a known key too.
 *  False when no `crypto isakmp key` names that peer. */
bool supplyIosPresharedKey(model::IosConfig &config, const QString &peer, const QString &key);

/** Every secret unknown in `edited` takes the value of the same key, user or line in `known`
 *  (the configuration as stored). Returns how many were restored. */
int restoreIosSecrets(model::IosConfig &edited, const model::IosConfig &known);

/** The same at the text level, for text shown masked and applied back: each ******** that
 *  stands for a secret `storedText` knows is replaced by it; every other character of
 *  `editedText` is kept as the user wrote it. */
QString restoreIosSecretsInText(const QString &editedText, const QString &storedText);

} // namespace vtd::gen::ios122
