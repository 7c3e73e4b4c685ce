#include "designer_docks.h"

#include "inspector.h"

#include "app/gui/config_view/config_view.h"
#include "app/gui/problems/problems_view.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>

namespace vtd::app {

DesignerDock::DesignerDock(const char *title, const QString &objectName, QWidget *content, QWidget *parent)
    : QDockWidget(parent), m_title(title)
{
    setObjectName(objectName);
    setWidget(content);
    setWindowTitle(QCoreApplication::translate("DesignerDocks", m_title));
}

void DesignerDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(QCoreApplication::translate("DesignerDocks", m_title));
    QDockWidget::changeEvent(event);
}

void DesignerDocks::showSelection(const QList<model::NodeId> &nodes) const
{
    inspector->setSelection(nodes);
    config->setSelection(nodes);
}

DesignerDocks installDesignerDocks(QMainWindow &window, model::Document &document)
{
    DesignerDocks docks;
    docks.inspector = new Inspector(document);
    docks.config = new ConfigView(document);
    docks.problems = new ProblemsView(document);
    docks.inspectorDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Inspector"),
                                           QStringLiteral("inspectorDock"), docks.inspector, &window);
    docks.configDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Configuration"),
                                        QStringLiteral("configDock"), docks.config, &window);
    docks.problemsDock = new DesignerDock(QT_TRANSLATE_NOOP("DesignerDocks", "Problems"),
                                          QStringLiteral("problemsDock"), docks.problems, &window);
    window.addDockWidget(Qt::RightDockWidgetArea, docks.inspectorDock);
    window.addDockWidget(Qt::RightDockWidgetArea, docks.configDock);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.problemsDock);
    window.tabifyDockWidget(docks.inspectorDock, docks.configDock);
    docks.inspectorDock->raise();
    // Room for a table of six columns and a config line without scrolling; the problems list
    // keeps a few rows. A saved window state restored later wins over these.
    window.resizeDocks({docks.inspectorDock}, {520}, Qt::Horizontal);
    window.resizeDocks({docks.problemsDock}, {170}, Qt::Vertical);

    Inspector *inspector = docks.inspector;
    ConfigView *config = docks.config;
    QDockWidget *configDock = docks.configDock;
    QObject::connect(docks.problems, &ProblemsView::problemActivated, config,
                     [inspector, config, configDock](model::NodeId node, int line) {
                         inspector->setNode(node);
                         config->setNode(node);
                         configDock->show();
                         configDock->raise();
                         if (line > 0)
                             config->showLine(line);
                     });
    return docks;
}

} // namespace vtd::app
