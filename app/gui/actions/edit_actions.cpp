#include "edit_actions.h"

#include "app/gui/canvas/canvas_editor.h"
#include "app/gui/canvas/node_clipboard.h"
#include "app/gui/canvas/topology_scene.h"
#include "model/commands/move_nodes.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QUndoStack>

namespace vtd::app {

namespace {

constexpr qreal kPasteOffset = 40;

} // namespace

EditActions::EditActions(model::Document &document, TopologyScene *scene, CanvasEditor *editor,
                         QWidget *window)
    : QObject(window), m_document(document), m_scene(scene), m_editor(editor), m_window(window)
{
    QUndoStack *stack = m_document.undoStack();
    m_undo = newAction(QKeySequence::Undo, nullptr);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_redo = newAction(QKeySequence::Redo, nullptr);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    m_cut = newAction(QKeySequence::Cut, &EditActions::cut);
    m_copy = newAction(QKeySequence::Copy, &EditActions::copy);
    m_paste = newAction(QKeySequence::Paste, &EditActions::paste);
    m_delete = newAction(QKeySequence::Delete, nullptr);
    m_delete->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(m_delete, &QAction::triggered, m_editor, &CanvasEditor::deleteSelection);
    m_selectAll = newAction(QKeySequence::SelectAll, &EditActions::selectAll);
    for (Alignment how : {Alignment::Left, Alignment::HorizontalCentre, Alignment::Right,
                          Alignment::Top, Alignment::VerticalCentre, Alignment::Bottom}) {
        QAction *action = newAction({}, nullptr);
        connect(action, &QAction::triggered, this, [this, how] { align(how); });
        m_alignActions << action;
    }
    m_autoLayout = newAction(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                             &EditActions::autoLayout);

    connect(stack, &QUndoStack::indexChanged, this, &EditActions::updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, &EditActions::updateUndoTexts);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditActions::updateEnabled);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            &EditActions::updateEnabled);
    updateEnabled();
}

QAction *EditActions::newAction(const QKeySequence &shortcut, void (EditActions::*slot)())
{
    auto *action = new QAction(m_window);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_window->addAction(action);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

void EditActions::fillMenu(QMenu *menu)
{
    menu->addActions({m_undo, m_redo});
    menu->addSeparator();
    menu->addActions({m_cut, m_copy, m_paste, m_delete});
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addSeparator();
    m_alignMenu = menu->addMenu(QString());
    m_alignMenu->addActions(m_alignActions.mid(0, 3));
    m_alignMenu->addSeparator();
    m_alignMenu->addActions(m_alignActions.mid(3));
    menu->addAction(m_autoLayout);
}

void EditActions::retranslate()
{
    updateUndoTexts();
    m_cut->setText(tr("Cu&t"));
    m_copy->setText(tr("&Copy"));
    m_paste->setText(tr("&Paste"));
    m_delete->setText(tr("&Delete"));
    m_selectAll->setText(tr("Select &All"));
    if (m_alignMenu)
        m_alignMenu->setTitle(tr("Ali&gn"));
    const QStringList names{tr("Align &Left"),   tr("Align &Centre"),
                            tr("Align &Right"),  tr("Align &Top"),
                            tr("Align &Middle"), tr("Align &Bottom")};
    for (int i = 0; i < m_alignActions.size(); ++i)
        m_alignActions[i]->setText(names.at(i));
    m_autoLayout->setText(tr("Auto &Layout"));
    m_autoLayout->setStatusTip(tr("Arrange the whole diagram automatically"));
}

void EditActions::updateUndoTexts()
{
    const QUndoStack *stack = m_document.undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void EditActions::updateEnabled()
{
    const int selected = int(m_scene->selectedItems().size());
    const bool nodes = !m_scene->selectedNodes().isEmpty();
    m_cut->setEnabled(nodes);
    m_copy->setEnabled(nodes);
    m_delete->setEnabled(selected > 0);
    m_paste->setEnabled(NodeClipboard::canPaste(QApplication::clipboard()->mimeData()));
    for (QAction *action : std::as_const(m_alignActions))
        action->setEnabled(m_scene->selectedNodes().size() >= 2);
}

void EditActions::copy()
{
    if (QMimeData *data = NodeClipboard::copy(m_document.project(), m_scene->selectedNodes())) {
        QApplication::clipboard()->setMimeData(data);
        m_pasteCount = 0;
    }
}

void EditActions::cut()
{
    copy();
    m_editor->deleteSelection();
}

void EditActions::paste()
{
    ++m_pasteCount;
    const QPointF offset(kPasteOffset * m_pasteCount, kPasteOffset * m_pasteCount);
    const QList<model::NodeId> added =
        NodeClipboard::paste(m_document, QApplication::clipboard()->mimeData(), offset);
    if (!added.isEmpty())
        m_scene->selectNodes(added);
}

void EditActions::selectAll()
{
    QList<model::NodeId> all;
    for (const model::Node &node : m_document.project().nodes())
        all << node.id;
    m_scene->selectNodes(all);
}

void EditActions::align(Alignment how)
{
    const QList<model::NodePosition> targets =
        alignedPositions(m_document.project(), m_scene->selectedNodes(), how);
    if (!targets.isEmpty())
        m_document.push(new model::MoveNodes(&m_document, targets));
}

void EditActions::autoLayout()
{
    const QList<model::NodePosition> targets = autoLayoutPositions(m_document.project());
    if (!targets.isEmpty())
        m_document.push(new model::MoveNodes(&m_document, targets));
}

} // namespace vtd::app
