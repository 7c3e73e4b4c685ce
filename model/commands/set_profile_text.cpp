#include "set_profile_text.h"

#include <QCoreApplication>

namespace vtd::model {

namespace {
bool holdsProfile(NodeKind kind)
{
    return kind == NodeKind::VpnClient;
}
} // namespace

SetProfileText::SetProfileText(Document *document, NodeId node, QString text)
    : SetNodeValue(document, node, std::move(text), &Node::profileText,
                   ChangeKind::NodeProfileChanged)
{
    setText(QCoreApplication::translate("UndoCommands", "Change profile of %1").arg(nodeName(node)));
}

std::optional<Diagnostic> SetProfileText::check() const
{
    return checkNodeHas(project(), m_node, &holdsProfile, "edit.no-profile");
}

} // namespace vtd::model
