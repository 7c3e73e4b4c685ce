#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QStringList>

#include <optional>

namespace vtd::app {

/** What an export wrote, or why it stopped. */
struct ConfigExportResult
{
    QStringList written;                   ///< absolute paths
    std::optional<model::Diagnostic> error; ///< the first file that could not be written
};

/** Writes every device's text (PIX/IOS configuration, VPN Client .pcf) into the folder, named
 *  by gen::exportDeviceTexts ("snow.cfg"); secrets masked or revealed, revealed files owner-only. */
ConfigExportResult exportConfigsToFolder(const model::Project &project, const QString &folder,
                                         bool revealSecrets);

/** Writes one VPN Client PC's connection profile (.pcf) to `path` (owner-only when it reveals
 *  its group password). */
ConfigExportResult exportProfile(const model::Project &project, model::NodeId client,
                                 const QString &path, bool revealSecrets);

} // namespace vtd::app
