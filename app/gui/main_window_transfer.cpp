// MainWindow's import and export: configurations onto the canvas through the importer, device
// texts into a folder, a VPN Client profile, and the diagram as PNG, SVG or PDF.

#include "main_window.h"

#include "canvas/topology_scene.h"
#include "files/config_export.h"
#include "files/diagram_export.h"
#include "files/paste_config_dialog.h"
#include "files/user_prompts.h"
#include "load_failure_dialog.h"

#include "generators/importer/importer.h"
#include "model/document.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace vtd::app {

namespace {

gen::ImportSource readSource(const QString &path, model::Diagnostics &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        model::Diagnostic d;
        d.severity = model::Severity::Error;
        d.code = QStringLiteral("io.cannot-read");
        d.file = QFileInfo(path).fileName();
        d.params.insert(QStringLiteral("reason"), file.errorString());
        problems << d;
        return {};
    }
    return {QFileInfo(path).fileName(), QString::fromUtf8(file.readAll())};
}

} // namespace

void MainWindow::importFiles(const QStringList &paths)
{
    QList<gen::ImportSource> sources;
    model::Diagnostics problems;
    for (const QString &path : paths) {
        gen::ImportSource source = readSource(path, problems);
        if (!source.fileName.isEmpty())
            sources << source;
    }
    const gen::ImportResult result = gen::importSources(*m_document, sources);
    problems += result.diagnostics;
    for (const model::Diagnostic &d : std::as_const(problems)) {
        if (d.severity != model::Severity::Note)
            m_loadFindings << d;
    }
    updateFindings();
    m_scene->selectNodes(result.addedNodes);
    showMessage(tr("Imported %n node(s)", nullptr, int(result.addedNodes.size())));
}

void MainWindow::importText(const QString &name, const QString &text)
{
    const gen::ImportResult result = gen::importSources(*m_document, {{name, text}});
    for (const model::Diagnostic &d : result.diagnostics) {
        if (d.severity != model::Severity::Note)
            m_loadFindings << d;
    }
    updateFindings();
    m_scene->selectNodes(result.addedNodes);
    showMessage(tr("Imported %n node(s)", nullptr, int(result.addedNodes.size())));
}

bool MainWindow::exportConfigs(const QString &folder, bool revealSecrets)
{
    const ConfigExportResult result =
        exportConfigsToFolder(m_document->project(), folder, revealSecrets);
    if (result.error) {
        QMessageBox::warning(this, tr("Export Configurations"),
                             LoadFailureDialog::describe(*result.error));
        return false;
    }
    showMessage(tr("Exported %n file(s) to %1", nullptr, int(result.written.size()))
                    .arg(QDir::toNativeSeparators(folder)));
    return true;
}

bool MainWindow::exportDiagramTo(const QString &path)
{
    const std::optional<DiagramFormat> format = diagramFormatOf(path);
    if (!format)
        return false;
    if (auto error = exportDiagram(*m_scene, path, *format)) {
        QMessageBox::warning(this, tr("Export Diagram"), LoadFailureDialog::describe(*error));
        return false;
    }
    showMessage(tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::onImportFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Device Configurations"), QString(),
        tr("Configurations and profiles (*.cfg *.txt *.conf *.pcf);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void MainWindow::onImportPasted()
{
    PasteConfigDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && !dialog.text().trimmed().isEmpty())
        importText(dialog.sourceName(), dialog.text());
}

void MainWindow::onExportConfigs()
{
    const PromptAnswer reveal = UserPrompts::askRevealSecrets(this);
    if (reveal == QMessageBox::Cancel)
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export Configurations to Folder"));
    if (!folder.isEmpty())
        exportConfigs(folder, reveal == QMessageBox::Yes);
}

void MainWindow::onExportProfile()
{
    const model::Node *client = nullptr;
    for (model::NodeId id : selectedNodes()) {
        const model::Node *node = m_document->project().node(id);
        if (node && node->kind == model::NodeKind::VpnClient)
            client = node;
    }
    if (!client) {
        QMessageBox::information(this, tr("Export VPN Client Profile"),
                                 tr("Select a VPN Client PC on the canvas first."));
        return;
    }
    const PromptAnswer reveal = UserPrompts::askRevealSecrets(this);
    if (reveal == QMessageBox::Cancel)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export VPN Client Profile"), client->name + QStringLiteral(".pcf"),
        tr("VPN Client profiles (*.pcf)"));
    if (path.isEmpty())
        return;
    const ConfigExportResult result =
        exportProfile(m_document->project(), client->id, path, reveal == QMessageBox::Yes);
    if (result.error)
        QMessageBox::warning(this, tr("Export VPN Client Profile"),
                             LoadFailureDialog::describe(*result.error));
    else
        showMessage(tr("Exported the profile to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::onExportDiagram()
{
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Diagram"), tr("diagram.png"),
                                                QStringList{png, svg, pdf}.join(QStringLiteral(";;")),
                                                &selectedFilter);
    if (path.isEmpty())
        return;
    if (!diagramFormatOf(path))
        path += selectedFilter == svg ? QStringLiteral(".svg")
              : selectedFilter == pdf ? QStringLiteral(".pdf")
                                      : QStringLiteral(".png");
    exportDiagramTo(path);
}

} // namespace vtd::app
