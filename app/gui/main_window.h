#pragma once

#include "model/diagnostic.h"
#include "model/project.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
}

namespace vtd::app {

class LanguageManager;
class TopologyScene;
class TopologyView;

/** The designer's window: the canvas in the middle, menus for files, view and language, and a
 *  status line. It owns the Document; the scene mirrors it. Thin glue only. */
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

    /** Shows the built-in example (the seed scenario of Cisco note 16060). */
    void openExample();
    /** Loads a project file; on failure shows why and keeps the current project. What the
     *  dialects find in its device texts is listed in the status bar (findings()). */
    bool openFile(const QString &path);
    /** As openFile(), for the FILE given on the command line: on failure the window starts
     *  with an empty project instead. */
    void openStartupFile(const QString &path);
    /** Warnings and errors found while loading the open project; the project loaded anyway. */
    const model::Diagnostics &findings() const { return m_loadFindings; }
    QLabel *findingsLabel() const { return m_findings; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void retranslateUi();
    void updateTitle();
    void updateStatus();

    void showProject(model::Project project, const QString &displayName,
                     model::Diagnostics findings);
    void updateFindings();
    void showLoadFailure(const QString &path, const model::Diagnostics &diagnostics);
    void onOpen();
    void onAbout();
    void onLanguageChosen(QAction *action);

    LanguageManager &m_languages;
    model::Document *m_document;
    TopologyScene *m_scene;
    TopologyView *m_view;
    QString m_displayName; ///< file name shown in the title; empty for a new project
    bool m_isExample = false;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
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
};

} // namespace vtd::app
