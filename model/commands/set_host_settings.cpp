#include "set_host_settings.h"

#include "model/edit_checks.h"

#include <QCoreApplication>

namespace vtd::model {

SetHostSettings::SetHostSettings(Document *document, NodeId node, HostSettings settings)
    : SetNodeValue(document, node, settings, &Node::host, ChangeKind::NodeHostChanged)
{
    setText(QCoreApplication::translate("UndoCommands", "Change IP settings of %1")
                .arg(nodeName(node)));
}

std::optional<Diagnostic> SetHostSettings::check() const
{
    if (auto problem = checkNodeHas(project(), m_node, &holdsHostSettings, "edit.no-host-settings"))
        return problem;
    if (!m_value.mask.isContiguousMask()) {
        const QString name = nodeName(m_node);
        return editRefusal("edit.bad-mask",
                           {{QStringLiteral("node"), name},
                            {QStringLiteral("value"), m_value.mask.toString()}},
                           name);
    }
    return std::nullopt;
}

} // namespace vtd::model
