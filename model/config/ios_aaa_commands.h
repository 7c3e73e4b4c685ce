#pragma once

// Typed IOS 12.2 statements for AAA and remote access: `aaa new-model`, the method lists XAUTH
// and Easy VPN group lookups name, the RADIUS / TACACS+ server lines, and the Easy VPN server's
// `crypto isakmp client configuration group` blocks. Other `aaa ...` and `radius-server ...`
// lines stay verbatim. One struct = one statement.

#include "ios_system_commands.h"
#include "model/ipv4.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

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

/** ` key [0|6] KEY` under a client configuration group: the group's pre-shared key. */
struct IosClientGroupKey
{
    std::optional<int> encryption;      ///< as written: nullopt or 0 cleartext, 6 encrypted
    std::optional<QString> value;       ///< nullopt: imported masked (********), unknown

    bool isCleartext() const { return encryption.value_or(0) == 0; }
    friend bool operator==(const IosClientGroupKey &, const IosClientGroupKey &) = default;
};

/** ` pool NAME`, ` dns A [B]`, ` wins A [B]` or ` domain NAME` under a client configuration group. */
struct IosClientGroupSetting
{
    enum class Kind { Pool, Dns, Wins, Domain };
    Kind kind = Kind::Pool;
    QStringList values;                 ///< as written (names or addresses)
    friend bool operator==(const IosClientGroupSetting &, const IosClientGroupSetting &) = default;
};

using IosClientGroupCommand = std::variant<IosClientGroupKey, IosClientGroupSetting, IosVerbatim>;

/** `crypto isakmp client configuration group NAME` (Easy VPN server, 12.2(8)T) and its
 *  sub-commands in order; the VPN Client's GroupName selects it. */
struct IosClientGroup
{
    QString name;
    QList<IosClientGroupCommand> commands;

    const IosClientGroupKey *key() const;
    /** The values of the last setting of that kind; empty: not set. */
    QStringList setting(IosClientGroupSetting::Kind kind) const;
    friend bool operator==(const IosClientGroup &, const IosClientGroup &) = default;
};

} // namespace vtd::model
