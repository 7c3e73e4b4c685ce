#include "node_value_command.h"

#include "model/edit_checks.h"

namespace vtd::model {

std::optional<Diagnostic> checkNodeHas(const Project &project, NodeId id, bool (*fits)(NodeKind),
                                       const char *code)
{
    const Node *node = project.node(id);
    if (!node)
        return editRefusal("edit.unknown-node", {{QStringLiteral("id"), QString::number(id.value)}});
    if (fits && !fits(node->kind))
        return editRefusal(code, {{QStringLiteral("node"), node->name}}, node->name);
    return std::nullopt;
}

} // namespace vtd::model
