#pragma once

#include <QString>
#include <QStringList>

namespace vtd::model {

/** Texts (configurations, profiles, scripts) are stored in project files as arrays of lines so
 *  that diffs read well. A text is its lines joined with "\n" plus a final "\n"; the empty text
 *  has no lines. A text without a final "\n" is stored as if it had one. */
QStringList textToLines(const QString &text);
QString linesToText(const QStringList &lines);

} // namespace vtd::model
