#pragma once

// The IOS 12.2 command parsers, one per mode: global configuration (one line, or the header
// line of a block) and each block's sub-mode. Each reads a whole line from its Tokens and returns
// the typed command, or nothing with the reason left in the Tokens (see ParseFailure).

#include "ios122_tokens.h"
#include "model/config/ios_config.h"

#include <optional>

namespace vtd::gen::ios122 {

/** A global-mode line (banners excepted: they span lines and are read by the parser itself). */
std::optional<model::IosStatement> parseGlobalCommand(Tokens &t);
/** `crypto ...` in global mode, after the word `crypto`. */
std::optional<model::IosStatement> parseCryptoCommand(Tokens &t);
/** `aaa ...` in global mode, after the word `aaa` (ios122_parse_aaa.cpp). */
std::optional<model::IosStatement> parseAaaCommand(Tokens &t);
/** `radius-server ...` / `tacacs-server ...`, after that word. */
std::optional<model::IosStatement> parseServerHostCommand(Tokens &t, model::IosAaaServerHost::Protocol protocol);

std::optional<model::IosInterfaceCommand> parseInterfaceCommand(Tokens &t);
std::optional<model::IosIsakmpPolicyCommand> parseIsakmpPolicyCommand(Tokens &t);
std::optional<model::IosTransformSetCommand> parseTransformSetCommand(Tokens &t);
std::optional<model::IosCryptoMapCommand> parseCryptoMapCommand(Tokens &t);
std::optional<model::IosNamedAclCommand> parseNamedAclCommand(Tokens &t, bool standard);
std::optional<model::IosRouteMapCommand> parseRouteMapCommand(Tokens &t);
std::optional<model::IosLineCommand> parseLineCommand(Tokens &t);
std::optional<model::IosClientGroupCommand> parseClientGroupCommand(Tokens &t);

/** Reads the first word of a mode: unknown words give `unknownCode` (a warning), ambiguous
 *  prefixes an error. */
std::optional<QString> firstKeyword(Tokens &t, const QStringList &choices, const QString &unknownCode,
                                    const QString &block = {});

/** `password [0|7] VALUE` / `secret 5 HASH` values: the TYPE when one is written, then the rest
 *  of the line; ******** gives an unknown (nullopt) value. */
struct SecretText
{
    std::optional<int> encryption;
    std::optional<QString> value;
};
std::optional<SecretText> readSecretText(Tokens &t, const QList<int> &types);

} // namespace vtd::gen::ios122
