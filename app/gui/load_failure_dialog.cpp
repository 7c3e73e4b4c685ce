#include "load_failure_dialog.h"

#include "model/diagnostic_catalog.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace vtd::app {

namespace {

constexpr int kShownInline = 5;

QString translateDiagnostic(const char *english)
{
    return QCoreApplication::translate("Diagnostics", english);
}

} // namespace

LoadFailureDialog::LoadFailureDialog(const QString &path, const model::Diagnostics &diagnostics,
                                     QWidget *parent)
    : QMessageBox(QMessageBox::Warning, tr("Cannot Open Project"), QString(), QMessageBox::Ok,
                  parent)
{
    setText(tr("The project %1 could not be opened.").arg(QFileInfo(path).fileName()));
    QStringList all;
    for (const model::Diagnostic &d : diagnostics)
        all << describe(d);
    QStringList shown = all.mid(0, kShownInline);
    if (all.size() > kShownInline) {
        shown << tr("%n more problem(s) under Show Details.", nullptr,
                    int(all.size() - kShownInline));
        setDetailedText(all.join(u'\n'));
    }
    setInformativeText(shown.join(u'\n'));
}

QString LoadFailureDialog::describe(const model::Diagnostic &diagnostic)
{
    const QString message = model::diagnosticMessage(diagnostic, translateDiagnostic);
    if (diagnostic.line > 0)
        return tr("Line %1: %2").arg(diagnostic.line).arg(message);
    return message;
}

} // namespace vtd::app
