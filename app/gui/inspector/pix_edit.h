#pragma once

// Small edits of a typed PIX configuration shared by the PIX inspector tables: reading one
// value with the dialect's own parser (so keywords and version checks are the dialect's),
// finding and replacing statements, and renaming an interface everywhere it is used.

#include "model/config/pix_config.h"

#include <QString>

#include <functional>
#include <optional>

namespace vtd::app::pixedit {

/** Parses one configuration line with the PIX dialect, checked against the configuration's
 *  version. The statement when it is a T read without errors; otherwise nullopt and *error
 *  says why (translated). */
template<class T>
std::optional<T> parseAs(const model::PixConfig &config, const QString &line, QString *error);

/** The line the dialect prints for a statement (secrets revealed). */
QString format(const model::PixCommand &command);
/** The words of a printed line after the first `skip` words. */
QString wordsAfter(const QString &line, int skip);

/** The row-th statement of type T (rows count only T statements). */
template<class T>
T *nth(model::PixConfig &config, int row)
{
    const QList<T *> all = config.all<T>();
    return row >= 0 && row < all.size() ? all.at(row) : nullptr;
}

/** Removes the row-th statement of type T. */
template<class T>
void removeNth(model::PixConfig &config, int row)
{
    int seen = 0;
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        if (std::holds_alternative<T>(config.statements.at(i)) && seen++ == row) {
            config.statements.removeAt(i);
            return;
        }
    }
}

/** Inserts where the device prints it. */
void insert(model::PixConfig &config, const model::PixCommand &command);

/** Replaces the statements `same` picks by `replacement`: the first keeps its place, the
 *  others go; with none, the replacement is inserted where the device prints it; without a
 *  replacement, they are all removed. */
void replaceWhere(model::PixConfig &config, const std::function<bool(const model::PixCommand &)> &same,
                  const std::optional<model::PixCommand> &replacement);

/** Every statement naming interface `from` names `to` instead (nameif renames). */
void renameInterface(model::PixConfig &config, const QString &from, const QString &to);

/** An interface name to use for a new statement: "outside" if there is one, else the first. */
QString someInterface(const model::PixConfig &config);

/** The next free number after the largest in `used` (steps of 10; 10 when empty). */
int nextNumber(const QList<int> &used);

} // namespace vtd::app::pixedit
