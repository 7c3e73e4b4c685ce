#include "cli_support.h"

#include "subcommand.h"

#include "generators/device_texts.h"
#include "generators/secrets.h"
#include "model/diagnostic_catalog.h"
#include "model/io/project_file.h"

namespace vtd::cli {

void printDiagnostics(const model::Diagnostics &diagnostics)
{
    for (const model::Diagnostic &d : diagnostics)
        printError(model::diagnosticLine(d));
}

std::optional<model::Project> loadProjectReporting(const QString &path)
{
    model::ProjectReadResult loaded = model::loadProjectFile(path);
    printDiagnostics(loaded.diagnostics);
    if (loaded.project)
        printDiagnostics(gen::checkDeviceTexts(*loaded.project));
    return loaded.project;
}

bool writeReporting(const QString &path, const QByteArray &data, bool holdsSecrets)
{
    const auto access = holdsSecrets ? model::FileAccess::OwnerOnly : model::FileAccess::Normal;
    if (const auto error = model::writeFileAtomically(path, data, access)) {
        printError(model::diagnosticLine(*error));
        return false;
    }
    return true;
}

bool saveProjectReporting(const model::Project &project, const QString &path)
{
    const auto access = gen::projectHoldsSecrets(project) ? model::FileAccess::OwnerOnly
                                                          : model::FileAccess::Normal;
    if (const auto error = model::saveProjectFile(project, path, access)) {
        printError(model::diagnosticLine(*error));
        return false;
    }
    return true;
}

} // namespace vtd::cli
