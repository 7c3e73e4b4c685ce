#include "table_editor.h"

#include "field_delegate.h"
#include "field_editor.h"
#include "value_sources.h"

#include "model/document.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace vtd::app {

TableEditor::TableEditor(std::shared_ptr<ConfigTable> table, model::Document &document, QWidget *parent)
    : QWidget(parent), m_table(std::move(table)), m_document(document)
{
    setAccessibleName(m_table->title());
    m_reason = new QLabel(this);
    m_reason->setWordWrap(true);
    m_reason->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_reason->setAccessibleName(tr("Problem with the value"));
    if (m_table->isForm())
        buildForm();
    else
        buildTable();
}

void TableEditor::buildForm()
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int column = 0; column < m_table->columns().size(); ++column) {
        const FieldSpec &field = m_table->columns().at(column);
        QWidget *editor = fieldeditor::create(field, this);
        auto *reason = new QLabel(this);
        reason->setWordWrap(true);
        reason->setStyleSheet(QStringLiteral("color: #b00020;"));
        auto *row = new QVBoxLayout;
        row->setSpacing(1);
        row->addWidget(editor);
        row->addWidget(reason);
        reason->hide();
        form->addRow(fieldLabel(field), row);
        fieldeditor::onTyped(editor, [this, editor, column] {
            showReason(column, m_table->check(0, column, fieldeditor::value(editor)));
        });
        fieldeditor::onFinished(editor, [this, editor, column] {
            if (fieldeditor::value(editor) != m_table->value(0, column))
                commit(0, column, fieldeditor::value(editor));
        });
        m_formEditors << editor;
        m_formReasons << reason;
    }
    m_reason->hide();
}

void TableEditor::buildTable()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tableWidget = new QTableWidget(this);
    m_tableWidget->setAccessibleName(m_table->title());
    m_tableWidget->setColumnCount(int(m_table->columns().size()));
    QStringList headers;
    for (const FieldSpec &field : m_table->columns())
        headers << fieldLabel(field);
    m_tableWidget->setHorizontalHeaderLabels(headers);
    m_tableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tableWidget->horizontalHeader()->setStretchLastSection(true);
    m_tableWidget->verticalHeader()->hide();
    m_tableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableWidget->setItemDelegate(new FieldDelegate(this));
    connect(m_tableWidget, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const FieldSpec &field = m_table->columns().at(item->column());
        if (!m_filling && field.kind == FieldKind::Flag)
            commit(item->row(), item->column(), QString(item->checkState() == Qt::Checked ? u'1' : u'0'));
    });
    layout->addWidget(m_tableWidget);
    layout->addWidget(m_reason);
    if (m_table->canAddRemove()) {
        auto *buttons = new QHBoxLayout;
        m_add = new QPushButton(tr("Add"), this);
        m_add->setAccessibleName(tr("Add to %1").arg(m_table->title()));
        m_remove = new QPushButton(tr("Remove"), this);
        m_remove->setAccessibleName(tr("Remove from %1").arg(m_table->title()));
        connect(m_add, &QPushButton::clicked, this, [this] { addRow(); });
        connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_tableWidget->currentRow()); });
        buttons->addWidget(m_add);
        buttons->addWidget(m_remove);
        buttons->addStretch();
        layout->addLayout(buttons);
    }
}

void TableEditor::load(const model::Node &node)
{
    m_table->load(node);
    if (!m_tableWidget) {
        for (int column = 0; column < m_formEditors.size(); ++column) {
            QWidget *editor = m_formEditors.at(column);
            if (!editor->hasFocus() || fieldeditor::value(editor) == m_table->value(0, column)) {
                const QSignalBlocker block(editor);
                fieldeditor::setValue(editor, m_table->value(0, column));
            }
        }
        return;
    }
    fillTable();
}

void TableEditor::fillTable()
{
    m_filling = true;
    m_tableWidget->setRowCount(m_table->rowCount());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columns().size(); ++column) {
            const FieldSpec &field = m_table->columns().at(column);
            const QString value = m_table->value(row, column);
            auto *item = new QTableWidgetItem;
            item->setData(Qt::UserRole, value);
            if (field.kind == FieldKind::Flag) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                item->setCheckState(value == QLatin1String("1") ? Qt::Checked : Qt::Unchecked);
            } else {
                item->setText(fieldeditor::displayText(field, value));
                if (field.kind == FieldKind::ReadOnly)
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            }
            m_tableWidget->setItem(row, column, item);
        }
    }
    m_filling = false;
}

QString TableEditor::commit(int row, int column, const QString &value)
{
    QString reason = m_table->check(row, column, value);
    if (reason.isEmpty()) {
        std::unique_ptr<QUndoCommand> command = m_table->edit(&m_document, row, column, value);
        if (command && !push(std::move(command)))
            reason = m_reason->text();
    }
    showReason(column, reason);
    return reason;
}

bool TableEditor::addRow()
{
    return push(m_table->addRow(&m_document));
}

bool TableEditor::removeRow(int row)
{
    return push(m_table->removeRow(&m_document, row));
}

bool TableEditor::push(std::unique_ptr<QUndoCommand> command)
{
    if (!command)
        return false;
    const std::optional<model::Diagnostic> refusal = m_document.push(command.release());
    if (refusal) {
        m_reason->setText(translatedDiagnostic(*refusal));
        m_reason->show();
        return false;
    }
    return true;
}

void TableEditor::showReason(int column, const QString &reason)
{
    if (column >= 0 && column < m_formReasons.size()) {
        m_formReasons.at(column)->setText(reason);
        m_formReasons.at(column)->setVisible(!reason.isEmpty());
        fieldeditor::showProblem(m_formEditors.at(column), reason);
    }
    const QString text = reason.isEmpty() || column < 0
                             ? QString()
                             : tr("%1: %2").arg(fieldLabel(m_table->columns().at(column)), reason);
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty() && m_tableWidget);
}

QString TableEditor::reasonText() const
{
    return m_reason->text();
}

} // namespace vtd::app
