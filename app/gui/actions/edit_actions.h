#pragma once

#include "app/gui/canvas/arrange.h"
#include "model/document.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace vtd::app {

class CanvasEditor;
class TopologyScene;

/** The Edit menu: Undo and Redo (with the command's text), copy, paste, delete, select all,
 *  align and auto-layout. Acts on the canvas selection through Document commands. */
class EditActions final : public QObject
{
    Q_OBJECT

public:
    EditActions(model::Document &document, TopologyScene *scene, CanvasEditor *editor,
                QWidget *window);

    /** Adds the actions to the Edit menu (the window's shortcuts come with them). */
    void fillMenu(QMenu *menu);
    void retranslate();

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *deleteAction() const { return m_delete; }

    /** Puts the selected nodes on the clipboard. */
    void copy();
    /** Pastes copied nodes beside the originals and selects them. */
    void paste();
    void cut();
    void selectAll();
    void align(Alignment how);
    void autoLayout();

private:
    QAction *newAction(const QKeySequence &shortcut, void (EditActions::*slot)());
    void updateEnabled();
    void updateUndoTexts();

    model::Document &m_document;
    TopologyScene *m_scene;
    CanvasEditor *m_editor;
    QWidget *m_window;
    int m_pasteCount = 0;

    QAction *m_undo, *m_redo, *m_cut, *m_copy, *m_paste, *m_delete, *m_selectAll;
    QMenu *m_alignMenu = nullptr;
    QList<QAction *> m_alignActions;
    QAction *m_autoLayout;
};

} // namespace vtd::app
