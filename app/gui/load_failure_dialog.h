#pragma once

#include "model/diagnostic.h"

#include <QMessageBox>

namespace vtd::app {

/** Says why a project could not be opened: the file, then each diagnostic in the user's
 *  language (the first few in view, all of them under "Show Details..."). */
class LoadFailureDialog : public QMessageBox
{
    Q_OBJECT

public:
    LoadFailureDialog(const QString &path, const model::Diagnostics &diagnostics,
                      QWidget *parent = nullptr);

    /** One diagnostic as the dialog lists it ("line 3: ..."), translated. */
    static QString describe(const model::Diagnostic &diagnostic);
};

} // namespace vtd::app
