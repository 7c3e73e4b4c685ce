#pragma once

#include "model/ids.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
struct ChangeEvent;
} // namespace vtd::model

namespace vtd::app {

class ConfigEditor;

/** The config dock's content: the selected device's configuration (or .pcf profile) as text,
 *  refreshed on every change event, highlighted, and editable: Apply reads the text with the
 *  device's dialect, marks the lines it cannot read and stores nothing until it reads cleanly
 *  (then one SetConfigText / SetProfileText command); Revert shows the stored text again. */
class ConfigView : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigView(model::Document &document, QWidget *parent = nullptr);

    model::NodeId node() const { return m_node; }
    ConfigEditor *editor() const { return m_editor; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }

    /** Applies the edited text; false when the dialect found errors (they are marked) or the
     *  text did not change anything. */
    bool apply();
    /** Shows the stored text again, dropping unapplied edits. */
    void revert();
    /** Shows a 1-based line of the shown node's text. */
    void showLine(int line);

public slots:
    void setNode(vtd::model::NodeId node);
    void setSelection(const QList<vtd::model::NodeId> &nodes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const model::ChangeEvent &event);
    void retranslateUi();
    void updateButtons();

    model::Document &m_document;
    model::NodeId m_node;
    ConfigEditor *m_editor;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_revert;
    bool m_stale = false; ///< the node changed while unapplied edits were shown
};

} // namespace vtd::app
