#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace vtd::app {

/** The projects opened or saved lately, newest first, kept in QSettings ("recentFiles") and
 *  shown in File > Open Recent. */
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxEntries = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList paths() const;
    /** Moves (or adds) the file to the top and saves the list. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    /** Fills the menu with the files (numbered, "&1 name") and a "Clear Menu" entry. */
    void populate(QMenu *menu);

signals:
    void changed();
    void openRequested(const QString &path);

private:
    void store(const QStringList &paths);
};

} // namespace vtd::app
