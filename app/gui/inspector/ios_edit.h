#pragma once

// Small edits of a typed IOS configuration shared by the IOS inspector tables: reading a value
// with the dialect's own parser, finding, inserting and removing statements and sub-commands.

#include "model/config/ios_config.h"

#include <QString>

#include <optional>

namespace vtd::app::iosedit {

/** Parses configuration text (a line, or a block with its indented sub-lines) with the IOS
 *  dialect; the first statement when it is a T read without errors, else nullopt and *error
 *  says why (translated). */
template<class T>
std::optional<T> parseAs(const QString &text, QString *error);

/** The row-th statement of type T. */
template<class T>
T *nth(model::IosConfig &config, int row)
{
    const QList<T *> all = config.all<T>();
    return row >= 0 && row < all.size() ? all.at(row) : nullptr;
}

template<class T>
void removeNth(model::IosConfig &config, int row)
{
    int seen = 0;
    for (qsizetype i = 0; i < config.statements.size(); ++i) {
        if (std::holds_alternative<T>(config.statements.at(i)) && seen++ == row) {
            config.statements.removeAt(i);
            return;
        }
    }
}

/** Inserts after the last statement of the same kind, else before `end`. */
void insert(model::IosConfig &config, const model::IosStatement &statement);

/** Sets the sub-command of kind `Sub` in a block's list: replaces the last one of that kind
 *  (dropping the others), appends it, or with nullopt removes them all. */
template<class Sub, class List>
void setSub(List &commands, const std::optional<Sub> &value)
{
    bool placed = false;
    for (qsizetype i = commands.size() - 1; i >= 0; --i) {
        if (!std::holds_alternative<Sub>(commands.at(i)))
            continue;
        if (value && !placed) {
            commands[i] = *value;
            placed = true;
        } else {
            commands.removeAt(i);
        }
    }
    if (value && !placed)
        commands.append(*value);
}

/** An interface (full name) to use for a new statement. */
QString someInterface(const model::IosConfig &config);

} // namespace vtd::app::iosedit
