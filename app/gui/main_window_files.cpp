// MainWindow's file handling: new, open, save, recovery, import and export. The formats are
// the model's and the generators'; this is only the dialogs and the bookkeeping around them.

#include "main_window.h"

#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "files/autosave.h"
#include "files/recent_files.h"
#include "files/user_prompts.h"
#include "load_failure_dialog.h"

#include "generators/device_texts.h"
#include "generators/secrets.h"
#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

namespace vtd::app {

void MainWindow::createFileActions()
{
    const auto action = [this](QKeySequence::StandardKey key, auto slot) {
        auto *a = new QAction(this);
        if (key != QKeySequence::UnknownKey)
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = action(QKeySequence::New, [this] { newProject(); });
    m_openAction = action(QKeySequence::Open, &MainWindow::onOpen);
    m_saveAction = action(QKeySequence::Save, [this] { save(); });
    m_saveAsAction = action(QKeySequence::SaveAs, [this] { saveAs(); });
    m_importFilesAction = action(QKeySequence::UnknownKey, &MainWindow::onImportFiles);
    m_importPastedAction = action(QKeySequence::UnknownKey, &MainWindow::onImportPasted);
    m_exportConfigsAction = action(QKeySequence::UnknownKey, &MainWindow::onExportConfigs);
    m_exportProfileAction = action(QKeySequence::UnknownKey, &MainWindow::onExportProfile);
    m_exportDiagramAction = action(QKeySequence::UnknownKey, &MainWindow::onExportDiagram);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave() && !openFile(path))
            m_recent->remove(path);
    });
}

void MainWindow::retranslateFileActions()
{
    m_newAction->setText(tr("&New"));
    m_newAction->setToolTip(tr("Start a new, empty project"));
    m_openAction->setText(tr("&Open..."));
    m_openAction->setStatusTip(tr("Open a project file (.vpnd)"));
    m_openAction->setToolTip(tr("Open a project file (.vpnd)"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveAction->setText(tr("&Save"));
    m_saveAction->setToolTip(tr("Save the project"));
    m_saveAsAction->setText(tr("Save &As..."));
    m_importMenu->setTitle(tr("&Import"));
    m_importFilesAction->setText(tr("Device &Configurations..."));
    m_importFilesAction->setStatusTip(tr("Place devices from PIX and IOS configurations and "
                                         "VPN Client profiles, linked by their subnets"));
    m_importPastedAction->setText(tr("&Pasted Configuration..."));
    m_exportMenu->setTitle(tr("&Export"));
    m_exportConfigsAction->setText(tr("All Device &Configurations..."));
    m_exportConfigsAction->setStatusTip(tr("Write every device's configuration into a folder"));
    m_exportProfileAction->setText(tr("VPN Client &Profile (.pcf)..."));
    m_exportDiagramAction->setText(tr("&Diagram (PNG, SVG, PDF)..."));
}

void MainWindow::showProject(model::Project project, const QString &displayName,
                             model::Diagnostics findings)
{
    m_displayName = displayName;
    m_secretsWarned = false;
    findings += gen::checkDeviceTexts(project);
    m_loadFindings.clear();
    std::ranges::copy_if(findings, std::back_inserter(m_loadFindings),
                         [](const model::Diagnostic &d) { return d.severity != model::Severity::Note; });
    updateFindings();
    m_document->setProject(std::move(project)); // the scene rebuilds on the Reset event
    m_document->undoStack()->setClean();
    setWindowModified(false);
    m_view->fitToContent();
    updateTitle();
}

void MainWindow::setFilePath(const QString &path)
{
    m_filePath = path;
    m_autosave->setOriginalPath(path);
    if (!path.isEmpty())
        m_recent->add(path);
}

void MainWindow::openExample()
{
    model::ProjectReadResult result = model::readProject(
        resources::builtinExampleProjectFile(), resources::builtinExampleName());
    if (!result.project) { // a broken build, but still no crash
        showLoadFailure(resources::builtinExampleName(), result.diagnostics);
        return;
    }
    m_isExample = true;
    setFilePath(QString()); // Save asks where: the example is not overwritten
    showProject(std::move(*result.project), resources::builtinExampleName(), result.diagnostics);
}

bool MainWindow::openFile(const QString &path)
{
    model::ProjectReadResult result = model::loadProjectFile(path);
    if (!result.project) {
        showLoadFailure(path, result.diagnostics);
        return false;
    }
    m_isExample = false;
    setFilePath(QFileInfo(path).absoluteFilePath());
    showProject(std::move(*result.project), QFileInfo(path).fileName(), result.diagnostics);
    return true;
}

void MainWindow::openStartupFile(const QString &path)
{
    if (!openFile(path)) {
        m_isExample = false;
        setFilePath(QString());
        showProject(model::Project{}, QString(), {});
    }
}

bool MainWindow::newProject()
{
    if (!maybeSave())
        return false;
    m_isExample = false;
    setFilePath(QString());
    showProject(model::Project{}, QString(), {});
    return true;
}

bool MainWindow::maybeSave()
{
    if (m_document->isClean())
        return true;
    const QString name = m_displayName.isEmpty() ? tr("Untitled") : m_displayName;
    switch (UserPrompts::askSaveChanges(this, name)) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

bool MainWindow::save()
{
    return m_filePath.isEmpty() ? saveAs() : writeProjectTo(m_filePath);
}

bool MainWindow::saveAs(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        const QString suggestion = m_displayName.isEmpty() || m_isExample
                                       ? tr("untitled.vpnd")
                                       : m_displayName;
        path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggestion,
                                            tr("VPN Topology Designer projects (*.vpnd)"));
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".vpnd");
    }
    if (!writeProjectTo(path))
        return false;
    m_isExample = false;
    m_displayName = QFileInfo(path).fileName();
    setFilePath(QFileInfo(path).absoluteFilePath());
    updateTitle();
    return true;
}

bool MainWindow::writeProjectTo(const QString &path)
{
    const bool secrets = gen::projectHoldsSecrets(m_document->project());
    if (secrets && !m_secretsWarned) {
        if (UserPrompts::warnSecrets(this, QFileInfo(path).fileName()) != QMessageBox::Ok)
            return false;
        m_secretsWarned = true;
    }
    const model::FileAccess access = secrets ? model::FileAccess::OwnerOnly
                                             : model::FileAccess::Normal;
    if (auto error = model::saveProjectFile(m_document->project(), path, access)) {
        QMessageBox::warning(this, tr("Save Project"), LoadFailureDialog::describe(*error));
        return false;
    }
    m_document->undoStack()->setClean();
    m_autosave->saveNow(); // clean now: the recovery copy goes
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::offerRecovery()
{
    std::optional<Recovery> recovery = Autosave::pendingRecovery();
    if (!recovery)
        return false;
    const QString when = QLocale().toString(recovery->savedAt, QLocale::ShortFormat);
    if (UserPrompts::askRestoreRecovery(this, when) != QMessageBox::Yes) {
        Autosave::discard();
        return false;
    }
    m_isExample = false;
    const QString original = recovery->originalPath;
    setFilePath(original);
    showProject(std::move(recovery->project),
                original.isEmpty() ? QString() : QFileInfo(original).fileName(), {});
    // Restored, not saved: the user decides where it goes.
    m_document->undoStack()->resetClean();
    setWindowModified(true);
    return true;
}

void MainWindow::showLoadFailure(const QString &path, const model::Diagnostics &diagnostics)
{
    LoadFailureDialog dialog(path, diagnostics, this);
    dialog.exec();
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(),
        tr("VPN Topology Designer projects (*.vpnd);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

} // namespace vtd::app
