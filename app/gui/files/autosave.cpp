#include "autosave.h"

#include "model/io/project_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace vtd::app {

namespace {

constexpr int kDefaultIntervalMs = 2 * 60 * 1000;
const QString kOriginalKey = QStringLiteral("recovery/originalPath");
const QString kSavedAtKey = QStringLiteral("recovery/savedAt");

} // namespace

Autosave::Autosave(const model::Document &document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setInterval(kDefaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Autosave::saveNow);
    m_timer->start();
}

QString Autosave::recoveryPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("recovery.vpnd"));
}

std::optional<Recovery> Autosave::pendingRecovery()
{
    if (!QFile::exists(recoveryPath()))
        return std::nullopt;
    model::ProjectReadResult read = model::loadProjectFile(recoveryPath());
    if (!read.project)
        return std::nullopt;
    const QSettings settings;
    return Recovery{std::move(*read.project), settings.value(kOriginalKey).toString(),
                    settings.value(kSavedAtKey).toDateTime()};
}

void Autosave::discard()
{
    QFile::remove(recoveryPath());
    QSettings settings;
    settings.remove(kOriginalKey);
    settings.remove(kSavedAtKey);
}

void Autosave::setInterval(int milliseconds)
{
    m_timer->start(milliseconds);
}

void Autosave::saveNow()
{
    if (m_document.isClean()) {
        if (m_savedIndex != -1 || QFile::exists(recoveryPath()))
            discard();
        m_savedIndex = -1;
        return;
    }
    const int index = m_document.undoStack()->index();
    if (index == m_savedIndex && QFile::exists(recoveryPath()))
        return;
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    // Owner-only whatever it holds: the user has not yet been asked about its secrets.
    if (model::saveProjectFile(m_document.project(), recoveryPath(), model::FileAccess::OwnerOnly))
        return; // cannot write: try again next time
    QSettings settings;
    settings.setValue(kOriginalKey, m_originalPath);
    settings.setValue(kSavedAtKey, QDateTime::currentDateTime());
    m_savedIndex = index;
}

} // namespace vtd::app
