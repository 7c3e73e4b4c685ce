#pragma once

#include "model/diagnostic.h"

#include <QList>
#include <QString>

#include <optional>

namespace vtd::gen {

/** A secret supplied on the command line for a config that shows it masked (`********`):
 *  `--psk DEVICE:PEER=KEY` (PEER an address, 0.0.0.0 for the wildcard key) or
 *  `--group-password DEVICE:GROUP=PASSWORD`. DEVICE is a hostname or a VPN Client node name. */
struct SecretOverride
{
    enum class Kind { PreSharedKey, GroupPassword };
    Kind kind = Kind::PreSharedKey;
    QString device;
    QString target;   ///< peer address or group name
    QString secret;
    friend bool operator==(const SecretOverride &, const SecretOverride &) = default;
};

/** Parses "DEVICE:TARGET=SECRET"; nullopt when malformed (no colon, no '=', empty part). */
std::optional<SecretOverride> parseSecretOverride(SecretOverride::Kind kind, const QString &text);

} // namespace vtd::gen
