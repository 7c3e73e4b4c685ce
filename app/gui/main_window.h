#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
}

namespace vtd::app {

class Autosave;
class CanvasEditor;
class DevicePalette;
class EditActions;
class LanguageManager;
class RecentFiles;
class SimulationWorkbench;
class TopologyScene;
class TopologyView;

/** The designer's window: the device palette, the canvas in the middle, docks for the
 *  selection, menus for files, editing, view and language, and a status line. It owns the
 *  Document and the file it came from; the scene mirrors the document. Glue only: canvas
 *  edits are CanvasEditor's, the Edit menu EditActions', file formats the model's. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager &languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    const model::Document &document() const { return *m_document; }
    /** Edits go through the document's commands; the canvas follows its change events. */
    model::Document &document() { return *m_document; }
    TopologyScene *scene() const { return m_scene; }
    TopologyView *view() const { return m_view; }
    CanvasEditor *editor() const { return m_editor; }
    EditActions *editActions() const { return m_editActions; }
    DevicePalette *palette() const { return m_palette; }
    Autosave *autosave() const { return m_autosave; }
    RecentFiles *recentFiles() const { return m_recent; }
    /** The simulation: session, controls, traffic tools, overlay and run docks. */
    SimulationWorkbench *simulation() const { return m_simulation; }

    /** The nodes selected on the canvas, in project order. */
    QList<model::NodeId> selectedNodes() const;

    // ----- files (main_window_files.cpp) -----
    /** Shows the built-in example (the seed scenario of Cisco note 16060). */
    void openExample();
    /** Loads a project file; on failure shows why and keeps the current project. What the
     *  dialects find in its device texts is listed in the status bar (findings()). */
    bool openFile(const QString &path);
    /** As openFile(), for the FILE given on the command line: on failure the window starts
     *  with an empty project instead. */
    void openStartupFile(const QString &path);
    /** An empty project (after asking about unsaved changes); false when the user cancelled. */
    bool newProject();
    /** Saves to the project's file, or asks for one (Save As) when it has none. */
    bool save();
    /** Saves to `path` (asks for one when empty) and makes it the project's file. */
    bool saveAs(const QString &path = {});
    /** The project's file; empty for a new project or the example. */
    QString filePath() const { return m_filePath; }
    /** When there are unsaved changes: asks to save them. False when the user cancelled (or
     *  the save failed): the caller must not drop the project. */
    bool maybeSave();
    /** A recovery file left by a crash: asks whether to restore it. True when restored. */
    bool offerRecovery();
    /** Restores the window's size, position and docks from QSettings; false when none saved. */
    bool restoreWindowState();

    // ----- import and export (main_window_files.cpp) -----
    /** Imports device configurations and .pcf profiles through the importer (one undo step). */
    void importFiles(const QStringList &paths);
    void importText(const QString &name, const QString &text);
    /** Every device text into the folder; revealed secrets go to owner-only files. */
    bool exportConfigs(const QString &folder, bool revealSecrets);
    /** The diagram as PNG, SVG or PDF, by the file's suffix. */
    bool exportDiagramTo(const QString &path);

    /** Warnings and errors found while loading the open project; the project loaded anyway. */
    const model::Diagnostics &findings() const { return m_loadFindings; }
    QLabel *findingsLabel() const { return m_findings; }

signals:
    /** The canvas selection changed (docks such as the inspector follow it). */
    void selectedNodesChanged(const QList<vtd::model::NodeId> &nodes);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    /** ===== DOCKS (inspector, config view, problems) =====
     *  The place where the dock widgets of app/gui/inspector, app/gui/config_view and
     *  app/gui/problems are created and added (addDockWidget); called once from the
     *  constructor after the canvas, palette, menus and status bar exist. Docks follow
     *  selectedNodesChanged() and edit through document(). */
    void installDocks();
    void onSceneSelectionChanged();

    void createPalette();
    void createActions();
    void createFileActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void retranslateUi();
    void retranslateFileActions();
    void updateTitle();
    void updateStatus();
    void showMessage(const QString &text);

    void showProject(model::Project project, const QString &displayName,
                     model::Diagnostics findings);
    void setFilePath(const QString &path);
    bool writeProjectTo(const QString &path);
    void updateFindings();
    void showLoadFailure(const QString &path, const model::Diagnostics &diagnostics);
    void onOpen();
    void onImportFiles();
    void onImportPasted();
    void onExportConfigs();
    void onExportProfile();
    void onExportDiagram();
    void onAbout();
    void onLanguageChosen(QAction *action);

    LanguageManager &m_languages;
    model::Document *m_document;
    TopologyScene *m_scene;
    TopologyView *m_view;
    CanvasEditor *m_editor;
    EditActions *m_editActions = nullptr;
    SimulationWorkbench *m_simulation = nullptr;
    DevicePalette *m_palette = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    RecentFiles *m_recent;
    Autosave *m_autosave;
    QString m_displayName; ///< file name shown in the title; empty for a new project
    QString m_filePath;    ///< where Save writes; empty for a new project or the example
    bool m_isExample = false;
    bool m_secretsWarned = false; ///< the secrets warning was shown for this project

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importPastedAction = nullptr;
    QAction *m_exportConfigsAction = nullptr;
    QAction *m_exportProfileAction = nullptr;
    QAction *m_exportDiagramAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_exampleAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QLabel *m_deviceCount = nullptr;
    QLabel *m_segmentCount = nullptr;
    QLabel *m_linkCount = nullptr;
    /** What reading the project found that did not stop it loading (unknown fields, device
     *  configuration lines the dialects could not read): counted in the status bar. */
    model::Diagnostics m_loadFindings;
    QLabel *m_findings = nullptr;
    QList<model::NodeId> m_selection; ///< last announced selection (selectedNodesChanged)
};

} // namespace vtd::app
