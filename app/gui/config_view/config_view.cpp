#include "config_view.h"

#include "cisco_highlighter.h"
#include "config_editor.h"
#include "device_text.h"

#include "model/commands/set_config_text.h"
#include "model/commands/set_profile_text.h"
#include "model/document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vtd::app {

ConfigView::ConfigView(model::Document &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(new ConfigEditor(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(this))
    , m_revert(new QPushButton(this))
{
    new CiscoHighlighter(m_editor->document());
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);
    connect(m_apply, &QPushButton::clicked, this, &ConfigView::apply);
    connect(m_revert, &QPushButton::clicked, this, &ConfigView::revert);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &ConfigView::updateButtons);
    connect(&m_document, &model::Document::changed, this, &ConfigView::onChanged);
    retranslateUi();
    revert();
}

void ConfigView::retranslateUi()
{
    setAccessibleName(tr("Configuration"));
    m_editor->setAccessibleName(tr("Configuration text"));
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Read the text with the device's dialect and store it if it has no errors"));
    m_revert->setText(tr("&Revert"));
    m_revert->setToolTip(tr("Drop the edits and show the stored configuration"));
    m_editor->setPlaceholderText(tr("Select a firewall, router or VPN Client PC to see its configuration."));
}

void ConfigView::setNode(model::NodeId node)
{
    if (node == m_node)
        return;
    m_node = node;
    revert();
}

void ConfigView::setSelection(const QList<model::NodeId> &nodes)
{
    setNode(nodes.size() == 1 ? nodes.first() : model::NodeId{});
}

void ConfigView::revert()
{
    const model::Node *node = m_document.project().node(m_node);
    const bool shown = node && devicetext::hasText(*node);
    m_editor->setPlainText(shown ? devicetext::displayText(*node) : QString());
    m_editor->setReadOnly(!shown);
    m_editor->setMarks({});
    m_editor->document()->setModified(false);
    m_stale = false;
    m_status->clear();
    updateButtons();
}

bool ConfigView::apply()
{
    const model::Node *node = m_document.project().node(m_node);
    if (!node || !devicetext::hasText(*node))
        return false;
    const devicetext::Applied applied = devicetext::apply(*node, m_editor->toPlainText());
    m_editor->setMarks(applied.diagnostics);
    if (!applied.stored) {
        int errors = 0;
        for (const model::Diagnostic &d : applied.diagnostics)
            errors += d.severity == model::Severity::Error;
        m_status->setText(tr("%n error(s): nothing was applied. Point at a marked line to see why.", nullptr, errors));
        return false;
    }
    QUndoCommand *command = nullptr;
    if (node->kind == model::NodeKind::VpnClient && *applied.stored != node->profileText)
        command = new model::SetProfileText(&m_document, node->id, *applied.stored);
    else if (node->kind != model::NodeKind::VpnClient && *applied.stored != node->configText)
        command = new model::SetConfigText(&m_document, node->id, *applied.stored);
    if (!command) {
        revert();
        return false;
    }
    m_document.push(command);
    revert();
    return true;
}

void ConfigView::showLine(int line)
{
    m_editor->showLine(line);
    m_editor->setFocus();
}

void ConfigView::onChanged(const model::ChangeEvent &event)
{
    const bool mine = event.kind == model::ChangeKind::Reset || event.nodes.contains(m_node);
    if (!mine)
        return;
    if (!m_document.project().node(m_node))
        m_node = {};
    if (m_editor->document()->isModified() && m_node.isValid()) {
        m_stale = true; // keep the user's edits; say the device changed under them
        m_status->setText(tr("The device changed since you started editing; Revert shows its configuration now."));
        return;
    }
    revert();
}

void ConfigView::updateButtons()
{
    const bool modified = m_editor->document()->isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified || m_stale);
}

void ConfigView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace vtd::app
