#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace vtd::model {

/** Who may read a file we write. Files holding real secrets are owner-only (0600). */
enum class FileAccess { Normal, OwnerOnly };

/** Writes data to path atomically: into a temporary file beside it, then renamed over it.
 *  A crash or error before the rename leaves the previous file untouched.
 *  beforeCommit (tests) runs after the data is written; returning false abandons the write.
 *  Returns an io.cannot-write diagnostic on failure. */
std::optional<Diagnostic> writeFileAtomically(const QString &path, const QByteArray &data,
                                              FileAccess access,
                                              const std::function<bool()> &beforeCommit = {});

} // namespace vtd::model
