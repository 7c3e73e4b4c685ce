#pragma once

#include "model/project.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
QT_END_NAMESPACE

namespace vtd::app {

/** The ping tool: a source device, then a destination device or an address typed in, and how
 *  many echoes; the result is the scenario line that the simulation records and runs. */
class PingDialog : public QDialog
{
    Q_OBJECT

public:
    /** Pre-selects `source` and `destination` (node names; empty for the first choice). */
    PingDialog(const model::Project &project, const QString &source, const QString &destination,
               QWidget *parent = nullptr);

    /** "ping SRC DST [count N]"; empty while the destination is empty. */
    QString scriptLine() const;
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *destinationBox() const { return m_destination; }

private:
    void updateOk();

    QComboBox *m_source;
    QComboBox *m_destination;
    QSpinBox *m_count;
    QDialogButtonBox *m_buttons;
};

} // namespace vtd::app
