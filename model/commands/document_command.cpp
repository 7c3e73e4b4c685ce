#include "document_command.h"

#include "model/document.h"

namespace vtd::model {

DocumentCommand::DocumentCommand(Document *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

void DocumentCommand::redo()
{
    // Only the first redo can meet a project the edit does not fit: later redos replay a
    // state the undo stack has already seen.
    if (!m_checked) {
        m_checked = true;
        if (check()) {
            m_refused = true;
            setObsolete(true);
            return;
        }
    }
    applyEdit();
}

void DocumentCommand::undo()
{
    // A refused edit changed nothing; undo() reaches it only as a plain QUndoCommand's child.
    if (!m_refused)
        revertEdit();
}

const Project &DocumentCommand::project() const
{
    return m_document->m_project;
}

Project &DocumentCommand::editableProject() const
{
    return m_document->m_project;
}

void DocumentCommand::notify(const ChangeEvent &event) const
{
    emit m_document->changed(event);
}

QString DocumentCommand::nodeName(NodeId id) const
{
    const Node *node = project().node(id);
    return node ? node->name : QStringLiteral("?");
}

} // namespace vtd::model
