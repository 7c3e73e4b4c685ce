#pragma once

#include "change_event.h"
#include "diagnostic.h"
#include "project.h"

#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QUndoCommand;
class QUndoStack;
QT_END_NAMESPACE

namespace vtd::model {

class DocumentCommand;

/** The project being edited plus its undo history: every edit is a command pushed here, and
 *  views follow changed() instead of polling the project (Tiled's Document, in our terms).
 *  The file path and window title are the app's business; "modified" is !isClean(). */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    explicit Document(Project project, QObject *parent = nullptr);
    ~Document() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** Pushes an edit onto the undo stack, which applies it. A DocumentCommand whose check()
     *  fails against the current project is deleted instead and its reason returned. */
    std::optional<Diagnostic> push(QUndoCommand *command);

    /** Replaces everything (new file, open, revert): clears the history, emits Reset. */
    void setProject(Project project);

    /** True when the project is as it was last loaded or saved (see QUndoStack::setClean). */
    bool isClean() const;

    /** Zoom and centre to save with the project: not an edit, so no undo step and no event. */
    void setView(const ViewState &view) { m_project.setView(view); }

signals:
    void changed(const vtd::model::ChangeEvent &event);

private:
    friend class DocumentCommand; // the only code that may change the project

    Project m_project;
    QUndoStack *const m_undoStack;
};

} // namespace vtd::model
