#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace vtd::model {

enum class Severity { Note, Warning, Error };

/** One finding, from any layer: a code with parameters, and where it applies.
 *  Text is made from the code's template in the catalog (diagnostic_catalog.h),
 *  so the CLI prints English and the GUI the user's language. */
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;                    ///< stable "area.what" identifier
    QMap<QString, QString> params;   ///< values for the template's {placeholders}
    QString node;                    ///< node name, if it concerns one
    QString peer;                    ///< peer address, if it concerns one
    QString file;                    ///< file (or JSON document) it was found in
    int line = 0;                    ///< 1-based line in file; 0 = none
    qint64 timeMs = -1;              ///< simulated time; -1 = none
    QString suggestion;              ///< a config line or command that would fix it

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

QString severityId(Severity severity); ///< "error", "warning", "note"
bool hasErrors(const Diagnostics &diagnostics);

} // namespace vtd::model
