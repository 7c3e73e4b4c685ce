#pragma once

#include "model/change_event.h"
#include "model/diagnostic.h"
#include "model/project.h"

#include <QUndoCommand>

#include <optional>

namespace vtd::model {

class Document;

/** QUndoCommand::id() values of commands that merge (all others keep -1). */
enum class CommandId { MoveNodes = 1 };

/** Base of every edit of a Document: gives commands (and only them) write access to the
 *  project, a way to announce what changed, and a refusal that turns a bad edit into a
 *  Diagnostic instead of a broken project.
 *
 *  Subclasses implement applyEdit() and revertEdit() (the same swap() in most commands) and
 *  emit exactly one ChangeEvent from each through notify(). An edit that check() refuses
 *  when first applied, or that finds nothing to change, marks itself obsolete without an
 *  event, so QUndoStack drops it. */
class DocumentCommand : public QUndoCommand
{
public:
    /** Why this edit cannot be applied to the project as it is now; nullopt when it can. */
    virtual std::optional<Diagnostic> check() const { return std::nullopt; }

    void redo() final;
    void undo() final;

protected:
    DocumentCommand(Document *document, const QString &text);

    virtual void applyEdit() = 0;
    virtual void revertEdit() = 0;

    Document *document() const { return m_document; }
    const Project &project() const;
    Project &editableProject() const;
    void notify(const ChangeEvent &event) const;

    /** A node's name for command texts and diagnostics ("?" when it is gone). */
    QString nodeName(NodeId id) const;

private:
    Document *const m_document;
    bool m_checked = false;
    bool m_refused = false;
};

} // namespace vtd::model
