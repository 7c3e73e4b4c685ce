#include "document.h"

#include "commands/document_command.h"

#include <QUndoStack>

namespace vtd::model {

Document::Document(QObject *parent)
    : Document(Project{}, parent)
{}

Document::Document(Project project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
    // Views may be connected with queued connections (e.g. across threads in tests).
    qRegisterMetaType<ChangeEvent>();
}

Document::~Document()
{
    // Commands refer to this document; delete them while it is still whole.
    m_undoStack->clear();
}

std::optional<Diagnostic> Document::push(QUndoCommand *command)
{
    if (const auto *edit = dynamic_cast<const DocumentCommand *>(command)) {
        if (std::optional<Diagnostic> refusal = edit->check()) {
            delete command;
            return refusal;
        }
    }
    m_undoStack->push(command);
    return std::nullopt;
}

void Document::setProject(Project project)
{
    // The old commands describe edits of the old project: they cannot apply to the new one.
    m_undoStack->clear();
    m_project = std::move(project);
    emit changed(ChangeEvent{});
}

bool Document::isClean() const
{
    return m_undoStack->isClean();
}

} // namespace vtd::model
