#pragma once

// What the devices print when a typed line is not a command they can run.

#include "console_command_registry.h"

#include <QString>

namespace vtd::sim::console {

/** A line starting with `!` at the exec prompt. PIX: "Type help or '?' for a list of available
 *  commands." [seed]; IOS takes it as a comment and prints nothing. */
QString commentReply(Platform platform);

/** The reply to a line that did not resolve to a simulated command.
 *  PIX 6.2 [seed for unknown commands; ambiguous and incomplete assumed the same]: "Type help
 *  or '?' for a list of available commands.". IOS 12.2: the caret line under the failing word
 *  (`caretColumn` counts from the start of the prompt) and "% Invalid input detected at '^'
 *  marker.", "% Ambiguous command:  \"LINE\"", "% Incomplete command.". A real command the
 *  simulator does not model: "% Not simulated: KEYWORDS" on both (the simulator's own words). */
QString errorReply(Platform platform, const CommandRegistry::Match &match, const QString &line,
                   int caretColumn);

/** What the box prints when a configuration line is refused. PIX: the usage hint [unverified];
 *  IOS: "% Invalid input detected at '^' marker." without a caret position we could know. */
QString configErrorReply(Platform platform);

} // namespace vtd::sim::console
