#pragma once

#include "field_spec.h"

#include "model/ids.h"

#include <QList>
#include <QString>
#include <QUndoCommand>

#include <memory>

namespace vtd::model {
class Document;
struct Node;
} // namespace vtd::model

namespace vtd::app {

/** One editable section of the inspector (routes, ISAKMP policies, host settings ...) seen as a
 *  table of strings: the one interface the reusable TableEditor widget needs, whatever the
 *  dialect or the node field behind it. Every edit comes back as ONE undo command for the
 *  Document, with a text that names the item and the field. */
class ConfigTable
{
public:
    virtual ~ConfigTable() = default;

    virtual QString title() const = 0;           ///< in the user's language
    virtual const QList<FieldSpec> &columns() const = 0;
    /** A section of one item (host settings, profile) is shown as a form, not a table. */
    virtual bool isForm() const { return false; }
    virtual bool canAddRemove() const { return false; }

    /** Reads the node's current text or fields; call again after every change event. */
    virtual void load(const model::Node &node) = 0;
    virtual int rowCount() const = 0;
    virtual QString value(int row, int column) const = 0;

    /** Why `value` cannot go into the cell ("" when it can): field syntax, duplicates, and what
     *  the dialect says of the configuration with the value in it (a feature the software
     *  version lacks). In the user's language; cheap enough to call on every keystroke. */
    virtual QString check(int row, int column, const QString &value) const = 0;

    /** The command that puts the value in (nullptr when it is refused or changes nothing). */
    virtual std::unique_ptr<QUndoCommand> edit(model::Document *document, int row, int column,
                                               const QString &value) const = 0;
    virtual std::unique_ptr<QUndoCommand> addRow(model::Document *) const { return nullptr; }
    virtual std::unique_ptr<QUndoCommand> removeRow(model::Document *, int) const { return nullptr; }
};

using ConfigTables = QList<std::shared_ptr<ConfigTable>>;

} // namespace vtd::app
