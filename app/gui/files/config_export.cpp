#include "config_export.h"

#include "generators/device_export.h"
#include "generators/device_texts.h"
#include "model/io/atomic_file.h"

#include <QDir>
#include <QFileInfo>

namespace vtd::app {

namespace {

model::FileAccess accessFor(const gen::ExportedText &text)
{
    return text.holdsSecrets ? model::FileAccess::OwnerOnly : model::FileAccess::Normal;
}

} // namespace

ConfigExportResult exportConfigsToFolder(const model::Project &project, const QString &folder,
                                         bool revealSecrets)
{
    ConfigExportResult result;
    const QDir dir(folder);
    for (const gen::ExportedText &text : gen::exportDeviceTexts(project, revealSecrets)) {
        const QString path = QFileInfo(dir.filePath(text.fileName)).absoluteFilePath();
        if (auto error = model::writeFileAtomically(path, text.text.toUtf8(), accessFor(text))) {
            result.error = error;
            return result;
        }
        result.written << path;
    }
    return result;
}

ConfigExportResult exportProfile(const model::Project &project, model::NodeId client,
                                 const QString &path, bool revealSecrets)
{
    ConfigExportResult result;
    const model::Node *node = project.node(client);
    if (!node || node->kind != model::NodeKind::VpnClient)
        return result;
    // Export the one node alone: its file name is then exactly deviceTextFileName().
    model::Project single;
    single.insertNode(*node);
    for (const gen::ExportedText &text : gen::exportDeviceTexts(single, revealSecrets)) {
        if (auto error = model::writeFileAtomically(path, text.text.toUtf8(), accessFor(text))) {
            result.error = error;
            return result;
        }
        result.written << QFileInfo(path).absoluteFilePath();
    }
    return result;
}

} // namespace vtd::app
