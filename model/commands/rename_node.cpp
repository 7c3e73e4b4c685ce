#include "rename_node.h"

#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

RenameNode::RenameNode(Document *document, NodeId node, QString name)
    : SetNodeValue(document, node, std::move(name), &Node::name, ChangeKind::NodeRenamed)
{
    setText(QCoreApplication::translate("UndoCommands", "Rename %1 to %2")
                .arg(nodeName(node), m_value));
}

std::optional<Diagnostic> RenameNode::check() const
{
    if (auto problem = checkNodeHas(project(), m_node, nullptr, nullptr))
        return problem;
    return validateNodeName(project(), m_value, m_node);
}

} // namespace vtd::model
