#pragma once

#include "model/ids.h"

#include <QList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QStackedWidget;
QT_END_NAMESPACE

namespace vtd::model {
class Document;
struct ChangeEvent;
} // namespace vtd::model

namespace vtd::app {

class TableEditor;

/** The inspector dock's content: every editable section of the selected device (hardware,
 *  interfaces, routes, ACLs, NAT, IKE/IPsec, groups, profile, IP settings), one TableEditor
 *  per section, following the Document's change events. */
class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(model::Document &document, QWidget *parent = nullptr);

    model::NodeId node() const { return m_node; }
    const QList<TableEditor *> &editors() const { return m_editors; }
    /** The section with this (translated) title, nullptr when the node has none. */
    TableEditor *editor(const QString &title) const;
    /** Brings a section to the front (as choosing it in the section list does). */
    void showSection(const QString &title);

public slots:
    /** Shows the node (an invalid id: nothing). */
    void setNode(vtd::model::NodeId node);
    /** Shows the one selected node; nothing for none or several. */
    void setSelection(const QList<vtd::model::NodeId> &nodes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged(const model::ChangeEvent &event);
    void rebuild();
    void reload();

    model::Document &m_document;
    model::NodeId m_node;
    QLabel *m_header;
    QComboBox *m_sectionChooser; ///< one section at a time: a PIX has twenty
    QStackedWidget *m_sections;
    QList<TableEditor *> m_editors;
};

} // namespace vtd::app
