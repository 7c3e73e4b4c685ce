#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QStringList>

#include <optional>

namespace vtd::cli {

/** Prints each diagnostic to stderr as `FILE:LINE: error|warning|note: MESSAGE [code]`. */
void printDiagnostics(const model::Diagnostics &diagnostics);

/** Loads a project file; prints why it cannot be loaded, or the findings of the dialects in its
 *  device texts (which do not stop it loading). */
std::optional<model::Project> loadProjectReporting(const QString &path);

/** Writes a file atomically, owner-only when it holds secrets; prints the error on failure. */
bool writeReporting(const QString &path, const QByteArray &data, bool holdsSecrets);

/** Saves a project, owner-only when it holds real secrets; prints the error on failure. */
bool saveProjectReporting(const model::Project &project, const QString &path);

} // namespace vtd::cli
