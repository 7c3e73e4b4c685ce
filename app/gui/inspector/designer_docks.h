#pragma once

#include "model/ids.h"

#include <QDockWidget>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
}

namespace vtd::app {

class ConfigView;
class Inspector;
class ProblemsView;

/** A dock whose title follows the language (titles are set once, retranslated on change). */
class DesignerDock : public QDockWidget
{
    Q_OBJECT

public:
    DesignerDock(const char *title, const QString &objectName, QWidget *content, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    const char *m_title;
};

/** The inspector, config and problems docks of the designer window. */
struct DesignerDocks
{
    Inspector *inspector = nullptr;
    ConfigView *config = nullptr;
    ProblemsView *problems = nullptr;
    QDockWidget *inspectorDock = nullptr;
    QDockWidget *configDock = nullptr;
    QDockWidget *problemsDock = nullptr;

    /** Shows the selected node (one; none or several clear the inspector and config view). */
    void showSelection(const QList<model::NodeId> &nodes) const;
};

/** Adds the three docks to the window (inspector and config right, problems bottom; object
 *  names for saveState) and wires a problem's activation to the inspector and the config view
 *  (which shows the problem's line). The window connects its selection to showSelection() and
 *  ProblemsView::problemActivated to its canvas selection. */
DesignerDocks installDesignerDocks(QMainWindow &window, model::Document &document);

} // namespace vtd::app
