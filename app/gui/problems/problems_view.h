#pragma once

#include "model/diagnostic.h"
#include "model/ids.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
struct ChangeEvent;
} // namespace vtd::model

namespace vtd::app {

/** The problems dock's content: what the dialects find in every device text of the project
 *  (generators' checkDeviceTexts), in the user's language through the diagnostics catalog,
 *  kept current with the Document, and the findings of a running simulation. Activating one names its device and line, so the window can
 *  select the device and show the line in the config view. */
class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(model::Document &document, QWidget *parent = nullptr);

    const model::Diagnostics &problems() const { return m_problems; }
    QTreeWidget *list() const { return m_list; }

    /** Re-reads every device text now (change events schedule this on their own). */
    void refresh();
    /** The findings of the running simulation (why a negotiation failed...), listed first with
     *  their simulated time; activating one shows the configuration line it is about. */
    void setRunDiagnostics(const model::Diagnostics &findings);
    const model::Diagnostics &runDiagnostics() const { return m_runProblems; }

signals:
    /** A problem was clicked or activated: its device and 1-based line (0 = none). */
    void problemActivated(vtd::model::NodeId node, int line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const model::ChangeEvent &event);
    void onItemActivated(QTreeWidgetItem *item);
    void retranslateUi();
    void fill();
    void addItem(const model::Diagnostic &d, int line, int index, const QString &prefix, int &errors, int &warnings);

    model::Document &m_document;
    model::Diagnostics m_problems;
    model::Diagnostics m_runProblems;
    QTreeWidget *m_list;
    QLabel *m_summary;
    bool m_refreshQueued = false;
};

} // namespace vtd::app
