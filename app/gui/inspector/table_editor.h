#pragma once

#include "config_table.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
struct Node;
} // namespace vtd::model

namespace vtd::app {

/** The one widget that edits any ConfigTable: a form (label, editor, reason) for a section of
 *  one item, or a table with Add / Remove for lists. What is typed is checked as it is typed;
 *  a finished edit that passes becomes one command on the Document's undo stack. */
class TableEditor : public QWidget
{
    Q_OBJECT

public:
    TableEditor(std::shared_ptr<ConfigTable> table, model::Document &document, QWidget *parent = nullptr);

    ConfigTable &table() const { return *m_table; }
    /** Re-reads the node (after a change event) and shows its values. */
    void load(const model::Node &node);

    /** Checks `value` for the cell and, when it passes, pushes the edit. Returns the reason it
     *  was not applied ("" when it was, or when it changed nothing). Shown next to the field. */
    QString commit(int row, int column, const QString &value);
    bool addRow();
    bool removeRow(int row);

    /** The reason shown for the field being edited ("" = none). */
    QString reasonText() const;
    QTableWidget *tableWidget() const { return m_tableWidget; }
    /** Form editors by column (empty for a table). */
    const QList<QWidget *> &formEditors() const { return m_formEditors; }

    /** Shows a reason for a column while its value is being typed. */
    void showReason(int column, const QString &reason);

private:
    void buildForm();
    void buildTable();
    void fillTable();
    bool push(std::unique_ptr<QUndoCommand> command);

    std::shared_ptr<ConfigTable> m_table;
    model::Document &m_document;
    QTableWidget *m_tableWidget = nullptr;
    QList<QWidget *> m_formEditors;
    QList<QLabel *> m_formReasons;
    QLabel *m_reason = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_filling = false;
};

} // namespace vtd::app
