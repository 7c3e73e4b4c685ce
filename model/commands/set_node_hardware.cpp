#include "set_node_hardware.h"

#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

SetNodeHardware::SetNodeHardware(Document *document, NodeId node, NodeHardware hardware)
    : DocumentCommand(document, QString())
    , m_node(node)
    , m_hardware(std::move(hardware))
{
    setText(QCoreApplication::translate("UndoCommands", "Change hardware of %1")
                .arg(nodeName(node)));
}

std::optional<Diagnostic> SetNodeHardware::check() const
{
    const Node *node = project().node(m_node);
    if (!node) {
        return editRefusal("edit.unknown-node",
                           {{QStringLiteral("id"), QString::number(m_node.value)}});
    }
    return validateHardware(*node, m_hardware);
}

void SetNodeHardware::applyEdit()
{
    Project &project = editableProject();
    if (NodeHardware::of(*project.node(m_node)) == m_hardware) {
        setObsolete(true); // nothing to change: no event, no undo step
        return;
    }
    ChangeEvent event{.kind = ChangeKind::NodeHardwareChanged, .nodes = {m_node}};
    for (const LinkId id : linksLostWithHardware(project, m_node, m_hardware)) {
        m_removedLinks.emplace_back(project.linkIndex(id), *project.link(id));
        event.linksRemoved << id;
    }
    for (auto it = m_removedLinks.rbegin(); it != m_removedLinks.rend(); ++it)
        project.takeLink(it->second.id);
    swapHardware();
    notify(event);
}

void SetNodeHardware::revertEdit()
{
    Project &project = editableProject();
    ChangeEvent event{.kind = ChangeKind::NodeHardwareChanged, .nodes = {m_node}};
    swapHardware();
    // Ascending order: each link lands at its old index because all before it are back.
    for (auto &[index, link] : m_removedLinks) {
        event.linksAdded << link.id;
        project.insertLink(std::move(link), index);
    }
    m_removedLinks.clear();
    notify(event);
}

void SetNodeHardware::swapHardware()
{
    Node *node = editableProject().node(m_node);
    const NodeHardware previous = NodeHardware::of(*node);
    m_hardware.applyTo(*node);
    m_hardware = previous;
}

} // namespace vtd::model
