#pragma once

#include <QStyledItemDelegate>

namespace vtd::app {

class TableEditor;

/** Edits a cell of a TableEditor with the field's own editor widget, checks what is typed as
 *  it is typed, and hands a finished value to TableEditor::commit() (after the view has closed
 *  the editor, since the edit reloads the table). */
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FieldDelegate(TableEditor *editor);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    TableEditor *m_tableEditor;
};

} // namespace vtd::app
