#pragma once

#include "model/document.h"

#include <QDateTime>
#include <QObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace vtd::app {

/** What an autosave left behind: the project and the file it was a copy of. */
struct Recovery
{
    model::Project project;
    QString originalPath; ///< empty for a project never saved
    QDateTime savedAt;
};

/** Saves the project with unsaved changes to a recovery file every few minutes (owner-only:
 *  it may hold secrets), and deletes it when the changes are saved or dropped. A recovery file
 *  still there at start means the designer did not close properly: it can be restored. */
class Autosave final : public QObject
{
    Q_OBJECT

public:
    explicit Autosave(const model::Document &document, QObject *parent = nullptr);

    /** The recovery file (in the application's data folder). */
    static QString recoveryPath();
    /** The recovery left by a designer that did not close properly, if any (and readable). */
    static std::optional<Recovery> pendingRecovery();
    /** Deletes the recovery file. */
    static void discard();

    void setInterval(int milliseconds);
    /** The file the project belongs to, remembered with the recovery copy. */
    void setOriginalPath(const QString &path) { m_originalPath = path; }

public slots:
    /** Writes the recovery file now when there are changes not yet autosaved; deletes it when
     *  the project is clean. */
    void saveNow();

private:
    const model::Document &m_document;
    QTimer *m_timer;
    QString m_originalPath;
    int m_savedIndex = -1; ///< undo index written last (-1: none)
};

} // namespace vtd::app
