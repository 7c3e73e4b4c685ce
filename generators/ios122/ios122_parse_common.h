#pragma once

// Pieces several IOS command parsers read: interface names, access-list addresses (with
// wildcards), ports and whole entries, SA lifetimes and DH groups.

#include "ios122_tokens.h"
#include "model/config/access_list.h"
#include "model/config/ios_crypto_commands.h"

#include <optional>

namespace vtd::gen::ios122 {

/** A Latin-1 literal as a QString (the "what was expected" words of the diagnostics). */
inline QString arg(const char *text) { return QString::fromLatin1(text); }

/** The code of a sub-mode line this program does not know. */
inline QString unknownSubcommandCode() { return QStringLiteral("ios.unknown-subcommand"); }

/** The parsed value as the statement type R, once the line has no words left over. */
template <class R, class T> std::optional<R> finished(Tokens &t, T value)
{
    if (!t.finish())
        return std::nullopt;
    return R(std::move(value));
}

/** An interface name in one word ("e0/0") or two ("Ethernet 0/0"), resolved to its full form. */
std::optional<QString> readInterface(Tokens &t, const QString &what);

/** The rest of an access-list entry after `permit`/`deny`: extended (protocol, source, ports,
 *  destination, ports or ICMP type, established, log) or standard (source [log]). Options this
 *  program does not model (precedence, tos, time-range ...) fail with a warning. */
std::optional<model::AccessListEntry> readAclEntry(Tokens &t, model::AclAction action, bool standard);

/** `seconds N` or `kilobytes N` (IPsec SA lifetime, global or per map entry). */
std::optional<model::IosSaLifetime> readSaLifetime(Tokens &t);

/** "permit" / "deny". */
std::optional<model::AclAction> readAction(Tokens &t);

} // namespace vtd::gen::ios122
