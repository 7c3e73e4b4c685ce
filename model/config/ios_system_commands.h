#pragma once

// Typed IOS 12.2 statements for the box itself and for the text around the configuration:
// comments, verbatim lines, the `show running-config` header, version, hostname, banners,
// users and terminal lines. One struct = one statement; the comment shows what it stands for.

#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace vtd::model {

/** A line this program does not model (or could not read), kept exactly as written,
 *  indentation included. Used at top level and inside blocks. */
struct IosVerbatim
{
    QString text;
    friend bool operator==(const IosVerbatim &, const IosVerbatim &) = default;
};

/** `!` (a section break), or `! text`: text is everything after the '!'. */
struct IosComment
{
    QString text;
    friend bool operator==(const IosComment &, const IosComment &) = default;
};

/** `Building configuration...`, printed by `write terminal` before the header. */
struct IosBuilding
{
    friend bool operator==(const IosBuilding &, const IosBuilding &) = default;
};

/** `Current configuration : N bytes`. N is derived data: two values compare equal whatever
 *  their counts; the writer keeps the imported N while the configuration is unchanged and
 *  computes it otherwise (see ios_writer.h for the rule). */
struct IosCurrentConfiguration
{
    qint64 bytes = 0;
    friend bool operator==(const IosCurrentConfiguration &, const IosCurrentConfiguration &) { return true; }
};

/** `version 12.2`: the release train, as IOS prints it (no maintenance number). */
struct IosVersion
{
    QString version = QStringLiteral("12.2");
    friend bool operator==(const IosVersion &, const IosVersion &) = default;
};

/** `hostname NAME`. */
struct IosHostname
{
    QString name;
    friend bool operator==(const IosHostname &, const IosHostname &) = default;
};

/** `end`: the last line of a configuration. */
struct IosEnd
{
    friend bool operator==(const IosEnd &, const IosEnd &) = default;
};

/** `banner motd ^C...^C`: the text between the delimiters, line breaks included, verbatim. */
struct IosBanner
{
    QString kind = QStringLiteral("motd");   ///< motd, login, exec, incoming, slip-ppp
    QString delimiter = QStringLiteral("^C"); ///< one character, or "^C" as show running-config prints it
    QString body;                             ///< "\nAuthorised access only\n" in the printed form
    friend bool operator==(const IosBanner &, const IosBanner &) = default;
};

/** `username NAME [privilege N] {password|secret} [TYPE] VALUE`. */
struct IosUsername
{
    QString name;
    std::optional<int> privilege;
    bool secretKeyword = false;       ///< `secret` (hashed) instead of `password`
    std::optional<int> encryption;    ///< the TYPE as written: 0 cleartext, 5 MD5 hash, 7 Vigenere
    std::optional<QString> value;     ///< nullopt: imported masked (********), unknown

    /** True when value is a cleartext secret (not a hash), which display masks. */
    bool isCleartext() const { return !secretKeyword && encryption.value_or(0) == 0; }
    friend bool operator==(const IosUsername &, const IosUsername &) = default;
};

/** ` password [TYPE] VALUE` under a `line`. */
struct IosLinePassword
{
    std::optional<int> encryption;    ///< as written: nullopt or 0 cleartext, 7 Vigenere
    std::optional<QString> value;     ///< nullopt: imported masked (********), unknown

    bool isCleartext() const { return encryption.value_or(0) == 0; }
    friend bool operator==(const IosLinePassword &, const IosLinePassword &) = default;
};

/** ` login [local]` under a `line`: ask for the line password (or a local username). */
struct IosLogin
{
    bool local = false;
    friend bool operator==(const IosLogin &, const IosLogin &) = default;
};

using IosLineCommand = std::variant<IosLinePassword, IosLogin, IosVerbatim>;

/** `line con 0` / `line aux 0` / `line vty 0 4` and its sub-commands in order. */
struct IosLine
{
    enum class Kind { Console, Aux, Vty, Tty };
    Kind kind = Kind::Vty;
    int first = 0;
    std::optional<int> last;          ///< `line vty 0 4`: 4
    QList<IosLineCommand> commands;

    /** "vty 0 4": what names the line in messages and secret merges. */
    QString label() const;
    const IosLinePassword *password() const;
    friend bool operator==(const IosLine &, const IosLine &) = default;
};

} // namespace vtd::model
