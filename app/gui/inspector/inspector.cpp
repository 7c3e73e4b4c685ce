#include "inspector.h"

#include "node_tables.h"
#include "table_editor.h"

#include "model/document.h"
#include "model/hardware_catalog.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vtd::app {

Inspector::Inspector(model::Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_header(new QLabel(this))
    , m_sectionChooser(new QComboBox(this))
    , m_sections(new QStackedWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    m_sectionChooser->setMaxVisibleItems(30);
    layout->addWidget(m_header);
    layout->addWidget(m_sectionChooser);
    layout->addWidget(m_sections, 1);
    connect(m_sectionChooser, &QComboBox::currentIndexChanged, m_sections, &QStackedWidget::setCurrentIndex);
    connect(&m_document, &model::Document::changed, this, &Inspector::onChanged);
    rebuild();
}

TableEditor *Inspector::editor(const QString &title) const
{
    for (TableEditor *e : m_editors) {
        if (e->table().title() == title)
            return e;
    }
    return nullptr;
}

void Inspector::showSection(const QString &title)
{
    for (int i = 0; i < m_editors.size(); ++i) {
        if (m_editors.at(i)->table().title() == title)
            m_sectionChooser->setCurrentIndex(i);
    }
}

void Inspector::setNode(model::NodeId node)
{
    if (node == m_node && !m_editors.isEmpty())
        return;
    m_node = node;
    rebuild();
}

void Inspector::setSelection(const QList<model::NodeId> &nodes)
{
    setNode(nodes.size() == 1 ? nodes.first() : model::NodeId{});
}

void Inspector::rebuild()
{
    const QString shown = m_sectionChooser->currentIndex() >= 0 && m_sectionChooser->currentIndex() < m_editors.size()
                              ? m_editors.at(m_sectionChooser->currentIndex())->table().title()
                              : QString();
    const QSignalBlocker block(m_sectionChooser);
    m_sectionChooser->clear();
    while (m_sections->count() > 0) {
        QWidget *w = m_sections->widget(0);
        m_sections->removeWidget(w);
        delete w;
    }
    m_editors.clear();
    setAccessibleName(tr("Inspector"));
    m_sectionChooser->setAccessibleName(tr("Section"));
    m_sectionChooser->setToolTip(tr("Which part of the device to edit"));
    const model::Node *node = m_document.project().node(m_node);
    m_sectionChooser->setVisible(node);
    if (!node) {
        m_header->setText(tr("Select one device to see and edit its settings."));
        return;
    }
    for (const std::shared_ptr<ConfigTable> &table : tablesFor(node->kind)) {
        auto *editor = new TableEditor(table, m_document);
        m_editors << editor;
        if (table->isForm()) {
            auto *scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(editor);
            m_sections->addWidget(scroll);
        } else {
            m_sections->addWidget(editor);
        }
        m_sectionChooser->addItem(table->title());
    }
    int index = 0;
    for (int i = 0; i < m_editors.size(); ++i)
        index = m_editors.at(i)->table().title() == shown ? i : index;
    m_sectionChooser->setCurrentIndex(index);
    m_sections->setCurrentIndex(index);
    reload();
}

void Inspector::reload()
{
    const model::Node *node = m_document.project().node(m_node);
    if (!node)
        return;
    const model::HardwareModel *hardware = model::findHardwareModel(node->hardwareModel);
    m_header->setText(tr("<b>%1</b> (%2)").arg(node->name.toHtmlEscaped(),
                                               hardware ? hardware->displayName : node->hardwareModel));
    for (TableEditor *editor : m_editors)
        editor->load(*node);
    for (int i = 0; i < m_editors.size(); ++i) {
        const ConfigTable &table = m_editors.at(i)->table();
        m_sectionChooser->setItemText(i, table.isForm() ? table.title()
                                                  : tr("%1 (%2)").arg(table.title()).arg(table.rowCount()));
    }
}

void Inspector::onChanged(const model::ChangeEvent &event)
{
    if (event.kind == model::ChangeKind::Reset || !m_document.project().node(m_node)) {
        if (!m_document.project().node(m_node))
            m_node = {};
        rebuild();
        return;
    }
    if (event.nodes.contains(m_node))
        reload();
}

void Inspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
