#pragma once

// Typed IOS 12.2 statements for AAA: `aaa new-model`, the method lists XAUTH and Easy VPN
// group lookups name, and the RADIUS / TACACS+ server lines. Other `aaa ...` and
// `radius-server ...` lines stay verbatim. One struct = one statement.

#include "model/ipv4.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace vtd::model {

/** `aaa new-model`: turns AAA on; without it no method list exists. */
struct IosAaaNewModel
{
    friend bool operator==(const IosAaaNewModel &, const IosAaaNewModel &) = default;
};

/** `aaa authentication login LIST M1 [M2 ...]` or `aaa authorization network LIST M1 ...`. */
struct IosAaaMethodList
{
    enum class Service { AuthenticationLogin, AuthorizationNetwork };
    Service service = Service::AuthenticationLogin;
    QString list;                       ///< a name, or "default"
    QStringList methods;                ///< in order, as written: "local", "group radius", "none"
    friend bool operator==(const IosAaaMethodList &, const IosAaaMethodList &) = default;
};

/** `radius-server host A [auth-port N] [acct-port N] [key [0|7] K]` or
 *  `tacacs-server host A [key [0|7] K]`. */
struct IosAaaServerHost
{
    enum class Protocol { Radius, Tacacs };
    Protocol protocol = Protocol::Radius;
    Ipv4Address address;
    std::optional<int> authPort;        ///< RADIUS only
    std::optional<int> acctPort;        ///< RADIUS only
    bool hasKey = false;                ///< a `key` is written
    std::optional<int> keyEncryption;   ///< the TYPE as written: 0 cleartext, 7 Vigenere
    std::optional<QString> key;         ///< hasKey but nullopt: imported masked (********)

    bool isCleartext() const { return keyEncryption.value_or(0) == 0; }
    friend bool operator==(const IosAaaServerHost &, const IosAaaServerHost &) = default;
};

} // namespace vtd::model
