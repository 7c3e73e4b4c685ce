#pragma once

// Small rules shared by the PIX and IOS line merges (config_merge.h).

#include "model/diagnostic.h"

#include <QString>

#include <optional>

namespace vtd::sim::console {

/** The warning for a `no ...` line that matches no statement. */
model::Diagnostic nothingToRemove(const QString &line);
/** True when the dialect's findings refuse the line (errors, unknown or ambiguous commands);
 *  those findings are raised to errors. */
bool refuses(model::Diagnostics &diagnostics);
/** Whether `statement` is `prefix` or continues it word for word (case-insensitive). */
bool startsWithWords(const QString &statement, const QString &prefix);
/** "no route ..." -> "route ..."; nullopt for a line without `no`. */
std::optional<QString> negatedRest(const QString &line);

} // namespace vtd::sim::console
