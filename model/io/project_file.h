#pragma once

#include "model/diagnostic.h"
#include "model/io/atomic_file.h"
#include "model/project.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace vtd::model {

/** The project file format (.vpnd): JSON, versioned by "schema_version". */
inline constexpr int kProjectSchemaVersion = 1;
inline constexpr char kProjectFormatId[] = "vpn-topology-designer-project";

/** A project, or the reasons it could not be read. Never half a project:
 *  project is set only when diagnostics hold no error. */
struct ProjectReadResult
{
    std::optional<Project> project;
    Diagnostics diagnostics;
};

/** Parses and validates a project document. fileName goes into the diagnostics.
 *  Every error found is reported (not only the first); an error about a place in the document
 *  names it as a JSON path in params["path"] ("nodes[3].host.address"), a text that is not JSON
 *  gets the line in Diagnostic::line and the column in params["column"]. A field the format does
 *  not know is a project.unknown-field warning: the project still loads, without it.
 *  Node and link ids are assigned in file order (1, 2, ...). */
ProjectReadResult readProject(const QByteArray &json, const QString &fileName);
/** Reads and parses a file; io.cannot-read when it cannot be opened. */
ProjectReadResult loadProjectFile(const QString &path);

/** The canonical bytes of a project: the same project always gives the same bytes
 *  (indented JSON, keys sorted, final newline); readProject of them gives the project back.
 *  Texts are stored as arrays of lines; a text without a final newline gets one. */
QByteArray writeProject(const Project &project);
/** Saves atomically; OwnerOnly when the project holds real secrets. */
std::optional<Diagnostic> saveProjectFile(const Project &project, const QString &path,
                                          FileAccess access);

} // namespace vtd::model
