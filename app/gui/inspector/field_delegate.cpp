#include "field_delegate.h"

#include "field_editor.h"
#include "table_editor.h"

#include <QPointer>
#include <QTimer>

namespace vtd::app {

FieldDelegate::FieldDelegate(TableEditor *editor)
    : QStyledItemDelegate(editor), m_tableEditor(editor)
{}

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    const FieldSpec &field = m_tableEditor->table().columns().at(index.column());
    if (field.kind == FieldKind::ReadOnly || field.kind == FieldKind::Flag)
        return nullptr;
    QWidget *editor = fieldeditor::create(field, parent);
    const int row = index.row();
    const int column = index.column();
    QPointer<TableEditor> tableEditor = m_tableEditor;
    fieldeditor::onTyped(editor, [tableEditor, editor, row, column] {
        if (!tableEditor)
            return;
        const QString reason = tableEditor->table().check(row, column, fieldeditor::value(editor));
        fieldeditor::showProblem(editor, reason);
        tableEditor->showReason(column, reason);
    });
    return editor;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    fieldeditor::setValue(editor, index.data(Qt::UserRole).toString());
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const
{
    const QString value = fieldeditor::value(editor);
    if (value == index.data(Qt::UserRole).toString())
        return;
    QPointer<TableEditor> tableEditor = m_tableEditor;
    const int row = index.row();
    const int column = index.column();
    QTimer::singleShot(0, m_tableEditor, [tableEditor, row, column, value] {
        if (tableEditor)
            tableEditor->commit(row, column, value);
    });
}

} // namespace vtd::app
