#pragma once

#include "config_table.h"

#include "model/project.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace vtd::app {

/** Where a table's typed value C comes from and goes back to: the node's configuration text
 *  through a dialect (parse / write), or a node field (host settings, hardware). */
template<class C>
struct ValueSource
{
    std::function<C(const model::Node &)> read;
    /** The one command that stores `value` on the node; nullptr when it equals the node's. */
    std::function<QUndoCommand *(model::Document *, const model::Node &, const C &)> command;
    /** What the dialect finds wrong in `after` that it did not find in `before` (translated;
     *  "" = nothing): how a feature the software version lacks is caught. */
    std::function<QString(const model::Node &, const C &after)> complaint;
};

/** A table described by lambdas over the typed value: rows, cells, and how a cell is set. */
template<class C>
struct TableSpec
{
    const char *title = "";  ///< QT_TRANSLATE_NOOP("Inspector", "ISAKMP Policies")
    const char *item = "";   ///< QT_TRANSLATE_NOOP("Inspector", "ISAKMP policy %1")
    QList<FieldSpec> columns;
    std::function<int(const C &)> rows;
    std::function<QString(const C &, int row)> key;  ///< fills item's %1
    std::function<QString(const C &, int row, int column)> get;
    /** Puts a syntax-checked value in; returns why it cannot ("" = done). */
    std::function<QString(C &, int row, int column, const QString &value)> set;
    std::function<void(C &)> add = {};
    std::function<void(C &, int row)> remove = {};
    bool form = false;
};

/** The ConfigTable every inspector section is: a TableSpec over a ValueSource. */
template<class C>
class TypedTable final : public ConfigTable
{
public:
    TypedTable(ValueSource<C> source, TableSpec<C> spec)
        : m_source(std::move(source)), m_spec(std::move(spec)) {}

    QString title() const override { return inspectorText(m_spec.title); }
    const QList<FieldSpec> &columns() const override { return m_spec.columns; }
    bool isForm() const override { return m_spec.form; }
    bool canAddRemove() const override { return bool(m_spec.add) && bool(m_spec.remove); }

    void load(const model::Node &node) override
    {
        m_node = node;
        m_value = m_source.read(node);
    }
    int rowCount() const override { return m_spec.rows(m_value); }
    QString value(int row, int column) const override { return m_spec.get(m_value, row, column); }

    QString check(int row, int column, const QString &value) const override
    {
        C changed = m_value;
        return change(changed, row, column, value);
    }

    std::unique_ptr<QUndoCommand> edit(model::Document *document, int row, int column,
                                       const QString &value) const override
    {
        C changed = m_value;
        if (!change(changed, row, column, value).isEmpty())
            return nullptr;
        const QString what = QCoreApplication::translate("Inspector", "Change %1 %2")
                                 .arg(itemName(m_value, row), undoFieldName(m_spec.columns.at(column)));
        return commandFor(document, changed, what);
    }

    std::unique_ptr<QUndoCommand> addRow(model::Document *document) const override
    {
        if (!m_spec.add)
            return nullptr;
        C changed = m_value;
        m_spec.add(changed);
        const int rows = m_spec.rows(changed);
        const QString what = QCoreApplication::translate("Inspector", "Add %1")
                                 .arg(itemName(changed, newRow(changed, rows)));
        return commandFor(document, changed, what);
    }

    std::unique_ptr<QUndoCommand> removeRow(model::Document *document, int row) const override
    {
        if (!m_spec.remove || row < 0 || row >= rowCount())
            return nullptr;
        C changed = m_value;
        m_spec.remove(changed, row);
        const QString what = QCoreApplication::translate("Inspector", "Remove %1")
                                 .arg(itemName(m_value, row));
        return commandFor(document, changed, what);
    }

private:
    QString itemName(const C &value, int row) const
    {
        const QString item = inspectorText(m_spec.item);
        return item.contains(QLatin1String("%1")) ? item.arg(m_spec.key(value, row)) : item;
    }

    /** The row of `changed` whose key no row of the current value has (the added one). */
    int newRow(const C &changed, int rows) const
    {
        QStringList known;
        for (int r = 0; r < rowCount(); ++r)
            known << m_spec.key(m_value, r);
        for (int r = 0; r < rows; ++r) {
            if (!known.contains(m_spec.key(changed, r)))
                return r;
        }
        return rows - 1;
    }

    QString change(C &changed, int row, int column, const QString &value) const
    {
        if (row < 0 || row >= rowCount() || column < 0 || column >= m_spec.columns.size())
            return QCoreApplication::translate("Inspector", "There is no such item.");
        const FieldSpec &field = m_spec.columns.at(column);
        if (QString error = fieldSyntaxError(field, value); !error.isEmpty())
            return error;
        if (field.unique) {
            for (int r = 0; r < rowCount(); ++r) {
                if (r != row && m_spec.get(m_value, r, column) == value.trimmed())
                    return QCoreApplication::translate("Inspector", "%1 is already used.")
                        .arg(value.trimmed());
            }
        }
        if (QString error = m_spec.set(changed, row, column, value.trimmed()); !error.isEmpty())
            return error;
        return m_source.complaint ? m_source.complaint(m_node, changed) : QString();
    }

    std::unique_ptr<QUndoCommand> commandFor(model::Document *document, const C &changed,
                                             const QString &what) const
    {
        std::unique_ptr<QUndoCommand> command(m_source.command(document, m_node, changed));
        if (command)
            command->setText(what);
        return command;
    }

    ValueSource<C> m_source;
    TableSpec<C> m_spec;
    model::Node m_node;
    C m_value{};
};

/** Shorthand for building a table. */
template<class C>
std::shared_ptr<ConfigTable> makeTable(const ValueSource<C> &source, TableSpec<C> spec)
{
    return std::make_shared<TypedTable<C>>(source, std::move(spec));
}

} // namespace vtd::app
