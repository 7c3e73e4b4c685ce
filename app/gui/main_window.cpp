#include "main_window.h"

#include "actions/edit_actions.h"
#include "canvas/canvas_editor.h"
#include "canvas/topology_scene.h"
#include "canvas/topology_view.h"
#include "files/autosave.h"
#include "files/recent_files.h"
#include "i18n/language_manager.h"
#include "load_failure_dialog.h"
#include "palette/device_palette.h"
#include "inspector/designer_docks.h"
#include "inspector/inspector.h"
#include "problems/problems_view.h"
#include "simulation/simulation_workbench.h"

#include "model/document.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace vtd::app {

namespace {

constexpr int kMessageTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(LanguageManager &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_document(new model::Document(this))
    , m_scene(new TopologyScene(*m_document, this))
    , m_view(new TopologyView(this))
    , m_editor(new CanvasEditor(*m_document, m_scene, m_view))
    , m_recent(new RecentFiles(this))
    , m_autosave(new Autosave(*m_document, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_view->setScene(m_scene);
    m_view->setObjectName(QStringLiteral("canvas"));
    setCentralWidget(m_view);
    createPalette();
    m_editActions = new EditActions(*m_document, m_scene, m_editor, this);
    createActions();
    createFileActions();
    createMenus();
    createToolBar();
    createStatusBar();
    connect(m_scene, &TopologyScene::contentChanged, this, &MainWindow::updateStatus);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &MainWindow::onSceneSelectionChanged);
    connect(m_editor, &CanvasEditor::message, this, &MainWindow::showMessage);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    installDocks();
    retranslateUi();
}

MainWindow::~MainWindow()
{
    // The scene's items refer to the document: let them go first.
    delete m_view;
    delete m_scene;
}

void MainWindow::installDocks()
{
    // ===== DOCKS: the inspector, config view and problems docks are added here. =====
    const DesignerDocks docks = installDesignerDocks(*this, *m_document);
    connect(this, &MainWindow::selectedNodesChanged, docks.inspector,
            [docks](const QList<model::NodeId> &nodes) { docks.showSelection(nodes); });
    connect(docks.problems, &ProblemsView::problemActivated, m_scene,
            [this](model::NodeId node) { m_scene->selectNodes({node}); });
    for (QDockWidget *dock : {docks.inspectorDock, docks.configDock, docks.problemsDock})
        m_viewMenu->addAction(dock->toggleViewAction());

    m_simulation = new SimulationWorkbench(*this, *m_document, m_scene, docks.problems);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_simulation->menu());
    for (QDockWidget *dock : m_simulation->docks())
        m_viewMenu->addAction(dock->toggleViewAction());
    connect(this, &MainWindow::selectedNodesChanged, m_simulation, &SimulationWorkbench::setSelectedNodes);
    connect(m_simulation, &SimulationWorkbench::message, this, &MainWindow::showMessage);
}

QList<model::NodeId> MainWindow::selectedNodes() const
{
    return m_scene->selectedNodes();
}

void MainWindow::onSceneSelectionChanged()
{
    const QList<model::NodeId> now = selectedNodes();
    if (now == m_selection)
        return;
    m_selection = now;
    emit selectedNodesChanged(m_selection);
}

void MainWindow::createPalette()
{
    m_palette = new DevicePalette(this);
    m_paletteDock = new QDockWidget(this);
    m_paletteDock->setObjectName(QStringLiteral("paletteDock"));
    m_paletteDock->setWidget(m_palette);
    m_paletteDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);
}

void MainWindow::createActions()
{
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
    connect(m_exampleAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            openExample();
    });
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
    m_fileMenu->addActions({m_newAction, m_openAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    connect(m_recentMenu, &QMenu::aboutToShow, this, [this] { m_recent->populate(m_recentMenu); });
    m_fileMenu->addActions({m_saveAction, m_saveAsAction});
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->addActions({m_importFilesAction, m_importPastedAction});
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addActions({m_exportConfigsAction, m_exportProfileAction, m_exportDiagramAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editActions->fillMenu(m_editMenu);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_fitAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_paletteDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_exampleAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({m_newAction, m_openAction, m_saveAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_editActions->undoAction(), m_editActions->redoAction(),
                           m_editActions->deleteAction()});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_zoomInAction, m_zoomOutAction, m_fitAction});
    // Toolbar buttons show the menu text without its mnemonic: Japanese menus write it as
    // "新規(&N)", which Qt would print as "新規(N)" on a button.
    for (QAction *action : m_toolBar->actions()) {
        const auto plain = [action] {
            QString text = action->text();
            text.remove(QRegularExpression(QStringLiteral("\\(&[^)]\\)")));
            text.remove(QLatin1Char('&'));
            text.remove(QStringLiteral("...")).remove(QChar(0x2026));
            if (action->iconText() != text.trimmed())
                action->setIconText(text.trimmed());
        };
        connect(action, &QAction::changed, this, plain);
        plain();
    }
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
    retranslateFileActions();
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_editActions->retranslate();
    if (m_simulation)
        m_simulation->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomInAction->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomOutAction->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_fitAction->setText(tr("&Fit to Window"));
    m_fitAction->setToolTip(tr("Show the whole diagram"));
    m_paletteDock->setWindowTitle(tr("Devices"));
    m_paletteDock->toggleViewAction()->setText(tr("&Device Palette"));
    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_toolBar->setAccessibleName(tr("Main Toolbar"));
    m_view->setAccessibleName(tr("Topology canvas"));
    m_view->setAccessibleDescription(tr("Drop devices from the palette here; drag from a port "
                                        "to another port or a LAN segment to link them"));
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

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    Autosave::discard(); // a proper close: nothing to recover
    event->accept();
}

bool MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        return false;
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    return true;
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker (setWindowModified).
    if (m_displayName.isEmpty())
        setWindowTitle(tr("Untitled[*] — VPN Topology Designer"));
    else if (m_isExample)
        setWindowTitle(tr("%1[*] (example) — VPN Topology Designer").arg(m_displayName));
    else
        setWindowTitle(tr("%1[*] — VPN Topology Designer").arg(m_displayName));
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

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, kMessageTimeoutMs);
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
