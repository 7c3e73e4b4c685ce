#include "add_remove_node.h"

#include "model/document.h"
#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

namespace {

Node withId(Node node, Project &project)
{
    if (!node.id.isValid())
        node.id = project.allocateNodeId();
    return node;
}

Node placeholder(NodeId id)
{
    Node node;
    node.id = id;
    return node;
}

} // namespace

AddRemoveNode::AddRemoveNode(Document *document, Node node, int index, const QString &text)
    : DocumentCommand(document, text)
    , m_node(std::move(node))
    , m_index(index)
{}

void AddRemoveNode::addNode()
{
    Project &project = editableProject();
    ChangeEvent event{.kind = ChangeKind::NodeAdded, .nodes = {m_node.id}};
    project.insertNode(std::move(m_node), m_index);
    m_node = placeholder(event.nodes.front());
    // Ascending order: each link lands at its old index because all before it are back.
    for (auto &[index, link] : m_links) {
        event.linksAdded << link.id;
        project.insertLink(std::move(link), index);
    }
    m_links.clear();
    notify(event);
}

void AddRemoveNode::removeNode()
{
    Project &project = editableProject();
    const NodeId id = m_node.id;
    ChangeEvent event{.kind = ChangeKind::NodeRemoved, .nodes = {id}};
    for (const Link &link : project.linksOf(id)) {
        m_links.emplace_back(project.linkIndex(link.id), link);
        event.linksRemoved << link.id;
    }
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        project.takeLink(it->second.id);
    m_index = project.nodeIndex(id);
    m_node = project.takeNode(id);
    notify(event);
}

AddNode::AddNode(Document *document, Node node, int index)
    : AddRemoveNode(document, std::move(node), index, QString())
{
    m_node = withId(std::move(m_node), editableProject());
    setText(QCoreApplication::translate("UndoCommands", "Add %1").arg(m_node.name));
}

std::optional<Diagnostic> AddNode::check() const
{
    return validateNewNode(project(), m_node);
}

RemoveNode::RemoveNode(Document *document, NodeId node)
    : AddRemoveNode(document, placeholder(node), -1, QString())
{
    setText(QCoreApplication::translate("UndoCommands", "Delete %1").arg(nodeName(node)));
}

std::optional<Diagnostic> RemoveNode::check() const
{
    if (!project().node(m_node.id)) {
        return editRefusal("edit.unknown-node",
                           {{QStringLiteral("id"), QString::number(m_node.id.value)}});
    }
    return std::nullopt;
}

} // namespace vtd::model
