#include "main_window.h"

#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "i18n/language_manager.h"
#include "load_failure_dialog.h"

#include "generators/device_texts.h"

#include "model/document.h"
#include "model/io/project_file.h"
#include "resources/builtin_example.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace vtd::app {

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_document(new model::Document(this))
    , m_scene(new TopologyScene(*m_document, this))
    , m_view(new TopologyView(this))
{
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    createActions();
    createMenus();
    createStatusBar();
    connect(m_scene, &TopologyScene::contentChanged, this, &MainWindow::updateStatus);
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The scene's items refer to the document: let them go first.
    delete m_view;
    delete m_scene;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpen);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, m_view, &TopologyView::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &TopologyView::zoomOut);
    m_fitAction = new QAction(this);
    m_fitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_fitAction, &QAction::triggered, m_view, &TopologyView::fitToContent);

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : LanguageManager::availableLanguages()) {
        QAction *action = m_languageGroup->addAction(LanguageManager::nativeName(code));
        action->setData(code);
        action->setCheckable(true);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this, &MainWindow::onLanguageChosen);

    m_exampleAction = new QAction(this);
    connect(m_exampleAction, &QAction::triggered, this, &MainWindow::openExample);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_exampleAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_deviceCount = new QLabel(this);
    m_segmentCount = new QLabel(this);
    m_linkCount = new QLabel(this);
    m_findings = new QLabel(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->hide();
    statusBar()->addWidget(m_findings);
    for (QLabel *label : {m_deviceCount, m_segmentCount, m_linkCount}) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open..."));
    m_openAction->setStatusTip(tr("Open a project file (.vpnd)"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_fitAction->setText(tr("&Fit to Window"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_exampleAction->setText(tr("Open &Example"));
    m_exampleAction->setStatusTip(tr("Open the built-in example: the network diagram of Cisco "
                                     "configuration note 16060"));
    m_aboutAction->setText(tr("&About VPN Topology Designer"));
    m_aboutQtAction->setText(tr("About &Qt"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == m_languages.currentLanguage());
    updateTitle();
    updateStatus();
    updateFindings();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_scene->refresh(); // tooltips on the canvas
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    if (m_displayName.isEmpty())
        setWindowTitle(tr("Untitled — VPN Topology Designer"));
    else if (m_isExample)
        setWindowTitle(tr("%1 (example) — VPN Topology Designer").arg(m_displayName));
    else
        setWindowTitle(tr("%1 — VPN Topology Designer").arg(m_displayName));
}

void MainWindow::updateFindings()
{
    m_findings->setVisible(!m_loadFindings.isEmpty());
    m_findings->setText(tr("%n problem(s) found while loading", nullptr, int(m_loadFindings.size())));
    QStringList lines;
    for (const model::Diagnostic &d : m_loadFindings) {
        const QString where = d.file.isEmpty() ? m_displayName : d.file;
        lines << tr("%1: %2").arg(where, LoadFailureDialog::describe(d));
    }
    m_findings->setToolTip(lines.join(u'\n'));
}

void MainWindow::updateStatus()
{
    int devices = 0, segments = 0;
    for (const model::Node &node : m_document->project().nodes())
        ++(node.kind == model::NodeKind::LanSegment ? segments : devices);
    const int links = int(m_document->project().links().size());
    m_deviceCount->setText(tr("%n device(s)", nullptr, devices));
    m_segmentCount->setText(tr("%n LAN segment(s)", nullptr, segments));
    m_linkCount->setText(tr("%n link(s)", nullptr, links));
}

void MainWindow::showProject(model::Project project, const QString &displayName,
                             model::Diagnostics findings)
{
    m_displayName = displayName;
    findings += gen::checkDeviceTexts(project);
    m_loadFindings.clear();
    std::ranges::copy_if(findings, std::back_inserter(m_loadFindings),
                         [](const model::Diagnostic &d) { return d.severity != model::Severity::Note; });
    updateFindings();
    m_document->setProject(std::move(project)); // the scene rebuilds on the Reset event
    m_view->fitToContent();
    updateTitle();
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
    showProject(std::move(*result.project), QFileInfo(path).fileName(), result.diagnostics);
    return true;
}

void MainWindow::openStartupFile(const QString &path)
{
    if (!openFile(path)) {
        m_isExample = false;
        showProject(model::Project{}, QString(), {});
    }
}

void MainWindow::showLoadFailure(const QString &path, const model::Diagnostics &diagnostics)
{
    LoadFailureDialog dialog(path, diagnostics, this);
    dialog.exec();
}

void MainWindow::onOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(),
        tr("VPN Topology Designer projects (*.vpnd);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onAbout()
{
    QMessageBox::about(
        this, tr("About VPN Topology Designer"),
        tr("<h3>VPN Topology Designer %1</h3>"
           "<p>Draw Cisco PIX, IOS router and VPN Client topologies, generate their "
           "configurations and simulate IKEv1 and ESP between them.</p>")
            .arg(QStringLiteral(VTD_VERSION)));
}

void MainWindow::onLanguageChosen(QAction *action)
{
    m_languages.chooseLanguage(action->data().toString());
}

} // namespace vtd::app
