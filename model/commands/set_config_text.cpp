#include "set_config_text.h"

#include <QCoreApplication>

namespace vtd::model {

SetConfigText::SetConfigText(Document *document, NodeId node, QString text)
    : SetNodeValue(document, node, std::move(text), &Node::configText,
                   ChangeKind::NodeConfigChanged)
{
    setText(QCoreApplication::translate("UndoCommands", "Edit configuration of %1")
                .arg(nodeName(node)));
}

std::optional<Diagnostic> SetConfigText::check() const
{
    return checkNodeHas(project(), m_node, &holdsConfiguration, "edit.no-configuration");
}

} // namespace vtd::model
