#pragma once

#include "node_value_command.h"

namespace vtd::model {

/** Renames a node. Links and scenarios are unaffected: links refer to NodeIds, and a
 *  scenario's script is the user's text (it is not rewritten behind their back). */
class RenameNode final : public SetNodeValue<QString>
{
public:
    RenameNode(Document *document, NodeId node, QString name);

    /** Refused for a name validateNodeName() rejects (empty, with spaces, already used). */
    std::optional<Diagnostic> check() const override;
};

} // namespace vtd::model
